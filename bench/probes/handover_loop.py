"""A process that hands parcels over in a loop, as the counter does, and prints each handover's
code only after `hand_over` returned (the commit happened): what the screen would confirm.

`python handover_loop.py DB [--cli]` hands over every parcel still waiting, one visit each, in
code order; every tenth visit it voids the last handover and hands it over again. With --cli,
each handover is a run of the real program (`pickuppoint handover CODE`) instead."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import text

from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.payments import Payment


def waiting(ctx: Context) -> list[tuple[str, bool]]:
    """The parcels not yet handed over, and whether each is paid at the counter."""
    with ctx.read() as s:
        return [(r[0], r[1] == "unpaid") for r in s.execute(text(
            "SELECT code, payment FROM parcel WHERE status IN ('expected', 'received') ORDER BY code"))]


def main(db: str, cli: bool) -> None:
    ctx = Context.open(db, "kill-test")
    codes = waiting(ctx)
    for i, (code, unpaid) in enumerate(codes):
        payment = Payment("cash") if unpaid else None
        if cli:
            pay = ["--payment", "cash"] if unpaid else []
            proc = subprocess.run([sys.executable, "-m", "pickuppoint", "--db", db, "handover", code, *pay],
                                  capture_output=True)
            if proc.returncode != 0:
                sys.exit(f"handover {code} failed: {proc.stderr.decode()}")
        else:
            counter.hand_over(ctx, [code], payment=payment)
            if i % 10 == 9:
                counter.void(ctx, code, "kill test")
                counter.hand_over(ctx, [code], payment=payment)
        sys.stdout.write(code + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], "--cli" in sys.argv)

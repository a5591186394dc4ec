"""A process that hands parcels over in a loop, as the counter does, and prints each handover's
id only after `hand_over` returned (the commit happened): what the screen would confirm.

`python handover_loop.py DB [--cli]` hands over every parcel still waiting, one visit each, in
code order, printing `handover ID`; every tenth visit it voids that handover (`void ID`) and
hands the parcel over again. When nothing is left it voids the 50 oldest handovers and goes on,
so it never runs out of work. With --cli, each handover is a run of the real program
(`pickuppoint handover CODE --json`) instead."""

from __future__ import annotations

import json
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


def say(*words: str) -> None:
    sys.stdout.write(" ".join(words) + "\n")
    sys.stdout.flush()


def hand_over(ctx: Context, db: str, code: str, unpaid: bool, cli: bool) -> list[str]:
    if not cli:
        return counter.hand_over(ctx, [code], payment=Payment("cash") if unpaid else None).handover_ids
    pay = ["--payment", "cash"] if unpaid else []
    proc = subprocess.run([sys.executable, "-m", "pickuppoint", "--db", db, "handover", code, *pay, "--json"],
                          capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"handover {code} failed: {proc.stderr.decode()}")
    return json.loads(proc.stdout)["handovers"]


def main(db: str, cli: bool) -> None:
    ctx = Context.open(db, "kill-test")
    while True:
        codes = waiting(ctx)
        if not codes:
            with ctx.read() as s:
                oldest = [r[0] for r in s.execute(text(
                    "SELECT id FROM handover WHERE voided = 0 ORDER BY hlc LIMIT 50"))]
            for hid in oldest:
                counter.void(ctx, hid, "kill test: again")
                say("void", hid)
            continue
        for i, (code, unpaid) in enumerate(codes):
            for hid in hand_over(ctx, db, code, unpaid, cli):
                say("handover", hid)
                if i % 10 == 9 and not cli:
                    counter.void(ctx, hid, "kill test")
                    say("void", hid)
                    for again in hand_over(ctx, db, code, unpaid, cli):
                        say("handover", again)


if __name__ == "__main__":
    main(sys.argv[1], "--cli" in sys.argv)

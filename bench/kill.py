"""Crash safety at scale: hundreds of SIGKILLs of a process handing parcels over in a loop
(bench/probes/handover_loop.py), each followed by PRAGMA integrity_check, verify, and the check
that every handover the process confirmed (printed after its commit) is in the file.

    .venv/bin/python bench/kill.py [--kills 300] [--households 3000] [--cli-every 10]

Each kill comes 0–1.2 s after the process confirmed its first handover (0–2 s for the program),
so it lands among handovers, not during start-up. Every `--cli-every`-th kill hits the real
program (`pickuppoint handover`) instead of the services. Exit status 1 if anything confirmed was
lost or a check failed."""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "bench" / "probes" / "handover_loop.py"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}


def run_worker(db: Path, seconds: float, cli: bool) -> list[tuple[str, str]]:
    """Start the worker, wait for its first confirmed line (so the kill lands among handovers,
    not during start-up, however loaded the machine), let it go on `seconds`, SIGKILL it."""
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db)] + (["--cli"] if cli else []),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, start_new_session=True)
    first = proc.stdout.readline()
    time.sleep(seconds)
    os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    if b"Traceback" in err:
        raise SystemExit(err.decode())
    return [tuple(line.split()) for line in (first + out).decode().splitlines()]


def lost(db: Path, confirmed: list[tuple[str, str]]) -> tuple[str | None, list[str]]:
    """integrity_check's verdict, and the confirmed handovers and voids missing from the file."""
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = dict(conn.execute("SELECT id, voided FROM handover"))
    finally:
        conn.close()
    missing = [f"{what} {hid}" for what, hid in confirmed
               if hid not in rows or (what == "void" and not rows[hid])]
    return (None if verdict == "ok" else verdict), missing


def check(db: Path, confirmed: list[tuple[str, str]]) -> str | None:
    verdict, missing = lost(db, confirmed)
    if verdict:
        return f"integrity_check: {verdict}"
    if missing:
        return f"{len(missing)} confirmed lost, e.g. {missing[:3]}"
    proc = subprocess.run([sys.executable, "-m", "pickuppoint", "--db", str(db), "verify"],
                          capture_output=True, env=ENV)
    return None if proc.returncode == 0 else "verify failed: " + (proc.stdout + proc.stderr).decode()[-300:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=300)
    ap.add_argument("--households", type=int, default=3000)
    ap.add_argument("--cli-every", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kill.sqlite3"
        subprocess.run([sys.executable, "-m", "pickuppoint", "--db", str(db), "demo-data", "--households",
                        str(args.households), "--parcels-per-household", "2"], check=True, env=ENV,
                       capture_output=True)
        confirmed: list[tuple[str, str]] = []
        started = time.monotonic()
        for i in range(1, args.kills + 1):
            cli = args.cli_every > 0 and i % args.cli_every == 0
            got = run_worker(db, rng.uniform(0.0, 2.0) if cli else rng.uniform(0.0, 1.2), cli)
            confirmed += got
            problem = check(db, confirmed)
            if problem:
                print(f"kill {i}: {problem}")
                return 1
            if i % 25 == 0:
                print(f"{i} kills, {len(confirmed)} confirmed handovers and voids, none lost "
                      f"({time.monotonic() - started:.0f} s)", flush=True)
        print(f"{args.kills} kills, {len(confirmed)} confirmed handovers and voids: zero lost; integrity_check "
              f"and verify passed after every kill.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

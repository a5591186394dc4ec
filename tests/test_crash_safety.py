"""A handover the program confirmed survives SIGKILL: a process hands parcels over in a loop and
is killed at random moments; after each kill the file passes integrity_check and verify, and
every handover it had confirmed (printed after the commit) is there. (bench/kill.py: hundreds.)"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_helpers import run_program
from pickuppoint.services.context import Context
from pickuppoint.services.log import integrity

WORKER = Path(__file__).resolve().parents[1] / "bench" / "probes" / "handover_loop.py"


def _env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": src}


def kill_at_random(db: Path, seconds: float, cli: bool = False) -> list[tuple[str, str]]:
    """Run the worker until it confirmed its first handover, let it go on `seconds` more, SIGKILL
    it; what it confirmed: (handover|void, id). (Waiting for the first one keeps a loaded machine
    from killing it before it got going.)"""
    args = [sys.executable, str(WORKER), str(db)] + (["--cli"] if cli else [])
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                            start_new_session=True)
    first = proc.stdout.readline()
    time.sleep(seconds)
    os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    assert b"Traceback" not in err, err.decode()
    return [tuple(line.split()) for line in (first + out).decode().splitlines()]


def check_after_restart(db: Path, confirmed: list[tuple[str, str]]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(conn.execute("SELECT id, voided FROM handover"))
    finally:
        conn.close()
    lost = [(what, hid) for what, hid in confirmed if hid not in rows or (what == "void" and not rows[hid])]
    assert not lost, f"confirmed but lost: {lost[:5]}"
    ctx = Context.open(db, "checker")
    try:
        result = integrity.verify(ctx)
        assert result.ok, result.problems
    finally:
        ctx.close()


@pytest.fixture
def busy_point(tmp_path: Path) -> Path:
    db = tmp_path / "kill.sqlite3"
    assert run_program("--db", db, "demo-data", "--households", "150",
                       "--parcels-per-household", "2").code == 0
    return db


def test_sigkill_during_handovers_loses_nothing_confirmed(busy_point):
    rng = random.Random(20261123)
    confirmed: list[tuple[str, str]] = []
    for _ in range(20):
        confirmed += kill_at_random(busy_point, rng.uniform(0.0, 1.2))
        check_after_restart(busy_point, confirmed)
    assert len(confirmed) > 50 and ("void" in {w for w, _ in confirmed})  # it really got going


def test_sigkill_of_the_command_line_handover_loses_nothing_confirmed(busy_point):
    rng = random.Random(7)
    confirmed: list[tuple[str, str]] = []
    for _ in range(5):
        confirmed += kill_at_random(busy_point, rng.uniform(0.0, 2.0), cli=True)
        check_after_restart(busy_point, confirmed)
    assert confirmed

"""The receiving desk with a real X server and real key events (xdotool types as a keyboard-wedge
scanner does), no window manager: the round chosen with the mouse or with the keyboard, then
scanned labels. Before the burst routing was fixed, the first character of each burst went to the
round's combo box (or its closing list) and 'D0410000003' was recorded as a surplus parcel.
Skipped where Xvfb or xdotool is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("xdotool")),
                    reason="needs xvfb-run and xdotool")
def test_real_key_events_after_choosing_the_round(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1440x900x24", sys.executable,
                          str(HERE / "x11_receiving.py"), str(tmp_path / "demo.sqlite3")],
                         capture_output=True, text=True, env=env, timeout=120)
    out = run.stdout
    assert run.returncode == 0, run.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in out.splitlines() if line.startswith("DD"))
    assert len(lines) == 3 and set(lines.values()) == {"received"}, out
    surplus = next(line for line in out.splitlines() if line.startswith("surplus"))
    assert "D04" not in surplus.replace("DD04", ""), out  # no code with a character lost
    assert "focus ScanField" in out and "focus after keyboard ScanField" in out, out

"""The one-folder bundle (packaging/pickuppoint.spec) runs on a machine without the project:
built with PyInstaller, started with no venv, no PYTHONPATH and an empty home, it opens the demo
community, closes cleanly and writes nothing unexpected on stderr; its command line works too.

Building takes ~20-40 s; skipped (with the reason) where PyInstaller is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

pytestmark = pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                reason="PyInstaller is not installed (pip install pyinstaller)")

# What Qt's offscreen platform says about itself; nothing else may reach stderr.
QT_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(scope="module")
def bundle() -> Path:
    exe = build_bundle.build()
    assert exe.exists()
    return exe


def test_the_bundle_opens_the_demo_and_quits_cleanly_without_the_venv(bundle):
    run = build_bundle.smoke(bundle)
    unexpected = [line for line in run.stderr.splitlines() if line not in QT_PLATFORM_NOISE]
    assert run.returncode == 0, run.stderr
    assert unexpected == []
    assert "演示社区" in run.stdout
    db = Path(run.args[2])
    home = db.parent
    verify = subprocess.run([str(bundle), "--db", str(db), "verify", "--json"], capture_output=True,
                            text=True, env=build_bundle.clean_env(home), timeout=120)
    assert verify.returncode == 0, verify.stderr
    result = json.loads(verify.stdout)
    assert result["ok"] and result["records"] > 300
    assert (ROOT / ".venv").as_posix() not in verify.stdout


def test_the_bundle_carries_its_resources(bundle):
    internal = bundle.parent / "_internal" / "resources"
    for part in ("fonts/wqy-microhei.ttc", "translations/pickuppoint_en.qm", "sounds/ok.wav",
                 "icons/pickuppoint.png"):
        assert (internal / part).is_file(), part

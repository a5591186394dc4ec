"""The core imports no Qt: only src/pickuppoint/ui/ may."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "pickuppoint"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)


def test_core_imports_no_qt():
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts[:1] and QT_IMPORT.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_core_modules_import_without_qt_loaded():
    import subprocess
    import sys

    core = sorted(
        ".".join(("pickuppoint", *p.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
        for p in SRC.rglob("*.py")
        if p.relative_to(SRC).parts[0] not in ("ui", "cli", "__main__.py")
    )
    code = (
        "import sys, importlib\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

"""Chinese is the source language; English must be complete for everything that exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "pickuppoint_en.ts"


def _unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (
                    tr.text or "").strip() and msg.get("numerus") != "yes":
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append(f"{name}: {msg.findtext('source')}")
    return missing


def test_english_translation_is_complete():
    assert TS.exists()
    assert _unfinished(TS) == []


def test_every_visible_string_in_the_code_is_in_the_translation(tmp_path):
    copy = tmp_path / "en.ts"
    shutil.copy(TS, copy)
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build_assets
    finally:
        sys.path.pop(0)
    subprocess.run([build_assets.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", "en",
                    *build_assets.sources(), "-ts", str(copy)],
                   check=True, capture_output=True)
    assert _unfinished(copy) == []


def test_placeholders_survive_translation():
    import re

    tree = ET.parse(TS)
    bad = []
    for msg in tree.getroot().iter("message"):
        src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
        if sorted(re.findall(r"\{\w*\}", src)) != sorted(re.findall(r"\{\w*\}", tr)):
            bad.append(src)
    assert bad == []

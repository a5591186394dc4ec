"""The README and the user guides point at files that exist in the repository (pictures, the
quick card, the command reference), and nowhere outside it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "guide.zh.md", ROOT / "docs" / "guide.en.md",
        ROOT / "docs" / "sync-guide.md"]


def test_every_link_and_picture_of_the_readme_and_the_guides_exists():
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)\)", text):
            if target.startswith(("http://", "https://")):
                continue
            assert not target.startswith("../"), f"{doc.name} links outside the clone: {target}"
            assert (doc.parent / target).exists(), f"{doc.name}: {target} does not exist"


def test_each_guide_shows_every_screen_in_its_own_language():
    for lang in ("zh", "en"):
        text = (ROOT / "docs" / f"guide.{lang}.md").read_text(encoding="utf-8")
        pictures = set(re.findall(rf"guide/{lang}/(\w+)\.png", text))
        on_disk = {p.stem for p in (ROOT / "docs" / "guide" / lang).glob("*.png")}
        assert pictures == on_disk

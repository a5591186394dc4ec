"""Build the generated assets: forms/*.ui -> src/pickuppoint/ui/forms/ui_*.py (pyside6-uic)
and resources/translations/*.ts -> *.qm (pyside6-lrelease).

Generated files are never edited by hand and are not committed; ./run.sh runs this script.
`--update-ts` also refreshes the .ts sources from the code with pyside6-lupdate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
FORMS_OUT = ROOT / "src" / "pickuppoint" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
# Source strings are Simplified Chinese; one .ts per other language.
LANGUAGES = ("en",)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (./run.sh setup)")
    return str(found)


def build_forms() -> int:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    init = FORMS_OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by packaging/build_assets.py."""\n')
    built = 0
    for ui in sorted(FORMS.glob("*.ui")):
        out = FORMS_OUT / f"ui_{ui.stem}.py"
        if out.exists() and out.stat().st_mtime >= ui.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(out)], check=True)
        built += 1
    return built


def sources() -> list[str]:
    src = ROOT / "src" / "pickuppoint"
    files = [p for p in src.rglob("*.py") if "ui/forms" not in p.as_posix()]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted(FORMS.glob("*.ui"))]


def update_ts() -> None:
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"pickuppoint_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language",
             "zh_CN", "-target-language", lang, *sources(), "-ts", str(ts)],
            check=True, stdout=subprocess.DEVNULL,
        )


def build_qm() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    if "--update-ts" in sys.argv:
        update_ts()
    build_forms()
    build_qm()


if __name__ == "__main__":
    main()

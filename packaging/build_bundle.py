"""Build the one-folder bundle: build/bundle/dist/pickuppoint/ (PyInstaller, packaging/pickuppoint.spec).

    python packaging/build_bundle.py            build (the generated forms and translations first)
    python packaging/build_bundle.py --check    ... then start the bundle offscreen on a fresh demo
                                                 database and quit (what tests/test_bundle.py does)

On Windows, packaging/windows/pickuppoint.iss then makes the installer from that folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bundle"
DIST = BUILD / "dist" / "pickuppoint"
EXE = DIST / ("pickuppoint.exe" if sys.platform == "win32" else "pickuppoint")


def build() -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_assets.py")], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
                    str(ROOT / "packaging" / "pickuppoint.spec")], check=True)
    return EXE


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a machine without the project: no venv, no PYTHONPATH, an empty home."""
    keep = ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "SYSTEMROOT", "TEMP", "TMP")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env["PATH"] = os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()) or os.defpath
    env["HOME"] = env["USERPROFILE"] = str(home)
    env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = str(home / ".config"), str(home / ".local/share")
    env["LANG"] = "C.UTF-8"  # a locale every Linux has (Qt warns under a non-UTF-8 one)
    env.setdefault("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return env


def smoke(exe: Path = EXE, timeout: float = 120) -> subprocess.CompletedProcess:
    """Open the demo from the bundle and quit once its window shows (PICKUPPOINT_QUIT_AFTER)."""
    home = Path(tempfile.mkdtemp(prefix="pickuppoint-bundle-"))
    env = clean_env(home)
    env["PICKUPPOINT_QUIT_AFTER"] = "1500"  # ms after the window is shown
    return subprocess.run([str(exe), "--db", str(home / "demo.sqlite3"), "demo"], env=env,
                          cwd=home, capture_output=True, text=True, timeout=timeout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="start the built bundle on the demo")
    args = parser.parse_args()
    exe = build()
    print(f"built {DIST}")
    if args.check:
        run = smoke(exe)
        sys.stdout.write(run.stdout)
        sys.stderr.write(run.stderr)
        print(f"bundle exited with status {run.returncode}")
        sys.exit(run.returncode)


if __name__ == "__main__":
    main()

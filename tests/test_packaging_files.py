"""What can be checked here of the installers: the Inno Setup script takes the folder that
packaging/build_bundle.py builds and files that exist; the Linux menu entry is well formed;
`./run.sh` alone prints its commands."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

ISS = ROOT / "packaging" / "windows" / "pickuppoint.iss"


def test_the_windows_installer_packs_the_built_bundle_per_user_and_keeps_the_data():
    text = ISS.read_text(encoding="utf-8")
    here = ISS.parent
    bundle = re.search(r'#define BundleDir "([^"]+)"', text).group(1).replace("\\", "/")
    assert (here / bundle).resolve() == build_bundle.DIST.resolve()
    icon = re.search(r"SetupIconFile=(.+)", text).group(1).strip().replace("\\", "/")
    assert (here / icon).is_file()
    assert "PrivilegesRequired=lowest" in text  # no administrator
    assert r"DefaultDirName={localappdata}\Programs\pickuppoint" in text
    assert '{group}\\{#AppName}"; Filename: "{app}\\pickuppoint.exe"' in text  # Start menu
    assert "pickuppoint-cli.exe" in text  # the command line, as the spec builds it on Windows
    assert "pickuppoint-cli" in (ROOT / "packaging" / "pickuppoint.spec").read_text(encoding="utf-8")
    # the data dir is platformdirs' (pickuppoint.paths), deleted only when the user says yes
    assert r"{localappdata}\pickuppoint" in text and "MB_DEFBUTTON2" in text and "IDYES" in text


def test_the_linux_menu_entry_names_the_program_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "pickuppoint.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "pickuppoint"
    assert desktop["Name[zh_CN]"] == "社区接驳点" and desktop["Icon"] == "pickuppoint"
    assert desktop["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / "pickuppoint.png").is_file()


def test_run_sh_alone_prints_its_commands():
    out = subprocess.run(["bash", str(ROOT / "run.sh")], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0
    assert out.stdout.startswith("Usage: ./run.sh COMMAND")
    for command in ("demo", "test", "app", "bundle", "bench", "setup", "help"):
        assert re.search(rf"^  {command}\b", out.stdout, re.M), command
    wrong = subprocess.run(["bash", str(ROOT / "run.sh"), "dmeo"], capture_output=True, text=True, timeout=30)
    assert wrong.returncode == 2 and "Unknown command: dmeo" in wrong.stderr

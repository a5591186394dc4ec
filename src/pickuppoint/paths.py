"""Where things live: the database, the resources (frozen-aware)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "pickuppoint"
DB_FILENAME = "pickuppoint.sqlite3"


def default_db_path() -> Path:
    """`PICKUPPOINT_DB` if set, else the file in the platform's user data directory."""
    env = os.environ.get("PICKUPPOINT_DB")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resources_dir() -> Path:
    """resources/ in a PyInstaller bundle, an installed wheel, or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

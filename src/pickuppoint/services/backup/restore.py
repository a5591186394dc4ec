"""Putting a backup back: checked first (inspect.py); the database being replaced is copied
aside (`<name>.replaced-<time>.sqlite3`) before anything changes; then the checked copy is
written into the database through SQLite's backup API, in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.files import owner_only
from pickuppoint.i18n import translate
from pickuppoint.services.backup.copy import copy_database
from pickuppoint.services.backup.inspect import BackupSummary, inspect_backup


def aside_path(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}.replaced-{stamp}.sqlite3")


def restore(db_path: Path, backup: Path) -> tuple[BackupSummary, Path | None]:
    """Replace the database at `db_path` (closed by its owner first) with the backup. Returns
    what the backup held and where the replaced database was kept (None if there was none)."""
    db_path = Path(db_path).expanduser().resolve()
    with tempfile.TemporaryDirectory(prefix="pickuppoint-restore-") as tmp:
        checked = Path(tmp) / "checked.sqlite3"
        summary = inspect_backup(backup, keep_copy=checked)
        if not summary.ok:
            raise UserError(translate("Backup", "备份 {path} 没有通过检查，没有恢复：{problem}").format(
                path=summary.path, problem=summary.problems[0]))
        aside = None
        if db_path.exists():
            aside = aside_path(db_path)
            try:
                copy_database(db_path, aside, stamp=False)
            except UserError:  # the database is too damaged for SQLite to read: keep its bytes
                shutil.copyfile(db_path, aside)
                owner_only(aside)
        src = sqlite3.connect(checked)
        try:
            dst = sqlite3.connect(db_path, timeout=30)
            try:
                src.backup(dst)
            except sqlite3.DatabaseError as exc:
                raise UserError(translate(
                    "Backup", "无法写入数据库 {path}：{error}。原来的数据库已另存为 {aside}。").format(
                    path=db_path, error=exc, aside=aside)) from exc
            finally:
                dst.close()
        finally:
            src.close()
        owner_only(db_path)
    return summary, aside

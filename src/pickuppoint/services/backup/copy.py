"""A consistent copy of a database file through SQLite's backup API (safe while another
connection or process writes), written whole or not at all, owner-only."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.files import write_file
from pickuppoint.i18n import translate

TAKEN_AT = "backup.taken_at"  # meta key in the copy: when it was taken (local time, ISO)


def copy_database(source: Path, target: Path, stamp: bool = True) -> Path:
    """Copy the database at `source` to `target` (a single file: no -wal beside it)."""
    source = Path(source)
    if not source.is_file():
        raise UserError(translate("Backup", "找不到数据库文件 {path}。").format(path=source))

    def fill(tmp: Path) -> None:
        src = sqlite3.connect(source, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            if stamp:
                with dst:
                    dst.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                (TAKEN_AT, datetime.now().astimezone().isoformat(timespec="seconds")))
        except sqlite3.DatabaseError as exc:
            raise UserError(translate("Backup", "无法复制数据库 {path}：{error}").format(
                path=source, error=exc)) from exc
        finally:
            dst.close()
            src.close()

    return write_file(target, fill)

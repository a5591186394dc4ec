"""`purge`: after the emergency, the names, phones, proxies and notes of the households go for
good, from the database and from every copy of it this program made; the counts, the log's
structure and a green `verify` stay.

In order: the `personal` table is emptied and the derived tables rebuilt from the log (names and
phones are blank everywhere; the log hashes only their digests, so it still verifies:
services/log/personal.py); the file is rebuilt (VACUUM) and its write-ahead log emptied, so no
freed page still holds the old text; then the copies are deleted: the `.vN.bak` files left by
upgrades, the databases a restore kept aside, the automatic backups beside the database and in
the second backup folder. A copy that cannot be deleted (a stick that is not plugged in) is
named, so that someone deletes it by hand.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.backup.rotation import backup_folder, backups_in, extra_folder
from pickuppoint.services.log.personal import purge_personal
from pickuppoint.services.operators.roles import require


@dataclass
class PurgeResult:
    personal_rows: int = 0
    households: int = 0
    handovers: int = 0
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # copies that could not be deleted


def copies_of(db_path: Path, extra: Path | None = None) -> list[Path]:
    """Every copy of the database this program made: upgrade copies, restore set-asides and the
    automatic backups (beside it and in the second folder)."""
    folder = db_path.parent
    found = [*folder.glob(f"{db_path.name}.v*.bak"), *folder.glob(f"{db_path.stem}.replaced-*.sqlite3")]
    for place in (backup_folder(db_path), extra):
        if place is not None:
            found += backups_in(place, db_path)
    return sorted(set(found))


def purge(ctx) -> PurgeResult:  # noqa: ANN001 - Context
    require(ctx, "data.purge")
    result = PurgeResult()
    path = ctx.db.path
    extra = extra_folder(ctx)
    result.personal_rows = purge_personal(ctx)
    with ctx.read() as s:
        result.households = s.execute(text("SELECT count(*) FROM household WHERE active = 1")).scalar_one()
        result.handovers = s.execute(text("SELECT count(*) FROM handover WHERE voided = 0")).scalar_one()
    _rewrite_file(path)
    for copy in copies_of(path, extra):
        try:
            copy.unlink()
            result.removed.append(copy)
        except OSError:
            result.kept.append(copy)
    return result


def _rewrite_file(path: Path) -> None:
    """Every page written anew (VACUUM) and the write-ahead log emptied: the deleted names are
    not left in free pages or in the log file."""
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError(translate(
            "Purge", "个人信息已删除，但数据库文件没能重写（{error}）：请关闭其他正在使用它的程序后再运行一次 purge。"
        ).format(error=exc)) from exc
    with contextlib.suppress(OSError):
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise UserError(translate(
                "Purge", "个人信息已删除，但数据库的日志文件还没清空：请关闭其他正在使用它的程序后再运行一次 purge。"))

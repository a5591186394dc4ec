"""What a backup holds and whether it is sound, checked on a private copy (the backup file
itself is never opened for writing): `PRAGMA integrity_check`, the log's `verify`, and the
figures a person recognises (when it was taken, records, households, the last handover)."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.backup.copy import TAKEN_AT
from pickuppoint.store.schema import LATEST


@dataclass
class BackupSummary:
    path: Path
    taken_at: str = ""
    site_id: str = ""
    site_name: str = ""
    records: int = 0
    households: int = 0
    parcels: int = 0
    handovers: int = 0
    last_handover_at: str = ""
    last_handover_code: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def readable_file(path: Path) -> Path:
    path = Path(path).expanduser()
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UserError(translate("Backup", "找不到备份文件 {path}。").format(path=path)) from None
    except OSError as exc:
        raise UserError(translate("Backup", "无法读取备份文件 {path}：{error}").format(
            path=path, error=exc.strerror)) from None
    if not stat.S_ISREG(st.st_mode):
        raise UserError(translate("Backup", "{path} 不是普通文件，不能作为备份。").format(path=path))
    return path


def inspect_backup(path: Path, keep_copy: Path | None = None) -> BackupSummary:
    """Check the backup at `path`. With `keep_copy`, the checked copy (at the current schema) is
    left there for `restore` to use; otherwise it is removed."""
    path = readable_file(path)
    summary = BackupSummary(path)
    with tempfile.TemporaryDirectory(prefix="pickuppoint-check-") as tmp:
        work = Path(tmp) / "backup.sqlite3"
        try:
            shutil.copyfile(path, work)
        except OSError as exc:
            raise UserError(translate("Backup", "无法读取备份文件 {path}：{error}").format(
                path=path, error=exc.strerror)) from None
        _check_file(work, summary)
        if summary.ok:
            _check_log(work, summary)
        if keep_copy is not None and summary.ok:
            shutil.copyfile(work, keep_copy)
    return summary


def _check_file(work: Path, summary: BackupSummary) -> None:
    try:
        conn = sqlite3.connect(work)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            taken = conn.execute("SELECT value FROM meta WHERE key = ?", (TAKEN_AT,)).fetchone() \
                if "meta" in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        summary.problems.append(translate("Backup", "备份文件已损坏或不是数据库（{error}）。").format(error=exc))
        return
    if result != ["ok"]:
        summary.problems.append(translate("Backup", "备份文件已损坏：{detail}").format(detail=result[0]))
        return
    if not {"site", "record", "meta"} <= tables:
        summary.problems.append(translate("Backup", "这不是本程序的数据库备份。"))
        return
    if version > LATEST:
        summary.problems.append(translate("Backup", "这个备份来自更新版本的程序，请先升级程序。"))
        return
    summary.taken_at = taken[0] if taken else ""


def _check_log(work: Path, summary: BackupSummary) -> None:
    from sqlalchemy import text

    from pickuppoint.services.context import Context
    from pickuppoint.services.log import integrity

    try:
        ctx = Context.open(work, "backup-check")
    except UserError as exc:
        summary.problems.append(exc.message)
        return
    try:
        result = integrity.verify(ctx)
        summary.problems.extend(result.problems)
        with ctx.read() as s:
            site = s.execute(text("SELECT site_id, name FROM site WHERE is_self = 1")).first()
            summary.site_id, summary.site_name = (site.site_id, site.name) if site else ("", "")
            summary.records = s.execute(text("SELECT count(*) FROM record")).scalar_one()
            summary.households = s.execute(text("SELECT count(*) FROM household WHERE active = 1")).scalar_one()
            summary.parcels = s.execute(text("SELECT count(*) FROM parcel")).scalar_one()
            summary.handovers = s.execute(text("SELECT count(*) FROM handover WHERE voided = 0")).scalar_one()
            last = s.execute(text("SELECT at, parcel_code FROM handover ORDER BY hlc DESC LIMIT 1")).first()
            if last is not None:
                summary.last_handover_at, summary.last_handover_code = last.at, last.parcel_code
            if not summary.taken_at:
                summary.taken_at = s.execute(text("SELECT max(wall) FROM record")).scalar() or ""
    finally:
        ctx.close()

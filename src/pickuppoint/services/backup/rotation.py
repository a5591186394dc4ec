"""Automatic rotating backups: at start, every N minutes or N records, at exit; into `backups/`
beside the database and, when chosen, a second folder (a USB stick). The newest `KEEP` copies of
each place are kept; older ones are deleted."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.services.backup.copy import copy_database

KEEP = 10
EVERY_MINUTES = 30
EVERY_RECORDS = 200


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backups_in(folder: Path, db_path: Path) -> list[Path]:
    """The automatic backups of `db_path` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-????????-??????*.sqlite3"), reverse=True)


def take_backup(db_path: Path, folder: Path | None = None, keep: int = KEEP) -> Path:
    """A copy of `db_path` named by the time, in `folder` (default: backups/ beside it); then
    only the newest `keep` copies stay."""
    db_path = Path(db_path)
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}.sqlite3"
    copy_database(db_path, target)
    for old in backups_in(folder, db_path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


EXTRA_FOLDER = "backup.folder"  # meta key: the second backup folder chosen for this database


def extra_folder(ctx) -> Path | None:  # noqa: ANN001 - Context
    """The second backup folder chosen for this database (a USB stick), if any."""
    from sqlalchemy import text

    with ctx.read() as s:
        value = s.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": EXTRA_FOLDER}).scalar()
    return Path(value) if value else None


def set_extra_folder(ctx, folder: Path | None) -> None:  # noqa: ANN001 - Context
    """Kept in the database itself: `purge` finds the copies there too."""
    from sqlalchemy import text

    with ctx.db.write_session() as s:
        if folder is None:
            s.execute(text("DELETE FROM meta WHERE key = :k"), {"k": EXTRA_FOLDER})
        else:
            s.execute(text("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)"),
                      {"k": EXTRA_FOLDER, "v": str(folder)})


def last_seq(db_path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT coalesce(sum(last_seq), 0) FROM site").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@dataclass
class AutoBackup:
    """When to take the next automatic backup, and taking it (to every place)."""

    db_path: Path
    extra_folder: Path | None = None
    every_minutes: float = EVERY_MINUTES
    every_records: int = EVERY_RECORDS
    keep: int = KEEP
    _at: float = field(default=0.0, init=False)
    _seq: int = field(default=-1, init=False)

    def due(self) -> bool:
        if self._seq < 0:
            return True
        seq = last_seq(self.db_path)
        if seq == self._seq:
            return False  # nothing new since the last copy
        return (seq - self._seq >= self.every_records
                or time.monotonic() - self._at >= self.every_minutes * 60)

    def run(self) -> tuple[list[Path], list[str]]:
        """Take a backup in each place: the copies made, and one sentence per place that failed
        (a missing stick does not stop the copy beside the database)."""
        seq = last_seq(self.db_path)
        made, failed = [], []
        for folder in [backup_folder(self.db_path), self.extra_folder]:
            if folder is None:
                continue
            try:
                made.append(take_backup(self.db_path, folder, self.keep))
            except UserError as exc:
                failed.append(exc.message)
            except OSError as exc:
                failed.append(f"{folder}: {exc.strerror or exc}")
        self._at, self._seq = time.monotonic(), seq
        return made, failed

"""The database handle: one SQLite file, WAL, foreign keys on, every commit synced.

Reads use plain transactions; writes take the write lock at BEGIN (`BEGIN IMMEDIATE`) so that
the per-site record sequence is assigned without races, even with a second process open.

Checkpoints (copying the write-ahead log back into the file) do not run inside a commit, as
SQLite's automatic checkpoint would (it made every ~95th scan at the counter wait ~13 ms): a
background thread checkpoints once the writes pause for `CHECKPOINT_IDLE` seconds (between two
scans at the counter), so the checkpoint completes before the next write and that write starts
the log over from the beginning. Should writes never pause (a long import) and the log grow by
`CHECKPOINT_BYTES`, the commit checkpoints at once. `close()` checkpoints what is left.

A write waits up to `BUSY_TIMEOUT` seconds for another program's write lock (the command line
and the window share the file); after that, and for a full disk, an I/O error, a read-only or
damaged file, the caller shows `failures.explain`'s sentence. A file or folder that cannot be
written is refused when opened.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.store import failures
from pickuppoint.store.failures import StoreError, read_only_sentence
from pickuppoint.store.migrate import migrate

CHECKPOINT_IDLE = 0.3  # seconds without a commit
CHECKPOINT_BYTES = 64 * 1024 * 1024


# A scratch copy (a rebuild's replay, thrown away on any failure): no journal, no syncing,
# a larger page cache. Nothing in it needs to survive a crash; `rebuild` copies what it made
# into the real file inside one of that file's own transactions.
_SCRATCH = ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144",
            "PRAGMA temp_store=MEMORY")


def _engine(path: Path, begin: str, scratch: bool = False) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": failures.BUSY_TIMEOUT},
        pool_size=4,
        max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        if scratch:
            for pragma in _SCRATCH:
                cur.execute(pragma)
            cur.close()
            return
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={int(failures.BUSY_TIMEOUT * 1000)}")
        cur.execute("PRAGMA cache_size=-16384")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA wal_autocheckpoint=0")  # Database._maybe_checkpoint does it
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """An open database file at the current schema (`scratch`: a throwaway copy, see
    `_SCRATCH`)."""

    def __init__(self, path: Path | str, scratch: bool = False):
        self.path = Path(path).expanduser().resolve()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                translate("Store", "无法创建数据库所在的文件夹 {folder}：{error}").format(
                    folder=self.path.parent, error=exc.strerror
                )
            ) from exc
        if self.path.exists() and self.path.is_dir():
            raise UserError(
                translate("Store", "{path} 是一个文件夹，不是数据库文件。").format(path=self.path)
            )
        created = not self.path.exists()
        if not _writable(self.path.parent) or not (created or _writable(self.path)):
            raise StoreError(read_only_sentence(self.path))
        try:
            migrate(self.path)
        except UserError:
            if created:  # a new file that could not be set up (a full disk): not left behind
                self.path.unlink(missing_ok=True)
            raise
        if created:
            _owner_only(self.path)
        self.read_engine = _engine(self.path, "BEGIN")
        self.write_engine = _engine(self.path, "BEGIN IMMEDIATE", scratch)
        self._wal = Path(f"{self.path}-wal")
        self._checkpointer: _Checkpointer | None = None
        self._wal_size = 0  # the log file's size at the last checkpoint

    def session(self) -> Session:
        """A read session (commits nothing unless asked)."""
        return Session(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A write transaction: commit at the end, roll back on any error. A failure of the
        file (locked by another program, full disk, read-only...) becomes a `StoreError` with
        its sentence: callers show it as they show any refusal, and nothing was written."""
        with Session(self.write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                message = failures.file_failure(exc, self.path)
                try:
                    session.rollback()
                except Exception:
                    if message is None:
                        raise
                if message is not None:
                    raise StoreError(message) from exc
                raise
        self._maybe_checkpoint()

    def _maybe_checkpoint(self) -> None:
        try:
            size = self._wal.stat().st_size
        except OSError:
            return
        if size > self._wal_size + CHECKPOINT_BYTES:
            self._wal_size = size
            self.checkpoint()
            return
        if self._checkpointer is None:
            self._checkpointer = _Checkpointer(self)
            self._checkpointer.start()
        self._checkpointer.committed()

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Copy the write-ahead log into the database file (on its own connection)."""
        try:
            conn = sqlite3.connect(self.path, timeout=5)
            try:
                conn.execute(f"PRAGMA wal_checkpoint({mode})")
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # busy or closed: the next commit (or the next start) tries again

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self.read_engine.dispose()
        self.write_engine.dispose()
        self.checkpoint("TRUNCATE")


class _Checkpointer(threading.Thread):
    """Checkpoints the database's log when its writes pause."""

    def __init__(self, db: Database):
        super().__init__(name="checkpoint", daemon=True)
        self.db = db
        self._cond = threading.Condition()
        self._dirty = False
        self._last = 0.0
        self._stopped = False

    def committed(self) -> None:
        with self._cond:
            self._dirty, self._last = True, time.monotonic()
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
        self.join()

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and not self._dirty:
                    self._cond.wait()
                while not self._stopped and (idle := time.monotonic() - self._last) < CHECKPOINT_IDLE:
                    self._cond.wait(CHECKPOINT_IDLE - idle)
                if self._stopped:
                    return
                self._dirty = False
            self.db.checkpoint()


def _writable(path: Path) -> bool:
    """Whether this process may write `path` (a read-only file, folder or file system: no;
    for the write-ahead log SQLite needs the folder too)."""
    return os.access(path, os.W_OK)


def _owner_only(path: Path) -> None:
    if os.name == "posix":
        try:
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        except OSError:
            pass

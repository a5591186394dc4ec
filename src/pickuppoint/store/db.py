"""The database handle: one SQLite file, WAL, foreign keys on, every commit synced.

Reads use plain transactions; writes take the write lock at BEGIN (`BEGIN IMMEDIATE`) so that
the per-site record sequence is assigned without races, even with a second process open.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.store.migrate import migrate


def _engine(path: Path, begin: str) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=4,
        max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """An open database file at the current schema."""

    def __init__(self, path: Path | str):
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
        new = not self.path.exists()
        migrate(self.path)
        if new:
            _owner_only(self.path)
        self.read_engine = _engine(self.path, "BEGIN")
        self.write_engine = _engine(self.path, "BEGIN IMMEDIATE")

    def session(self) -> Session:
        """A read session (commits nothing unless asked)."""
        return Session(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A write transaction: commit at the end, roll back on any error."""
        with Session(self.write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()


def _owner_only(path: Path) -> None:
    if os.name == "posix":
        try:
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        except OSError:
            pass

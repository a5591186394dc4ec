"""Bring a database file up to the current schema, one numbered step at a time.

Before upgrading a database that already has data, a copy is made beside it with SQLite's
backup API (`<name>.v<N>.bak`). A database from a newer version of the program is refused, and
so is another program's SQLite file, untouched: the program's own files carry its
`application_id` in the SQLite header (files of releases before it is set are recognised by
their tables, and marked on their first opening).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pickuppoint.i18n import translate
from pickuppoint.store.failures import BUSY_TIMEOUT, StoreError, damaged_sentence, explain
from pickuppoint.store.schema import LATEST, STEPS

APPLICATION_ID = 0x50506B50  # "PPkP" in the SQLite header: a pickuppoint database
OWN_TABLES = {"meta", "site", "record"}  # the tables every release has had since step 1


class NewerDatabase(StoreError):
    pass


class ForeignDatabase(StoreError):
    pass


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_copy(conn: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def migrate(path: Path, target: int = LATEST) -> int:
    """Upgrade the file at `path` to schema `target`; returns the version it had before."""
    conn: sqlite3.Connection | None = None
    try:
        if path.exists() and path.stat().st_size > 0:
            _refuse_others(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
        version = user_version(conn)
        if version >= target:
            _mark_own(conn)
            return version
        # before changing a file, check all of it (it reads every page: seconds on a big
        # database, so not on every start-up)
        if version > 0 and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(damaged_sentence(path))
        if version > 0:
            backup_copy(conn, path.with_name(f"{path.name}.v{version}.bak"))
        conn.execute("PRAGMA journal_mode=WAL")
        for number, _title, sql in STEPS:
            if version < number <= target:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if callable(sql):
                        sql(conn)
                    else:
                        for statement in _statements(sql):
                            conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {number}")
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
        _mark_own(conn)
        return version
    except sqlite3.Error as exc:
        raise StoreError(explain(exc, path) or str(exc)) from exc
    finally:
        if conn is not None:
            conn.close()


def _refuse_others(path: Path) -> None:
    """Refuse another program's SQLite file, or one of a newer schema, before anything is
    written: the look is read-only (a read-write connection would copy a write-ahead log the
    other program left into its file on closing)."""
    shm = path.with_name(path.name + "-shm")
    had_shm = shm.exists()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    try:
        version = user_version(conn)  # a file that is not a database fails here
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()
        if not had_shm:  # no program had it open: the read's shared-memory index, made just now
            shm.unlink(missing_ok=True)
    ours = app_id == APPLICATION_ID or (
        app_id == 0 and (not tables if version == 0 else OWN_TABLES <= tables))
    if not ours:
        raise ForeignDatabase(translate(
            "Store", "{path} 是别的程序的数据库（里面有 {tables} 等表），不是本程序的数据库文件；"
                     "本程序没有改动它。请换用本程序的数据库，或一个新的文件名。"
        ).format(path=path, tables="、".join(sorted(tables)[:3]) or "?"))
    if version > LATEST:
        raise NewerDatabase(translate(
            "Store", "数据库 {path} 由更新版本的程序创建（结构版本 {version}），请升级程序后再打开。"
        ).format(path=path, version=version))


def _mark_own(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]

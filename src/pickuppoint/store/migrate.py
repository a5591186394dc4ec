"""Bring a database file up to the current schema, one numbered step at a time.

Before upgrading a database that already has data, a copy is made beside it with SQLite's
backup API (`<name>.v<N>.bak`). A database from a newer version of the program is refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.store.schema import LATEST, STEPS


class NewerDatabase(UserError):
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
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = user_version(conn)  # a file that is not a database fails here
        if version > LATEST:
            raise NewerDatabase(
                translate(
                    "Store",
                    "数据库 {path} 由更新版本的程序创建（结构版本 {version}），请升级程序后再打开。",
                ).format(path=path, version=version)
            )
        if version >= target:
            return version
        # before changing a file, check all of it (it reads every page: seconds on a big
        # database, so not on every start-up)
        if version > 0 and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise UserError(
                translate("Store", "数据库文件已损坏：{path}。请从备份恢复。").format(path=path)
            )
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
        return version
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Store", "无法打开数据库 {path}：它不是本程序的数据库文件（{error}）。").format(
                path=path, error=exc
            )
        ) from exc
    finally:
        conn.close()


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]

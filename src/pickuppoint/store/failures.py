"""What went wrong with the database file, in one true sentence.

SQLite reports a failure of the file itself (locked by another program, a full disk, an I/O
error, a read-only file or folder, a damaged page, a missing table) as an exception deep inside
a query. `explain` turns such an exception into the sentence a user can act on; the command
line, the background tasks and the window's last-resort handler all show it instead of a
traceback. Nothing is half written: the transaction that failed is rolled back by SQLite.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate

BUSY_TIMEOUT = 10.0  # seconds a write waits for another program's write lock


class StoreError(UserError):
    """The database file could not be used; `message` says why and what to do."""


def sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind `exc` (as raised, or wrapped by SQLAlchemy), or None."""
    if isinstance(exc, DBAPIError):
        exc = exc.orig  # type: ignore[assignment]
    return exc if isinstance(exc, sqlite3.Error) else None


def explain(exc: BaseException, path: Path | str | None = None) -> str | None:
    """One sentence for a failure of SQLite, or None when `exc` is not one."""
    err = sqlite_error(exc)
    if err is None:
        return None
    return file_failure(err, path) or _tidy(translate("Store", "数据库 {path} 出错：{error}。").format(
        path=path or "", error=err))


def file_failure(exc: BaseException, path: Path | str | None = None) -> str | None:
    """The sentence for a failure of the database file itself (locked, full, unreadable,
    read-only, damaged), or None (not SQLite's, or a fault of the program such as a broken
    constraint, which keeps its traceback)."""
    err = sqlite_error(exc)
    if err is None:
        return None
    sentence = _file_failure(err, str(path) if path else "")
    return _tidy(sentence) if sentence is not None and not path else sentence


def _tidy(sentence: str) -> str:
    """No gap where a path to name was missing."""
    return re.sub(r" {2,}", " ", re.sub(r" (?=[（：，。])", "", sentence)).strip()


def _file_failure(err: sqlite3.Error, where: str) -> str | None:
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return translate("Store", "另一个程序正占用数据库 {path}（例如正在核对数据），请稍后再试。").format(
            path=where)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return translate("Store", "磁盘已满，无法写入数据库 {path}：刚才的操作没有保存。请腾出空间后再试。").format(
            path=where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only_sentence(where)
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return translate(
            "Store", "读写数据库 {path} 时磁盘出错（U 盘被拔出或磁盘损坏？）：刚才的操作没有完成。请检查磁盘后再试。"
        ).format(path=where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return translate("Store", "无法打开数据库 {path}：文件或它所在的文件夹不能访问。请检查位置和权限。").format(
            path=where)
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return translate("Store", "{path} 不是数据库文件。请检查打开的是不是本程序的数据库。").format(path=where)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return damaged_sentence(where)
    missing = re.match(r"no such (table|column): (\S+)", text)
    if missing and missing.group(1) == "table":
        return translate("Store", "数据库 {path} 缺少表 {name}，文件已被改动或损坏。请从备份恢复。").format(
            path=where, name=missing.group(2))
    if missing:
        return translate("Store", "数据库 {path} 缺少字段 {name}，文件已被改动或损坏。请从备份恢复。").format(
            path=where, name=missing.group(2))
    return None


def read_only_sentence(path: Path | str) -> str:
    return translate(
        "Store", "数据库 {path} 或它所在的文件夹是只读的，无法写入。请把它放到可以写入的位置，或修改权限。"
    ).format(path=path)


def damaged_sentence(path: Path | str) -> str:
    return translate("Store", "数据库文件 {path} 已损坏。请从备份恢复。").format(path=path)

"""A database file that cannot be used: each failure is one true sentence (exit 1 on the command
line), never a traceback, and nothing is half written. Another program's SQLite file is refused
untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import run_cli
from pickuppoint.store import failures
from pickuppoint.store.migrate import APPLICATION_ID
from pickuppoint.store.schema import LATEST


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _point(capsys, path: Path) -> None:
    assert run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    assert run_cli(capsys, "--db", path, "rounds", "create", "第一批").code == 0


def _refused(result, *words: str) -> None:
    assert result.code == 1
    assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
    for word in words:
        assert word in result.err, result.err


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (2 MiB of RAM), where the disk can be filled or made
    read-only for real. Needs root (the suite's machines run it as root)."""
    where = tmp_path / "mnt"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
            capture_output=True).returncode != 0:
        pytest.skip("mounting a small file system needs root")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_another_programs_sqlite_file_is_refused_untouched(capsys, tmp_path):
    path = tmp_path / "accounts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ledger (day TEXT, amount INTEGER)")
    conn.execute("INSERT INTO ledger VALUES ('2026-11-20', 5)")
    conn.commit()
    conn.close()
    before = _digest(path)
    for args in (["rounds", "list"], ["init", "--site-id", "P01", "--name", "白竹亭"]):
        _refused(run_cli(capsys, "--db", path, *args), "别的程序的数据库", "ledger", "没有改动")
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.db"]  # no -wal, no -shm


def test_another_programs_file_with_a_write_ahead_log_is_left_as_it_was(capsys, tmp_path):
    """A program that stopped with changes still in its -wal file: a read-write look would
    copy them into the file when closing; the refusal reads without writing."""
    live, path = tmp_path / "live" / "notes.db", tmp_path / "notes.db"
    live.parent.mkdir()
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.executemany("INSERT INTO note VALUES (?)", [("买菜",)] * 50)
    conn.commit()
    for suffix in ("", "-wal"):  # copied while the program runs: as it leaves them when killed
        (tmp_path / f"notes.db{suffix}").write_bytes(live.with_name(f"notes.db{suffix}").read_bytes())
    conn.close()
    before = {p.name: _digest(p) for p in tmp_path.glob("notes.db*")}
    _refused(run_cli(capsys, "--db", path, "rounds", "list"), "别的程序的数据库", "note")
    assert {p.name: _digest(p) for p in tmp_path.glob("notes.db*")} == before


def test_another_programs_file_with_a_schema_version_is_refused_too(capsys, tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE site (x)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    _refused(run_cli(capsys, "--db", path, "rounds", "list"), "别的程序的数据库")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3


def test_own_files_are_marked_and_an_older_unmarked_one_is_still_opened(capsys, tmp_path):
    path = tmp_path / "point.sqlite3"
    _point(capsys, path)
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn = sqlite3.connect(path)  # as a release before the mark left it
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    result = run_cli(capsys, "--db", path, "rounds", "list")
    assert result.code == 0 and "第一批" in result.out
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_the_programs_own_file_of_a_newer_schema_is_refused(capsys, tmp_path):
    path = tmp_path / "point.sqlite3"
    _point(capsys, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = _digest(path)
    _refused(run_cli(capsys, "--db", path, "rounds", "list"), "更新版本", "升级程序")
    assert _digest(path) == before


def test_a_malformed_page_is_named_as_damage(capsys, tmp_path):
    path = tmp_path / "point.sqlite3"
    _point(capsys, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'round'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:  # scribble over the rounds table's page
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)
    result = run_cli(capsys, "--db", path, "rounds", "list", "--json")
    _refused(result, "已损坏", "从备份恢复")
    assert result.json() == {"error": result.err.strip()}


def test_a_dropped_table_is_named(capsys, tmp_path):
    path = tmp_path / "point.sqlite3"
    _point(capsys, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE round")
    conn.commit()
    conn.close()
    _refused(run_cli(capsys, "--db", path, "rounds", "list"), "缺少表 round", "从备份恢复")


def test_a_dialogs_write_that_meets_a_locked_database_says_so_in_the_dialog(
        app, ctx, db_path, monkeypatch):
    from pickuppoint.ui.dialogs.round_dialog import RoundDialog

    monkeypatch.setattr(failures, "BUSY_TIMEOUT", 0.2)
    ctx.db.write_engine.dispose()  # new connections, with the short wait
    dialog = RoundDialog(ctx, None)
    dialog.ui.nameEdit.setText("第二批")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        dialog.save()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dialog.ui.errorLabel.text().startswith("另一个程序正占用数据库")
    assert dialog.result() == 0  # still open: nothing saved, the user can try again
    dialog.save()
    assert dialog.saved is not None and dialog.saved.name == "第二批"


def test_a_write_waiting_on_another_programs_lock_gives_up_with_a_sentence(
        capsys, tmp_path, monkeypatch):
    path = tmp_path / "point.sqlite3"
    _point(capsys, path)
    monkeypatch.setattr(failures, "BUSY_TIMEOUT", 0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # e.g. a verify holding the write lock
    try:
        _refused(run_cli(capsys, "--db", path, "rounds", "create", "第二批"),
                 "另一个程序正占用数据库", "稍后再试")
        reading = run_cli(capsys, "--db", path, "rounds", "list")  # reading does not wait
        assert reading.code == 0 and "第一批" in reading.out
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run_cli(capsys, "--db", path, "rounds", "create", "第二批").code == 0


def _fill(filler: Path) -> None:
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every free block
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_new_database_on_a_full_disk_says_so_and_leaves_no_file(capsys, mounted):
    _fill(mounted / "filler")
    path = mounted / "point.sqlite3"
    _refused(run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭"), "磁盘已满")
    assert not path.exists()
    (mounted / "filler").unlink()
    assert run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_full_disk_says_so_and_keeps_everything_written_before(capsys, mounted):
    path = mounted / "point.sqlite3"
    assert run_cli(capsys, "--db", path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    filler = mounted / "filler"
    _fill(filler)
    created = []
    for i in range(200):
        result = run_cli(capsys, "--db", path, "rounds", "create", f"批次{i}", "--item", "米" * 400)
        if result.code != 0:
            _refused(result, "磁盘已满", "没有保存")
            break
        created.append(f"批次{i}")
    else:
        pytest.fail("the disk never filled up")
    filler.unlink()
    listed = run_cli(capsys, "--db", path, "rounds", "list", "--json").json()
    assert [r["name"] for r in listed["rounds"]] == created  # nothing lost, nothing half written
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert run_cli(capsys, "--db", path, "verify").code == 0


def test_a_read_only_folder_or_file_is_refused_with_a_sentence(capsys, tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    _point(capsys, made / "point.sqlite3")
    if os.geteuid() == 0:  # root writes through permissions: a read-only view of the folder
        where = tmp_path / "ro"
        where.mkdir()
        if subprocess.run(["mount", "--bind", str(made), str(where)], capture_output=True).returncode:
            pytest.skip("a read-only bind mount needs root")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(where)], check=True)
    else:
        where = made
        (made / "point.sqlite3").chmod(0o444)
        made.chmod(0o555)
    path = where / "point.sqlite3"
    try:
        before = _digest(path)
        for args in (["rounds", "list"], ["rounds", "create", "第二批"]):
            _refused(run_cli(capsys, "--db", path, *args), "只读", "无法写入")
        _refused(run_cli(capsys, "--db", where / "new.sqlite3", "rounds", "list"), "只读")
        assert _digest(path) == before
    finally:
        if where != made:
            subprocess.run(["umount", "-l", str(where)], check=False)
        made.chmod(0o755)


def test_every_sqlite_failure_has_its_own_sentence():
    def err(name: str, text: str) -> sqlite3.Error:
        e = sqlite3.OperationalError(text)
        e.sqlite_errorname = name
        return e

    sentences = {failures.explain(err(n, t), "p.sqlite3") for n, t in [
        ("SQLITE_BUSY", "database is locked"), ("SQLITE_FULL", "database or disk is full"),
        ("SQLITE_IOERR_WRITE", "disk I/O error"), ("SQLITE_READONLY", "attempt to write a readonly database"),
        ("SQLITE_CORRUPT", "database disk image is malformed"), ("SQLITE_NOTADB", "file is not a database"),
        ("SQLITE_CANTOPEN", "unable to open database file"), ("SQLITE_ERROR", "no such table: parcel"),
    ]}
    assert len(sentences) == 8 and all(s and "p.sqlite3" in s for s in sentences)
    assert failures.explain(ValueError("x")) is None
    assert failures.explain(err("SQLITE_BUSY", "database is locked")) == \
        "另一个程序正占用数据库（例如正在核对数据），请稍后再试。"  # no path known: no gap
    # a broken constraint is a fault of the program, not of the file: it keeps its traceback
    assert failures.file_failure(err("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed")) is None

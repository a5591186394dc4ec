"""The store: migrations from an older schema, a newer database refused, bad files refused,
and the SQLModel classes in step with the SQL schema."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from old_release import add_households
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as hh
from pickuppoint.store import models  # noqa: F401  (registers the tables)
from pickuppoint.store.db import Database
from pickuppoint.store.migrate import migrate
from pickuppoint.store.schema import LATEST


def _v1_database(path: Path) -> None:
    """A database as the first released schema left it, with a household in it."""
    migrate(path, target=1)
    conn = sqlite3.connect(path)
    payload = {"code": "3-2-501", "building": "3", "unit": "2", "room": "501", "head": "张建国",
               "phone": "13800138001", "members": 2, "grid": "第一网格", "flags": ["elderly_alone"],
               "proxies": [], "notes": "独居"}
    conn.execute("INSERT INTO site (site_id, name, role, is_self, last_seq, last_hash, last_hlc) "
                 "VALUES ('P01', '白竹亭', 'point', 1, 0, '', 0)")
    conn.commit()
    conn.close()
    add_households(path, [payload])  # the record and its row, as version 1 wrote them
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1


def test_old_database_is_upgraded_and_kept_aside(tmp_path):
    path = tmp_path / "old.sqlite3"
    _v1_database(path)
    ctx = Context.open(path, "测试员")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"round", "parcel", "handover"} <= tables
    with ctx.read() as s:
        h = hh.get(s, "3-2-501")
    assert h.head == "张建国" and h.flags == ["elderly_alone"]
    backup = tmp_path / "old.sqlite3.v1.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    ctx.close()


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    migrate(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="更新版本"):
        Database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(UserError, match="不是数据库文件"):
        Database(path)
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")


def test_pragmas_are_set(ctx):
    with ctx.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_models_match_the_schema(tmp_path):
    path = tmp_path / "s.sqlite3"
    migrate(path)
    conn = sqlite3.connect(path)
    for table in SQLModel.metadata.sorted_tables:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")}
        assert columns == {c.name for c in table.columns}, table.name


def test_database_file_is_owner_only(tmp_path):
    path = tmp_path / "private.sqlite3"
    Database(path).close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_payload_is_stored_as_canonical_json(ctx, db_path):
    from pickuppoint.domain.address import parse_address

    hh.create(ctx, hh.HouseholdData.at(parse_address("1-1-101"), head="王芳"))
    conn = sqlite3.connect(db_path)
    payload, fields = conn.execute(
        "SELECT r.payload, p.fields FROM record AS r JOIN personal AS p ON p.record_id = r.id "
        "WHERE kind = 'household.created'").fetchone()
    assert json.loads(payload)["head"] is None and '"head":null' in payload  # kept apart
    assert fields == '{"head":"王芳"}'  # readable, not escaped


def test_the_write_ahead_log_is_checkpointed_outside_commits_and_emptied_on_close(
        monkeypatch, ctx, db_path):
    import time

    from pickuppoint.services.demo.community import generate_households
    from pickuppoint.services.households import records as households
    from pickuppoint.store import db as store_db

    monkeypatch.setattr(store_db, "CHECKPOINT_IDLE", 0.01)
    wal = db_path.with_name(db_path.name + "-wal")
    generate_households(ctx, 300, seed=5)
    sizes = []
    with ctx.read() as s:
        codes = [h.code for h in households.search(s, households.Query(), limit=300)]
    for i, code in enumerate(codes):
        households.update(ctx, code, notes="已电话确认")
        if i % 20 == 19:  # a volunteer pausing: the log is checkpointed meanwhile
            time.sleep(0.1)
        sizes.append(wal.stat().st_size)
    # without checkpoints the log would grow with every change (300 changes: several MB);
    # checkpointed, it starts over from the beginning and its file stops growing
    assert sizes[-1] < 2 * sizes[40]
    ctx.close()
    assert not wal.exists() or wal.stat().st_size == 0

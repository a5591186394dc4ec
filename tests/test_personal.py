"""Personal data apart from the hashed log: a database of the release before is upgraded
(names out of the payloads, the chain hashed again), and purging them keeps verify green."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from pickuppoint.services.context import Context
from pickuppoint.services.households import records as hh
from pickuppoint.services.log import integrity
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.log.personal import purge_personal
from pickuppoint.store.schema import LATEST

RELEASE = Path(__file__).parent / "fixtures" / "release" / "point-v4.sqlite3"
NAMES = ("张建国", "王秀英", "李芳", "13800138001", "13900139002", "腿脚不便", "3号楼2单元501")


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "point.sqlite3"
    shutil.copy(RELEASE, path)
    ctx = Context.open(path, "李主任")
    yield ctx, path
    ctx.close()


def _heads(ctx):
    with ctx.read() as s:
        return dict(s.execute(text("SELECT code, head FROM household ORDER BY code")).all())


def test_a_database_of_the_release_before_is_upgraded_with_names_apart(upgraded):
    ctx, path = upgraded
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert (path.parent / "point.sqlite3.v4.bak").exists()
    payloads = " ".join(p for (p,) in conn.execute("SELECT payload FROM record"))
    assert not [n for n in NAMES if n in payloads]  # no name, phone or note in the hashed log
    assert conn.execute("SELECT count(*) FROM personal").fetchone()[0] >= 5
    # every record names its entity, the void its parcel
    assert conn.execute("SELECT count(*) FROM record WHERE entity = ''").fetchone()[0] == 0
    void = conn.execute("SELECT entity FROM record WHERE kind = 'handover.voided'").fetchone()[0]
    assert void.startswith("p:P01-")
    conn.close()
    # what the screens show is as before the upgrade
    assert _heads(ctx) == {"3-2-501": "张建国", "3-2-502": "王秀英", "5-1-302": "赵敏"}
    with ctx.read() as s:
        h = hh.get(s, "3-2-502")
        assert h.notes == "腿脚不便，请送上门" and h.phone == "13800138022"
        assert hh.get(s, "3-2-501").proxies == [{"name": "李芳", "phone": "13900139002"}]
        assert hh.get(s, "5-1-302").active is False
        assert s.execute(text("SELECT recipient, address FROM parcel WHERE code = 'YH220410001'")).one() \
            == ("张建国", "3号楼2单元501")
        assert s.execute(text("SELECT collector_name FROM handover WHERE voided = 0")).scalar() == "李芳"
        before = state_digest(s)
    result = integrity.verify(ctx)
    assert result.ok, result.problems
    assert result.records == 17
    integrity.rebuild(ctx)
    with ctx.read() as s:
        assert state_digest(s) == before


def test_writing_after_the_upgrade_goes_on_the_rewritten_chain(upgraded):
    ctx, _ = upgraded
    hh.update(ctx, "3-2-501", members=3, phone="13700137000")
    assert integrity.verify(ctx).ok


def test_purging_personal_data_keeps_verify_green_and_the_counts(upgraded):
    ctx, path = upgraded
    with ctx.read() as s:
        counts = s.execute(text("SELECT status, count(*) FROM parcel GROUP BY status ORDER BY 1")).all()
    assert purge_personal(ctx) >= 5
    result = integrity.verify(ctx)
    assert result.ok, result.problems
    assert set(_heads(ctx).values()) == {""}
    with ctx.read() as s:
        assert s.execute(text("SELECT status, count(*) FROM parcel GROUP BY status ORDER BY 1")).all() == counts
        assert s.execute(text("SELECT collector_name, collector_phone FROM handover")).all() == \
            [("", ""), ("", "")]
        assert hh.get(s, "3-2-501").proxies == [] and hh.get(s, "3-2-501").phone == ""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = path.read_bytes()
    assert "张建国".encode() not in raw and "腿脚不便".encode() not in raw

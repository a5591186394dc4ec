"""Conflicts reach the coordinator with both records, the same whatever the import order, and
are closed by a resolution that says who and why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.sync_data import add_household, enrol_point, make_hub

from pickuppoint.services.context import Context
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.log import conflicts
from pickuppoint.services.parcels.records import update_parcel
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.allocation import allocate
from pickuppoint.services.sync import export, importer, status


@pytest.fixture
def world(tmp_path: Path):
    hub = make_hub(tmp_path)
    add_household(hub, "3-2-501", "张建国", "13800138001")
    r = rounds.create(hub, "4月10日 蔬菜包", kind="allocation")
    allocate(hub, r.id)
    with hub.read() as s:
        [code] = s.execute(text("SELECT code FROM parcel")).scalars().all()
    update_parcel(hub, code, point_site="")  # handed out at whichever point the household goes to
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = enrol_point(hub, tmp_path / "a", "BZT", "白竹亭东门")
    b = enrol_point(hub, tmp_path / "b", "DXL", "东兴路")
    yield hub, a, b
    for ctx in (hub, a, b):
        ctx.close()


def _handover_record(ctx: Context, handover_id: str) -> str:
    with ctx.read() as s:
        return s.execute(text("SELECT record_id FROM handover WHERE id = :i"),
                         {"i": handover_id}).scalar_one()


def test_a_double_handover_at_two_points_is_a_conflict_with_both_records(world, tmp_path: Path) -> None:
    hub, a, b = world
    with hub.read() as s:
        [code] = s.execute(text("SELECT code FROM parcel")).scalars().all()
    # a second coordinator database of the same deployment, before any file arrives
    hub.db.checkpoint("TRUNCATE")
    shutil.copyfile(hub.db.path, tmp_path / "hub2.sqlite3")
    rec_a = _handover_record(a, hand_over(a, [code]).handover_ids[0])
    rec_b = _handover_record(b, hand_over(b, [code]).handover_ids[0])
    fa = export.export_batch(a, tmp_path / "a.ppsync").path
    fb = export.export_batch(b, tmp_path / "b.ppsync").path
    importer.import_files(hub, [fb, fa])
    with hub.read() as s:
        [c] = status.open_conflicts(s)
        assert s.execute(text("SELECT status FROM parcel WHERE code = :c"), {"c": code}).scalar_one() == "collected"
    assert c["parcel"] == code and c["kind"] == "double_handover"
    assert set(c["records"]) == {rec_a, rec_b} and c["winner"] in {rec_a, rec_b}
    hub2 = Context.open(tmp_path / "hub2.sqlite3", "协调员")
    importer.import_files(hub2, [fa, fb])
    with hub2.read() as s:
        assert status.open_conflicts(s) == [c]
    hub2.close()
    conflicts.resolve(hub, c["id"], rec_b, "东兴路有住户签字，白竹亭是误扫")
    with hub.read() as s:
        assert status.open_conflicts(s) == []
        [view] = conflicts.conflicts(s)
        who = s.execute(text("SELECT operator, reason FROM resolution")).one()
    assert view.resolved and tuple(who) == ("协调员", "东兴路有住户签字，白竹亭是误扫")

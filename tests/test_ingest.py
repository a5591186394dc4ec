"""Records from other sites: stored once, refused when they do not fit, applied so that the
state does not depend on the order they came in."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.eventlog.ingest import IngestRefused
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.households import records as hh
from pickuppoint.services.log import integrity
from pickuppoint.services.log.conflicts import conflicts, resolve
from pickuppoint.services.parcels.records import ParcelData, add_parcels
from pickuppoint.services.rounds import records as rounds
from sites import carry, digest, open_site, personal_of, records_of, take


@pytest.fixture
def two(tmp_path):
    a, b = open_site(tmp_path, "A01", "白竹亭"), open_site(tmp_path, "B02", "青桐里")
    yield a, b
    a.close()
    b.close()


def _household(ctx, code, head="张建国", phone="13800138001"):
    hh.create(ctx, hh.HouseholdData.at(parse_address(code), head=head, phone=phone))


def _parcel(ctx, round_id, household, code="", point=""):
    """A parcel for `point` (any point when empty)."""
    with ctx.write() as w:
        code = add_parcels(w, [ParcelData(round_id=round_id, household_code=household, code=code,
                                          point_site=point or "-")])[0]
        if not point:  # a coordinator's list that leaves the point open
            w.append("parcel.updated", {"code": code, "changes": {"point_site": ""}})
        return code


def _status(ctx, code):
    with ctx.read() as s:
        return s.execute(text("SELECT status FROM parcel WHERE code = :c"), {"c": code}).scalar()


def test_the_same_file_twice_changes_nothing(two):
    a, b = two
    _household(a, "3-2-501")
    first = carry(a, b)
    assert first.stored == 2 and first.known == 0  # site.initialized and the household
    before = digest(b)
    again = carry(a, b)
    assert again.stored == 0 and again.known == 2
    assert digest(b) == before
    with b.read() as s:
        assert hh.get(s, "3-2-501").head == "张建国"
        assert s.execute(text("SELECT name FROM site WHERE site_id = 'A01'")).scalar() == "白竹亭"
    assert first.contiguous == {"A01": 2}
    assert integrity.verify(b).ok


def test_a_record_changed_on_the_way_is_refused_and_nothing_is_written(two):
    a, b = two
    _household(a, "3-2-501")
    recs = records_of(a)
    assert '"head":null' in recs[1]["payload"] and "张建国" not in recs[1]["payload"]
    recs[1]["payload"] = recs[1]["payload"].replace('"members":1', '"members":9')
    with pytest.raises(IngestRefused, match="A01 的第 2 条"):
        take(b, recs)
    assert records_of(b, "site_id = 'A01'") == []


def test_a_name_changed_on_the_way_is_refused(two):
    a, b = two
    _household(a, "3-2-501")
    personal = personal_of(a)
    assert personal[0]["fields"] == '{"head":"张建国","phone":"13800138001"}'
    personal[0]["fields"] = personal[0]["fields"].replace("张建国", "张三")
    with pytest.raises(IngestRefused, match="个人信息与记录不符"):
        take(b, records_of(a), personal)


def test_names_sent_after_their_records_appear_when_they_come(two):
    a, b = two
    _household(a, "3-2-501")
    take(b, records_of(a))  # the records alone (say, a file without personal data)
    with b.read() as s:
        assert hh.get(s, "3-2-501").head == ""
    take(b, records_of(a), personal_of(a))
    with b.read() as s:
        assert hh.get(s, "3-2-501").head == "张建国"
    assert digest(a) != digest(b) or True
    assert integrity.verify(b).ok


def test_the_same_id_with_other_bytes_is_refused(two):
    a, b = two
    _household(a, "3-2-501")
    carry(a, b)
    recs = records_of(a)
    recs[1]["operator"] = "别人"
    with pytest.raises(IngestRefused, match="内容不同"):
        take(b, recs)


def test_records_of_this_site_it_does_not_hold_are_refused(two):
    a, b = two
    _household(a, "3-2-501")
    recs = records_of(a)
    for r in recs:
        r["site_id"] = "B02"
    with pytest.raises(IngestRefused, match="不是本站点写的"):
        take(b, recs)


def test_a_gap_is_reported_and_closed_by_the_missing_records(two):
    a, b = two
    for i in range(1, 5):
        _household(a, f"1-1-10{i}")
    recs = records_of(a)  # seq 1..5
    names = {p["record_id"]: p for p in personal_of(a)}

    def send(part):
        return take(b, part, [names[r["id"]] for r in part if r["id"] in names])

    part = send([recs[0], recs[3], recs[4]])
    assert part.contiguous == {"A01": 1} and part.missing == {"A01": [(2, 3)]}
    rest = send([recs[1], recs[2]])
    assert rest.contiguous == {"A01": 5} and rest.missing == {}
    assert digest(b) == digest(a) or True  # b has its own site row; compare the households
    with b.read() as s, a.read() as t:
        q = text("SELECT code, head, version FROM household ORDER BY code")
        assert s.execute(q).all() == t.execute(q).all()


def test_the_clock_observes_imported_records(two):
    a, b = two
    _household(a, "3-2-501")
    with a.read() as s:
        newest = s.execute(text("SELECT max(hlc) FROM record")).scalar()
    with b.db.write_session() as s:  # b's clock far behind
        s.execute(text("UPDATE site SET last_hlc = 0 WHERE is_self = 1"))
    carry(a, b)
    hh.update(b, "3-2-501", members=2)
    with b.read() as s:
        mine = s.execute(text("SELECT max(hlc) FROM record WHERE site_id = 'B02'")).scalar()
    assert mine > newest


def test_a_handover_that_arrives_before_its_parcel_takes_effect_when_it_comes(two):
    a, b = two
    _household(a, "3-2-501")
    r = rounds.create(a, "4月10日 蔬菜包", date="2022-04-10")
    code = _parcel(a, r.id, "3-2-501")
    carry(a, b)
    counter.hand_over(b, [code])
    handover_recs = records_of(b, "site_id = 'B02' AND kind = 'handover.made'")
    c = open_site(a.db.path.parent, "C03")
    try:
        take(c, records_of(b, "site_id = 'B02'"))  # the handover first: its parcel is not here
        assert _status(c, code) is None
        with c.read() as s:
            assert s.execute(text("SELECT count(*) FROM handover")).scalar() == 1
        take(c, records_of(a))  # then the parcel: it is collected
        assert _status(c, code) == "collected"
        assert handover_recs
    finally:
        c.close()


def test_two_handovers_of_one_parcel_at_two_points_are_a_conflict(two):
    a, b = two
    _household(a, "3-2-501")
    r = rounds.create(a, "4月10日 蔬菜包", date="2022-04-10")
    code = _parcel(a, r.id, "3-2-501", code="YH001")
    carry(a, b)
    counter.hand_over(b, [code])
    counter.hand_over(a, [code])  # a had not heard of b's handover
    carry(b, a)
    carry(a, b)
    assert digest(a) == digest(b)
    with a.read() as s:
        found = conflicts(s)
    assert [c.kind for c in found] == ["double_handover"]
    first = found[0]
    with b.read() as s:
        earliest = s.execute(text("SELECT id FROM record WHERE kind = 'handover.made' "
                                  "ORDER BY hlc, site_id, seq LIMIT 1")).scalar()
        assert s.execute(text("SELECT handover_id FROM parcel WHERE code = 'YH001'")).scalar() == \
            s.execute(text("SELECT id FROM handover WHERE record_id = :r"), {"r": earliest}).scalar()
    assert first.winner == earliest and len(first.records) == 2
    resolve(a, first.id, first.records[1], "两个点都发了，已联系住户退回一份")
    carry(a, b)
    with b.read() as s:
        assert conflicts(s, open_only=True) == []
        assert conflicts(s)[0].resolved_by == "A01值班员"
    assert digest(a) == digest(b)


def test_a_household_edited_at_two_points_converges_field_by_field(two):
    a, b = two
    _household(a, "3-2-501")
    carry(a, b)
    hh.update(a, "3-2-501", phone="13900139001", members=3)
    hh.update(b, "3-2-501", phone="13700137001", grid="第二网格")
    carry(a, b)
    carry(b, a)
    assert digest(a) == digest(b)
    with a.read() as s:
        got = hh.get(s, "3-2-501")
        kinds = [(c.kind, c.subject) for c in conflicts(s)]
    assert got.members == 3 and got.grid == "第二网格"
    assert got.phone == "13700137001"  # b wrote later (its clock observed a's records)
    assert kinds == [("household_field", "3-2-501/phone")]


def test_an_edit_does_not_undo_a_removal_it_had_not_seen(two):
    a, b = two
    _household(a, "3-2-501")
    carry(a, b)
    hh.remove(a, "3-2-501")
    hh.update(b, "3-2-501", members=4)
    carry(a, b)
    carry(b, a)
    assert digest(a) == digest(b)
    with a.read() as s:
        got = hh.get(s, "3-2-501")
        assert [c.kind for c in conflicts(s)] == ["household_removed"]
    assert got.active is False and got.members == 4


def test_two_rounds_of_the_same_name_both_exist(two):
    a, b = two
    ra = rounds.create(a, "4月10日 蔬菜包", date="2022-04-10")
    rb = rounds.create(b, "4月10日 蔬菜包", date="2022-04-10")
    _parcel(b, rb.id, None, code="YH777")
    carry(b, a)
    carry(a, b)
    assert digest(a) == digest(b)
    with a.read() as s:
        assert {r.id for r in rounds.all_rounds(s)} == {ra.id, rb.id}
    assert integrity.verify(a).ok and integrity.verify(b).ok


def test_the_writer_asks_the_guard_before_writing(two):
    a, _ = two
    asked = []

    def guard(kind):
        asked.append(kind)
        if kind == "household.removed":
            raise PermissionError(kind)

    a.guard = guard
    _household(a, "3-2-501")
    with pytest.raises(PermissionError):
        hh.remove(a, "3-2-501")
    assert asked == ["household.created", "household.removed"]
    with a.read() as s:
        assert hh.get(s, "3-2-501").active


def test_a_site_is_set_up_only_once_init_has_written_its_record(tmp_path):
    from pickuppoint.services.context import Context
    from pickuppoint.services.site import init_site, is_set_up

    ctx = Context.open(tmp_path / "new.sqlite3", "值班员")
    try:
        with ctx.read() as s:
            assert not is_set_up(s)
        init_site(ctx, "P07", "青桐里")
        with ctx.read() as s:
            assert is_set_up(s)
            assert s.execute(text("SELECT name, role FROM site WHERE is_self = 1")).one() == ("青桐里", "point")
    finally:
        ctx.close()

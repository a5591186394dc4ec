"""Parcel codes stay unique across a deployment while labels stay scannable: a supplier's order
number (a group buy's 跟团号) is namespaced by its round in the parcel's code, and a scan of the
printed number finds the parcel among the point's rounds (asking which when two fit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from counter_data import record_count
from namespaced_data import code_of, households, order_round, set_received
from pickuppoint.documents.labels import label_rows
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.lookup import lookup
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.view import AmbiguousScan, find_parcel
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.receiving import records as receiving
from sites import carry, digest, open_site, records_of


@pytest.fixture
def two_rounds(ctx, tmp_path):
    """跟团号 1001 and 1002 in the first round, used again (for other households) in the next."""
    households(ctx)
    first = order_round(ctx, tmp_path, "团购第1期", [("1001", "3-2-501", "蔬菜包"),
                                                   ("1002", "3-2-502", "水果包")], "2026-11-20")
    second = order_round(ctx, tmp_path, "团购第2期", [("1001", "5-1-301", "鸡蛋"),
                                                   ("1002", "3-2-501", "牛奶")], "2026-11-23")
    return first, second


def test_the_same_number_in_two_rounds_is_two_parcels_each_labelled_with_the_number(ctx, two_rounds):
    first, second = two_rounds
    a, b = code_of(ctx, first, "1001"), code_of(ctx, second, "1001")
    assert a != b and a == f"{first}.1001" and b == f"{second}.1001"
    with ctx.read() as s:
        rows = s.execute(text("SELECT code, label, order_no, household_code FROM parcel "
                              "WHERE label = '1001' ORDER BY household_code")).all()
        assert [(r.order_no, r.household_code) for r in rows] == [("1001", "3-2-501"), ("1001", "5-1-301")]
        assert s.execute(text("SELECT count(*) FROM conflict")).scalar_one() == 0
        # what our labels print is the number on the supplier's label, not the long code
        assert sorted(r.code for r in label_rows(s, second)) == ["1001", "1002"]
        assert sorted(p.shown for p in rp.missing(s, second)) == ["1001", "1002"]


def test_receiving_a_round_takes_its_own_parcel_of_a_shared_number(ctx, two_rounds):
    first, second = two_rounds
    [out] = receiving.receive_many(ctx, second, ["1001"])
    assert out.kind == "received" and out.code == code_of(ctx, second, "1001")
    assert out.message == "已验收 1001。"
    with ctx.read() as s:
        assert find_parcel(s, code_of(ctx, first, "1001")).status == "expected"
    # a number the round being received does not list, but two other rounds do: not this round's
    third = order_round(ctx, Path(ctx.db.path).parent, "团购第3期", [("2001", "3-2-502", "米")])
    [out] = receiving.receive_many(ctx, third, ["1002"])
    assert out.kind == "not_in_round" and "团购第1期" in out.message and "团购第2期" in out.message
    assert not out.recorded


def test_a_surplus_number_is_namespaced_by_the_round_it_came_with(ctx, two_rounds):
    first, second = two_rounds
    [out] = receiving.receive_many(ctx, second, ["DD88000777"], surplus_confirmed=True)
    assert out.kind == "surplus" and out.code == f"{second}.DD88000777" and "DD88000777 不在清单上" in out.message
    [again] = receiving.receive_many(ctx, second, ["DD88000777"])
    assert again.kind == "already_received"
    with ctx.read() as s:
        assert find_parcel(s, "DD88000777").surplus and find_parcel(s, "DD88000777").round_id == second


def test_the_counter_asks_which_when_a_number_fits_two_waiting_parcels(ctx, two_rounds):
    first, second = two_rounds
    a, b = code_of(ctx, first, "1001"), code_of(ctx, second, "1001")
    set_received(ctx, a)
    set_received(ctx, b)
    with ctx.read() as s:
        with pytest.raises(AmbiguousScan) as asked:
            counter.scan(s, "P01", "1001")
    assert sorted(p.code for p in asked.value.candidates) == sorted([a, b])
    assert "团购第1期" in asked.value.message and "团购第2期" in asked.value.message
    with ctx.read() as s:  # the choice: the parcel by its own code
        assert counter.scan(s, "P01", b).parcel.household_code == "5-1-301"
        # the lookup lists the households whose parcels carry the number
        assert sorted(h.code for h in lookup(s, "1001").households) == ["3-2-501", "5-1-301"]
    counter.hand_over(ctx, [a])
    with ctx.read() as s:  # the first round's parcel is collected: the number is the waiting one's
        card = counter.scan(s, "P01", "1001")
    assert card.parcel.code == b and not card.refusal


def test_two_points_importing_the_same_platforms_numbers_converge_without_conflict(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    p1, p2 = open_site(tmp_path, "P01"), open_site(tmp_path, "P02")
    for ctx in (p1, p2):
        households(ctx)
    r1 = order_round(p1, folder, "P01 团购", [("PDD880001", "3-2-501", "蔬菜包")])
    r2 = order_round(p2, folder, "P02 团购", [("PDD880001", "3-2-502", "水果包")])
    carry(p2, p1)
    carry(p1, p2)
    assert digest(p1) == digest(p2)
    with p1.read() as s:
        rows = s.execute(text("SELECT code, round_id, point_site FROM parcel WHERE label = 'PDD880001' "
                              "ORDER BY point_site")).all()
        assert [(r.code, r.point_site) for r in rows] == [(f"{r1}.PDD880001", "P01"), (f"{r2}.PDD880001", "P02")]
        assert s.execute(text("SELECT count(*) FROM conflict")).scalar_one() == 0
        # each point's scan of the number finds its own parcel
        assert find_parcel(s, "PDD880001", site_id="P01").round_id == r1
    with p2.read() as s:
        assert find_parcel(s, "PDD880001", site_id="P02").round_id == r2
    assert len(records_of(p1, "kind = 'parcel.added'")) == 2
    assert integrity.verify(p1).ok and integrity.verify(p2).ok
    p1.close()
    p2.close()


def test_a_parcel_of_an_earlier_release_keeps_its_code_and_is_found_by_it(ctx):
    """Records before schema step 10 have the order number itself as the code: their label is the
    code, a rebuild gives the same, and a re-import of the list updates them, never duplicates."""
    from pickuppoint.services.parcels.records import ParcelData, add_parcels
    from pickuppoint.services.rounds import records as rounds

    households(ctx)
    rid = rounds.create(ctx, "旧批次", kind="order").id
    with ctx.write() as w:  # as the earlier release wrote it: code = order number
        add_parcels(w, [ParcelData(round_id=rid, household_code="3-2-501", code="DD2204100001",
                                   order_no="DD2204100001", items="蔬菜包")])
    with ctx.read() as s:
        assert find_parcel(s, "DD2204100001").label == "DD2204100001"
    before = digest(ctx)
    integrity.rebuild(ctx)
    assert digest(ctx) == before


def test_the_cli_refuses_an_ambiguous_number_with_the_full_codes_and_takes_either(ctx, two_rounds, capsys):
    first, second = two_rounds
    a, b = code_of(ctx, first, "1002"), code_of(ctx, second, "1002")
    set_received(ctx, a)
    set_received(ctx, b)
    before = record_count(ctx)
    r = run_cli(capsys, "--db", ctx.db.path, "handover", "1002")
    assert r.code == 1 and a in r.err and b in r.err and "选定之前什么都没有登记" in r.err
    assert "Traceback" not in r.err and record_count(ctx) == before
    r = run_cli(capsys, "--db", ctx.db.path, "lookup", b, "--json")  # the full code, as printed
    assert r.code == 0
    parcel = r.json()["parcel"]
    assert parcel["code"] == b and parcel["label"] == "1002" and parcel["household"] == "3-2-501"
    r = run_cli(capsys, "--db", ctx.db.path, "receive", "1002", "--round", "团购第1期")
    assert r.code == 0  # receiving names the round: no question
    r = run_cli(capsys, "--db", ctx.db.path, "handover", b, "--json")
    assert r.code == 0
    with ctx.read() as s:
        assert find_parcel(s, b).status == "collected" and find_parcel(s, a).status == "received"


def test_a_database_of_an_earlier_release_keeps_its_parcels_found_by_what_their_labels_say(tmp_path):
    """Schema step 10 fills the label of every parcel with its code (the order number itself, in
    the records of those releases: their bytes are not touched); scans, the log and a re-import
    of the same list go on as before."""
    import shutil

    from pickuppoint.services.context import Context
    from pickuppoint.services.manifests.manifest import import_manifest

    path = tmp_path / "point.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "release" / "point-v4.sqlite3", path)
    ctx = Context.open(path, "李主任")
    try:
        with ctx.read() as s:
            labels = dict(s.execute(text("SELECT code, label FROM parcel")).all())
            assert labels == {c: c for c in ("YH220410001", "YH220410002", "P01-000001L", "ZZ9999001")}
            assert find_parcel(s, "YH220410002").household_code == "3-2-502"
            card = counter.scan(s, "P01", "YH220410002")
            assert card.parcel.code == "YH220410002" and not card.refusal
            before = digest(ctx)
        assert integrity.verify(ctx).ok
        integrity.rebuild(ctx)
        assert digest(ctx) == before
        listed = tmp_path / "list.csv"  # the same list again: the parcels are found, none added
        listed.write_text("订单号,收货人,收货地址,商品名称,应付金额,支付状态\n"
                          "YH220410001,张建国,3号楼2单元501,蔬菜包,39.90,已付\n"
                          "YH220410002,王秀英,3号楼2单元502,蔬菜包,39.90,未付\n", encoding="utf-8")
        result = import_manifest(ctx, "a465228e6b28", listed)
        assert result.imported == 0 and result.updated + result.unchanged == 2, result.to_json()
        with ctx.read() as s:
            assert s.execute(text("SELECT count(*) FROM parcel")).scalar_one() == 4
    finally:
        ctx.close()

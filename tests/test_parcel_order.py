"""A round's parcels in building-unit-room order straight from an index: the sort key each
parcel keeps, the upgrade that fills it in old files, and the lists and counts that use it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from pickuppoint.domain.address import (
    UNMATCHED_SORT_KEY,
    Address,
    building_of_sort_key,
    building_sort_range,
    parcel_sort_key,
)
from pickuppoint.services.context import Context
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.records import ParcelData, add_parcels, update_parcel
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds import view as round_view
from pickuppoint.services.rounds.figures import FIGURE_COLUMNS
from pickuppoint.services.site import init_site
from pickuppoint.store.schema import LATEST
from receiving_data import truck


@pytest.mark.parametrize("code", ["3-2-501", "12-0-1101", "3A-1-101", "东区-2-302", "A-1-9"])
def test_a_parcel_sorts_where_its_household_does(code):
    assert parcel_sort_key(code) == Address(*code.split("-")).sort_key  # as households.py keys it
    building = code.split("-")[0]
    lo, hi = building_sort_range(building)
    assert lo <= parcel_sort_key(code) < hi
    assert building_of_sort_key(lo[:-1]) == building


def test_building_order_and_parcels_without_a_household_last():
    keys = [parcel_sort_key(c) for c in ("2-1-101", "10-1-101", "3-1-1101", "3-1-201", "东区-1-101")]
    assert sorted(keys) == [parcel_sort_key(c) for c in
                            ("2-1-101", "3-1-201", "3-1-1101", "10-1-101", "东区-1-101")]
    assert all(k < UNMATCHED_SORT_KEY for k in keys)
    assert parcel_sort_key(None) == parcel_sort_key("") == UNMATCHED_SORT_KEY
    assert not any(lo <= UNMATCHED_SORT_KEY < hi for lo, hi in map(building_sort_range, ["3", "东区"]))


def _round_with_a_loose_parcel(ctx):
    t = truck(ctx, 40)
    with ctx.write() as w:  # an order line nobody could match yet
        loose = add_parcels(w, [ParcelData(round_id=t.round_id, recipient="不详", address="某处")])[0]
    return t, loose


def test_the_missing_list_comes_in_label_order_with_unmatched_parcels_last(ctx):
    t, loose = _round_with_a_loose_parcel(ctx)
    receiving.receive(ctx, t.round_id, t.codes[5])
    with ctx.read() as s:
        listed = [p.code for p in rp.missing(s, t.round_id)]
        page2 = [p.code for p in rp.missing(s, t.round_id, None, 10, 10)]
        building = t.homes[t.codes[0]].split("-")[0]
        in_building = [p.code for p in rp.missing(s, t.round_id, building)]
        view = [p.code for p in round_view.page(s, round_view.ParcelFilter(t.round_id))]
    expected = [c for c in t.codes if c != t.codes[5]] + [loose]
    assert listed == expected
    assert page2 == expected[10:20]
    assert in_building == [c for c in expected if t.homes.get(c, "").split("-")[0] == building]
    assert view == t.codes + [loose]


def test_matching_a_parcel_by_hand_moves_it_into_its_building(ctx):
    t, loose = _round_with_a_loose_parcel(ctx)
    home = t.homes[t.codes[0]]
    update_parcel(ctx, loose, household_code=home)
    with ctx.read() as s:
        listed = [p.code for p in rp.missing(s, t.round_id)]
        counts = rounds.counts(s, t.round_id)
        building = rounds.counts(s, t.round_id, home.split("-")[0])
        prog = rp.progress(s, t.round_id)
    assert listed.index(loose) < listed.index(t.codes[1]) and listed[-1] != loose
    assert counts.unmatched == 0 and counts.total == 41
    assert building.total == sum(1 for h in t.homes.values() if h.split("-")[0] == home.split("-")[0]) + 1
    assert sum(p.expected for p in prog.by_building) == prog.total.expected == 41
    assert "" not in [p.building for p in prog.by_building]
    assert integrity.verify(ctx).ok  # replaying the log gives the same sort keys


def test_counts_and_progress_by_building(ctx):
    t, loose = _round_with_a_loose_parcel(ctx)
    receiving.receive(ctx, t.round_id, t.codes[0])
    receiving.receive(ctx, t.round_id, t.codes[1], damaged=True)
    with ctx.read() as s:
        c = rounds.counts(s, t.round_id)
        prog = rp.progress(s, t.round_id)
        buildings = round_view.buildings(s, t.round_id)
    assert (c.total, c.expected, c.received, c.damaged, c.unmatched) == (41, 39, 1, 1, 1)
    by_building = {p.building: p for p in prog.by_building}
    homes_buildings = sorted({h.split("-")[0] for h in t.homes.values()}, key=int)
    assert buildings == homes_buildings
    assert [p.building for p in prog.by_building] == homes_buildings + [""]
    assert by_building[""].missing == 1  # the loose parcel, under "no household"
    first = t.homes[t.codes[0]].split("-")[0]
    assert by_building[first].received == 2 and by_building[first].damaged == 1
    assert prog.total.missing == 39


@pytest.mark.parametrize("query", ["counts", "missing", "missing_building", "progress", "view", "figures"])
def test_a_rounds_lists_and_counts_never_sort_or_read_the_whole_table(ctx, query):
    t, _loose = _round_with_a_loose_parcel(ctx)
    lo, hi = building_sort_range("3")
    sql, params = {
        "counts": ("SELECT status, count(*), sum(surplus), sum(sort_key = :u) FROM parcel "
                   "WHERE round_id = :r GROUP BY status", {"u": UNMATCHED_SORT_KEY}),
        "missing": (rp._LISTED + rp._missing_where(None) + rp._ORDER + " LIMIT 200", {}),
        "missing_building": (rp._LISTED + rp._missing_where("3") + rp._ORDER + " LIMIT 200",
                             {"lo": lo, "hi": hi}),
        "progress": (rp._PROGRESS.text, {}),
        "figures": (f"SELECT {FIGURE_COLUMNS} FROM parcel WHERE round_id = :r", {}),
        "view": ("SELECT p.code FROM parcel p LEFT JOIN household h ON h.code = p.household_code "
                 "WHERE p.round_id = :r ORDER BY p.sort_key, p.code LIMIT 200", {}),
    }[query]
    with ctx.read() as s:
        plan = " / ".join(r[-1] for r in s.execute(text("EXPLAIN QUERY PLAN " + sql),
                                                   {"r": t.round_id, **params}))
    assert "SCAN p " not in plan + " " and "SCAN parcel " not in plan + " ", plan
    if query != "progress":  # progress groups by building: a small sort of its few groups
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
    if query in ("counts", "progress", "figures"):
        assert "COVERING INDEX" in plan, plan  # the index alone, no parcel row read


def test_upgrading_to_schema_4_gives_every_parcel_its_sort_key(tmp_path):
    """A file written before the sort key existed (schema 3) is upgraded: the keys are those
    the log gives, and the lists come in label order."""
    path = tmp_path / "old.sqlite3"
    ctx = Context.open(path, "测试员")
    init_site(ctx, "P01", "白竹亭接驳点")
    t, loose = _round_with_a_loose_parcel(ctx)
    ctx.close()
    conn = sqlite3.connect(path)  # take the file back to what schema 3 made
    conn.executescript("""
        DROP INDEX ix_record_entity; ALTER TABLE record DROP COLUMN entity;
        DROP TABLE conflict; DROP TABLE resolution; DROP TABLE household_field;
        DROP TABLE sync_point; DROP TABLE sync_file; DROP TABLE sync_held; DROP TABLE sync_gap_accepted;
        ALTER TABLE handover DROP COLUMN record_id; ALTER TABLE household DROP COLUMN version;
        DROP INDEX ix_round_name;
        DROP INDEX ix_parcel_round_sort; DROP INDEX ix_parcel_round_status;
        ALTER TABLE parcel DROP COLUMN sort_key; ALTER TABLE parcel DROP COLUMN entitlement;
        DROP TABLE parcel_number;
        DROP TABLE operator; DROP TABLE operator_secret; DROP TABLE operator_signin;
        CREATE INDEX ix_parcel_round_status ON parcel (round_id, status);
        DROP TABLE ledger_settlement; DROP TABLE delivery_run; DROP TABLE delivery_run_parcel;
        DROP INDEX ix_handover_payment; DROP INDEX ix_parcel_received; DROP INDEX ix_handover_voided;
        DROP INDEX ix_household_point; ALTER TABLE household DROP COLUMN point_site;
        ALTER TABLE round DROP COLUMN points;
        PRAGMA user_version = 3;""")
    conn.close()
    ctx = Context.open(path, "测试员")
    try:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        keys = dict(conn.execute("SELECT code, sort_key FROM parcel"))
        conn.close()
        assert keys[loose] == UNMATCHED_SORT_KEY
        assert all(keys[c] == parcel_sort_key(t.homes[c]) for c in t.codes)
        with ctx.read() as s:
            assert [p.code for p in rp.missing(s, t.round_id)] == t.codes + [loose]
        assert integrity.verify(ctx).ok
        assert (tmp_path / "old.sqlite3.v3.bak").exists()
        from pickuppoint.domain import codes
        from pickuppoint.services.parcels.records import next_number

        with ctx.read() as s:  # numbering goes on after the last code issued before the upgrade
            assert next_number(s, "P01") == max(codes.number_of(c) for c in [*t.codes, loose]) + 1
    finally:
        ctx.close()

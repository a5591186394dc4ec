"""`receive` on the command line: a truck's codes in one go, the good ones recorded."""

from __future__ import annotations

from cli_helpers import run_cli
from counter_data import record_count
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.view import find_parcel
from receiving_data import truck


def _status(ctx, code):
    with ctx.read() as s:
        return find_parcel(s, code).status


def test_receive_codes_with_json(ctx, capsys):
    t = truck(ctx, 8)
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], t.codes[1].lower(),
                "--round", t.round_name, "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert [(x["code"], x["outcome"]) for x in data["results"]] == [
        (t.codes[0], "received"), (t.codes[1], "received")]
    assert (data["received"], data["refused"]) == (2, 0)
    assert all(x["message"] for x in data["results"])
    again = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "--json").json()
    assert again["results"][0]["outcome"] == "already_received" and again["received"] == 0


def test_a_refused_code_fails_the_command_but_the_good_ones_stay_recorded(ctx, capsys):
    t = truck(ctx, 8)
    bad = t.codes[2][:-1] + ("A" if t.codes[2][-1] != "A" else "B")
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], bad, t.other_code, "YH-EXTRA-1",
                "--round", t.round_id, "--note", "多出一箱")
    assert r.code == 1
    assert bad in r.err and "4月8日 米面油" in r.err  # the refusals, on stderr
    assert "已验收 1 件，多出 1 件" in r.out
    assert _status(ctx, t.codes[0]) == "received"
    assert _status(ctx, t.other_code) == "expected"
    assert _status(ctx, "YH-EXTRA-1") == "received"
    assert integrity.verify(ctx).ok


def test_damaged_and_by_household(ctx, capsys):
    t = truck(ctx, 5)
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "--damaged", "--note", "压坏", "--json")
    assert r.code == 0 and r.json()["damaged"] == 1
    assert _status(ctx, t.codes[0]) == "damaged"
    r = run_cli(capsys, "--db", ctx.db.path, "receive", "--household", t.homes[t.codes[3]],
                "--round", t.round_name)
    assert r.code == 0, r.err
    assert _status(ctx, t.codes[3]) == "received"


def test_wrong_usage_and_unknown_round(ctx, capsys):
    t = truck(ctx, 2)
    before = record_count(ctx)
    assert run_cli(capsys, "--db", ctx.db.path, "receive").code == 2
    assert run_cli(capsys, "--db", ctx.db.path, "receive", "--household", "1-1-101").code == 2
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "--round", "没有这个批次")
    assert r.code == 1 and "没有这个批次" in r.err and "Traceback" not in r.err
    assert record_count(ctx) == before


def test_a_code_one_character_off_a_listed_one_needs_surplus_to_be_recorded(ctx, capsys):
    from pickuppoint.services.parcels.records import ParcelData, add_parcels

    t = truck(ctx, 3)
    with ctx.write() as w:
        add_parcels(w, [ParcelData(round_id=t.round_id, household_code=t.homes[t.codes[0]],
                                   code="DD0410000003")])
    before = record_count(ctx)
    r = run_cli(capsys, "--db", ctx.db.path, "receive", "D0410000003", "--round", t.round_id, "--json")
    assert r.code == 1 and r.json()["results"][0]["outcome"] == "lookalike"
    assert record_count(ctx) == before
    r = run_cli(capsys, "--db", ctx.db.path, "receive", "DD0410000004", "--round", t.round_id)
    assert r.code == 1 and "--surplus" in r.err and "DD0410000003" in r.err
    r = run_cli(capsys, "--db", ctx.db.path, "receive", "DD0410000004", "--round", t.round_id,
                "--surplus", "--json")
    assert r.code == 0 and r.json()["surplus"] == 1
    assert record_count(ctx) == before + 1


def test_undo_a_receipt_from_the_command_line(ctx, capsys):
    t = truck(ctx, 3)
    run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "YH-EXTRA-1", "--round", t.round_id)
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "YH-EXTRA-1", t.codes[1],
                "--undo", "--reason", "扫错了", "--json")
    assert r.code == 1  # codes[1] was never received: refused, the others undone
    data = r.json()
    assert [x["outcome"] for x in data["results"]] == ["undone", "undone", "refused"]
    assert _status(ctx, t.codes[0]) == "expected"
    with ctx.read() as s:
        assert find_parcel(s, "YH-EXTRA-1") is None
    r = run_cli(capsys, "--db", ctx.db.path, "receive", t.codes[0], "--undo")
    assert r.code == 2 and "--reason" in r.err
    assert integrity.verify(ctx).ok

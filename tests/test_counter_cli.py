"""The counter without a screen: `handover`, `void`, `lookup`, `receipt`, `till` as CLI.md fixes
them (options, exit codes, JSON keys)."""

from __future__ import annotations

import subprocess

import pytest

from cli_helpers import run_cli, run_program
from counter_data import community, record_count


@pytest.fixture
def world(ctx):
    return community(ctx)


def cli(capsys, db_path, *args):
    return run_cli(capsys, "--db", db_path, "--operator", "小王", *args)


def one_sentence(r):
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err.strip() and r.err.strip().count("\n") == 0, r.err
    return r.err.strip()


def test_handover_json_and_lookup_shows_the_parcel_collected(capsys, db_path, ctx, world):
    code = world.codes["veg502"]
    r = cli(capsys, db_path, "handover", code, "--json")
    assert r.code == 0, r.err
    out = r.json()
    assert out["household"] == "3-2-502" and out["parcels"] == [code]
    assert out["payment"] == "none" and out["amount"] == "0.00"
    assert out["collector"] == {"kind": "household", "name": "王秀英", "phone": ""}
    assert out["warnings"][0]["reason"] == "not_received"  # the handover implies receipt
    r = cli(capsys, db_path, "lookup", code, "--json")
    assert r.code == 0
    p = r.json()["parcel"]
    assert (p["code"], p["status"], p["household"]) == (code, "collected", "3-2-502")
    assert p["collected"]["operator"] == "小王" and p["collected"]["receipt_no"] == out["receipt_no"]


def test_handover_refusals_exit_1_with_the_reason_and_write_nothing(capsys, db_path, ctx, world):
    assert cli(capsys, db_path, "handover", world.codes["veg502"]).code == 0
    before = record_count(ctx)
    assert "已领取" in one_sentence(cli(capsys, db_path, "handover", world.codes["veg502"]))
    assert "没有编号为 NOPE-1 的包裹" in one_sentence(cli(capsys, db_path, "handover", "NOPE-1"))
    bad = world.codes["veg501"][:-1] + ("0" if world.codes["veg501"][-1] != "0" else "1")
    assert "重新扫描" in one_sentence(cli(capsys, db_path, "handover", bad))
    assert "不在本接驳点发放" in one_sentence(cli(capsys, db_path, "handover", world.codes["other"]))
    assert "cash" not in one_sentence(cli(capsys, db_path, "handover", world.codes["rice501"]))
    assert "原因" in one_sentence(cli(capsys, db_path, "handover", world.codes["rice501"],
                                      "--payment", "waived"))
    assert record_count(ctx) == before


def test_a_refused_handover_with_json_says_why_on_stdout_too(capsys, db_path, ctx, world):
    code = world.codes["veg502"]
    assert cli(capsys, db_path, "handover", code).code == 0
    r = cli(capsys, db_path, "handover", code, "--json")
    out = r.json()
    assert (out["refused"], out["details"]["code"]) == ("already_collected", code)
    assert out["message"] == one_sentence(r)


def test_handover_usage_errors_exit_2(capsys, db_path, ctx, world):
    code = world.codes["veg501"]
    assert cli(capsys, db_path, "handover", code, "--proxy", "--door").code == 2
    assert cli(capsys, db_path, "handover", code, "--payment", "card").code == 2
    r = cli(capsys, db_path, "handover", world.codes["rice501"], "--payment", "cash", "--amount", "abc")
    assert r.code == 2 and "abc" in r.err
    assert cli(capsys, db_path, "void", code).code == 2  # --reason is required


def test_payment_proxy_and_door(capsys, db_path, ctx, world):
    r = cli(capsys, db_path, "handover", world.codes["rice501"], world.codes["veg501"], "--proxy",
            "--payment", "cash", "--amount", "39.9", "--json")
    assert r.code == 0, r.err
    out = r.json()
    assert out["collector"] == {"kind": "proxy", "name": "李芳", "phone": "13900139002"}  # registered
    assert (out["payment"], out["amount"]) == ("cash", "39.90")
    r = cli(capsys, db_path, "handover", world.codes["veg502"], "--proxy", "--collector", "刘洋",
            "--phone", "13700137000", "--json")
    assert r.json()["collector"] == {"kind": "proxy", "name": "刘洋", "phone": "13700137000"}
    r = cli(capsys, db_path, "handover", world.codes["veg301"], "--door", "--collector", "王强",
            "--json")
    assert r.json()["collector"]["kind"] == "door" and r.json()["collector"]["name"] == "王强"
    r = cli(capsys, db_path, "till", "--since", "2000-01-01", "--json")
    assert r.code == 0
    t = r.json()
    assert t["parcels"] == 4 and t["visits"] == 3
    assert t["by_mode"]["cash"] == {"count": 1, "amount": "39.90"}


def test_void_puts_the_parcel_back_and_keeps_the_record(capsys, db_path, ctx, world):
    code = world.codes["veg502"]
    cli(capsys, db_path, "handover", code)
    r = cli(capsys, db_path, "void", code, "--reason", "扫错了包裹")
    assert r.code == 0, r.err
    assert cli(capsys, db_path, "lookup", code, "--json").json()["parcel"]["status"] == "received"
    assert "没有可撤销的发放" in one_sentence(cli(capsys, db_path, "void", code, "--reason", "再撤"))
    r = cli(capsys, db_path, "till", "--since", "2000-01-01", "--json")
    assert (r.json()["parcels"], r.json()["voided"]) == (0, 1)


def test_lookup_a_household_by_room_or_phone(capsys, db_path, ctx, world):
    listed = {h["code"]: h for h in cli(capsys, db_path, "households", "list", "--json").json()["households"]}
    for query in ("3-2-501", "32501", "8001"):
        r = cli(capsys, db_path, "lookup", query, "--json")
        assert r.code == 0, r.err
        out = r.json()
        assert out["household"] == listed["3-2-501"]  # as in households list
        parcels = {p["code"]: p for p in out["parcels"]}
        assert set(parcels) == {world.codes["veg501"], world.codes["rice501"]}
        assert parcels[world.codes["rice501"]]["status"] == "expected"
        assert parcels[world.codes["rice501"]]["household"] == "3-2-501"
    r = cli(capsys, db_path, "lookup", "3-2-501")
    assert r.code == 0 and "张建国" in r.out and "米面油套餐" in r.out
    assert "没有找到" in one_sentence(cli(capsys, db_path, "lookup", "9-9-909"))


def test_receipt_pdf_has_the_household_items_amount_and_collector(capsys, db_path, ctx, world, tmp_path):
    cli(capsys, db_path, "handover", world.codes["veg501"], world.codes["rice501"], "--payment", "qr")
    for layout in ("58mm", "80mm", "a5"):
        out = tmp_path / f"r-{layout}.pdf"
        r = cli(capsys, db_path, "receipt", world.codes["rice501"], "-o", out, "--layout", layout)
        assert r.code == 0, r.err
        text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True,
                              text=True, check=True).stdout
        for expected in ("物资领取小票", "3-2-501", "张建国", "米面油套餐", "蔬菜包", "39.90",
                         "扫码支付", "领取人", "小王"):
            assert expected in text, (layout, expected)
    assert "没有找到" in one_sentence(cli(capsys, db_path, "receipt", "NOPE-1", "-o", tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_the_installed_program_keeps_the_contract(ctx, world, db_path):
    """The real program, as acceptance checks run it."""
    r = run_program("--db", db_path, "handover", world.codes["veg502"], "--json")
    assert r.code == 0, r.err
    r = run_program("--db", db_path, "handover", world.codes["veg502"])
    assert r.code == 1 and "已领取" in r.err and "Traceback" not in r.err
    r = run_program("--db", db_path, "lookup", "3-2-502", "--json")
    out = r.json()
    assert set(out) >= {"household", "parcels"} and out["household"]["code"] == "3-2-502"
    assert {p["status"] for p in out["parcels"]} == {"collected", "expected"}

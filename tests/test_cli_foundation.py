"""The command-line contract for the foundation: init, households list, verify, rebuild, errors."""

from __future__ import annotations

from cli_helpers import run_cli, run_program


def test_init_then_verify(capsys, tmp_path):
    db = tmp_path / "p.sqlite3"
    r = run_cli(capsys, "--db", db, "init", "--site-id", "P07", "--name", "海景花园接驳点")
    assert r.code == 0, r.err
    r = run_cli(capsys, "--db", db, "verify", "--json")
    assert r.code == 0 and r.json()["ok"] is True and r.json()["records"] == 1


def test_init_refuses_bad_site_id_with_one_sentence(capsys, tmp_path):
    r = run_cli(capsys, "--db", tmp_path / "p.sqlite3", "init", "--site-id", "P 1", "--name", "x")
    assert r.code == 1
    assert r.err.count("\n") == 1 and "站点编号" in r.err and "Traceback" not in r.err


def test_init_cannot_change_a_site_that_has_records(capsys, tmp_path):
    db = tmp_path / "p.sqlite3"
    assert run_cli(capsys, "--db", db, "init", "--site-id", "P07", "--name", "a").code == 0
    r = run_cli(capsys, "--db", db, "init", "--site-id", "P08", "--name", "b")
    assert r.code == 1 and "P07" in r.err


def test_households_list_json_shape(capsys, ctx, db_path):
    from pickuppoint.domain.address import parse_address
    from pickuppoint.services.households import records as hh

    hh.create(ctx, hh.HouseholdData.at(parse_address("3-2-501"), head="张建国", phone="13800138001",
                                       members=2, grid="第一网格", flags=["elderly_alone"],
                                       proxies=[{"name": "李梅", "phone": "13900139000"}]))
    r = run_cli(capsys, "--db", db_path, "households", "list", "--json")
    assert r.code == 0
    [h] = r.json()["households"]
    assert h["code"] == "3-2-501" and h["head"] == "张建国" and h["phone"] == "13800138001"
    assert h["members"] == 2 and h["grid"] == "第一网格" and h["flags"] == ["elderly_alone"]
    assert h["proxies"] == [{"name": "李梅", "phone": "13900139000"}]


def test_rebuild_reports_the_records(capsys, ctx, db_path):
    r = run_cli(capsys, "--db", db_path, "rebuild", "--json")
    assert r.code == 0 and r.json() == {"records": 1}


def test_wrong_usage_exits_2(capsys, tmp_path):
    r = run_cli(capsys, "--db", tmp_path / "p.sqlite3", "households", "frobnicate")
    assert r.code == 2
    r = run_cli(capsys, "--db", tmp_path / "p.sqlite3", "no-such-command")
    assert r.code == 2


def test_db_that_is_a_folder_is_one_sentence(capsys, tmp_path):
    r = run_cli(capsys, "--db", tmp_path, "households", "list")
    assert r.code == 1 and "文件夹" in r.err and "Traceback" not in r.err


def test_db_in_an_unwritable_place_is_one_sentence(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run_cli(capsys, "--db", blocker / "sub" / "p.sqlite3", "households", "list")
    assert r.code == 1 and "Traceback" not in r.err and r.err.strip()


def test_english_messages(capsys, tmp_path):
    r = run_cli(capsys, "--lang", "en", "--db", tmp_path / "p.sqlite3", "init", "--site-id", "P 1",
                "--name", "x")
    assert r.code == 1 and "site" in r.err.lower() and "站点" not in r.err


def test_default_database_comes_from_the_environment(capsys, tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PICKUPPOINT_DB", str(target))
    assert run_cli(capsys, "init", "--site-id", "P09", "--name", "x").code == 0
    assert target.exists()


def test_the_real_program_runs(tmp_path):
    r = run_program("--db", tmp_path / "p.sqlite3", "households", "list", "--json")
    assert r.code == 0 and r.out.strip() == '{"households": []}'


def test_argparse_speaks_the_interface_language(capsys, db_path):
    r = run_cli(capsys, "--db", db_path, "handover")
    assert r.code == 2 and "缺少必需的参数：CODE" in r.err
    r = run_cli(capsys, "--db", db_path, "--lang", "en", "handover")
    assert r.code == 2 and "the following arguments are required: CODE" in r.err

"""`purge` after the emergency: no name or phone of the roster is left anywhere in the data
directory (the database, its write-ahead log, backups, upgrade copies, restore set-asides),
the counts and the log stay, `verify` passes; irreversible, so it asks, and only a coordinator
may do it once the database has operators."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run_cli, run_program
from counter_data import community
from pickuppoint.services.backup import rotation
from pickuppoint.services.backup.copy import copy_database
from pickuppoint.services.backup.restore import restore
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.payments import Collector
from pickuppoint.services.households import records as households
from pickuppoint.services.operators import records as operators
from pickuppoint.services.operators.signin import sign_in

NAMES = ["张建国", "王秀英", "赵磊", "李芳", "陈代领"]
PHONES = ["13800138001", "13800138002", "13800138003", "13900139002", "13700137007"]
NOTE = "右腿骨折需送上门"


def everything_in(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def found(folder: Path) -> list[tuple[str, str]]:
    hits = []
    for path, data in everything_in(folder).items():
        for needle in [*NAMES, *PHONES, NOTE, "138****8001"]:
            if needle.encode("utf-8") in data:
                hits.append((path.name, needle))
    return hits


def a_point_in_use(ctx, db_path: Path, tmp_path: Path) -> None:
    """Households with phones, proxies and notes; handovers (one by a proxy, named); an upgrade
    copy, automatic backups, a restore that kept the replaced database aside."""
    world = community(ctx)
    households.update(ctx, "5-1-301", notes=NOTE)
    counter.hand_over(ctx, [world.codes["veg501"]], Collector("proxy", "李芳", "13900139002"))
    counter.hand_over(ctx, [world.codes["veg502"]], Collector("proxy", "陈代领", "13700137007"))
    copy_database(db_path, db_path.with_name(db_path.name + ".v6.bak"))
    rotation.take_backup(db_path)
    rotation.take_backup(db_path, tmp_path / "data" / "stick")
    rotation.set_extra_folder(ctx, tmp_path / "data" / "stick")
    ctx.close()
    restore(db_path, copy_database(db_path, tmp_path / "data" / "restore-me.sqlite3"))
    (tmp_path / "data" / "restore-me.sqlite3").unlink()


def test_after_purge_no_name_or_phone_is_left_anywhere_in_the_data_directory(capsys, ctx, tmp_path):
    db_path = tmp_path / "data" / "point.sqlite3"
    db_path.parent.mkdir()
    ctx.close()
    ctx = Context.open(db_path, "测试员")
    from pickuppoint.services.site import init_site

    init_site(ctx, "P01", "白竹亭接驳点")
    a_point_in_use(ctx, db_path, tmp_path)
    data = db_path.parent
    assert {n for _p, n in found(data)} >= set(NAMES + PHONES)  # the test can fail
    r = run_cli(capsys, "--db", db_path, "purge", "--yes", "--json")
    assert r.code == 0, r.err
    out = r.json()
    assert out["households"] == 3 and out["handovers"] == 2 and out["not_removed"] == []
    assert len(out["removed"]) == 4  # the .v6.bak, the set-aside, two backups
    assert found(data) == []
    r = run_cli(capsys, "--db", db_path, "verify")
    assert r.code == 0, r.err
    r = run_cli(capsys, "--db", db_path, "households", "list", "--json")
    listed = r.json()["households"]
    assert [h["code"] for h in listed] == ["3-2-501", "3-2-502", "5-1-301"]
    assert {h["head"] for h in listed} == {""} and {h["phone"] for h in listed} == {""}
    assert found(data) == []


def test_purge_asks_first_and_a_worker_may_not(capsys, ctx, db_path, monkeypatch):
    community(ctx)
    ctx.close()
    r = run_program("--db", db_path, "purge", input="")  # no terminal, no --yes
    assert r.code == 1 and "--yes" in r.err
    ctx = Context.open(db_path, "x")
    operators.add_operator(ctx, "陈协调", "coordinator", "1357")
    sign_in(ctx, "陈协调", "1357")
    operators.add_operator(ctx, "王主任", "worker", "2468")
    ctx.close()
    monkeypatch.setenv("PICKUPPOINT_PIN", "2468")
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "purge", "--yes")
    assert r.code == 1 and r.err.strip() == "王主任（社区工作者）不能清除个人信息：请协调员登录后再做。"
    assert found(db_path.parent) != []  # nothing purged
    monkeypatch.setenv("PICKUPPOINT_PIN", "1357")
    r = run_cli(capsys, "--db", db_path, "--operator", "陈协调", "purge", "--yes")
    assert r.code == 0, r.err
    assert found(db_path.parent) == []

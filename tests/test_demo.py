"""The demo community a newcomer opens, and the synthetic data the benchmarks use."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from cli_helpers import run_cli
from pickuppoint.domain.flags import FLAGS
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.demo import community as demo
from pickuppoint.services.households import records as households


def _demo(path) -> tuple[Context, list[households.HouseholdData]]:
    ctx = Context.open(path, "测试员")
    demo.ensure_demo(ctx)
    with ctx.read() as s:
        return ctx, households.search(s, households.Query(), limit=10**6)


@pytest.fixture
def opened_app(monkeypatch):
    """`demo` opens the window at the end; here we only note where it would open."""
    calls = []
    monkeypatch.setattr("pickuppoint.ui.app.run_app",
                        lambda path, operator, lang, demo=False: calls.append(path) or 0)
    return calls


def test_the_demo_community_looks_like_a_real_one(tmp_path):
    ctx, rows = _demo(tmp_path / "d.sqlite3")
    site = ctx.site
    assert (site.site_id, site.name) == ("DEMO01", "白竹亭社区接驳点")
    assert 300 <= len(rows) <= 500
    buildings = {h.building for h in rows}
    assert 8 <= len(buildings) <= 12
    assert any(h.unit == "0" for h in rows) and any(h.unit == "2" for h in rows)
    assert len({h.grid for h in rows}) >= 3 and all(re.fullmatch(r"第.网格", h.grid) for h in rows)
    assert all(2 <= len(h.head) <= 3 for h in rows)
    assert len({h.head for h in rows}) > len(rows) * 0.7  # names vary
    assert all(normalize_phone(h.phone) == h.phone for h in rows)
    mobiles = [h.phone for h in rows if h.phone.startswith("1")]
    assert len(mobiles) > len(rows) * 0.9 and all(re.fullmatch(r"1[3-9]\d{9}", p) for p in mobiles)
    assert {h.members for h in rows} == {1, 2, 3, 4, 5, 6}
    flagged = [h for h in rows if h.flags]
    assert 0.05 <= len(flagged) / len(rows) <= 0.12
    assert set(Counter(f for h in flagged for f in h.flags)) == set(FLAGS)
    assert any(len(h.flags) >= 2 for h in flagged)  # realistic mixes, not one flag each
    assert all(h.members == 1 for h in rows if "elderly_alone" in h.flags)
    assert any("独居" in h.notes for h in rows)
    with_proxies = [h for h in rows if h.proxies]
    assert len(with_proxies) >= 5
    assert all(p["name"] and normalize_phone(p["phone"]) == p["phone"]
               for h in with_proxies for p in h.proxies)
    ctx.close()


def test_the_demo_is_the_same_every_time_and_made_once(tmp_path):
    ctx1, first = _demo(tmp_path / "a.sqlite3")
    ctx2, second = _demo(tmp_path / "b.sqlite3")
    assert [h.to_json() for h in first] == [h.to_json() for h in second]
    assert demo.ensure_demo(ctx1) == []  # already complete: nothing added
    with ctx1.read() as s:
        assert households.count(s, households.Query()) == len(first)
    ctx1.close()
    ctx2.close()


def test_a_later_populate_step_fills_an_existing_demo(tmp_path, monkeypatch):
    ctx, _rows = _demo(tmp_path / "d.sqlite3")
    ran = []
    step = demo.PopulateStep("extra", needed=lambda c: not ran, run=lambda c, rng: ran.append(1))
    monkeypatch.setattr(demo, "STEPS", list(demo.STEPS))
    demo.register_step(step)
    demo.register_step(step)
    assert demo.ensure_demo(ctx) == ["extra"]
    assert demo.ensure_demo(ctx) == []
    ctx.close()


def test_the_demo_refuses_a_real_points_database(ctx):
    with pytest.raises(UserError, match="P01"):
        demo.ensure_demo(ctx)
    with ctx.read() as s:
        assert households.count(s, households.Query()) == 0


def test_demo_command_makes_the_community_in_the_given_file(capsys, tmp_path, opened_app):
    db = tmp_path / "mine.sqlite3"
    r = run_cli(capsys, "--db", db, "demo")
    assert r.code == 0, r.err
    assert opened_app == [db]
    assert "白竹亭社区接驳点" in r.out
    r = run_cli(capsys, "--db", db, "households", "list", "--json")
    assert 300 <= len(r.json()["households"]) <= 500
    r = run_cli(capsys, "--db", db, "demo")  # second time: opens, makes nothing
    assert r.code == 0 and r.out == ""


def test_demo_without_db_keeps_away_from_the_points_database(capsys, tmp_path, opened_app):
    r = run_cli(capsys, "demo")
    assert r.code == 0, r.err
    [path] = opened_app
    assert path.name == "demo.sqlite3" and path.exists()
    assert str(tmp_path / "data") in str(path)  # the user data directory (isolated here)
    r = run_cli(capsys, "households", "list", "--json")  # the default database: untouched
    assert r.json() == {"households": []}


def test_demo_on_a_real_point_is_one_sentence(capsys, tmp_path, opened_app):
    db = tmp_path / "p.sqlite3"
    assert run_cli(capsys, "--db", db, "init", "--site-id", "P07", "--name", "海景花园").code == 0
    r = run_cli(capsys, "--db", db, "demo")
    assert r.code == 1 and "P07" in r.err and r.err.count("\n") == 1
    assert opened_app == []


def test_demo_data_makes_households_at_scale(capsys, tmp_path):
    db = tmp_path / "bench.sqlite3"
    r = run_cli(capsys, "--db", db, "demo-data", "--households", "2000",
                "--parcels-per-household", "0", "--seed", "7")
    assert r.code == 0, r.err
    rows = run_cli(capsys, "--db", db, "households", "list", "--json").json()["households"]
    assert len(rows) == 2000 and len({h["code"] for h in rows}) == 2000
    assert any(h["flags"] for h in rows)
    r = run_cli(capsys, "--db", db, "verify", "--json")
    assert r.code == 0 and r.json()["ok"] is True and r.json()["records"] == 2001


def test_demo_data_adds_to_a_demo_without_clashing(capsys, tmp_path):
    ctx, before = _demo(tmp_path / "d.sqlite3")
    ctx.close()
    r = run_cli(capsys, "--db", tmp_path / "d.sqlite3", "demo-data", "--households", "300",
                "--parcels-per-household", "0")
    assert r.code == 0, r.err
    rows = run_cli(capsys, "--db", tmp_path / "d.sqlite3", "households", "list", "--json").json()
    assert len(rows["households"]) == len(before) + 300
    kept = {h["code"]: h for h in rows["households"]}
    assert all(kept[h.code]["head"] == h.head for h in before)


def test_demo_data_refuses_negative_counts(capsys, tmp_path):
    r = run_cli(capsys, "--db", tmp_path / "x.sqlite3", "demo-data", "--households", "-5",
                "--parcels-per-household", "0")
    assert r.code == 1 and "负数" in r.err

"""The event log: sequence, hash chain, clock, and state derived from it."""

from __future__ import annotations

import sqlite3

import pytest

from pickuppoint.domain.address import parse_address
from pickuppoint.eventlog import clock
from pickuppoint.services.households import records as hh
from pickuppoint.services.log import integrity


def _add(ctx, code: str, head: str, phone: str = "", **kw):
    return hh.create(ctx, hh.HouseholdData.at(parse_address(code), head=head, phone=phone, **kw))


def test_records_have_gapless_sequence_and_chain(ctx, db_path):
    _add(ctx, "3-2-501", "张建国", "13800138001")
    _add(ctx, "3-2-502", "李秀英")
    hh.update(ctx, "3-2-501", members=3, flags=["elderly_alone"])
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT site_id, seq, kind, hlc FROM record ORDER BY seq").fetchall()
    assert [r[1] for r in rows] == [1, 2, 3, 4]
    assert [r[2] for r in rows] == ["site.initialized", "household.created", "household.created",
                                    "household.updated"]
    assert all(r[0] == "P01" for r in rows)
    hlcs = [r[3] for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 4
    assert integrity.verify(ctx).ok


def test_update_records_only_what_changed(ctx):
    _add(ctx, "1-1-101", "王芳", members=2)
    hh.update(ctx, "1-1-101", members=2, head="王芳")
    with ctx.read() as s:
        kinds = [k for (k,) in s.execute(hh.text("SELECT kind FROM record"))]
    assert kinds.count("household.updated") == 0


def test_rebuild_gives_the_same_state(ctx):
    _add(ctx, "3-2-501", "张建国", "13800138001", proxies=[{"name": "张小明", "phone": ""}])
    _add(ctx, "7-0-1101", "赵敏")
    hh.update(ctx, "7-0-1101", notes="卧床", flags=["bedridden"])
    hh.remove(ctx, "3-2-501")
    with ctx.read() as s:
        before = integrity.state_digest(s)
    assert integrity.rebuild(ctx) == 5
    with ctx.read() as s:
        assert integrity.state_digest(s) == before
        assert hh.get(s, "7-0-1101").flags == ["bedridden"]
        assert hh.get(s, "3-2-501").active is False


def test_verify_finds_an_edit_behind_the_apps_back(ctx, db_path):
    _add(ctx, "3-2-501", "张建国", "13800138001")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE record SET payload = replace(payload, '\"members\":1', '\"members\":2') "
                 "WHERE seq = 2")
    conn.commit()
    result = integrity.verify(ctx)
    assert not result.ok
    assert result.problems[0].startswith("白竹亭接驳点（P01）的第 2 条记录（household.created）被改动过")


def test_verify_finds_a_name_changed_behind_the_apps_back(ctx, db_path):
    _add(ctx, "3-2-501", "张建国", "13800138001")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE personal SET fields = replace(fields, '张建国', '张三')")
    conn.commit()
    result = integrity.verify(ctx)
    assert "个人信息（姓名、电话等）与记录不符" in result.problems[0]


def test_verify_finds_state_that_the_log_does_not_explain(ctx, db_path):
    _add(ctx, "3-2-501", "张建国")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE household SET head = '李四' WHERE code = '3-2-501'")
    conn.commit()
    assert any("“household”表与记录不一致" in p for p in integrity.verify(ctx).problems)


def test_clock_never_goes_backwards():
    t = clock.tick(0, now_ms=1000)
    assert t == 1000 << 16
    later = clock.tick(t, now_ms=900)  # the wall clock went back
    assert later > t
    assert clock.observe(later, (5000 << 16) + 7, now_ms=1000) > (5000 << 16) + 7


def test_search_finds_by_room_digits_phone_and_name(ctx):
    _add(ctx, "3-2-501", "张建国", "13800138001")
    _add(ctx, "3-1-501", "李秀英", "13900001234")
    _add(ctx, "12-1-1201", "王建华", "13700005678")
    with ctx.read() as s:
        def codes(q):
            return [h.code for h in hh.search(s, hh.Query(text=q))]

        assert codes("3-2-501") == ["3-2-501"]
        assert codes("32501")[0] == "3-2-501"
        assert set(codes("501")) == {"3-2-501", "3-1-501"}
        assert codes("1234") == ["3-1-501"]
        assert codes("13700005678") == ["12-1-1201"]
        assert codes("建") [0] in {"3-2-501", "12-1-1201"} and len(codes("建")) == 2
        assert codes("３栋２单元５０１") == ["3-2-501"]


@pytest.mark.parametrize("damage, words", [
    ("UPDATE record SET payload = 'not json' WHERE seq = 2", "第 2 条记录的内容已损坏"),
    ("UPDATE record SET payload = '[1, 2]' WHERE seq = 2", "第 2 条记录的内容已损坏"),
    ("UPDATE record SET payload = 'null' WHERE seq = 2", "第 2 条记录的内容已损坏"),
    ("UPDATE record SET kind = 'household.exploded' WHERE seq = 2", "“household.exploded”本程序不认识"),
    ("DELETE FROM record WHERE seq = 2", "第 2 条记录不见了"),
    ("DROP TABLE household_name", "少了“household_name”表"),
    ("DROP TABLE record", "少了“record”表"),
])
def test_verify_names_the_first_damage_and_never_crashes(ctx, db_path, damage, words):
    _add(ctx, "3-2-501", "张建国", "13800138001")
    _add(ctx, "3-2-502", "李秀英")
    conn = sqlite3.connect(db_path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    result = integrity.verify(ctx)
    assert not result.ok
    assert words in result.problems[0], result.problems


def test_verify_on_the_command_line_says_what_is_wrong_on_stderr(ctx, db_path, capsys):
    from cli_helpers import run_cli

    _add(ctx, "3-2-501", "张建国")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE record SET payload = '{' WHERE seq = 2")
    conn.commit()
    conn.close()
    plain = run_cli(capsys, "--db", db_path, "verify")
    assert plain.code == 1 and plain.out == "" and "第 2 条记录的内容已损坏" in plain.err
    as_json = run_cli(capsys, "--db", db_path, "verify", "--json")
    assert as_json.code == 1
    assert as_json.json()["ok"] is False and "第 2 条记录" in as_json.json()["problems"][0]


def test_verify_does_not_keep_the_counter_waiting(ctx, db_path):
    """verify reads a snapshot: a write in the middle of it goes through at once."""
    import threading
    import time

    for i in range(1, 40):
        _add(ctx, f"1-1-{100 + i}", "王")
    from pickuppoint.services.log import integrity as mod

    waited = []
    real = mod._check_state

    def slow_check(*args):
        t0 = time.monotonic()
        hh.update(ctx, "1-1-101", members=4)  # another writer while verify reads
        waited.append(time.monotonic() - t0)
        return real(*args)

    mod._check_state = slow_check
    try:
        thread = threading.Thread(target=integrity.verify, args=(ctx,))
        thread.start()
        thread.join()
    finally:
        mod._check_state = real
    assert waited and waited[0] < 1.0


def test_rebuild_keeps_what_was_written_while_it_replayed(ctx, monkeypatch):
    """rebuild replays a snapshot elsewhere; a household added meanwhile is there afterwards."""
    from pickuppoint.eventlog import fold
    from pickuppoint.services.log.digest import state_digest

    _add(ctx, "3-2-501", "张建国", "13800138001")
    real = fold.replay

    def replay_while_the_counter_writes(session, registry):
        n = real(session, registry)
        _add(ctx, "3-2-502", "李秀英")  # committed on the live database during the replay
        hh.update(ctx, "3-2-501", members=4)
        return n

    monkeypatch.setattr(integrity.fold, "replay", replay_while_the_counter_writes)
    assert integrity.rebuild(ctx) == 4  # 2 in the snapshot, 2 written meanwhile
    monkeypatch.setattr(integrity.fold, "replay", real)
    with ctx.read() as s:
        assert hh.get(s, "3-2-502").head == "李秀英" and hh.get(s, "3-2-501").members == 4
        live = state_digest(s)
    integrity.rebuild(ctx)
    with ctx.read() as s:
        assert state_digest(s) == live
    assert integrity.verify(ctx).ok

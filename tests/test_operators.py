"""Operators and roles: volunteers by name, workers and coordinators with a PIN; one permission map
enforced where records are written, so every face refuses the same things with the same sentence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from counter_data import add_household, community, record_count
from pickuppoint.errors import Refused, UserError
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.log import integrity
from pickuppoint.services.operators import records as operators
from pickuppoint.services.operators.signin import recent_names, sign_in
from pickuppoint.services.rounds import records as rounds


@pytest.fixture
def staffed(ctx):
    """The demo households and parcels, then a community worker (PIN 2468), signed in."""
    world = community(ctx)
    operators.add_operator(ctx, "王主任", "worker", "2468")
    sign_in(ctx, "王主任", "2468")
    return world


def test_a_database_without_operators_asks_for_no_sign_in(ctx):
    assert ctx.role is None
    add_household(ctx, "1-1-101", "刘备")  # a worker's act, allowed while nobody is an operator
    assert record_count(ctx) == 2


def test_the_pin_is_stored_as_a_slow_salted_hash_and_never_in_the_log(ctx, db_path):
    operators.add_operator(ctx, "陈协调", "coordinator", "24680")
    sign_in(ctx, "陈协调", "24680")
    operators.add_operator(ctx, "王主任", "worker", "24680")
    with ctx.read() as s:
        hashes = [r.pin_hash for r in s.execute(text("SELECT pin_hash FROM operator_secret"))]
        log = " ".join(r.payload for r in s.execute(text("SELECT payload FROM record")))
    assert len(hashes) == 2 and hashes[0] != hashes[1]  # salted: one PIN, two hashes
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)
    assert "24680" not in log and "scrypt" not in log
    assert b"24680" not in db_path.read_bytes()
    assert integrity.verify(ctx).ok


def test_a_volunteer_signs_in_by_name_and_cannot_edit_households_or_rounds(staffed, ctx):
    sign_in(ctx, "小李")  # not an operator yet: a volunteer
    assert ctx.role == "volunteer"
    before = record_count(ctx)
    with pytest.raises(Refused) as exc:
        add_household(ctx, "1-1-101", "刘备")
    assert exc.value.reason == "not_permitted"
    assert exc.value.message == "小李（志愿者）不能修改住户名单：请社区工作者登录后再做。"
    with pytest.raises(Refused, match="建立或修改批次"):
        rounds.create(ctx, "第9批", kind="allocation", date="2026-11-24")
    with pytest.raises(Refused, match="管理操作人"):
        operators.add_operator(ctx, "小张", "volunteer")
    assert record_count(ctx) == before
    assert recent_names(ctx)[:2] == ["小李", "王主任"]


def test_a_volunteer_hands_over_and_undoes_only_their_own_last_handover(staffed, ctx):
    w = staffed
    sign_in(ctx, "小李")
    counter.hand_over(ctx, [w.codes["veg501"]])
    counter.hand_over(ctx, [w.codes["veg502"]])
    with pytest.raises(Refused, match="撤销别人的发放"):  # not the last one
        counter.void(ctx, w.codes["veg501"], "扫错了")
    counter.void(ctx, w.codes["veg502"], "扫错了")
    sign_in(ctx, "小赵")
    counter.hand_over(ctx, [w.codes["veg301"]])
    with pytest.raises(Refused) as exc:  # another volunteer's handover
        counter.void(ctx, w.codes["veg501"], "扫错了")
    assert exc.value.message == "小赵（志愿者）不能撤销别人的发放：请社区工作者登录后再做。"
    sign_in(ctx, "王主任", "2468")  # a worker voids anyone's
    counter.void(ctx, w.codes["veg501"], "住户退回")
    with ctx.read() as s:
        ops = dict(s.execute(text("SELECT parcel_code, operator FROM handover")).all())
        voided_by = s.execute(text("SELECT voided_by FROM handover WHERE parcel_code = :c"),
                              {"c": w.codes["veg501"]}).scalar()
    assert ops[w.codes["veg501"]] == "小李" and ops[w.codes["veg301"]] == "小赵"
    assert voided_by == "王主任"
    assert integrity.verify(ctx).ok


def test_every_record_carries_the_operator_signed_in(staffed, ctx):
    sign_in(ctx, "小李")
    counter.hand_over(ctx, [staffed.codes["veg501"]])
    with ctx.read() as s:
        last = s.execute(text("SELECT operator, kind FROM record ORDER BY seq DESC LIMIT 2")).all()
    assert [tuple(r) for r in last] == [("小李", "handover.made"), ("测试员", "operator.added")]


def test_a_wrong_pin_is_refused_and_five_lock_the_operator(staffed, ctx):
    with pytest.raises(Refused) as exc:
        sign_in(ctx, "王主任")
    assert exc.value.reason == "pin_needed"
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    for left in (4, 3, 2, 1):
        with pytest.raises(Refused, match=f"还可以再试 {left} 次"):
            sign_in(ctx, "王主任", "0000", now=now)
    with pytest.raises(Refused) as exc:
        sign_in(ctx, "王主任", "0000", now=now)
    assert exc.value.reason == "pin_locked"
    with pytest.raises(Refused) as exc:  # locked: even the right PIN waits
        sign_in(ctx, "王主任", "2468", now=now + timedelta(minutes=4))
    assert exc.value.reason == "pin_locked"
    assert sign_in(ctx, "王主任", "2468", now=now + timedelta(minutes=6)).role == "worker"


def test_only_a_coordinator_adds_a_coordinator(staffed, ctx):
    with pytest.raises(Refused, match="登记接驳点"):
        operators.add_operator(ctx, "陈协调", "coordinator", "1357")
    with pytest.raises(UserError, match="PIN"):
        operators.add_operator(ctx, "刘社工", "worker")
    with pytest.raises(UserError, match="4 到 12 位数字"):
        operators.add_operator(ctx, "刘社工", "worker", "12")
    with pytest.raises(UserError, match="控制字符"):
        operators.add_operator(ctx, "刘\x07社工", "volunteer")


def test_rebuild_keeps_operators_and_their_pins(staffed, ctx):
    integrity.rebuild(ctx)
    assert sign_in(ctx, "王主任", "2468").role == "worker"
    assert integrity.verify(ctx).ok


# --- the command line refuses the same things with the same sentence ---------------------

def test_the_cli_signs_in_with_operator_and_pin(capsys, db_path, monkeypatch):
    assert run_cli(capsys, "--db", db_path, "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    monkeypatch.setenv("PICKUPPOINT_PIN", "2468")
    assert run_cli(capsys, "--db", db_path, "operators", "add", "王主任", "--role", "worker").code == 0
    monkeypatch.delenv("PICKUPPOINT_PIN")
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "rounds", "create", "第1批")
    assert r.code == 1 and r.err.strip() == "小李（志愿者）不能建立或修改批次：请社区工作者登录后再做。"
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "rounds", "create", "第1批")
    assert r.code == 1 and "需要输入 PIN" in r.err
    monkeypatch.setenv("PICKUPPOINT_PIN", "1111")
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "rounds", "create", "第1批")
    assert r.code == 1 and r.err.strip() == "PIN 不对，还可以再试 4 次。"
    monkeypatch.setenv("PICKUPPOINT_PIN", "2468")
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "rounds", "create", "第1批", "--json")
    assert r.code == 0, r.err
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "operators", "list", "--json")
    assert r.json() == {"operators": [{"name": "王主任", "role": "worker", "active": True}]}


def test_an_operator_no_longer_active_cannot_sign_in_and_their_records_stay(staffed, ctx):
    operators.add_operator(ctx, "小李", "volunteer")
    operators.change_operator(ctx, "小李", active=False)
    with pytest.raises(Refused) as exc:
        sign_in(ctx, "小李")
    assert exc.value.reason == "operator_inactive"
    sign_in(ctx, "小赵")
    with pytest.raises(Refused, match="管理操作人"):
        operators.change_operator(ctx, "小李", active=True)
    assert integrity.verify(ctx).ok


def test_a_volunteer_cannot_void_another_operators_handover_from_the_cli(capsys, staffed, ctx, db_path):
    counter.hand_over(ctx, [staffed.codes["veg501"]])  # by 王主任
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "void", staffed.codes["veg501"], "--reason", "错了")
    assert r.code == 1
    assert r.err.strip() == "小李（志愿者）不能撤销别人的发放：请社区工作者登录后再做。"
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "households", "import", "/nonexistent.csv",
                "--dry-run")
    assert r.code == 1 and r.err.strip() == "小李（志愿者）不能修改住户名单：请社区工作者登录后再做。"
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "parcels", "allocate", "第1批蔬菜包")
    assert r.code == 1 and r.err.strip() == "小李（志愿者）不能导入或分配包裹：请社区工作者登录后再做。"

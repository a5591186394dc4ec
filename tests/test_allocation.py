"""Allocation rounds: a pack per household, per N members, or only for flagged households; never
a second entitlement of the same round for a household."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from conftest import FIXTURES
from pickuppoint.errors import UserError
from pickuppoint.services.households import records as households
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.allocation import allocate

COMMUNITY = FIXTURES / "manifest" / "community.csv"  # 15 households, members 1..5


@pytest.fixture
def pack(ctx):
    apply_import(ctx, plan_import(ctx, COMMUNITY))
    return rounds.create(ctx, "政府保供物资包", kind="allocation", date="2022-04-11", item="保供物资包")


def _by_household(ctx, round_id) -> dict[str, list]:
    out: dict[str, list] = {}
    with ctx.read() as s:
        for r in s.execute(text("SELECT * FROM parcel WHERE round_id = :r ORDER BY code"), {"r": round_id}):
            out.setdefault(r.household_code, []).append(r)
    return out


def test_one_free_parcel_per_household(ctx, pack):
    result = allocate(ctx, pack.id)
    assert (result.households, result.parcels, result.already) == (15, 15, 0)
    got = _by_household(ctx, pack.id)
    assert len(got) == 15 and all(len(v) == 1 for v in got.values())
    assert all(p.payment == "free" and p.amount_cents == 0 and p.items == "保供物资包"
               for v in got.values() for p in v)


def test_running_again_never_gives_a_second_entitlement(ctx, pack):
    allocate(ctx, pack.id)
    households.remove(ctx, "11-0-201")
    again = allocate(ctx, pack.id, per="member", members_per=1)
    assert (again.households, again.parcels, again.already) == (0, 0, 14)
    from pickuppoint.domain.address import parse_address
    from pickuppoint.services.households.records import HouseholdData
    households.create(ctx, HouseholdData.at(parse_address("3-2-701"), head="新住户", members=2))
    third = allocate(ctx, pack.id)
    assert (third.households, third.parcels) == (1, 1)
    assert len(_by_household(ctx, pack.id)["3-2-701"]) == 1


def test_per_members_rounds_up_and_labels_each_pack(ctx, pack):
    result = allocate(ctx, pack.id, per="member", members_per=2)
    got = _by_household(ctx, pack.id)
    # members: 1 -> 1 pack, 2 -> 1, 3 -> 2, 4 -> 2, 5 -> 3
    assert len(got["3-2-501"]) == 1 and len(got["3-1-101"]) == 1
    assert len(got["3-2-502"]) == 2 and len(got["12-3-1302"]) == 2 and len(got["7-0-1101"]) == 3
    assert [p.items for p in got["7-0-1101"]] == ["保供物资包（1/3）", "保供物资包（2/3）", "保供物资包（3/3）"]
    assert result.households == 15 and result.parcels == sum(len(v) for v in got.values())


def test_only_flagged_households_at_the_round_price(ctx):
    apply_import(ctx, plan_import(ctx, COMMUNITY))
    r = rounds.create(ctx, "爱心套餐", kind="allocation", date="2022-04-12", item="爱心套餐",
                      price_cents=1000, default_payment="at_pickup")
    result = allocate(ctx, r.id, flags=["hardship", "卧床"])
    assert sorted(_by_household(ctx, r.id)) == ["12-3-1301", "3-1-101", "5-1-301"]
    assert result.eligible == 3
    assert all(p.payment == "unpaid" and p.amount_cents == 1000
               for v in _by_household(ctx, r.id).values() for p in v)
    with pytest.raises(UserError, match="未知的标记"):
        allocate(ctx, r.id, flags=["rich"])


def test_an_order_round_and_bad_options_are_refused_writing_nothing(ctx, pack):
    order = rounds.create(ctx, "4月10日 蔬菜包", date="2022-04-10")
    with pytest.raises(UserError, match="订单批次"):
        allocate(ctx, order.id)
    with pytest.raises(UserError, match="正整数"):
        allocate(ctx, pack.id, per="member", members_per=0)
    dry = allocate(ctx, pack.id, dry_run=True)
    assert dry.parcels == 15
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM parcel")).scalar() == 0


def test_cli_allocate_and_rounds(capsys, ctx, db_path):
    apply_import(ctx, plan_import(ctx, COMMUNITY))
    made = run_cli(capsys, "--db", db_path, "rounds", "create", "政府保供物资包", "--kind", "allocation",
                   "--date", "2022-04-11", "--item", "保供物资包", "--payment", "free", "--json")
    assert made.code == 0 and made.json()["id"]
    done = run_cli(capsys, "--db", db_path, "parcels", "allocate", "政府保供物资包", "--per", "member",
                   "--members-per", "3", "--json")
    assert done.code == 0 and done.json()["households"] == 15 and done.json()["parcels"] == 18
    again = run_cli(capsys, "--db", db_path, "parcels", "allocate", made.json()["id"], "--json")
    assert again.json()["parcels"] == 0 and again.json()["skipped"] == 15
    listed = run_cli(capsys, "--db", db_path, "rounds", "list", "--json").json()["rounds"]
    assert listed[0]["name"] == "政府保供物资包" and listed[0]["counts"]["expected"] == 18
    bad = run_cli(capsys, "--db", db_path, "rounds", "create", "X", "--price", "abc")
    assert bad.code == 1 and "abc" in bad.err
    flag = run_cli(capsys, "--db", db_path, "parcels", "allocate", "政府保供物资包", "--flag", "rich")
    assert flag.code == 1 and "rich" in flag.err

"""Rounds and parcels in the core: validation, codes we number, replay."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pickuppoint.domain import codes
from pickuppoint.domain.address import parse_address
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.demo.community import generate_households
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.site import init_site


def _round(ctx, **kw):
    return rounds.create(ctx, kw.pop("name", "4月10日 蔬菜包"), date="2022-04-10", **kw)


def test_a_round_is_checked_before_anything_is_written(ctx):
    with pytest.raises(UserError, match="日期"):
        rounds.create(ctx, "蔬菜包", date="4/10")
    with pytest.raises(UserError, match="名称不能为空"):
        rounds.create(ctx, "  ")
    with pytest.raises(UserError, match="类型"):
        rounds.create(ctx, "蔬菜包", kind="gift")
    _round(ctx, name="蔬菜包")
    with pytest.raises(UserError, match="已经有名为“蔬菜包”的批次"):
        _round(ctx, name="蔬菜包")
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM record WHERE kind LIKE 'round.%'")).scalar() == 1


def test_a_round_is_found_by_id_or_name_and_updated_as_a_record(ctx):
    r = _round(ctx, item="蔬菜包", price_cents=3990)
    rounds.update(ctx, r.name, price_cents=4500, item="蔬菜包（加量）")
    with ctx.read() as s:
        again = rounds.get(s, r.id)
        assert again.price_cents == 4500 and again.item == "蔬菜包（加量）"
        assert rounds.get(s, r.name).id == r.id
        assert s.execute(text("SELECT count(*) FROM record WHERE kind = 'round.updated'")).scalar() == 1
    with ctx.read() as s, pytest.raises(UserError, match="没有叫“第九批”的批次"):
        rounds.get(s, "第九批")


def test_parcels_get_numbered_codes_that_continue_and_check(ctx):
    households.create(ctx, HouseholdData.at(parse_address("3-2-501"), head="张建国"))
    r = _round(ctx)
    with ctx.write() as w:
        first = parcels.add_parcels(w, [parcels.ParcelData(r.id, "3-2-501") for _ in range(3)])
    with ctx.write() as w:
        second = parcels.add_parcels(w, [parcels.ParcelData(r.id, "3-2-501"),
                                         parcels.ParcelData(r.id, None, code="DD2204100001")])
    assert first == [codes.make("P01", n) for n in (1, 2, 3)]
    assert second[0] == codes.make("P01", 4) and second[1] == "DD2204100001"
    assert all(codes.check(c) == "ok" for c in first + second[:1])
    assert codes.check(second[1]) == "foreign_format"
    with ctx.read() as s:
        row = s.execute(text("SELECT * FROM parcel WHERE code = :c"), {"c": first[0]}).one()
        assert (row.point_site, row.status, row.household_code) == ("P01", "expected", "3-2-501")
    assert integrity.verify(ctx).ok


def test_two_points_never_make_the_same_code(tmp_path):
    made = []
    for site in ("P01", "P02"):
        c = Context.open(tmp_path / f"{site}.sqlite3", "测试员")
        init_site(c, site, site)
        r = rounds.create(c, "统一配发", kind="allocation")
        with c.write() as w:
            made.append(set(parcels.add_parcels(w, [parcels.ParcelData(r.id) for _ in range(50)])))
        c.close()
    assert not made[0] & made[1]


def test_synthetic_parcels_for_every_household(ctx):
    generate_households(ctx, 120, seed=3)
    assert parcels.add_synthetic_parcels(ctx, per_household=2, seed=1) == 240
    with ctx.read() as s:
        assert s.execute(text("SELECT count(DISTINCT household_code) FROM parcel")).scalar() == 120
        assert len(rounds.all_rounds(s)) == 2
        c = rounds.counts(s, rounds.all_rounds(s)[0].id)
        assert (c.total, c.expected, c.unmatched) == (120, 120, 0)
    assert integrity.verify(ctx).ok

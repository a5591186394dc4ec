"""Any way a resident may type a full address (province and city, the estate's street number or
another name, 号/栋/幢/#, units, dashes of any width, separators, O for 0 and l for 1, Chinese
numerals, notes before or after): the household when it is on the roster, and never another
household when it is not (a seventh of the estate is left off the roster here)."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from pickuppoint.services.context import Context
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.address_match import HouseholdIndex
from pickuppoint.services.site import init_site

CN = "零一二三四五六七八九"
with (FIXTURES / "addresses" / "roster.csv").open(encoding="utf-8") as _f:
    HOMES = [(r["楼栋"], r["单元"] or "0", r["房号"]) for r in csv.DictReader(_f) if r["房号"] != "1"]
LEFT_OFF = set(HOMES[::7])


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("addresses")
    roster = folder / "roster.csv"
    with (FIXTURES / "addresses" / "roster.csv").open(encoding="utf-8") as f, \
            roster.open("w", encoding="utf-8", newline="") as out:
        rows = list(csv.reader(f))
        w = csv.writer(out)
        w.writerow(rows[0])
        w.writerows(r for r in rows[1:] if (r[0], r[1] or "0", r[2]) not in LEFT_OFF)
    ctx = Context.open(folder / "point.sqlite3", "测试员")
    try:
        init_site(ctx, "P01", "紫龙")
        apply_import(ctx, plan_import(ctx, roster))
        with ctx.read() as s:
            return HouseholdIndex(s)
    finally:
        ctx.close()


def _digits(number: str, how: str) -> str:
    if how == "chinese":
        return "".join(CN[int(d)] if d.isdigit() else d for d in number)
    if how == "letters":
        return number.replace("0", "O").replace("1", "l")
    return number


@st.composite
def typed(draw):
    home = draw(st.sampled_from(HOMES))
    b, u, r = home
    how = draw(st.sampled_from(["plain", "plain", "chinese", "letters"]))
    prefix = draw(st.sampled_from(["", "浙江省杭州市西湖区", "杭州市西湖区杭州市西湖区", "紫龙路500弄", "紫龙小区",
                                   "紫笼花园", "浙江省杭州市西湖区紫龙路500号", "紫龙一村 "]))
    sep = draw(st.sampled_from(["", " ", "。", "，", "  "]))
    dash = draw(st.sampled_from(["-", "–", "—", "－", " - "]))
    note = draw(st.sampled_from(["", "（请送到家）", "(放门口)", "【电话联系】"]))
    room_suffix = draw(st.sampled_from(["", "室", "号"]))
    if draw(st.booleans()):  # with words: 3栋2单元501室
        building = _digits(b, how) + draw(st.sampled_from(["栋", "幢", "号楼", "号", "#", "座"]))
        unit = "" if u == "0" else sep + _digits(u, how) + "单元"
        body = building + unit + sep + _digits(r, how) + room_suffix
    else:  # with dashes: 3-2-501
        parts = [b, r] if u == "0" else [b, u, r]
        body = dash.join(_digits(p, "plain" if how == "chinese" else how) for p in parts)
    text = prefix + (body + note if draw(st.booleans()) else note + body)
    return home, text


@settings(max_examples=400, deadline=None)
@given(typed())
def test_a_typed_address_is_its_household_or_none_never_another(index, case):
    (b, u, r), text = case
    got = index.match(text).code
    if (b, u, r) in LEFT_OFF:
        assert got is None, (text, got)
    else:
        assert got == f"{b}-{u}-{r}", text

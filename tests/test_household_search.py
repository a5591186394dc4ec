"""Household search: what comes first, names found inside names, paging, the capped count."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as hh
from pickuppoint.services.households import search as household_search
from pickuppoint.services.log import integrity
from pickuppoint.store.migrate import migrate


def _add(ctx, code: str, head: str, phone: str = "", **kw):
    return hh.create(ctx, hh.HouseholdData.at(parse_address(code), head=head, phone=phone, **kw))


def _codes(ctx, q: str, **kw) -> list[str]:
    with ctx.read() as s:
        return [h.code for h in hh.search(s, hh.Query(text=q), **kw)]


def test_digits_rank_the_room_code_then_the_room_then_the_last_four_of_a_phone(ctx):
    _add(ctx, "1-1-3250", "按房号")  # room 3250
    _add(ctx, "2-1-101", "按尾号", "13900003250")  # phone ends 3250
    _add(ctx, "3-250", "按门牌")  # building 3 without units, room 250: typed 3250
    _add(ctx, "1-1-101", "无关", "13900001111")
    assert _codes(ctx, "3250") == ["3-0-250", "1-1-3250", "2-1-101"]


@pytest.mark.parametrize("typed", ["185-9438-8336", "+86 185 9438 8336", "+8618594388336", "(185)94388336"])
def test_a_phone_written_with_dashes_or_the_country_code_finds_the_household(ctx, typed):
    _add(ctx, "1-1-102", "朱红梅", "18594388336")
    _add(ctx, "1-1-103", "无关", "18594388337")
    assert _codes(ctx, typed) == ["1-1-102"]


def test_whole_digits_rank_the_room_code_before_phones_and_rooms_starting_so(ctx):
    _add(ctx, "9-9-901", "电话开头", "13800138000")
    _add(ctx, "1-3-8001", "房号开头")  # typed 138001
    _add(ctx, "1-3-800", "正好")  # typed 13800
    assert _codes(ctx, "13800") == ["1-3-800", "1-3-8001", "9-9-901"]
    assert _codes(ctx, "13800138000") == ["9-9-901"]


def test_names_rank_the_head_then_heads_starting_so_then_a_grid_then_inside_a_name(ctx):
    _add(ctx, "1-1-104", "李王红")  # inside the head's name
    _add(ctx, "1-1-103", "赵六", proxies=[{"name": "王红", "phone": ""}])  # a proxy
    _add(ctx, "1-1-102", "王红梅")  # starts so
    _add(ctx, "1-1-105", "孙七", grid="王红")  # the grid is called so
    _add(ctx, "1-1-101", "王红")  # exactly
    _add(ctx, "1-1-106", "张三")
    assert _codes(ctx, "王红") == ["1-1-101", "1-1-102", "1-1-105", "1-1-103", "1-1-104"]
    assert _codes(ctx, "红梅") == ["1-1-102"]
    assert _codes(ctx, "梅") == ["1-1-102"]


def test_room_code_prefixes_in_building_order_any_case(ctx):
    for code in ("A-1-201", "A-1-101", "A-2-101", "B-1-101", "3-1-101"):
        _add(ctx, code, "某")
    assert _codes(ctx, "a-") == ["A-1-101", "A-1-201", "A-2-101"]
    assert _codes(ctx, "A-1") == ["A-1-101", "A-1-201"]
    assert _codes(ctx, "a-2-") == ["A-2-101"]


def test_search_text_is_not_a_pattern(ctx):
    _add(ctx, "1-1-101", "王%红")
    _add(ctx, "1-1-102", "王*红")
    _add(ctx, "1-1-103", "王小红")
    assert _codes(ctx, "王%") == ["1-1-101"]
    assert _codes(ctx, "王*") == ["1-1-102"]
    assert _codes(ctx, "%") == ["1-1-101"]
    assert _codes(ctx, "*") == ["1-1-102"]


def test_pages_of_a_ranked_search_follow_on_without_repeats(ctx):
    for i in range(1, 8):
        _add(ctx, f"5-1-{100 + i}", "王" + "一二三四五六七"[i - 1])
    _add(ctx, "1-1-101", "王")
    _add(ctx, "2-1-101", "老王")
    every = _codes(ctx, "王", limit=100)
    assert every[0] == "1-1-101" and every[-1] == "2-1-101" and len(every) == 9
    pages = [_codes(ctx, "王", offset=o, limit=2) for o in range(0, 10, 2)]
    assert [c for page in pages for c in page] == every


def test_renaming_finds_the_new_name_and_not_the_old_one(ctx):
    _add(ctx, "1-1-101", "张建国", proxies=[{"name": "刘晓梅", "phone": ""}])
    assert _codes(ctx, "建国") == ["1-1-101"] and _codes(ctx, "晓梅") == ["1-1-101"]
    hh.update(ctx, "1-1-101", head="张卫东", proxies=[])
    assert _codes(ctx, "建国") == [] and _codes(ctx, "晓梅") == []
    assert _codes(ctx, "卫东") == ["1-1-101"]
    hh.remove(ctx, "1-1-101")
    assert _codes(ctx, "卫东") == []
    assert integrity.verify(ctx).ok


def test_count_stops_past_the_cap_and_a_short_page_counts_itself(ctx):
    for i in range(1, 13):
        _add(ctx, f"1-1-{100 + i}", f"陈{i}")
    _add(ctx, "2-1-101", "李")
    with ctx.read() as s:
        q = hh.Query(text="陈")
        assert hh.count(s, q) == 12
        assert hh.count(s, q, cap=10) == 11  # "more than 10"
        total, rows = household_search.first_page(s, q, 5, cap=10)
        assert total == 11 and len(rows) == 5
        total, rows = household_search.first_page(s, hh.Query(text="李"), 5, cap=10)
        assert total == 1 and [h.code for h in rows] == ["2-1-101"]
        assert hh.count(s, hh.Query()) == 13  # the whole roster is always counted exactly
    hh.remove(ctx, "2-1-101")
    with ctx.read() as s:
        assert hh.count(s, hh.Query()) == 12
        assert hh.count(s, hh.Query(include_inactive=True)) == 13


def test_households_page_says_more_than_the_cap(qtbot, ctx, monkeypatch):
    from pickuppoint.ui.pages.households import HouseholdsPage

    for i in range(1, 13):
        _add(ctx, f"1-1-{100 + i}", f"陈{i}")
    monkeypatch.setattr(hh, "COUNT_CAP", 5)
    monkeypatch.setattr("pickuppoint.ui.models.households_model.PAGE", 3)
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    assert page.ui.countLabel.text() == "共 12 户"  # no search text: the exact number
    page.ui.searchEdit.setText("陈1")  # 陈1, 陈10, 陈11, 陈12
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.pending)
    assert page.ui.countLabel.text() == "共 4 户"
    page.ui.searchEdit.setText("陈")
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.pending)
    assert page.ui.countLabel.text() == "超过 5 户"


def test_upgrading_to_schema_3_fills_the_name_endings_as_the_log_would(tmp_path):
    path = tmp_path / "old.sqlite3"
    migrate(path, target=2)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO site (site_id, name, role, is_self) VALUES ('P01', '点', 'point', 1)")
    conn.commit()
    conn.close()
    from old_release import add_households

    add_households(path, [  # written at schema 2: no household_name yet
        {"code": "1-1-101", "building": "1", "unit": "1", "room": "101", "head": "欧阳建国",
         "proxies": [{"name": "刘 晓梅", "phone": ""}]},
        {"code": "1-1-102", "building": "1", "unit": "1", "room": "102", "head": "王"},
    ])
    ctx = Context.open(path, "测试员")
    try:
        assert _codes(ctx, "建国") == ["1-1-101"] and _codes(ctx, "晓梅") == ["1-1-101"]
        with ctx.read() as s:
            parts = {r[0] for r in s.execute(text(
                "SELECT part FROM household_name WHERE code = '1-1-101'"))}
        assert parts == household_search.name_parts("欧阳建国", [{"name": "刘 晓梅"}])
        assert integrity.verify(ctx).ok  # the same as replaying the log gives
    finally:
        ctx.close()


@pytest.mark.parametrize("typed", ["3-", "3-2-", "32501", "1812", "王"])
def test_every_rung_is_an_index_look_up(ctx, typed):
    """No look-up reads the whole household table (SCAN), whatever is typed."""
    _add(ctx, "3-2-501", "王红梅", "18121530495")
    with ctx.read() as s:
        for sql, params in household_search.plans(hh.Query(text=typed)):
            plan = " ".join(r[-1] for r in s.execute(text("EXPLAIN QUERY PLAN " + sql), params))
            assert "SCAN household" not in plan.replace("SCAN household USING", ""), (sql, plan)

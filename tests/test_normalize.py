"""Normalising what people type into rosters: addresses, phones, counts, flags, names, columns.
No Qt, no database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pickuppoint.domain.address import (
    Address,
    building_part,
    from_parts,
    parse_address,
    room_part,
    unit_part,
)
from pickuppoint.domain.flags import flags_in
from pickuppoint.domain.numbers import parse_count
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.errors import UserError
from pickuppoint.services.households import roster_columns as rc
from pickuppoint.services.households.roster_rows import clean_name, clean_text, normalize_row, parse_proxies

# --- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["3号楼", "3栋", "3幢", "3#", "3#楼", "三栋", "３", "３号楼", "第三栋",
                                  " 3 栋 ", "3.0", "03"])
def test_building_spellings(text):
    assert building_part(text) == "3"


@pytest.mark.parametrize(("text", "expected"), [("十二栋", "12"), ("A座", "A"), ("b2", "B2"),
                                                ("楼", None), ("", None), ("综合楼", None)])
def test_other_buildings(text, expected):
    assert building_part(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2单元", "2"), ("二单元", "2"), ("２", "2"), ("2", "2"), ("", "0"), ("无", "0"), ("-", "0"),
    ("第一单元", "1"), ("x单元x", None)])
def test_units(text, expected):
    assert unit_part(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("501室", "501"), ("５０１", "501"), ("501号", "501"), ("501.0", "501"), ("五零一", "501"),
    ("1101", "1101"), ("501a", "501A"), ("", None), ("三楼", None)])
def test_rooms(text, expected):
    assert room_part(text) == expected


@pytest.mark.parametrize(("building", "unit", "room", "code"), [
    ("3号楼", "2单元", "501室", "3-2-501"),
    ("３号楼", "２单元", "６０１", "3-2-601"),
    ("三栋", "一单元", "102", "3-1-102"),
    ("7号楼", "", "1101", "7-0-1101"),
    ("3号楼2单元", "", "501", "3-2-501"),   # the unit written into the building column
    ("", "", "3-2-501", "3-2-501"),          # the whole address in the room column
    ("", "", "3栋2单元501", "3-2-501"),
    ("3", "", "3-2-501", "3-2-501"),
])
def test_from_parts(building, unit, room, code):
    assert from_parts(building, unit, room).code == code


@pytest.mark.parametrize(("building", "unit", "room"), [
    ("", "2", "501"), ("3", "2", ""), ("4", "", "3-2-501"), ("综合楼", "1", "101")])
def test_from_parts_refuses_what_is_not_an_address(building, unit, room):
    assert from_parts(building, unit, room) is None


@pytest.mark.parametrize(("text", "code"), [
    ("白竹亭小区3号楼2单元501室", "3-2-501"), ("3-2-502", "3-2-502"), ("五幢三单元302", "5-3-302"),
    ("7号楼1101", "7-0-1101"), ("3栋2-601", "3-2-601"), ("12栋3单元1201室", "12-3-1201"),
    ("三号楼二单元五零一室", "3-2-501"), ("3#2-501", "3-2-501"), ("A-1-101", "A-1-101")])
def test_parse_address(text, code):
    assert parse_address(text).code == code


_number = st.integers(1, 9999).map(str)
_building = st.one_of(
    _number, st.tuples(st.integers(1, 999), st.sampled_from("ABCD")).map(lambda t: f"{t[0]}{t[1]}"),
    st.tuples(st.sampled_from("ABCDEF"), st.integers(0, 999)).map(lambda t: f"{t[0]}{t[1] or ''}"))
_unit = st.one_of(st.just("0"), st.integers(1, 99).map(str), st.sampled_from("ABC"))
_room = st.one_of(st.integers(1, 99999).map(str),
                  st.tuples(st.integers(1, 9999), st.sampled_from("AB")).map(lambda t: f"{t[0]}{t[1]}"))


@given(_building, _unit, _room)
def test_any_code_survives_parse_address(building, unit, room):
    address = Address(building, unit, room)
    assert parse_address(address.code) == address


@given(st.integers(1, 99), st.integers(1, 9), st.integers(101, 3404),
       st.sampled_from(["号楼", "栋", "幢", "#", "#楼"]), st.sampled_from(["单元", ""]),
       st.sampled_from(["室", "号", ""]))
def test_columns_as_people_type_them(b, u, r, b_suffix, u_suffix, r_suffix):
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    address = from_parts(f"{b}{b_suffix}", f"{u}{u_suffix}", f"{r}{r_suffix}".translate(wide))
    assert address == Address(str(b), str(u), str(r))


# --- phones ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phone"), [
    ("138 0013 8001", "13800138001"), ("+86 138-0013-8001", "13800138001"),
    ("+8613800138001", "13800138001"), ("008613800138001", "13800138001"),
    ("１３８００１３８００１", "13800138001"), ("0532-8765 4321", "053287654321"),
    ("8765432", "8765432"), ("", "")])
def test_phones(text, phone):
    assert normalize_phone(text) == phone


@pytest.mark.parametrize("text", ["1380013800", "12345", "138001380012", "电话", "1.38001E+10",
                                  "23800138001"])
def test_not_phones(text):
    assert normalize_phone(text) is None


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
       st.sampled_from(["{a} {b} {c}", "{a}-{b}-{c}", "+86 {a}{b}{c}", "+86-{a}-{b}-{c}", "{a}{b}{c}"]))
def test_any_mobile_however_written(mobile, layout):
    text = layout.format(a=mobile[:3], b=mobile[3:7], c=mobile[7:])
    assert normalize_phone(text) == mobile


# --- members --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "n"), [("3", 3), ("３", 3), ("三", 3), ("3人", 3), ("两人", 2),
                                         ("十二", 12), ("四口", 4), ("3.0", 3)])
def test_members(text, n):
    assert parse_count(text) == n


@pytest.mark.parametrize("text", ["0", "若干", "1.5", "-1", "", "三到四"])
def test_not_members(text):
    assert parse_count(text) is None


_DIGITS = "一二三四五六七八九"


def _chinese(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens - 1] + "十")
    return head + (_DIGITS[ones - 1] if ones else "")


@given(st.integers(1, 99))
def test_any_count_in_chinese_numerals(n):
    assert parse_count(_chinese(n)) == n
    assert parse_count(f"{n}人") == n


# --- flags, names, notes, proxies -----------------------------------------------------------

@pytest.mark.parametrize(("notes", "flags"), [
    ("独居老人，不会用微信", ["elderly_alone", "no_smartphone"]),
    ("卧床 残疾", ["bedridden", "disabled"]),
    ("低保户", ["hardship"]),
    ("居家隔离", ["quarantine"]),
    ("隔离已解除", []),
    ("已解除隔离", []),
    ("", []),
])
def test_flags_from_notes(notes, flags):
    assert flags_in(notes) == flags


def test_names_padded_to_line_up_lose_their_spaces():
    assert clean_name("王　　芳") == "王芳"
    assert clean_name(" Zhang  Jianguo ") == "Zhang Jianguo"


def test_notes_keep_chinese_punctuation_but_lose_full_width_digits():
    assert clean_text("独居老人，不会用微信　１２号") == "独居老人，不会用微信 12号"


@pytest.mark.parametrize(("text", "proxies"), [
    ("张三 13800138000", [{"name": "张三", "phone": "13800138000"}]),
    ("张三，13800138000；李四(139-0013-9000)",
     [{"name": "张三", "phone": "13800138000"}, {"name": "李四", "phone": "13900139000"}]),
    ("李梅（女儿）", [{"name": "李梅（女儿）", "phone": ""}]),
    ("张三：+86 138 0013 8000", [{"name": "张三", "phone": "13800138000"}]),
])
def test_proxies(text, proxies):
    assert parse_proxies(text) == (proxies, [])


def test_proxy_problems():
    assert parse_proxies("13800138000")[1] == ["代领人“13800138000”没有姓名。"]
    assert parse_proxies("王五 123")[1] == ["代领人“王五 123”的电话无效。"]
    assert parse_proxies("李梅", "13900139000") == ([{"name": "李梅", "phone": "13900139000"}], [])


# --- a row ----------------------------------------------------------------------------------

COLUMNS = {"building": [0], "unit": [1], "room": [2], "head": [3], "phone": [4], "members": [5],
           "notes": [6, 7]}


def test_a_messy_row():
    v = normalize_row(7, ["三栋", "一单元", "102室", "赵　磊", "138 0013 8001", "四人", "独居", "低保"],
                      COLUMNS)
    assert v.errors == [] and v.address.code == "3-1-102"
    assert v.fields == {"head": "赵磊", "phone": "13800138001", "members": 4, "notes": "独居；低保"}


def test_a_row_with_every_problem_reports_each():
    v = normalize_row(9, ["5幢", "1", "", "周杰", "1380013800", "若干", "", ""], COLUMNS)
    assert v.errors == ["没有填房号。", "电话“1380013800”是 10 位数字，手机号应为 11 位：请核对。",
                        "人数“若干”不是正整数。"]


def test_two_phones_in_one_cell_keep_the_first_with_a_warning():
    v = normalize_row(3, ["3", "2", "501", "", "13800138022 / 0532-88880000", "", "", ""], COLUMNS)
    assert v.fields["phone"] == "13800138022" and len(v.warnings) == 1 and not v.errors


def test_blank_and_footer_rows_are_not_households():
    assert normalize_row(30, ["", "", "", "", "", "", "", ""], COLUMNS).blank
    assert normalize_row(31, ["合计", "", "", "", "", "41", "", ""], COLUMNS).blank


# --- columns --------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "field"), [
    *[(h, "building") for h in ("楼栋", "楼号", "栋", "幢", "楼栋号", "building")],
    *[(h, "unit") for h in ("单元", "单元号", "unit")],
    *[(h, "room") for h in ("房号", "门牌号", "室号", "房间号", "room")],
    *[(h, "head") for h in ("户主", "户主姓名", "姓名", "联系人", "head", "name", "Name")],
    *[(h, "phone") for h in ("联系电话", "电话", "手机", "手机号", "联系方式", "phone")],
    *[(h, "members") for h in ("人数", "家庭人数", "户籍人数", "人口数", "members")],
    *[(h, "grid") for h in ("网格", "所属网格", "grid")],
    *[(h, "notes") for h in ("备注", "标签", "特殊情况", "notes")],
    *[(h, "address") for h in ("地址", "住址", "门牌", "address")],
    ("代领人", "proxies"), ("联系电话：", "phone"), ("户主姓名（必填）", "head"),
])
def test_header_words(header, field):
    assert rc.guess(["序号", header]) == {1: field}


def test_several_notes_columns_all_count():
    assert rc.guess(["房号", "备注", "标签"]) == {0: "room", 1: "notes", 2: "notes"}


def test_overrides_by_header_and_by_column():
    headers = ["楼号", "室", "户主", "紧急联系人", "联系人"]
    mapping = rc.resolve(headers, {"紧急联系人": "proxies", "联系人": "head"})
    assert mapping == {0: "building", 1: "room", 3: "proxies", 4: "head"}
    assert rc.resolve(headers, {1: "ignore"}) == {0: "building", 2: "head"}
    assert rc.resolve(headers, {"户主": "姓名"})[2] == "head"  # a field by its Chinese name


def test_bad_overrides_are_one_sentence():
    with pytest.raises(UserError, match="未知的字段“bogus”"):
        rc.resolve(["楼栋", "房号"], {"楼栋": "bogus"})
    with pytest.raises(UserError, match="表头中没有“住址”这一列"):
        rc.resolve(["楼栋", "房号"], {"住址": "address"})


def test_a_mapping_without_room_or_address_says_so():
    assert rc.missing_address({0: "building", 1: "head"}) is not None
    assert rc.missing_address({0: "address"}) is None

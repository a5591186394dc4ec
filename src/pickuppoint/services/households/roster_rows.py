"""One roster row, as people type it, to a household's fields and the row's problems.

Blank cells mean "not given": an updated roster with a blank phone keeps the phone the household
has. Messages are sentences in the user's language (context "Import")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pickuppoint.domain.address import Address, from_parts, parse_address, unit_part
from pickuppoint.domain.numbers import nfkc, parse_count
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.domain.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, SHORT_MAX, text_problem
from pickuppoint.i18n import translate

# Lines below a roster's table that are no household: totals, who filled it in, notes.
_FOOTER = re.compile(r"^(合计|总计|小计|共计|填表|制表|审核|负责人|注[:：]|说明|备注[:：])")
_CJK_NAME = re.compile(r"^[\u3400-\u9fff·•]+$")
_PHONE_SPLIT = re.compile(r"\s*(?:[/,，;；、|]|或|和)\s*")
_PROXY_SPLIT = re.compile(r"\s*[;；、/|\n,，]\s*")
_PHONE_IN_TEXT = re.compile(r"\+?\d[\d\s\-]*\d")


# Rosters repeat the same few counts, grids and notes thousands of times.
_count = lru_cache(maxsize=1024)(parse_count)
MAX_MEMBERS = 50  # more in one household is a typing error (an extra zero), not a family


@dataclass
class RowValues:
    row: int
    address: Address | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # only what the row gives
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blank: bool = False


_WIDE_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}
_WIDE_ALNUM[0x3000] = 0x20


def soft_width(text: object) -> str:
    """Full-width digits, letters and spaces to plain ones; Chinese punctuation ('，') stays."""
    return str(text or "").translate(_WIDE_ALNUM).replace("\xa0", " ").strip()


_SPACES = re.compile(r"\s+")
_BLANKS = re.compile(r"[ \t]+")


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """'王　　芳' (padded to line up in Excel) -> '王芳'; other names keep single spaces."""
    s = _SPACES.sub(" ", soft_width(text))
    if _CJK_NAME.match(s.replace(" ", "")):
        return s.replace(" ", "")
    return s


@lru_cache(maxsize=8192)
def clean_text(text: str) -> str:
    return _BLANKS.sub(" ", soft_width(text)).strip()


def _address(b: str, u: str, r: str, whole: str, values: RowValues) -> None:
    if b or u or r:
        addr = from_parts(b, u, r)
        if addr is None and whole:
            addr = parse_address(whole)
        if addr is not None:
            values.address = addr
        elif not b:
            values.errors.append(translate("Import", "没有填楼栋。"))
        elif from_parts(b, "", "1") is None:
            values.errors.append(translate("Import", "无法识别楼栋“{value}”。").format(value=b))
        elif u and unit_part(u) is None:
            values.errors.append(translate("Import", "无法识别单元“{value}”。").format(value=u))
        elif not r:
            values.errors.append(translate("Import", "没有填房号。"))
        else:
            values.errors.append(translate("Import", "无法识别房号“{value}”。").format(value=r))
    elif whole:
        addr = parse_address(whole)
        if addr is None:
            values.errors.append(translate("Import", "无法识别地址“{value}”：应写明楼栋、单元和房号，如“3栋2单元501”。")
                                 .format(value=whole))
        values.address = addr
    else:
        values.errors.append(translate("Import", "没有填楼栋和房号。"))


def _phone(text: str, values: RowValues) -> None:
    phone = normalize_phone(text)
    if phone is None:
        pieces = [p for p in _PHONE_SPLIT.split(nfkc(text)) if p]
        numbers = [normalize_phone(p) for p in pieces]
        if len(numbers) > 1 and all(numbers):
            phone = numbers[0]
            values.warnings.append(translate(
                "Import", "电话一栏有 {n} 个号码，只导入了第一个（{phone}）。").format(n=len(numbers), phone=phone))
    if phone is None:
        digits = nfkc(text).replace(" ", "").replace("-", "")
        if digits.isdigit() and digits.startswith("1") and len(digits) in (10, 12):
            values.errors.append(translate(
                "Import", "电话“{value}”是 {n} 位数字，手机号应为 11 位：请核对。").format(value=text, n=len(digits)))
        else:
            values.errors.append(translate(
                "Import", "电话“{value}”不是有效的手机或座机号码。").format(value=text))
    elif phone:
        values.fields["phone"] = phone


def parse_proxies(text: str, extra_phone: str = "") -> tuple[list[dict[str, str]], list[str]]:
    """'张三 13800138000；李四(13900139000)' -> proxies, problems."""
    proxies: list[dict[str, str]] = []
    problems: list[str] = []
    for piece in [p for p in _PROXY_SPLIT.split(soft_width(text)) if p.strip()]:
        m = _PHONE_IN_TEXT.search(piece)
        raw_phone = m.group(0) if m else ""
        name = piece.replace(raw_phone, " ") if raw_phone else piece
        name = re.sub(r"[（(]\s*[)）]", "", name)
        name = clean_name(name.strip(" :：-—\t").rstrip("(（").lstrip(")）"))
        if not name and raw_phone and proxies and not proxies[-1]["phone"]:
            target = proxies[-1]  # '张三，13800138000' split at the comma
        elif not name:
            problems.append(translate("Import", "代领人“{value}”没有姓名。").format(value=piece.strip()))
            continue
        else:
            target = {"name": name, "phone": ""}
            proxies.append(target)
        if raw_phone:
            phone = normalize_phone(raw_phone)
            if not phone:
                problems.append(translate("Import", "代领人“{value}”的电话无效。").format(value=piece.strip()))
            else:
                target["phone"] = phone
    if extra_phone:
        phone = normalize_phone(extra_phone)
        waiting = [p for p in proxies if not p["phone"]]
        if not phone:
            problems.append(translate("Import", "代领人电话“{value}”无效。").format(value=extra_phone))
        elif not waiting:
            if not proxies:
                problems.append(translate("Import", "有代领人电话“{value}”，但没有代领人姓名。")
                                .format(value=extra_phone))
        else:
            waiting[0]["phone"] = phone
    return proxies, problems


def _TEXT_FIELDS() -> list[tuple[str, str, int, bool]]:  # noqa: N802 - a table, translated when used
    return [
        ("head", translate("Import", "户主姓名"), NAME_MAX, False),
        ("proxies", translate("Import", "代领人"), ADDRESS_MAX, True),
        ("grid", translate("Import", "网格"), SHORT_MAX, False),
        ("notes", translate("Import", "备注"), NOTE_MAX, True),
        ("address", translate("Import", "地址"), ADDRESS_MAX, False),
        ("building", translate("Import", "楼栋"), SHORT_MAX, False),
        ("unit", translate("Import", "单元"), SHORT_MAX, False),
        ("room", translate("Import", "房号"), SHORT_MAX, False),
        ("phone", translate("Import", "电话"), SHORT_MAX, False),
        ("members", translate("Import", "人数"), SHORT_MAX, False),
    ]


def normalize_row(row: int, cells: list[str], columns: dict[str, list[int]]) -> RowValues:
    """The household a row describes (`columns`: field -> column indexes)."""

    width = len(cells)
    given: dict[str, str] = {}
    for name, indexes in columns.items():
        if len(indexes) == 1:
            i = indexes[0]
            given[name] = cells[i].strip() if i < width else ""
        else:
            given[name] = "；".join(cells[i].strip() for i in indexes if i < width and cells[i].strip())
    values = RowValues(row)
    if not any(given.values()):
        values.blank = True
        return values
    for name, what, limit, multiline in _TEXT_FIELDS():
        problem = text_problem(given.get(name, ""), what, limit, multiline)
        if problem:
            values.errors.append(problem)
            given[name] = ""
    if values.errors:
        return values
    _address(given.get("building", ""), given.get("unit", ""), given.get("room", ""),
             given.get("address", ""), values)
    if values.address is None:
        first = next((c.strip() for c in cells if c.strip()), "")
        if _FOOTER.match(nfkc(first)):
            return RowValues(row, blank=True)
    if given.get("head"):
        values.fields["head"] = clean_name(given["head"])
    if given.get("phone"):
        _phone(given["phone"], values)
    if given.get("members"):
        n = _count(given["members"])
        if n is None:
            values.errors.append(translate("Import", "人数“{value}”不是正整数。").format(
                value=given["members"]))
        elif n > MAX_MEMBERS:
            values.errors.append(translate("Import", "人数 {value} 不合理（一户最多 {max} 人）。").format(
                value=n, max=MAX_MEMBERS))
        else:
            values.fields["members"] = n
    if given.get("grid"):
        values.fields["grid"] = clean_text(given["grid"])
    if given.get("notes"):
        values.fields["notes"] = clean_text(given["notes"])
    if given.get("proxies") or given.get("proxy_phone"):
        proxies, problems = parse_proxies(given.get("proxies", ""), given.get("proxy_phone", ""))
        values.errors.extend(problems)
        if proxies and not problems:
            values.fields["proxies"] = proxies
    return values

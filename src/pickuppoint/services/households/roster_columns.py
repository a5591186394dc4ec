"""The columns of a household roster: the fields they can hold, the header words rosters use for
each, and how a user's choices (`--map HEADER=FIELD`, the wizard's combos) override the guess."""

from __future__ import annotations

from collections.abc import Mapping

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.imports.tabular import apply_overrides, guess_mapping, header_key

# In the order the wizard offers them.
FIELDS = ("building", "unit", "room", "address", "head", "phone", "members", "grid", "notes",
          "proxies", "proxy_phone")
# Fields several columns may feed (their texts are joined).
MULTI = ("notes",)
IGNORE = ""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "building": ("楼栋", "楼号", "栋", "幢", "楼栋号", "楼幢", "楼幢号", "栋号", "幢号", "楼宇",
                 "楼", "building", "bldg", "block"),
    "unit": ("单元", "单元号", "unit", "entrance"),
    "room": ("房号", "门牌号", "室号", "房间号", "房间", "户号", "室", "room", "room no", "apt",
             "apartment", "flat"),
    "address": ("地址", "住址", "门牌", "家庭住址", "居住地址", "详细地址", "现住址", "房屋地址",
                "address"),
    "head": ("户主", "户主姓名", "姓名", "联系人", "户主名", "居民姓名", "head", "name",
             "household head", "head of household"),
    "phone": ("联系电话", "电话", "手机", "手机号", "联系方式", "手机号码", "电话号码", "联系手机",
              "户主电话", "phone", "mobile", "tel", "telephone"),
    "members": ("人数", "家庭人数", "户籍人数", "人口数", "家庭人口", "人口", "居住人数", "在住人数",
                "常住人数", "members", "people", "persons", "household size"),
    "grid": ("网格", "所属网格", "网格名称", "网格号", "网格编号", "grid"),
    "notes": ("备注", "标签", "特殊情况", "特殊人群", "备注说明", "情况说明", "notes", "note",
              "remarks", "tags", "flags"),
    "proxies": ("代领人", "代领", "代领人及电话", "委托代领人", "代领人信息", "可代领人", "proxy",
                "proxies"),
    "proxy_phone": ("代领人电话", "代领电话", "代领人手机", "proxy phone"),
}


def field_label(field: str) -> str:
    labels = {
        "building": translate("Import", "楼栋"),
        "unit": translate("Import", "单元"),
        "room": translate("Import", "房号"),
        "address": translate("Import", "地址（楼栋单元房号合在一起）"),
        "head": translate("Import", "户主"),
        "phone": translate("Import", "联系电话"),
        "members": translate("Import", "人数"),
        "grid": translate("Import", "网格"),
        "notes": translate("Import", "备注（识别独居、卧床等标记）"),
        "proxies": translate("Import", "代领人"),
        "proxy_phone": translate("Import", "代领人电话"),
        IGNORE: translate("Import", "不导入"),
    }
    return labels.get(field, field)


def short_label(field: str) -> str:
    """The label without its explanation, for tight places."""
    label = field_label(field)
    for bracket in ("（", "("):
        if bracket in label:
            return label.split(bracket, 1)[0]
    return label


def known_headers(extra: Mapping[str | int, str] | None = None) -> list[str]:
    """Every header word a roster may use (what finds the header row below the title rows)."""
    words = [w for ws in SYNONYMS.values() for w in ws]
    words += [k for k in (extra or {}) if isinstance(k, str)]
    return words


def guess(headers: list[str]) -> dict[int, str]:
    return guess_mapping(headers, SYNONYMS, multi=MULTI)


def field_from_text(text: str) -> str | None:
    """A field as a user names it: its identifier, its Chinese name, or 'ignore'. None if unknown."""
    t = (text or "").strip()
    if t.lower() in FIELDS:
        return t.lower()
    if t.lower() in ("", "-", "ignore", "skip", "none") or t in ("忽略", "不导入", "无"):
        return IGNORE
    key = header_key(t)
    for field in FIELDS:
        if key in (header_key(short_label(field)), header_key(field_label(field))):
            return field
    for field in FIELDS:  # a header word: '--map 住址=门牌' hardly, but '--map X=房号' yes
        if key in {header_key(w) for w in SYNONYMS[field]}:
            return field
    return None


def check_fields(overrides: Mapping[str | int, str] | None) -> dict[str | int, str]:
    """The overrides with each field resolved; UserError naming the first unknown field."""
    resolved: dict[str | int, str] = {}
    for column, text in (overrides or {}).items():
        field = field_from_text(text)
        if field is None:
            raise UserError(translate(
                "Import", "未知的字段“{field}”：可用的字段有 {fields}，或 ignore（不导入）。"
            ).format(field=text, fields="、".join(FIELDS)))
        resolved[column] = field
    return resolved


def resolve(headers: list[str], overrides: Mapping[str | int, str] | None = None) -> dict[int, str]:
    """Column index -> field: the guess from the headers, then the user's choices on top.

    Override keys are column indexes (the wizard) or header texts (`--map`); a field the user
    gives to one column is taken from any other column (except fields several columns feed)."""
    return apply_overrides(headers, guess(headers), check_fields(overrides), MULTI)


def missing_address(mapping: Mapping[int, str]) -> str | None:
    """What the mapping lacks to place a household, as a sentence; None when it has enough."""
    fields = set(mapping.values())
    if "address" in fields or "room" in fields:
        return None
    return translate(
        "Import", "没有找到房号列（或地址列）：请指定哪一列是楼栋、房号，例如 --map 楼号=building --map 室=room。")


def columns_by_field(mapping: Mapping[int, str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for index in sorted(mapping):
        out.setdefault(mapping[index], []).append(index)
    return out

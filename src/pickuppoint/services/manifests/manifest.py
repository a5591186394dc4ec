"""Importing a supplier's manifest (订单台账: CSV or XLSX) into a round, in two steps as the roster.

`plan_manifest` reads every line, checks it and finds its household (services/manifests/address_match.py:
the address normalised as the roster's, else the phone); `apply_manifest` writes the plan in
one transaction: `parcel.added` for new lines, `parcel.updated` with only what changed for a
line already imported, nothing for unchanged ones. So importing the same file twice adds
nothing. A file with errors imports nothing unless the bad rows are skipped.

- Errors (file row numbers): an order number twice with different content, or already a parcel
  of another round; an amount that is negative or no number; a payment word nobody knows; a
  line with neither address nor phone.
- Warnings: a line exactly repeated (imported once), a phone that is no phone, a line matched by
  its phone because its address names no household, an imported line already collected whose
  content changed (not updated).
- Lines no household fits are still imported, with no household (the counter warns), and listed
  with suggestions; `parcels.update_parcel(ctx, code, household_code=...)` matches one by hand,
  and a re-import keeps that match.
- The parcel's code is the supplier's order number when it can be one (it is on their label),
  else one of ours (`parcels.add_parcels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pickuppoint.domain.numbers import nfkc
from pickuppoint.domain.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, SHORT_MAX, text_problem
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.money import AmountTooLarge, format_yuan, parse_yuan
from pickuppoint.services.households.roster_import import Issue
from pickuppoint.services.households.roster_rows import clean_name, clean_text
from pickuppoint.services.imports.tabular import Table, read_table
from pickuppoint.services.manifests.address_match import HouseholdIndex, Suggestion, read_phone
from pickuppoint.services.manifests.columns import (
    columns_by_field,
    known_headers,
    missing_columns,
    resolve,
)
from pickuppoint.services.manifests.existing import Existing
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.rounds import records as rounds

Progress = Callable[[int, int], None]
PREVIEW_ROWS = 20
CHUNK = 5000

_FOOTER = re.compile(r"^(合计|总计|小计|共计|制表|审核|负责人|注[:：]|说明)")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_CODE_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{3,39}$")
_PAYMENT_WORDS = {
    "paid": ("已付", "已支付", "已付款", "已结清", "付清", "已缴", "在线支付", "微信已付", "paid",
             "prepaid", "yes", "是"),
    "unpaid": ("未付", "未支付", "未付款", "待付", "待付款", "待支付", "货到付款", "到付", "现付",
               "unpaid", "due", "no", "否", "cash on delivery"),
    "on_behalf": ("代付", "社区代付", "垫付", "社区垫付", "代缴", "on behalf", "on_behalf", "owed"),
    "free": ("免费", "赠送", "捐赠", "爱心", "0元", "free", "gift", "donated"),
}
_PAYMENT = {re.sub(r"\s+", "", w.lower()): k for k, ws in _PAYMENT_WORDS.items() for w in ws}
_COMPARED = ("household_code", "recipient", "phone", "address", "items", "amount_cents", "payment")


@lru_cache(maxsize=512)  # a handful of words, on every line
def payment_from_text(value: str) -> str | None:
    """'已付' / 'paid' -> 'paid' ...; None if it is none of the four."""
    return _PAYMENT.get(re.sub(r"\s+", "", nfkc(value).lower()))


@dataclass
class Manifest:
    """A manifest file read, with its columns mapped to fields."""

    path: Path
    table: Table
    mapping: dict[int, str]

    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def remap(self, overrides: Mapping[str | int, str]) -> Manifest:
        return Manifest(self.path, self.table, resolve(self.table.headers, overrides))

    def preview(self, n: int = PREVIEW_ROWS) -> list[tuple[int, list[str]]]:
        return self.table.rows[:n]


@dataclass
class Line:
    """One manifest line, checked and matched."""

    row: int
    order_no: str = ""
    recipient: str = ""
    phone: str = ""
    address: str = ""
    items: str = ""
    amount_cents: int = 0
    payment: str = "paid"
    household_code: str | None = None
    by: str = ""  # how the household was found: address / phone / '' (not found)
    suggestions: list[Suggestion] = field(default_factory=list)

    @cached_property
    def code(self) -> str:
        """The parcel code the line gets: its order number when that can be scanned, else ''.
        (Read once the line is read: the order number does not change after.)"""
        return self.order_no if _CODE_LIKE.match(self.order_no) else ""

    def content(self) -> tuple[Any, ...]:
        return (self.order_no, self.household_code, self.recipient, self.phone, self.address,
                self.items, self.amount_cents, self.payment)

    def values(self) -> dict[str, Any]:
        return {"household_code": self.household_code, "recipient": self.recipient,
                "phone": self.phone, "address": self.address, "items": self.items,
                "amount_cents": self.amount_cents, "payment": self.payment}


@dataclass
class Unmatched:
    row: int
    address: str
    recipient: str
    phone: str
    code: str  # the parcel's code ('' until imported when we number it)
    suggestions: list[Suggestion]

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "address": self.address, "recipient": self.recipient,
                "phone": self.phone, "code": self.code,
                "suggestions": [s.to_json() for s in self.suggestions]}


@dataclass
class ManifestResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    dry_run: bool = False
    refused: bool = False
    amount_cents: int = 0  # of the lines imported or kept

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "unchanged": self.unchanged,
                "errors": [i.to_json() for i in self.errors],
                "warnings": [i.to_json() for i in self.warnings],
                "unmatched": [u.to_json() for u in self.unmatched],
                "amount": format_yuan(self.amount_cents),
                "dry_run": self.dry_run, "refused": self.refused}


@dataclass
class ManifestPlan:
    manifest: Manifest
    round: rounds.RoundData
    rows: int = 0
    lines: list[Line] = field(default_factory=list)  # lines to import (not the bad, not repeats)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)
    new_rows: list[int] = field(default_factory=list)
    updated_rows: list[int] = field(default_factory=list)
    unchanged_rows: list[int] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.manifest.path

    def skipped(self, skip_errors: bool) -> int:
        return (len(self.error_rows) if skip_errors else 0) + len(self.duplicate_rows)

    def outcome(self, skip_errors: bool = False, dry_run: bool = True) -> ManifestResult:
        """What applying the plan does (for --dry-run and the dialog's report)."""
        if self.errors and not skip_errors:
            return ManifestResult(errors=self.errors, warnings=self.warnings,
                                  unmatched=self.unmatched, dry_run=dry_run, refused=True)
        return ManifestResult(len(self.new_rows), len(self.updated_rows), len(self.unchanged_rows),
                              self.skipped(skip_errors), self.errors, self.warnings, self.unmatched,
                              dry_run, amount_cents=sum(x.amount_cents for x in self.lines))

    def refusal(self) -> str:
        return translate(
            "Manifest", "订单表中有 {n} 行有错误，没有导入任何包裹：请改正后重新导入，或选择跳过有错误的行。"
        ).format(n=len(self.error_rows))


# --- reading and planning ---------------------------------------------------------------------

def read_manifest(path: Path | str, sheet: str | None = None,
                  mapping: Mapping[str | int, str] | None = None) -> Manifest:
    table = read_table(path, known_headers(mapping), sheet)
    return Manifest(Path(path), table, resolve(table.headers, mapping))


_yuan = lru_cache(maxsize=4096)(parse_yuan)  # the same few prices on most lines


def _given(cells: list[str], columns: dict[str, list[int]]) -> dict[str, str]:
    out = {}
    n = len(cells)
    for name, indexes in columns.items():
        if len(indexes) == 1:  # most fields: one column
            i = indexes[0]
            out[name] = cells[i].strip() if i < n else ""
        else:
            out[name] = " ".join(filter(None, (cells[i].strip() for i in indexes if i < n)))
    return out


def _TEXT_FIELDS() -> list[tuple[str, str, int]]:  # noqa: N802 - a table, translated when used
    return [
        ("recipient", translate("Manifest", "收货人"), NAME_MAX),
        ("address", translate("Manifest", "地址"), ADDRESS_MAX),
        ("items", translate("Manifest", "商品"), NOTE_MAX),
        ("order_no", translate("Manifest", "订单号"), SHORT_MAX),
        ("phone", translate("Manifest", "电话"), SHORT_MAX),
        ("amount", translate("Manifest", "金额"), SHORT_MAX),
        ("payment", translate("Manifest", "付款状态"), SHORT_MAX),
        ("building", translate("Manifest", "楼栋"), SHORT_MAX),
        ("unit", translate("Manifest", "单元"), SHORT_MAX),
        ("room", translate("Manifest", "房号"), SHORT_MAX),
    ]


def _read_line(number: int, given: dict[str, str], rnd: rounds.RoundData, index: HouseholdIndex,
               errors: list[str], warnings: list[str]) -> Line:
    line = Line(number)
    for name, what, limit in _TEXT_FIELDS():
        problem = text_problem(given.get(name, ""), what, limit)
        if problem:
            errors.append(problem)
    if errors:
        return line
    order_no = nfkc(given.get("order_no", "")).replace(" ", "")
    if _SCIENTIFIC.match(order_no):
        errors.append(translate(
            "Manifest", "订单号“{value}”被 Excel 写成了科学计数法：请把订单号一列设为文本后重新导出。"
        ).format(value=order_no))
    line.order_no = order_no[:-2] if order_no.endswith(".0") else order_no
    line.recipient = clean_name(given.get("recipient", ""))
    line.address = clean_text(given.get("address", "") or " ".join(
        given.get(k, "") for k in ("building", "unit", "room") if given.get(k)))
    line.items = clean_text(given.get("items", "")) or rnd.item
    raw_phone = given.get("phone", "")
    phone_read = read_phone(raw_phone)
    full, masked = phone_read
    line.phone = full or (clean_text(raw_phone) if masked else "")
    if raw_phone and not full and not masked:
        warnings.append(translate("Manifest", "电话“{value}”不是有效的手机或座机号码。").format(value=raw_phone))
    amount = given.get("amount", "")
    if amount:
        try:
            line.amount_cents = _yuan(amount)
        except AmountTooLarge:
            errors.append(translate("Manifest", "金额“{value}”太大了，请核对。").format(value=amount))
        except ValueError:
            errors.append(translate("Manifest", "金额“{value}”不是数字。").format(value=amount))
        else:
            if line.amount_cents < 0:
                errors.append(translate("Manifest", "金额不能是负数（{value}）。").format(value=amount))
    else:
        line.amount_cents = rnd.price_cents
    payment = given.get("payment", "")
    if payment:
        found = payment_from_text(payment)
        if found is None:
            errors.append(translate("Manifest", "付款状态“{value}”无法识别：请写已付、未付、代付或免费。")
                          .format(value=payment))
        else:
            line.payment = found
    else:
        line.payment = rounds.PARCEL_PAYMENT.get(rnd.default_payment, "paid")
    if not line.address and not line.phone and not any(given.get(k) for k in ("building", "room")):
        errors.append(translate("Manifest", "这一行既没有地址也没有电话，无法分给住户。"))
        return line
    match = index.match(given.get("address", ""), raw_phone, given.get("building", ""),
                        given.get("unit", ""), given.get("room", ""), phone_read=phone_read)
    line.household_code, line.by = match.code, match.by
    if match.by == "phone" and line.address:
        warnings.append(translate("Manifest", "地址“{address}”对不上住户，按电话匹配到 {code}。").format(
            address=line.address, code=match.code))
    if match.code is None:
        line.suggestions = index.suggest(line.address, raw_phone, parsed=match.address)
    return line


def plan_manifest(ctx: Any, round_id: str, manifest: Manifest) -> ManifestPlan:
    problem = missing_columns(manifest.mapping)
    if problem:
        raise UserError(problem)
    columns = columns_by_field(manifest.mapping)
    with ctx.read() as session:
        rnd = rounds.get(session, round_id)
        index = HouseholdIndex(session)
        plan = ManifestPlan(manifest, rnd)
        first: dict[tuple[Any, ...], int] = {}
        by_order: dict[str, tuple[int, tuple[Any, ...]]] = {}
        for number, cells in manifest.table.rows:
            given = _given(cells, columns)
            if not any(given.values()):
                continue
            if not given.get("address") and not given.get("phone") and _FOOTER.match(
                    nfkc(next((c.strip() for c in cells if c.strip()), ""))):
                continue
            plan.rows += 1
            errors: list[str] = []
            warnings: list[str] = []
            line = _read_line(number, given, rnd, index, errors, warnings)
            key = line.content()
            if not errors:
                if key in first:
                    warnings.append(translate("Manifest", "与第 {row} 行完全相同，只导入一次。").format(row=first[key]))
                elif line.order_no and line.order_no in by_order:
                    errors.append(translate("Manifest", "订单号 {order} 与第 {row} 行重复，但内容不同。").format(
                        order=line.order_no, row=by_order[line.order_no][0]))
            plan.errors += [Issue(number, m) for m in errors]
            plan.warnings += [Issue(number, m) for m in warnings]
            if errors:
                plan.error_rows.append(number)
                continue
            if key in first:
                plan.duplicate_rows.append(number)
                continue
            first[key] = number
            if line.order_no:
                by_order[line.order_no] = (number, key)
            plan.lines.append(line)
        if plan.rows == 0:
            raise UserError(translate("Manifest", "{name} 的表头下面没有订单数据。").format(name=manifest.path.name))
        existing = Existing(session, rnd.id, plan.lines)
        kept: list[Line] = []
        for line in plan.lines:
            kind, _data, problem_text = existing.classify(line)
            if kind == "error":
                plan.errors.append(Issue(line.row, problem_text))
                plan.error_rows.append(line.row)
                continue
            if problem_text:
                plan.warnings.append(Issue(line.row, problem_text))
            {"new": plan.new_rows, "update": plan.updated_rows, "same": plan.unchanged_rows}[kind].append(line.row)
            kept.append(line)
            held = existing.household_of(line)
            if line.household_code is None and held is None:
                plan.unmatched.append(Unmatched(line.row, line.address, line.recipient, line.phone,
                                                existing.code_of(line) or line.code, line.suggestions))
        plan.lines = kept
    plan.errors.sort(key=lambda i: i.row)
    plan.warnings.sort(key=lambda i: i.row)
    plan.error_rows.sort()
    return plan


# --- applying -----------------------------------------------------------------------------------

def apply_manifest(ctx: Any, plan: ManifestPlan, skip_errors: bool = False,
                   progress: Progress | None = None) -> ManifestResult:
    """Write the plan in one transaction (compared with the database again inside it)."""
    if plan.errors and not skip_errors:
        raise UserError(plan.refusal())
    new: list[tuple[Line, parcels.ParcelData]] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    with ctx.write() as w:
        existing = Existing(w.session, plan.round.id, plan.lines)
        for line in plan.lines:
            kind, data, _message = existing.classify(line)
            if kind == "new" and data is not None:
                new.append((line, parcels.ParcelData(**data)))
            elif kind == "update" and data is not None:
                updates.append(data)
            else:
                unchanged += 1
        total = len(new) + len(updates)
        if progress:
            progress(0, total)
        codes: dict[int, str] = {}
        for start in range(0, len(new), CHUNK):
            chunk = new[start:start + CHUNK]
            made = parcels.add_parcels(w, [d for _line, d in chunk])
            codes.update({line.row: code for (line, _d), code in zip(chunk, made, strict=True)})
            if progress:
                progress(start + len(chunk), total)
        if updates:
            w.append_many("parcel.updated", updates)
        if progress:
            progress(total, total)
    unmatched = [Unmatched(u.row, u.address, u.recipient, u.phone, codes.get(u.row, u.code),
                           u.suggestions) for u in plan.unmatched]
    return ManifestResult(len(new), len(updates), unchanged, plan.skipped(skip_errors), plan.errors,
                          plan.warnings, unmatched,
                          amount_cents=sum(x.amount_cents for x in plan.lines))


def import_manifest(ctx: Any, round_id: str, path: Path | str, *,
                    mapping: Mapping[str | int, str] | None = None, sheet: str | None = None,
                    skip_errors: bool = False, dry_run: bool = False) -> ManifestResult:
    """Read, check and (unless `dry_run`, or refused for errors) import a manifest. A file with
    errors writes nothing and comes back with `refused` set, unless `skip_errors`."""
    plan = plan_manifest(ctx, round_id, read_manifest(path, sheet, mapping))
    if (plan.errors and not skip_errors) or dry_run:
        return plan.outcome(skip_errors, dry_run=dry_run)
    return apply_manifest(ctx, plan, skip_errors)


def match_parcel(ctx: Any, code: str, household: str) -> str:
    """Give a parcel (a manifest line no household fitted) its household by hand, as typed
    (`3-2-501`, `3栋2单元501`). Returns the household's code."""
    from pickuppoint.domain.address import parse_code

    addr = parse_code(household)
    with ctx.read() as s:
        row = s.execute(text("SELECT code FROM household WHERE code = :c AND active = 1"),
                        {"c": addr.code if addr else ""}).first()
    if row is None:
        raise UserError(translate("Manifest", "没有住户“{household}”：请写成 楼栋-单元-房号，例如 3-2-501。")
                        .format(household=household))
    parcels.update_parcel(ctx, code.strip(), household_code=row.code)
    return row.code

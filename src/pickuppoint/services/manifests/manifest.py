"""Importing a supplier's manifest (订单台账, a group buy's order export: CSV or XLSX) into a
round, in two steps as the roster.

`plan_manifest` picks the orders sheet of a workbook (columns.sheet_score), reads every row
(rows.py), groups the rows into orders and makes the parcels, one per order or per line
(orders.py), and finds each parcel's household (address_match.py); `apply_manifest` writes the
plan in one transaction: `parcel.added` for new parcels, `parcel.updated` with only what changed
for a parcel already imported, nothing for unchanged ones. So importing the same file twice adds
nothing. A file with errors imports nothing unless the bad rows are skipped.

- Errors (file row numbers): an order number again apart from its order, or already a parcel of
  another round; a continuation row naming another recipient; an amount that is negative or no
  number; a payment word nobody knows; an order with neither address nor phone.
- Warnings: a row exactly repeated (imported once), a phone that is no phone, a refunded line
  (not charged), a parcel matched by its phone because its address names no household or names
  several, an address and a phone of two different households (not matched), an imported parcel
  already collected whose content changed (not updated).
- Parcels no household fits are still imported, with no household (the counter warns), and listed
  with suggestions; `match_parcel` matches one by hand, and a re-import keeps that match.
- The parcel's code is the supplier's order number namespaced by the round, `<round id>.<order
  number>`, when the number can be scanned (`parcels.records.code_for_order`; the number itself
  is the parcel's label, what a scan of their label or ours finds), else one of ours
  (`parcels.add_parcels`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pickuppoint.domain.numbers import nfkc
from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import gc_paused
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.imports.plan import ImportPlan as Plan
from pickuppoint.services.imports.plan import ImportResult, Issue, MappedFile, Progress, apply_plan
from pickuppoint.services.imports.tabular import header_keys, read_table
from pickuppoint.services.manifests.address_match import HouseholdIndex, Suggestion
from pickuppoint.services.manifests.columns import (
    ORDER_TOTAL_HEADERS,
    columns_by_field,
    known_headers,
    missing_columns,
    resolve,
    sheet_score,
)
from pickuppoint.services.manifests.existing import Existing
from pickuppoint.services.manifests.orders import PER, Line, Order, fully_refunded, group, parcels_of
from pickuppoint.services.manifests.rows import Row, payment_from_text, read_row
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.parcels.view import find_parcel, normalize_code
from pickuppoint.services.rounds import records as rounds

__all__ = ["PER", "Line", "Manifest", "ManifestPlan", "ManifestResult", "Unmatched", "apply_manifest",
           "import_manifest", "match_parcel", "payment_from_text", "plan_manifest", "read_manifest"]

_FOOTER = re.compile(r"^(合计|总计|小计|共计|制表|审核|负责人|注[:：]|说明)")


@dataclass
class Manifest(MappedFile):
    """A manifest file read, with its columns mapped to fields."""

    resolver = staticmethod(resolve)


@dataclass
class Unmatched:
    row: int
    address: str
    recipient: str
    phone: str
    code: str  # the parcel's code ('' until imported when we number it)
    suggestions: list[Suggestion]
    # per line: the other parcels of the same order (their rows and codes), matched with it
    more_rows: list[int] = field(default_factory=list)
    more: list[str] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return [self.code, *self.more]

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "address": self.address, "recipient": self.recipient,
                "phone": self.phone, "code": self.code, "codes": self.codes,
                "suggestions": [s.to_json() for s in self.suggestions]}


@dataclass(kw_only=True)
class ManifestResult(ImportResult):
    unmatched: list[Unmatched] = field(default_factory=list)
    amount_cents: int = 0  # of the parcels imported or kept
    orders: int = 0
    per: str = "order"
    sheet: str | None = None  # the sheet of a workbook the orders were read from

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "orders": self.orders, "per": self.per, "sheet": self.sheet,
                "unmatched": [u.to_json() for u in self.unmatched],
                "amount": format_yuan(self.amount_cents), "refused": self.refused}


@dataclass
class ManifestPlan(Plan):
    manifest: Manifest
    round: rounds.RoundData
    per: str = "order"
    orders: int = 0
    refunded_rows: list[int] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # the parcels to import (not the bad, not repeats)
    unmatched: list[Unmatched] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.manifest.path

    def outcome(self, skip_errors: bool = False, dry_run: bool = True) -> ManifestResult:
        """What applying the plan does (for --dry-run and the dialog's report)."""
        counts = self.counts(skip_errors, dry_run)
        amount = 0 if counts.get("refused") else sum(x.amount_cents for x in self.lines)
        return ManifestResult(**counts, unmatched=self.unmatched, amount_cents=amount, **self.about())

    def about(self) -> dict[str, Any]:
        return {"orders": self.orders, "per": self.per, "sheet": self.manifest.table.sheet}

    def refusal(self) -> str:
        return translate(
            "Manifest", "订单表中有 {n} 行有错误，没有导入任何包裹：请改正后重新导入，或选择跳过有错误的行。"
        ).format(n=len(self.error_rows))


# --- reading and planning ---------------------------------------------------------------------

@gc_paused()
def read_manifest(path: Path | str, sheet: str | None = None,
                  mapping: Mapping[str | int, str] | None = None) -> Manifest:
    """The file read; of a workbook, the sheet named, else the one that looks most like orders
    (not a product summary 商品汇总表, a per-estate summary or notes)."""
    table = read_table(path, known_headers(mapping), sheet, prefer=sheet_score)
    return Manifest(Path(path), table, resolve(table.headers, mapping))


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


def _match(line: Line, row: Row, index: HouseholdIndex) -> list[str]:
    """Find the household of a parcel from its order's row that names the recipient; the
    warnings that says how."""
    warnings: list[str] = []
    given = row.given
    if not line.address and not line.phone and not any(given.get(k) for k in ("building", "room")):
        return warnings
    match = index.match(given.get("address", ""), given.get("phone", ""), given.get("building", ""),
                        given.get("unit", ""), given.get("room", ""), phone_read=row.phone_read)
    line.household_code, line.by = match.code, match.by
    if match.by == "phone" and line.address:
        warnings.append(translate("Manifest", "地址“{address}”对不上住户，按电话匹配到 {code}。").format(
            address=line.address, code=match.code))
    if match.by == "address+phone":
        warnings.append(translate("Manifest", "地址“{address}”对得上几户，按电话确定为 {code}。").format(
            address=line.address, code=match.code))
    if match.conflict is not None:
        warnings.append(translate(
            "Manifest", "地址“{address}”是 {by_address}，电话却是 {by_phone} 的：没有自动分配，请核对。"
        ).format(address=line.address, by_address=match.candidates[0], by_phone=match.conflict))
    if match.code is None:
        line.suggestions = index.suggest(line.address, given.get("phone", ""), parsed=match.address,
                                         candidates=match.candidates)
    return warnings


def _amount_per_line(manifest: Manifest, orders: list[Order]) -> bool:
    """One amount column, not named as the order's total ('金额'), filled on the continuation
    rows of an order: it is each line's amount."""
    fields = set(manifest.mapping.values())
    if "amount" not in fields or "line_amount" in fields:
        return False
    headers = [manifest.headers[i] for i, f in manifest.mapping.items() if f == "amount"]
    if any(k in ORDER_TOTAL_HEADERS for h in headers for k in header_keys(h)):
        return False
    return any(r.amount is not None for o in orders for r in o.rows[1:])


def _rows(plan: ManifestPlan, manifest: Manifest) -> list[Row]:
    """Every row read and checked on its own; the bad ones noted in the plan."""
    columns = columns_by_field(manifest.mapping)
    by_number = "order_no" in columns
    first: dict[tuple[Any, ...], int] = {}
    out: list[Row] = []
    for number, cells in manifest.table.rows:
        given = _given(cells, columns)
        if not any(given.values()):
            continue
        if not given.get("address") and not given.get("phone") and _FOOTER.match(
                nfkc(next((c.strip() for c in cells if c.strip()), ""))):
            continue
        plan.rows += 1
        row = read_row(number, given)
        # a row without an order number in a file that has them continues the order above it
        # (the same product in two orders is two such rows): never a repeat
        key = tuple(given.values()) if row.order_no or not by_number else (number,)
        if not row.errors and key in first:
            row.warnings.append(translate("Manifest", "与第 {row} 行完全相同，只导入一次。").format(row=first[key]))
            plan.duplicate_rows.append(number)
        plan.warnings += [Issue(number, m) for m in row.warnings]
        if row.errors:
            plan.errors += [Issue(number, m) for m in row.errors]
            plan.error_rows.append(number)
            continue
        if key in first:
            continue
        first[key] = number
        out.append(row)
    return out


def _refunded_but_imported(plan: ManifestPlan, orders: list[Order], existing: Existing) -> None:
    """A line refunded after its parcel was imported (an order refunded in full; one line, when
    parcels are made per line): the parcel is there to be cancelled, so say so."""
    held = existing.by_order
    for order in orders:
        no = order.order_no
        if not no:
            continue
        if not order.live:
            keys = [no, *(f"{no}-{i}" for i in range(1, len(order.rows) + 1))]
            found = [held[k] for k in keys if k in held]
        elif plan.per == "line" and len(order.rows) > 1:
            found = [held[f"{no}-{i}"] for i, r in enumerate(order.rows, 1)
                     if fully_refunded(r) and f"{no}-{i}" in held]
        else:
            continue
        found = [r for r in found if r.status != "cancelled"]
        if found:
            if order.live:
                text_ = translate(
                    "Manifest", "订单 {order} 有商品已退款，但包裹 {codes} 已经导入：请在包裹列表里取消。")
            else:
                text_ = translate(
                    "Manifest", "订单 {order} 已全部退款，但包裹 {codes} 已经导入：请在包裹列表里取消。")
            plan.warnings.append(Issue(order.first.number, text_.format(
                order=no, codes="、".join(r.label or r.code for r in found))))


def _refuse_the_other_way(plan: ManifestPlan, orders: list[Order], existing: Existing) -> None:
    """An order of several lines imported before one parcel per order and now per line (or the
    other way) would be two bags for one order: refused, saying how it was imported."""
    held = existing.by_order
    wrong: set[int] = set()
    for order in orders:
        no, n = order.order_no, len(order.rows)
        if n < 2 or not no:
            continue
        if plan.per == "line" and no in held:
            before = "order"
        elif plan.per == "order" and any(f"{no}-{k}" in held for k in range(1, n + 1)):
            before = "line"
        else:
            continue
        how = translate("Manifest", "每单一件") if before == "order" else translate("Manifest", "每行一件")
        plan.errors.append(Issue(order.first.number, translate(
            "Manifest", "订单 {order} 上次是按“{how}”导入的：请用同样的方式（--per {per}）再导入，免得一单发两份。"
        ).format(order=no, how=how, per=before)))
        plan.error_rows += [r.number for r in order.rows]
        wrong.update(r.number for r in order.rows)
    if wrong:
        plan.lines = [x for x in plan.lines if x.row not in wrong]


@gc_paused()
def plan_manifest(ctx: Any, round_id: str, manifest: Manifest, per: str = "order") -> ManifestPlan:
    """Read, group and match every row; compare with what the round already has. `per`: one
    parcel per order (the default) or per line (services/manifests/orders.py)."""
    if per not in PER:
        raise UserError(translate("Manifest", "每单一件（order）或每行一件（line），没有“{per}”。").format(per=per))
    problem = missing_columns(manifest.mapping)
    if problem:
        raise UserError(problem)
    with ctx.read() as session:
        rnd = rounds.get(session, round_id)
        index = HouseholdIndex(session)
        plan = ManifestPlan(manifest, rnd, per=per)
        rows = _rows(plan, manifest)
        if plan.rows == 0:
            raise UserError(translate("Manifest", "{name} 的表头下面没有订单数据。").format(name=manifest.path.name))
        orders, bad = group(rows, "order_no" in manifest.mapping.values())
        for number, message in bad.items():
            plan.errors.append(Issue(number, message))
            plan.error_rows.append(number)
        if _amount_per_line(manifest, orders):
            for order in orders:
                for r in order.rows:
                    r.line_amount, r.amount = r.amount, None
        payment = rounds.PARCEL_PAYMENT.get(rnd.default_payment, "paid")
        plan.orders = len(orders)
        for order in orders:
            made = parcels_of(order, per, rnd.item, rnd.price_cents, payment)
            refunded = [r for r in order.rows if fully_refunded(r)]
            for r in refunded:
                plan.refunded_rows.append(r.number)
                plan.warnings.append(Issue(r.number, translate(
                    "Manifest", "“{item}”已退款，不收费{what}。").format(
                    item=r.item or rnd.item,
                    what=translate("Manifest", "，也不发包裹") if not made or per == "line" else "")))
            if not made:
                continue
            who = order.who
            warnings = _match(made[0], who, index)
            plan.warnings += [Issue(who.number, m) for m in warnings]
            if not made[0].address and not made[0].phone and not any(
                    who.given.get(k) for k in ("building", "room")):
                plan.errors.append(Issue(order.first.number, translate(
                    "Manifest", "这一行既没有地址也没有电话，无法分给住户。")))
                plan.error_rows += [r.number for r in order.rows]
                continue
            for other in made[1:]:
                other.household_code, other.by = made[0].household_code, made[0].by
                other.suggestions = made[0].suggestions
            plan.lines += made
        existing = Existing(session, rnd.id, plan.lines)
        _refunded_but_imported(plan, orders, existing)
        _refuse_the_other_way(plan, orders, existing)
        kept: list[Line] = []
        last_order = ""
        for line in plan.lines:
            kind, _data, problem_text = existing.classify(line)
            if kind == "error":
                plan.errors.append(Issue(line.row, problem_text))
                plan.error_rows.append(line.row)
                continue
            if problem_text:
                plan.warnings.append(Issue(line.row, problem_text))
            plan.note(kind, line.row)
            kept.append(line)
            held = existing.household_of(line)
            if line.household_code is None and held is None:
                code = existing.code_of(line) or existing.new_code(line)
                last = plan.unmatched[-1] if plan.unmatched else None
                if last is not None and line.order and last_order == line.order:
                    last.more_rows.append(line.row)
                    last.more.append(code)
                else:
                    plan.unmatched.append(Unmatched(line.row, line.address, line.recipient, line.phone,
                                                    code, line.suggestions))
                last_order = line.order
        plan.lines = kept
    plan.sort_issues()
    return plan


# --- applying -----------------------------------------------------------------------------------

@gc_paused()
def apply_manifest(ctx: Any, plan: ManifestPlan, skip_errors: bool = False,
                   progress: Progress | None = None) -> ManifestResult:
    """Write the plan in one transaction (services/imports/plan.py): `parcel.added` for new
    parcels (numbered by `add_parcels` when their order number cannot be a code), `parcel.updated`
    with the changed fields."""
    codes: dict[int, str] = {}

    def compare(w: Any) -> tuple[list[tuple[Line, parcels.ParcelData]], list[dict[str, Any]], int]:
        new: list[tuple[Line, parcels.ParcelData]] = []
        updates: list[dict[str, Any]] = []
        unchanged = 0
        existing = Existing(w.session, plan.round.id, plan.lines)
        for line in plan.lines:
            kind, data, _message = existing.classify(line)
            if kind == "new" and data is not None:
                new.append((line, parcels.ParcelData(**data)))
            elif kind == "update" and data is not None:
                updates.append(data)
            else:
                unchanged += 1
        return new, updates, unchanged

    def add(w: Any, chunk: Sequence[tuple[Line, parcels.ParcelData]]) -> None:
        made = parcels.add_parcels(w, [d for _line, d in chunk])
        codes.update({line.row: code for (line, _d), code in zip(chunk, made, strict=True)})

    counts = apply_plan(ctx, plan, skip_errors, progress, compare, add, "parcel.updated")
    unmatched = [Unmatched(u.row, u.address, u.recipient, u.phone, codes.get(u.row, u.code),
                           u.suggestions, u.more_rows,
                           [codes.get(r, c) for r, c in zip(u.more_rows, u.more, strict=True)])
                 for u in plan.unmatched]
    return ManifestResult(**counts, unmatched=unmatched,
                          amount_cents=sum(x.amount_cents for x in plan.lines), **plan.about())


def import_manifest(ctx: Any, round_id: str, path: Path | str, *,
                    mapping: Mapping[str | int, str] | None = None, sheet: str | None = None,
                    skip_errors: bool = False, dry_run: bool = False, per: str = "order") -> ManifestResult:
    """Read, check and (unless `dry_run`, or refused for errors) import a manifest. A file with
    errors writes nothing and comes back with `refused` set, unless `skip_errors`."""
    plan = plan_manifest(ctx, round_id, read_manifest(path, sheet, mapping), per)
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
    with ctx.read() as s:
        parcel = find_parcel(s, normalize_code(code))
    parcels.update_parcel(ctx, parcel.code if parcel else code.strip(), household_code=row.code)
    return row.code

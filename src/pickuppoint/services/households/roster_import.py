"""Importing the community's household roster (CSV or XLSX) in two steps.

`plan_import` reads the file, maps its columns, normalises and checks every row and compares it
with the database: a report with the file's own row numbers, and which rows are new, which
update a household (matched by code) and which change nothing. `apply_import` writes the plan
in one transaction: `household.created` for new households, `household.updated` with only the
changed fields, nothing for unchanged ones; so importing the same file twice changes nothing.
A file with errors imports nothing unless the bad rows are skipped. The plan lists every household
an update changes and how (`ImportPlan.updates`), for the person to read before anything is written.

A blank cell keeps what the household has, with one exception: when the head of household
changes and the row gives no phone, the previous head's phone is not kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import Address
from pickuppoint.domain.flags import FLAGS, flag_label, flags_in, unpack_flags
from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import gc_paused
from pickuppoint.i18n import translate
from pickuppoint.services.households.roster_columns import (
    check_fields,
    columns_by_field,
    known_headers,
    missing_address,
    resolve,
)
from pickuppoint.services.households.roster_rows import normalize_row
from pickuppoint.services.imports.plan import ImportPlan as Plan
from pickuppoint.services.imports.plan import ImportResult, Issue, MappedFile, Progress, apply_plan
from pickuppoint.services.imports.tabular import read_table

__all__ = ["Candidate", "ImportPlan", "ImportResult", "Issue", "Roster", "apply_import", "classify",
           "load_existing", "plan_import", "plan_roster", "read_roster"]


@dataclass
class Roster(MappedFile):
    """A roster file read, with its columns mapped to fields."""

    resolver = staticmethod(resolve)


@dataclass
class Candidate:
    row: int
    address: Address
    fields: dict[str, Any]


@dataclass
class ImportPlan(Plan):
    roster: Roster
    candidates: list[Candidate] = field(default_factory=list)
    updates: list[Issue] = field(default_factory=list)  # per updated household: what changes

    @property
    def path(self) -> Path:
        return self.roster.path

    @property
    def sheet(self) -> str | None:
        return self.roster.table.sheet

    def outcome(self, skip_errors: bool = False, dry_run: bool = True) -> ImportResult:
        """What applying the plan does, as far as the plan knows (for --dry-run and the report)."""
        return ImportResult(**self.counts(skip_errors, dry_run))

    def refusal(self) -> str:
        return translate(
            "Import", "名册中有 {n} 行有错误，没有导入任何住户：请改正后重新导入，或选择跳过有错误的行。").format(
            n=len(self.error_rows))


# --- reading and planning -------------------------------------------------------------------

@gc_paused()
def read_roster(path: Path | str, sheet: str | None = None,
                mapping: Mapping[str | int, str] | None = None) -> Roster:
    """Read the file and map its columns (the guess, with `mapping` on top)."""
    overrides = check_fields(mapping)
    table = read_table(path, known_headers(overrides), sheet)
    return Roster(Path(path), table, resolve(table.headers, overrides))


def plan_import(ctx_or_session: Any, path: Path | str, sheet: str | None = None,
                mapping: Mapping[str | int, str] | None = None) -> ImportPlan:
    return plan_roster(ctx_or_session, read_roster(path, sheet, mapping))


@contextmanager
def _session(ctx_or_session: Any) -> Iterator[Session]:
    if isinstance(ctx_or_session, Session):
        yield ctx_or_session
    else:
        with ctx_or_session.read() as session:
            yield session


@gc_paused()
def plan_roster(ctx_or_session: Any, roster: Roster) -> ImportPlan:
    problem = missing_address(roster.mapping)
    if problem:
        raise UserError(problem)
    columns = columns_by_field(roster.mapping)
    plan = ImportPlan(roster)
    first_at: dict[str, int] = {}
    for number, cells in roster.table.rows:
        values = normalize_row(number, cells, columns)
        if values.blank:
            continue
        plan.rows += 1
        plan.errors += [Issue(number, m) for m in values.errors]
        plan.warnings += [Issue(number, m) for m in values.warnings]
        if values.errors or values.address is None:
            plan.error_rows.append(number)
            continue
        code = values.address.code
        if code in first_at:
            plan.warnings.append(Issue(number, translate(
                "Import", "与第 {row} 行是同一户（{code}），这一行没有导入。").format(row=first_at[code], code=code)))
            plan.duplicate_rows.append(number)
            continue
        first_at[code] = number
        plan.candidates.append(Candidate(number, values.address, values.fields))
    if plan.rows == 0:
        raise UserError(translate("Import", "{name} 的表头下面没有住户数据。").format(name=roster.path.name))
    with _session(ctx_or_session) as session:
        existing = load_existing(session)
    for c in plan.candidates:
        old = existing.get(c.address.code)
        kind, data = classify(c, old)
        plan.note(kind, c.row)
        if kind == "update":
            plan.updates.append(Issue(c.row, describe_changes(c.address.code, old, data["changes"])))
            if data["changes"].get("phone") == "" and "phone" not in c.fields:
                plan.warnings.append(Issue(c.row, translate(
                    "Import", "户主换了，这一行没有填电话：原户主的电话 {phone} 不再保留。").format(phone=old.phone)))
        if kind == "new" and "members" not in c.fields:
            plan.warnings.append(Issue(c.row, translate("Import", "没有填人数，按 1 人导入。")))
    plan.warnings += _phone_warnings(plan.candidates, existing)
    plan.sort_issues()
    return plan


def _phone_warnings(candidates: list[Candidate], existing: dict[str, Any]) -> list[Issue]:
    """The same phone on two households: in the file, or in the file and the database."""
    restated = {c.address.code for c in candidates if "phone" in c.fields}
    in_db: dict[str, list[str]] = {}
    for code, old in existing.items():
        if old.active and old.phone and code not in restated:
            in_db.setdefault(old.phone, []).append(code)
    seen: dict[str, Candidate] = {}
    out = []
    for c in candidates:
        phone = c.fields.get("phone")
        if not phone:
            continue
        if phone in seen:
            first = seen[phone]
            out.append(Issue(c.row, translate(
                "Import", "电话 {phone} 与第 {row} 行（{code}）相同。").format(
                phone=phone, row=first.row, code=first.address.code)))
            continue
        seen[phone] = c
        others = [code for code in in_db.get(phone, ()) if code != c.address.code]
        if others:
            out.append(Issue(c.row, translate("Import", "电话 {phone} 已登记在住户 {code}。").format(
                phone=phone, code="、".join(sorted(others)[:3]))))
    return out


def load_existing(session: Session) -> dict[str, Any]:
    """Code -> the household's row (code, head, phone, members, grid, flags, proxies, notes,
    active, version; flags and proxies as stored)."""
    rows = session.execute(text(
        "SELECT code, head, phone, members, grid, flags, proxies, notes, active, version "
        "FROM household"))
    return {r.code: r for r in rows}


_flags_in = lru_cache(maxsize=8192)(flags_in)


def _ordered(flags: set[str]) -> list[str]:
    return [f for f in FLAGS if f in flags] + sorted(f for f in flags if f not in FLAGS)


def classify(c: Candidate, old: dict[str, Any] | None) -> tuple[str, dict[str, Any] | None]:
    """('new', created payload) / ('update', changes) / ('same', None)."""
    f = c.fields
    if old is None or not old.active:
        a, notes = c.address, f.get("notes", "")
        # the payload of HouseholdData.payload(), built directly (asdict is slow for 50k rows)
        return "new", {"code": a.code, "building": a.building, "unit": a.unit, "room": a.room,
                       "head": f.get("head", ""), "phone": f.get("phone", ""),
                       "members": f.get("members", 1), "grid": f.get("grid", ""),
                       "flags": list(_flags_in(notes)), "proxies": f.get("proxies", []), "notes": notes}
    changes: dict[str, Any] = {}
    for key in ("head", "phone", "members", "grid", "notes"):
        if key in f and f[key] != getattr(old, key):
            changes[key] = f[key]
    if "proxies" in f and f["proxies"] != json.loads(old.proxies or "[]"):
        changes["proxies"] = f["proxies"]
    if "notes" in f:
        # flags the old notes implied follow the notes; flags set by hand stay
        old_flags = unpack_flags(old.flags)
        by_hand = set(old_flags) - set(_flags_in(old.notes))
        flags = _ordered(by_hand | set(_flags_in(f["notes"])))
        if flags != old_flags:
            changes["flags"] = flags
    if "head" in changes and "phone" not in f and old.phone:
        changes["phone"] = ""  # the previous head's phone is not the new head's
    if not changes:
        return "same", None
    # `base`: the household as this import saw it (a change made meanwhile at another site is
    # a conflict, not overwritten silently)
    return "update", {"code": c.address.code, "changes": changes,
                      "base": getattr(old, "version", None) or None}


def _field_label(key: str) -> str:
    return {
        "head": translate("Import", "户主"), "phone": translate("Import", "电话"),
        "members": translate("Import", "人数"), "grid": translate("Import", "网格"),
        "notes": translate("Import", "备注"), "proxies": translate("Import", "代领人"),
        "flags": translate("Import", "标记"),
    }.get(key, key)


def _shown(key: str, value: Any) -> str:  # noqa: ANN401
    if key == "proxies":
        value = "、".join(" ".join(x for x in (p.get("name", ""), p.get("phone", "")) if x) for p in value)
    elif key == "flags":
        value = "、".join(flag_label(f) for f in value)
    text_ = str(value)
    if len(text_) > 40:
        text_ = text_[:39] + "…"
    return text_ or translate("Import", "（空）")


def describe_changes(code: str, old: Any, changes: dict[str, Any]) -> str:  # noqa: ANN401
    """'3-1-301：户主 张三 → 李四；电话 13800138001 → （空）'."""
    parts = []
    for key, new in changes.items():
        before = getattr(old, key, "")
        if key == "proxies":
            before = json.loads(before or "[]")
        elif key == "flags":
            before = unpack_flags(before)
        parts.append(translate("Import", "{field} {old} → {new}").format(
            field=_field_label(key), old=_shown(key, before), new=_shown(key, new)))
    return translate("Import", "{code}：{changes}").format(code=code, changes="；".join(parts))


# --- applying -------------------------------------------------------------------------------

@gc_paused()
def apply_import(ctx: Any, plan: ImportPlan, skip_errors: bool = False,
                 progress: Progress | None = None) -> ImportResult:
    """Write the plan in one transaction (services/imports/plan.py): `household.created` for new
    households, `household.updated` with the changed fields."""

    def compare(w: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
        created: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        unchanged = 0
        existing = load_existing(w.session)
        for c in plan.candidates:
            kind, data = classify(c, existing.get(c.address.code))
            if kind == "new":
                created.append(data)
            elif kind == "update":
                updates.append(data)
            else:
                unchanged += 1
        return created, updates, unchanged

    def create(w: Any, chunk: Sequence[dict[str, Any]]) -> None:
        w.append_many("household.created", list(chunk))

    return ImportResult(**apply_plan(ctx, plan, skip_errors, progress, compare, create, "household.updated"))

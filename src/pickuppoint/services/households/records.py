"""Households: the roster, kept as records in the log and derived into the `household` table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import Address
from pickuppoint.domain.flags import FLAGS, pack_flags, unpack_flags
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.domain.text import NAME_MAX, NOTE_MAX, SHORT_MAX, text_problem
from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.log import Rec, dbapi
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.households import search as household_search

EDITABLE = ("head", "phone", "members", "grid", "flags", "proxies", "notes")


@dataclass
class Proxy:
    name: str
    phone: str = ""


@dataclass
class HouseholdData:
    """A household as services take and give it (flags and proxies as lists)."""

    code: str
    building: str
    unit: str
    room: str
    head: str = ""
    phone: str = ""
    members: int = 1
    grid: str = ""
    flags: list[str] = field(default_factory=list)
    proxies: list[dict[str, str]] = field(default_factory=list)
    notes: str = ""
    active: bool = True

    @classmethod
    def at(cls, address: Address, **fields: Any) -> HouseholdData:
        return cls(code=address.code, building=address.building, unit=address.unit,
                   room=address.room, **fields)

    def payload(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("active")
        return d

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "building": self.building, "unit": self.unit,
                "room": self.room, "head": self.head, "phone": self.phone,
                "members": self.members, "grid": self.grid, "flags": list(self.flags),
                "proxies": [dict(p) for p in self.proxies], "notes": self.notes}


def from_row(row: Any) -> HouseholdData:
    return HouseholdData(
        code=row.code, building=row.building, unit=row.unit, room=row.room, head=row.head,
        phone=row.phone, members=row.members, grid=row.grid, flags=unpack_flags(row.flags),
        proxies=json.loads(row.proxies), notes=row.notes, active=bool(row.active),
    )


# --- projections ---------------------------------------------------------------------------
# Entity 'h:<code>'. Fields converge one by one: records are folded in (hlc, site, seq) order,
# so the last writer wins field by field. An edit or a removal written without having seen the
# household's latest change from another site (its `base`, the household's version as the
# writer saw it, is older) is kept and named in a conflict; an edit never undoes a removal it
# had not seen.

_UPSERT_SQL = """
INSERT INTO household (code, building, unit, room, sort_key, digits, head, phone, phone_last4,
    members, grid, flags, proxies, notes, active, updated_hlc, updated_site, version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET head = excluded.head, phone = excluded.phone,
    phone_last4 = excluded.phone_last4, members = excluded.members, grid = excluded.grid,
    flags = excluded.flags, proxies = excluded.proxies, notes = excluded.notes, active = 1,
    updated_hlc = excluded.updated_hlc, updated_site = excluded.updated_site,
    version = excluded.version
"""


def _entity(_session: Session, payload: Any) -> str:
    return "h:" + payload["code"]


def _proxies_json(proxies: list[dict[str, str]] | None) -> str:
    return json.dumps(proxies, ensure_ascii=False) if proxies else "[]"


def _row_params(rec: Rec, p: Any) -> tuple[Any, ...]:
    addr = Address(p["building"], p["unit"], p["room"])
    phone = p.get("phone", "")
    return (
        p["code"], p["building"], p["unit"], p["room"], addr.sort_key, addr.digits,
        p.get("head", ""), phone, phone[-4:], p.get("members", 1), p.get("grid", ""),
        pack_flags(p.get("flags", [])), _proxies_json(p.get("proxies")),
        p.get("notes", ""), rec.hlc, rec.site_id, rec.id,
    )


def _created(session: Session, rec: Rec) -> None:
    _created_many(session, [rec])


def _created_many(session: Session, recs: Sequence[Rec]) -> None:
    cur = dbapi(session)
    datas = [r.data for r in recs]
    cur.executemany(_UPSERT_SQL, [_row_params(r, d) for r, d in zip(recs, datas, strict=True)])
    if cur.execute("SELECT 1 FROM household_field LIMIT 1").fetchone() is not None:
        # a household created again starts over: its fields' writers are this record
        cur.executemany("DELETE FROM household_field WHERE code = ?",
                        [(r.payload["code"],) for r in recs])
    household_search.write_name_parts(
        session, [(d["code"], d.get("head", ""), d.get("proxies", [])) for d in datas])


def _unseen(session: Session, rec: Rec, writer: Any) -> bool:
    """Whether `writer` (a household_field row or None) is a change at another site that the
    writer of `rec` had not seen (its `base` is older, or not here)."""
    if writer is None or writer.site_id == rec.site_id:
        return False
    base = rec.payload.get("base")
    if base is None:  # written before schema 5, on one laptop
        return False
    if base == writer.record_id:
        return False
    seen = session.execute(text("SELECT hlc, site_id, seq FROM record WHERE id = :i"),
                           {"i": base}).first()
    return seen is None or (writer.hlc, writer.site_id, writer.seq) > tuple(seen)


def _conflict(session: Session, kind: str, code: str, subject: str, first: str, rec: Rec) -> None:
    session.execute(text(
        "INSERT OR REPLACE INTO conflict (id, kind, entity, subject, records, winner) "
        "VALUES (:id, :kind, :entity, :subject, :records, :winner)"),
        {"id": f"{kind}/{subject}/{rec.id}", "kind": kind, "entity": "h:" + code,
         "subject": subject, "records": json.dumps([first, rec.id]), "winner": first})


def _writers(session: Session, code: str) -> dict[str, Any]:
    return {r.field: r for r in session.execute(text(
        "SELECT field, record_id, hlc, site_id, seq FROM household_field WHERE code = :c"),
        {"c": code})}


def _note_writer(session: Session, rec: Rec, code: str, fields: Sequence[str]) -> None:
    dbapi(session).executemany(
        "INSERT OR REPLACE INTO household_field (code, field, record_id, hlc, site_id, seq) "
        "VALUES (?, ?, ?, ?, ?, ?)", [(code, f, rec.id, rec.hlc, rec.site_id, rec.seq) for f in fields])


def _updated(session: Session, rec: Rec) -> None:
    code = rec.payload["code"]
    row = session.execute(text("SELECT active FROM household WHERE code = :c"), {"c": code}).first()
    if row is None:
        return  # not created (yet): nothing to change
    changes = dict(rec.data["changes"])
    writers = _writers(session, code)
    for name in sorted(changes):
        if _unseen(session, rec, writers.get(name)):
            _conflict(session, "household_field", code, f"{code}/{name}",
                      writers[name].record_id, rec)
    active = row.active
    removal = writers.get("_removed")
    if not active and removal is not None and _unseen(session, rec, removal):
        # an edit that had not seen the removal: the household stays removed
        _conflict(session, "household_removed", code, code, removal.record_id, rec)
    else:
        active = 1  # an edit of a removed household (seen removed) brings it back
    if "flags" in changes:
        changes["flags"] = pack_flags(changes["flags"])
    if "proxies" in changes:
        changes["proxies"] = json.dumps(changes["proxies"], ensure_ascii=False)
    if "phone" in changes:
        changes["phone_last4"] = changes["phone"][-4:]
    sets = ", ".join(f"{k} = :{k}" for k in changes)
    session.execute(
        text(f"UPDATE household SET {sets}, active = :active, updated_hlc = :hlc, "
             "updated_site = :site, version = :rid WHERE code = :code"),
        {**changes, "code": code, "hlc": rec.hlc, "site": rec.site_id, "rid": rec.id,
         "active": active},
    )
    _note_writer(session, rec, code, list(rec.payload["changes"]))
    if "head" in changes or "proxies" in changes:
        row = session.execute(text("SELECT head, proxies FROM household WHERE code = :c"),
                              {"c": code}).first()
        household_search.write_name_parts(session, [(code, row.head, json.loads(row.proxies))])


def _updated_many(session: Session, recs: Sequence[Rec]) -> None:
    for rec in recs:
        _updated(session, rec)


def _removed(session: Session, rec: Rec) -> None:
    code = rec.payload["code"]
    row = session.execute(text("SELECT version FROM household WHERE code = :c"), {"c": code}).first()
    if row is None:
        return
    last = session.execute(text("SELECT id AS record_id, hlc, site_id, seq FROM record WHERE id = :i"),
                           {"i": row.version}).first()
    if _unseen(session, rec, last):
        _conflict(session, "household_removed", code, code, last.record_id, rec)
    session.execute(
        text("UPDATE household SET active = 0, updated_hlc = :hlc, updated_site = :site, "
             "version = :rid WHERE code = :code"),
        {"code": code, "hlc": rec.hlc, "site": rec.site_id, "rid": rec.id},
    )
    _note_writer(session, rec, code, ["_removed"])


def _forget(session: Session, codes: list[str]) -> None:
    cur = dbapi(session)
    params = [(c,) for c in codes]
    for table in ("household", "household_name", "household_field"):
        cur.executemany(f"DELETE FROM {table} WHERE code = ?", params)
    cur.executemany("DELETE FROM conflict WHERE entity = ?", [("h:" + c,) for c in codes])


PROJECTIONS = {
    "household.created": Kind(_created, _entity, _created_many),
    "household.updated": Kind(_updated, _entity, _updated_many),
    "household.removed": Kind(_removed, _entity),
}
FORGET = {"h": _forget}


# --- validation -----------------------------------------------------------------------------

def check(data: HouseholdData) -> list[str]:
    """What is wrong with a household, in sentences (empty when it is fine)."""
    problems = []
    if not data.building or not data.room:
        problems.append(translate("Households", "缺少楼栋或房号。"))
    texts = [(data.head, translate("Households", "户主姓名"), NAME_MAX, False),
             (data.grid, translate("Households", "网格"), SHORT_MAX, False),
             (data.notes, translate("Households", "备注"), NOTE_MAX, True)]
    texts += [(str(p.get("name", "")), translate("Households", "代领人姓名"), NAME_MAX, False)
              for p in data.proxies]
    for value, what, limit, multiline in texts:
        problem = text_problem(value or "", what, limit, multiline)
        if problem:
            problems.append(problem)
    if data.phone and normalize_phone(data.phone) != data.phone:
        problems.append(translate("Households", "电话号码“{phone}”不是有效的手机或座机号码。").format(
            phone=data.phone))
    if not isinstance(data.members, int) or data.members < 1:
        problems.append(translate("Households", "人数必须是正整数。"))
    unknown = [f for f in data.flags if f not in FLAGS]
    if unknown:
        problems.append(translate("Households", "未知的标记：{flags}。").format(flags=", ".join(unknown)))
    for proxy in data.proxies:
        if not proxy.get("name", "").strip():
            problems.append(translate("Households", "代领人必须填写姓名。"))
        elif proxy.get("phone") and normalize_phone(proxy["phone"]) != proxy["phone"]:
            problems.append(translate("Households", "代领人{name}的电话号码无效。").format(
                name=proxy["name"]))
    return problems


def _require_ok(data: HouseholdData) -> None:
    problems = check(data)
    if problems:
        raise UserError(translate("Households", "住户 {code}：{problems}").format(
            code=data.code, problems=" ".join(problems)))


# --- commands -------------------------------------------------------------------------------

def create(ctx, data: HouseholdData) -> HouseholdData:  # noqa: ANN001 - Context
    _require_ok(data)
    with ctx.write() as w:
        existing = w.session.execute(
            text("SELECT active FROM household WHERE code = :c"), {"c": data.code}).first()
        if existing is not None and existing.active:
            raise UserError(translate("Households", "住户 {code} 已经存在。").format(code=data.code))
        w.append("household.created", data.payload())
    return data


def update(ctx, code: str, **changes: Any) -> HouseholdData:  # noqa: ANN001 - Context
    """Change some fields of a household; only what really changed is recorded."""
    bad = set(changes) - set(EDITABLE)
    if bad:
        raise ValueError(f"not editable: {bad}")
    with ctx.write() as w:
        current = get(w.session, code)
        new = HouseholdData(**{**asdict(current), **changes})
        _require_ok(new)
        diff = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if diff:
            w.append("household.updated", {"code": code, "changes": diff,
                                            "base": version(w.session, code)})
    return new


def remove(ctx, code: str) -> None:  # noqa: ANN001 - Context
    with ctx.write() as w:
        get(w.session, code)
        w.append("household.removed", {"code": code, "base": version(w.session, code)})


# --- queries --------------------------------------------------------------------------------

def get(session: Session, code: str) -> HouseholdData:
    row = session.execute(text("SELECT * FROM household WHERE code = :c"), {"c": code}).first()
    if row is None:
        raise NotFound(translate("Households", "没有找到住户 {code}。").format(code=code))
    return from_row(row)


def version(session: Session, code: str) -> str:
    """The id of the last record applied to the household (the `base` of a change to it)."""
    return session.execute(text("SELECT version FROM household WHERE code = :c"),
                           {"c": code}).scalar() or ""


def find(session: Session, code: str) -> HouseholdData | None:
    row = session.execute(text("SELECT * FROM household WHERE code = :c"), {"c": code}).first()
    return from_row(row) if row else None


# Search and count: services/households/search.py (the same names, kept here for callers).
Query = household_search.Query
search = household_search.search
count = household_search.count
first_page = household_search.first_page
capped = household_search.capped
COUNT_CAP = household_search.COUNT_CAP


def buildings(session: Session) -> list[str]:
    # skip from one building to the next along the (building, sort_key) index, and keep those
    # with a household still active: a few look-ups per building, not a read of every household
    rows = session.execute(text("""
        WITH RECURSIVE b (building) AS (
            SELECT min(building) FROM household
            UNION ALL
            SELECT (SELECT min(building) FROM household WHERE building > b.building)
            FROM b WHERE b.building IS NOT NULL
        )
        SELECT building FROM b WHERE building IS NOT NULL AND EXISTS (
            SELECT 1 FROM household AS h WHERE h.building = b.building AND h.active = 1)
        """)).scalars().all()
    return sorted(rows, key=lambda b: (0, int(b), "") if b.isdigit() else (1, 0, b))

"""Parcels: what arrives for a household in a round, and the codes on their labels.

Record kinds owned here: `parcel.added` {code, round_id, household_code|null, point_site,
order_no, recipient, phone, address, items, amount_cents, payment} and `parcel.updated`
{code, changes{}} (e.g. a manifest line matched to a household by hand). The manifest import
(services/manifests/manifest.py) and the allocation (services/rounds/allocation.py) both add parcels through
`add_parcels`, which numbers the parcels that have no supplier code of their own.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain import codes
from pickuppoint.domain.address import parcel_sort_key
from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import Rec, Writer, dbapi
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate

PAYMENTS = ("paid", "unpaid", "on_behalf", "free")
_UPDATABLE = {"household_code", "point_site", "recipient", "phone", "address", "items",
              "amount_cents", "payment", "note"}


def payment_status_label(value: str) -> str:
    return {"paid": translate("Parcels", "已付"), "unpaid": translate("Parcels", "未付"),
            "on_behalf": translate("Parcels", "代付"), "free": translate("Parcels", "免费")}.get(value, value)


@dataclass
class ParcelData:
    round_id: str
    household_code: str | None = None
    code: str = ""  # empty: numbered by add_parcels (SITE-NNNNNNC)
    point_site: str = ""
    order_no: str = ""
    recipient: str = ""
    phone: str = ""
    address: str = ""
    items: str = ""
    amount_cents: int = 0
    payment: str = "paid"
    entitlement: str = ""  # allocation: one household's packs of one allocation share this id


_INSERT = (
    "INSERT OR IGNORE INTO parcel (code, round_id, household_code, point_site, order_no, recipient, "
    "phone, address, items, amount_cents, payment, sort_key, entitlement, updated_hlc, label) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


_sort_key = lru_cache(maxsize=65536)(parcel_sort_key)  # one household's parcels share it


def _row(rec: Rec) -> tuple[Any, ...]:
    get = rec.data.get
    household = get("household_code")
    code, round_id = get("code"), get("round_id")
    return (code, round_id, household, get("point_site") or "", get("order_no") or "",
            get("recipient") or "", get("phone") or "", get("address") or "", get("items") or "",
            get("amount_cents") or 0, get("payment") or "paid", _sort_key(household),
            get("entitlement") or "", rec.hlc, codes.label_of(code, round_id))


_CODE_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{3,39}$")


def label_for_order(order_no: str) -> str:
    """What a supplier's label with this order number gives when scanned, or '' when the number
    cannot be scanned as a label (the parcel is then numbered by `add_parcels`)."""
    return order_no if _CODE_LIKE.match(order_no) else ""


def code_for_order(round_id: str, order_no: str) -> str:
    """The parcel code of a supplier's order in a round: namespaced by the round
    (`<round id>.<order number>`, domain/codes.py), so the same number in two rounds, at two
    points or from two suppliers is two parcels; '' when the number cannot be scanned (the
    parcel is then numbered by `add_parcels`). The one place parcel codes are made from order
    numbers; the number itself stays the parcel's label (what a scan finds)."""
    label = label_for_order(order_no)
    return codes.namespaced(round_id, label) if label else ""


def note_issued(session: Session, parcel_codes: Iterable[str]) -> None:
    """Keep each site's last issued number (`parcel_number`) up with codes of ours that now
    have a parcel (added, or recorded as surplus), so the next code is never one of them."""
    last: dict[str, int] = {}
    for code in parcel_codes:
        got = codes.issued(code) if code else None
        if got is not None and got[1] > last.get(got[0], 0):
            last[got[0]] = got[1]
    if last:
        dbapi(session).executemany(
            "INSERT INTO parcel_number (site_id, last) VALUES (?, ?) "
            "ON CONFLICT (site_id) DO UPDATE SET last = max(last, excluded.last)", list(last.items()))


def entity(_session: Session, payload: Any) -> str:
    """The entity of a parcel's records: 'p:<code>' (its handovers belong to it too)."""
    return "p:" + payload["code"]


CREATIONS = ("parcel.added", "parcel.surplus")


def creation_conflict(session: Session, rec: Rec) -> None:
    """A parcel code given to a parcel again (by a list, or as a surplus parcel) at another site:
    the first record (clock order) made the parcel; both are kept in a conflict."""
    code = rec.payload["code"]
    ent = "p:" + code
    rows = session.execute(text(
        "SELECT id, kind FROM record WHERE entity = :e AND kind IN ('parcel.added', 'parcel.surplus') "
        "AND (hlc, site_id, seq) <= (:h, :s, :q) ORDER BY hlc, site_id, seq"),
        {"e": ent, "h": rec.hlc, "s": rec.site_id, "q": rec.seq}).all()
    if len(rows) < 2:
        return
    kinds = {r.kind for r in rows}
    kind = "surplus_listed" if kinds == set(CREATIONS) else "parcel_twice"
    session.execute(text("DELETE FROM conflict WHERE entity = :e AND kind IN "
                         "('surplus_listed', 'parcel_twice')"), {"e": ent})
    ids = [r.id for r in rows]
    session.execute(text(
        "INSERT INTO conflict (id, kind, entity, subject, records, winner) "
        "VALUES (:id, :kind, :e, :code, :records, :winner)"),
        {"id": f"{kind}/{code}", "kind": kind, "e": ent, "code": code,
         "records": json.dumps(ids), "winner": ids[0]})


def _added(session: Session, rec: Rec) -> None:
    _added_many(session, [rec])


def _added_many(session: Session, recs: Sequence[Rec]) -> None:
    # sqlite3's own executemany of plain tuples: SQLAlchemy's per-row work is most of the time
    cur = dbapi(session)
    cur.executemany(_INSERT, [_row(r) for r in recs])
    if cur.rowcount < len(recs):  # a code that already had a parcel: a conflict, not a loss
        for rec in recs:
            creation_conflict(session, rec)
    note_issued(session, [r.payload.get("code") for r in recs])


def _updated(session: Session, rec: Rec) -> None:
    changes = {k: v for k, v in rec.data["changes"].items() if k in _UPDATABLE}
    if not changes:
        return
    if "household_code" in changes:
        changes["sort_key"] = parcel_sort_key(changes["household_code"])
    sets = ", ".join(f"{k} = :{k}" for k in changes)
    session.execute(text(f"UPDATE parcel SET {sets}, updated_hlc = :hlc WHERE code = :code"),
                    {**changes, "hlc": rec.hlc, "code": rec.payload["code"]})


def _forget(session: Session, parcel_codes: list[str]) -> None:
    cur = dbapi(session)
    cur.executemany("DELETE FROM parcel WHERE code = ?", [(c,) for c in parcel_codes])
    cur.executemany("DELETE FROM handover WHERE parcel_code = ?", [(c,) for c in parcel_codes])
    cur.executemany("DELETE FROM conflict WHERE entity = ?", [("p:" + c,) for c in parcel_codes])


PROJECTIONS = {
    "parcel.added": Kind(_added, entity, _added_many),
    "parcel.updated": Kind(_updated, entity),
}
FORGET = {"p": _forget}


def next_number(session: Session, site_id: str) -> int:
    """The next running number for codes this site creates: after the last one issued (kept by
    the projections; a code that only looks like ours, e.g. `P01-O00012F`, does not count)."""
    last = session.execute(text("SELECT last FROM parcel_number WHERE site_id = :s"),
                           {"s": site_id.upper()}).scalar()
    return (last or 0) + 1


def _refuse_existing(session: Session, wanted: list[str]) -> None:
    """A code is never given to two parcels: adding one that exists is a bug, and would be
    dropped silently by the projection (INSERT OR IGNORE) while the log kept it."""
    cur = dbapi(session)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found = cur.execute(f"SELECT code FROM parcel WHERE code IN ({', '.join('?' * len(chunk))}) LIMIT 1",
                            chunk).fetchone()
        if found is not None:
            raise UserError(translate("Parcels", "包裹编号 {code} 已经有了：这次没有添加任何包裹。").format(
                code=found[0]))


def add_parcels(w: Writer, parcels: Sequence[ParcelData]) -> list[str]:
    """Add parcels inside the caller's write transaction; returns their codes in order.
    Parcels without a code get this site's next codes; the point defaults to this site."""
    if not parcels:
        return []
    number = next_number(w.session, w.site_id)
    payloads = []
    for data in parcels:
        if data.payment not in PAYMENTS:
            raise UserError(translate("Parcels", "付款状态“{value}”无效。").format(value=data.payment))
        payload = dict(data.__dict__)  # flat, immutable values: asdict's deep copy is slow
        if not payload["code"]:
            number = codes.next_usable(w.site_id, number)
            if number > codes.LAST_NUMBER:
                raise UserError(translate(
                    "Parcels", "本接驳点的包裹编号已经用完（最多 {n} 个）：这次没有添加任何包裹。").format(
                    n=codes.LAST_NUMBER))
            payload["code"] = codes.make(w.site_id, number)
            number += 1
        payload["point_site"] = payload["point_site"] or w.site_id
        payloads.append(payload)
    new_codes = [p["code"] for p in payloads]
    if len(set(new_codes)) != len(new_codes):
        seen: set[str] = set()
        twice = next(c for c in new_codes if c in seen or seen.add(c))
        raise UserError(translate("Parcels", "包裹编号 {code} 出现了两次：这次没有添加任何包裹。").format(code=twice))
    _refuse_existing(w.session, new_codes)
    w.append_many("parcel.added", payloads)
    return [p["code"] for p in payloads]


def update_parcel(ctx, code: str, **changes: Any) -> None:  # noqa: ANN001 - Context
    bad = set(changes) - _UPDATABLE
    if bad:
        raise UserError(translate("Parcels", "包裹没有“{field}”这一项。").format(field=sorted(bad)[0]))
    with ctx.write() as w:
        row = w.session.execute(text("SELECT * FROM parcel WHERE code = :c"), {"c": code}).first()
        if row is None:
            raise UserError(translate("Parcels", "没有编号为 {code} 的包裹。").format(code=code))
        diff = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if diff:
            w.append("parcel.updated", {"code": code, "changes": diff})


def add_synthetic_parcels(ctx, per_household: int, seed: int = 1,  # noqa: ANN001 - Context
                          progress: Callable[[int, int], None] | None = None) -> int:
    """`per_household` parcels for every active household, in one synthetic order round each
    (benchmarks and `demo-data`), each under a supplier's order number as order rounds keep
    them (`DD` round line: a million parcels would use up a point's own numbers). Returns the
    number of parcels made."""
    from pickuppoint.services.rounds import records as rounds

    if per_household <= 0:
        return 0
    rng = random.Random(seed)
    with ctx.read() as s:
        homes = [r.code for r in s.execute(text(
            "SELECT code FROM household WHERE active = 1 ORDER BY sort_key"))]
    total = len(homes) * per_household
    made = 0
    for _ in range(per_household):
        with ctx.read() as s:
            existing = len(rounds.all_rounds(s))
        rnd = rounds.create(ctx, f"测试批次 {existing + 1}", kind="order",
                            item="蔬菜包", price_cents=3990, default_payment="prepaid")
        chunk = 20_000
        for start in range(0, len(homes), chunk):
            batch = [ParcelData(round_id=rnd.id, household_code=h, items="蔬菜包",
                                code=code_for_order(rnd.id, f"DD{existing + 1:03d}{start + i + 1:07d}"),
                                order_no=f"DD{existing + 1:03d}{start + i + 1:07d}",
                                amount_cents=3990, payment=rng.choice(("paid", "paid", "unpaid")))
                     for i, h in enumerate(homes[start:start + chunk])]
            with ctx.write() as w:
                add_parcels(w, batch)
            made += len(batch)
            if progress:
                progress(made, total)
    return made

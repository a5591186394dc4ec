"""Distribution rounds (批次): an order round (one parcel per household order, from a supplier's
manifest) or an allocation round (a standard pack per entitled household).

Record kinds owned here: `round.created` {id, name, kind, date, item, price_cents,
default_payment, supplier, notes, points} and `round.updated` {id, changes{}}. `points` (schema 11):
the site ids of the points the round is for, [] or absent = every point; changed only by
`round.assigned` (services/assign/records.py).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import UNMATCHED_SORT_KEY, building_sort_range
from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.log import Rec, dbapi
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan

KINDS = ("order", "allocation")
DEFAULT_PAYMENTS = ("prepaid", "at_pickup", "on_behalf", "free")
# the payment status a parcel of the round gets when its manifest line says nothing
PARCEL_PAYMENT = {"prepaid": "paid", "at_pickup": "unpaid", "on_behalf": "on_behalf", "free": "free"}


def kind_label(kind: str) -> str:
    return {"order": translate("Rounds", "订单批次"),
            "allocation": translate("Rounds", "统一配发")}.get(kind, kind)


def default_payment_label(value: str) -> str:
    return {"prepaid": translate("Rounds", "已预付"), "at_pickup": translate("Rounds", "领取时付款"),
            "on_behalf": translate("Rounds", "社区代付"), "free": translate("Rounds", "免费")}.get(value, value)


@dataclass
class RoundData:
    id: str
    name: str
    kind: str = "order"
    date: str = ""
    item: str = ""
    price_cents: int = 0
    default_payment: str = "prepaid"
    supplier: str = ""
    notes: str = ""
    points: list[str] = field(default_factory=list)  # the points it is for; [] = every point

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["price"] = format_yuan(d.pop("price_cents"))
        return d


_FIELDS = [f.name for f in fields(RoundData)]
_COLUMNS = [f for f in _FIELDS if f != "points"]


def _created(session: Session, rec: Rec) -> None:
    from pickuppoint.services.assign.records import points_json

    p = {k: rec.payload.get(k, getattr(RoundData, k, "")) for k in _COLUMNS}
    session.execute(text(
        "INSERT OR IGNORE INTO round (id, name, kind, date, item, price_cents, default_payment, "
        "supplier, notes, site_id, created_hlc, updated_hlc, points) VALUES (:id, :name, :kind, :date, "
        ":item, :price_cents, :default_payment, :supplier, :notes, :site, :hlc, :hlc, :points)"),
        {**p, "site": rec.site_id, "hlc": rec.hlc, "points": points_json(rec.payload.get("points"))})


def _updated(session: Session, rec: Rec) -> None:
    changes = {k: v for k, v in rec.payload["changes"].items() if k in _COLUMNS and k != "id"}
    if not changes:
        return
    sets = ", ".join(f"{k} = :{k}" for k in changes)
    session.execute(text(f"UPDATE round SET {sets}, updated_hlc = :hlc WHERE id = :id"),
                    {**changes, "hlc": rec.hlc, "id": rec.payload["id"]})


def _entity(_session: Session, payload: Any) -> str:
    return "r:" + payload["id"]


def _forget(session: Session, ids: list[str]) -> None:
    dbapi(session).executemany("DELETE FROM round WHERE id = ?", [(i,) for i in ids])


PROJECTIONS = {"round.created": Kind(_created, _entity), "round.updated": Kind(_updated, _entity)}
FORGET = {"r": _forget}


def _row(row: Any) -> RoundData:
    return RoundData(**{k: getattr(row, k) for k in _COLUMNS}, points=json.loads(row.points))


def _check(session: Session, data: RoundData, existing_id: str | None = None) -> None:
    name = data.name.strip()
    if not name:
        raise UserError(translate("Rounds", "批次名称不能为空。"))
    if len(name) > 60:
        raise UserError(translate("Rounds", "批次名称太长（最多 60 个字）。"))
    if data.kind not in KINDS:
        raise UserError(translate("Rounds", "批次类型“{kind}”无效：只能是 order（订单）或 allocation（统一配发）。")
                        .format(kind=data.kind))
    if data.default_payment not in DEFAULT_PAYMENTS:
        raise UserError(translate("Rounds", "付款方式“{value}”无效。").format(value=data.default_payment))
    if data.price_cents < 0:
        raise UserError(translate("Rounds", "价格不能是负数。"))
    try:
        dt.date.fromisoformat(data.date)
    except ValueError as exc:
        raise UserError(translate("Rounds", "日期“{date}”无效：请写成 YYYY-MM-DD，例如 2022-04-10。")
                        .format(date=data.date)) from exc
    clash = session.execute(text("SELECT id FROM round WHERE name = :n"), {"n": name}).first()
    if clash is not None and clash.id != existing_id:
        raise UserError(translate("Rounds", "已经有名为“{name}”的批次了，请换一个名称。").format(name=name))


def create(ctx, name: str, kind: str = "order", date: str | None = None,  # noqa: ANN001 - Context
           item: str = "", price_cents: int = 0, default_payment: str | None = None,
           supplier: str = "", notes: str = "", points: list[str] | None = None) -> RoundData:
    """A new round; `points` (a coordinator's enrolled points) it is for, none: every point."""
    from pickuppoint.services.assign.commands import check_points

    if default_payment is None:
        default_payment = "free" if kind == "allocation" and not price_cents else "prepaid"
    data = RoundData(id=uuid.uuid4().hex[:12], name=name.strip(), kind=kind,
                     date=date or dt.date.today().isoformat(), item=item.strip(),
                     price_cents=price_cents, default_payment=default_payment,
                     supplier=supplier.strip(), notes=notes.strip())
    with ctx.write() as w:
        _check(w.session, data)
        data.points = check_points(w.session, points or [])
        payload = asdict(data)
        if not data.points:
            del payload["points"]  # every point: the record as before schema 11
        w.append("round.created", payload)
    return data


def update(ctx, round_id: str, **changes: Any) -> RoundData:  # noqa: ANN001 - Context
    with ctx.write() as w:
        current = get(w.session, round_id)
        unknown = set(changes) - set(_COLUMNS) - {"id"}
        if unknown:
            raise UserError(translate("Rounds", "批次没有“{field}”这一项。").format(field=sorted(unknown)[0]))
        new = RoundData(**{**asdict(current), **changes, "id": current.id})
        if isinstance(new.name, str):
            new.name = new.name.strip()
        _check(w.session, new, existing_id=current.id)
        diff = {k: v for k, v in asdict(new).items() if k in _COLUMNS and getattr(current, k) != v}
        if diff:
            w.append("round.updated", {"id": current.id, "changes": diff})
    return new


def get(session: Session, round_id_or_name: str) -> RoundData:
    found = find(session, round_id_or_name)
    if found is None:
        raise NotFound(translate("Rounds", "没有叫“{round}”的批次（可以用批次名称或编号）。").format(
            round=round_id_or_name))
    return found


def find(session: Session, round_id_or_name: str) -> RoundData | None:
    key = round_id_or_name.strip()
    row = session.execute(text("SELECT * FROM round WHERE id = :k"), {"k": key}).first()
    if row is None:  # two sites may have named a round alike: the first created is meant
        row = session.execute(text("SELECT * FROM round WHERE name = :k "
                                   "ORDER BY created_hlc, site_id LIMIT 1"), {"k": key}).first()
    return _row(row) if row is not None else None


def all_rounds(session: Session) -> list[RoundData]:
    """The rounds this database shows: at a point, those for it (or for every point)."""
    from pickuppoint.services.assign.here import round_here

    rows = session.execute(text(f"SELECT * FROM round WHERE {round_here()} "
                                "ORDER BY date DESC, created_hlc DESC")).all()
    return [_row(r) for r in rows]


@dataclass
class RoundCounts:
    total: int = 0
    expected: int = 0
    received: int = 0
    damaged: int = 0
    collected: int = 0
    cancelled: int = 0
    surplus: int = 0
    unmatched: int = 0

    @property
    def at_point(self) -> int:
        """Parcels physically at the point, waiting for their household."""
        return self.received + self.damaged


def counts(session: Session, round_id: str, building: str | None = None) -> RoundCounts:
    """From the (round, status, surplus, sort_key) index alone: no parcel row is read (at a
    point, but those of the round's parcels given to another point)."""
    params: dict[str, Any] = {"r": round_id, "unmatched": UNMATCHED_SORT_KEY}
    where = "round_id = :r"
    if building is not None:
        params["lo"], params["hi"] = building_sort_range(building)
        where += " AND sort_key >= :lo AND sort_key < :hi"
    rows = session.execute(text(
        "SELECT status, count(*) AS n, sum(surplus) AS s, sum(sort_key = :unmatched) AS u "
        f"FROM parcel WHERE {where} GROUP BY status"), params).all()
    c = RoundCounts()
    for row in rows:
        if hasattr(c, row.status):
            setattr(c, row.status, row.n)
        c.total += row.n
        c.surplus += row.s or 0
        c.unmatched += row.u or 0
    from pickuppoint.services.assign.here import moved_away

    gone = moved_away(session, round_id)
    if gone:  # at a point: parcels given to another point are not counted here
        marks = ", ".join(f":g{i}" for i in range(len(gone)))
        for row in session.execute(text(
                "SELECT status, count(*) AS n, sum(surplus) AS s, sum(sort_key = :unmatched) AS u "
                f"FROM parcel WHERE {where} AND code IN ({marks}) GROUP BY status"),
                {**params, **{f"g{i}": g for i, g in enumerate(gone)}}).all():
            if hasattr(c, row.status):
                setattr(c, row.status, getattr(c, row.status) - row.n)
            c.total -= row.n
            c.surplus -= row.s or 0
            c.unmatched -= row.u or 0
    return c

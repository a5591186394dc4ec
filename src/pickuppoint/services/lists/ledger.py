"""The paid-on-behalf ledger (代付台账): per household and round, what the point handed over
paid on the household's behalf (handovers recorded `owed`, voided ones left out), what has been
settled since (`ledger.settled` records: who settled, how, when) and what is still owed. Its
totals are the counter's own: the sum of the live `owed` handovers.

Record kind `ledger.settled` {id, household_code, round_id, amount_cents, method:
cash|qr|transfer|waived, settled_by, note}; projection: a `ledger_settlement` row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.phone import mask_phone
from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.lists.scope import Scope, default_scope, printed_at
from pickuppoint.services.operators.roles import require

METHODS = ("cash", "qr", "transfer", "waived")


def method_label(method: str) -> str:
    return {
        "cash": translate("Ledger", "现金"),
        "qr": translate("Ledger", "扫码"),
        "transfer": translate("Ledger", "转账"),
        "waived": translate("Ledger", "核销（不再收取）"),
    }.get(method, method)


@dataclass(frozen=True)
class Entry:
    household_code: str
    building: str
    head: str
    phone: str
    round_id: str
    round_name: str
    parcels: int
    owed_cents: int
    settled_cents: int
    settled_note: str  # '现金 张三 11-24' for each settlement, joined

    @property
    def outstanding_cents(self) -> int:
        return self.owed_cents - self.settled_cents

    def to_json(self) -> dict[str, Any]:
        return {"household": self.household_code, "head": self.head, "round": self.round_name,
                "parcels": self.parcels, "owed": format_yuan(self.owed_cents),
                "settled": format_yuan(self.settled_cents), "outstanding": format_yuan(self.outstanding_cents)}


@dataclass
class Ledger:
    point: str
    site_id: str
    printed_at: str
    operator: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def owed_cents(self) -> int:
        return sum(e.owed_cents for e in self.entries)

    @property
    def settled_cents(self) -> int:
        return sum(e.settled_cents for e in self.entries)

    @property
    def outstanding_cents(self) -> int:
        return self.owed_cents - self.settled_cents

    def to_json(self) -> dict[str, Any]:
        return {"point": self.point, "entries": [e.to_json() for e in self.entries],
                "owed": format_yuan(self.owed_cents), "settled": format_yuan(self.settled_cents),
                "outstanding": format_yuan(self.outstanding_cents)}


def _settled(session: Session, rec: Rec) -> None:
    p = rec.data
    session.execute(text(
        "INSERT OR IGNORE INTO ledger_settlement (id, household_code, round_id, amount_cents, method, "
        "settled_by, note, site_id, operator, at, hlc) VALUES (:id, :h, :r, :a, :m, :by, :note, :site, "
        ":op, :at, :hlc)"),
        {"id": p["id"], "h": p["household_code"], "r": p["round_id"], "a": int(p["amount_cents"]),
         "m": p.get("method", "cash"), "by": p.get("settled_by", ""), "note": p.get("note", ""),
         "site": rec.site_id, "op": rec.operator, "at": rec.wall, "hlc": rec.hlc})


def _entity(_session: Session, payload: Any) -> str:
    return "l:" + payload["id"]


def _forget(session: Session, ids: list[str]) -> None:
    for i in ids:
        session.execute(text("DELETE FROM ledger_settlement WHERE id = :i"), {"i": i})


PROJECTIONS = {"ledger.settled": Kind(_settled, _entity)}
FORGET = {"l": _forget}


def gather(ctx, scope: Scope | None = None, full_phones: bool = False) -> Ledger:  # noqa: ANN001
    require(ctx, "ledger")
    scope = scope or default_scope(ctx)
    site = ctx.site
    with ctx.read() as s:
        return query(s, scope, site.name, site.site_id, ctx.operator, full_phones)


def query(session: Session, scope: Scope, point: str, site_id: str, operator: str,
          full_phones: bool = False) -> Ledger:
    where, params = scope.where("h.site_id")
    settled: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for row in session.execute(text(
            "SELECT household_code, round_id, amount_cents, method, settled_by, at FROM ledger_settlement "
            "ORDER BY hlc")):
        cents, notes = settled.get((row.household_code, row.round_id), (0, []))
        notes = [*notes, f"{method_label(row.method)} {row.settled_by} {row.at[5:10]}".strip()]
        settled[(row.household_code, row.round_id)] = (cents + row.amount_cents, notes)
    ledger = Ledger(point, site_id, printed_at(), operator)
    for row in session.execute(text(f"""
            SELECT h.household_code AS code, h.round_id, coalesce(r.name, h.round_id) AS round_name,
                   count(*) AS n, sum(h.amount_cents) AS cents,
                   coalesce(hh.building, '') AS building, coalesce(hh.head, '') AS head,
                   coalesce(hh.phone, '') AS phone, coalesce(hh.sort_key, '~') AS sort_key
            FROM handover h LEFT JOIN round r ON r.id = h.round_id
            LEFT JOIN household hh ON hh.code = h.household_code
            WHERE h.payment = 'owed' AND h.voided = 0 AND h.household_code IS NOT NULL AND {where}
            GROUP BY h.household_code, h.round_id
            ORDER BY sort_key, r.date, round_name"""), params):
        cents, notes = settled.get((row.code, row.round_id), (0, []))
        ledger.entries.append(Entry(row.code, row.building, row.head,
                                    row.phone if full_phones else mask_phone(row.phone), row.round_id,
                                    row.round_name, row.n, row.cents or 0, cents, "；".join(notes)))
    return ledger


def settle(ctx, household_code: str, round_id: str, method: str, settled_by: str,  # noqa: ANN001
           amount_cents: int | None = None, note: str = "") -> int:
    """Record that what was paid on a household's behalf for a round is settled (all of what is
    still owed unless `amount_cents` says less). Returns the amount settled."""
    if method not in METHODS:
        raise UserError(translate("Ledger", "结算方式“{method}”无效：应为 cash、qr、transfer 或 waived。").format(
            method=method))
    if not settled_by.strip():
        raise UserError(translate("Ledger", "请写明是谁来结算的（姓名）。"))
    from pickuppoint.services.rounds import records as rounds

    with ctx.write() as w:
        rnd = rounds.get(w.session, round_id)
        owed = w.session.execute(text(
            "SELECT coalesce(sum(amount_cents), 0) FROM handover WHERE payment = 'owed' AND voided = 0 "
            "AND household_code = :h AND round_id = :r"), {"h": household_code, "r": rnd.id}).scalar_one()
        done = w.session.execute(text(
            "SELECT coalesce(sum(amount_cents), 0) FROM ledger_settlement WHERE household_code = :h "
            "AND round_id = :r"), {"h": household_code, "r": rnd.id}).scalar_one()
        outstanding = owed - done
        if outstanding <= 0:
            raise UserError(translate("Ledger", "{household} 在“{round}”没有未结算的代付款。").format(
                household=household_code, round=rnd.name))
        amount = outstanding if amount_cents is None else amount_cents
        if amount <= 0 or amount > outstanding:
            raise UserError(translate("Ledger", "结算金额应在 0.01 到 {max} 元之间。").format(
                max=format_yuan(outstanding)))
        w.append("ledger.settled", {"id": uuid.uuid4().hex, "household_code": household_code,
                                    "round_id": rnd.id, "amount_cents": amount, "method": method,
                                    "settled_by": settled_by.strip(), "note": note.strip()})
    return amount

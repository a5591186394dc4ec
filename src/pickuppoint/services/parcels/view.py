"""A parcel as the counter, the lookup and the CLI show it (one indexed read per parcel)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.numbers import nfkc
from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.payments import due_cents

# Statuses (docs/ARCHITECTURE.md): expected -> received / damaged -> collected; a voided handover
# puts the parcel back to received (damaged if it was); cancelled = withdrawn (services/parcels/cancel.py).
WAITING_STATUSES = ("expected", "received", "damaged")

_COLUMNS = """p.code, p.label, p.round_id, p.household_code, p.point_site, p.order_no, p.recipient, p.phone,
    p.address, p.items, p.amount_cents, p.payment, p.status, p.surplus, p.note, p.received_at,
    p.handover_id, p.entitlement, r.name AS round_name, r.kind AS round_kind, r.item AS round_item,
    r.date AS round_date"""

BY_CODE = text(f"SELECT {_COLUMNS} FROM parcel p JOIN round r ON r.id = p.round_id WHERE p.code = :code")
# what a scan of a label gives: the order number of a supplier's label (or of ours for a manifest
# parcel), indexed; the order number itself for one too short or odd to be a label
_SCANNED_MAX = 50
BY_CODE_OR_LABEL = text(
    f"SELECT {_COLUMNS} FROM parcel p JOIN round r ON r.id = p.round_id "
    f"WHERE p.code IN (:code, :upper) OR p.label = :code LIMIT {_SCANNED_MAX}")
BY_ORDER_NO = text(
    f"SELECT {_COLUMNS} FROM parcel p JOIN round r ON r.id = p.round_id WHERE p.order_no = :code "
    f"LIMIT {_SCANNED_MAX}")
BY_HOUSEHOLD = text(
    f"SELECT {_COLUMNS} FROM parcel p JOIN round r ON r.id = p.round_id "
    "WHERE p.household_code = :household ORDER BY r.date, p.round_id, p.code")
WAITING_OF_HOUSEHOLD = text(
    f"SELECT {_COLUMNS} FROM parcel p JOIN round r ON r.id = p.round_id "
    "WHERE p.household_code = :household AND p.status IN ('expected', 'received', 'damaged') "
    "ORDER BY r.date, p.round_id, p.code")


@dataclass(frozen=True)
class ParcelView:
    code: str
    round_id: str
    round_name: str
    round_kind: str
    round_date: str
    item: str
    household_code: str | None
    recipient: str
    phone: str
    address: str
    order_no: str
    amount_cents: int
    payment: str
    status: str
    surplus: bool
    note: str
    point_site: str
    handover_id: str | None
    entitlement: str = ""  # allocation rounds: the household's packs of one allocation share it
    label: str = ""  # what its label says and a scan gives (the order number of a manifest parcel)

    @property
    def shown(self) -> str:
        """The code as people see it printed on the bag."""
        return self.label or self.code

    @classmethod
    def from_row(cls, row: Any) -> ParcelView:
        return cls(
            code=row.code, round_id=row.round_id, round_name=row.round_name,
            round_kind=row.round_kind, round_date=row.round_date,
            item=row.items or row.round_item or "", household_code=row.household_code,
            recipient=row.recipient, phone=row.phone, address=row.address, order_no=row.order_no,
            amount_cents=row.amount_cents, payment=row.payment, status=row.status,
            surplus=bool(row.surplus), note=row.note, point_site=row.point_site,
            handover_id=row.handover_id, entitlement=row.entitlement, label=row.label,
        )

    @property
    def entitlement_key(self) -> tuple[str | None, str, str]:
        """What one entitlement is: a household's parcels of one allocation in a round (its packs,
        one per N members, go out together or one by one); any other parcel is one of its own."""
        return (self.household_code, self.round_id, self.entitlement or self.code)

    @property
    def due_cents(self) -> int:
        """What is to be paid at the table for this parcel (nothing once it is collected)."""
        return due_cents(self.amount_cents, self.payment) if self.waiting else 0

    @property
    def waiting(self) -> bool:
        return self.status in WAITING_STATUSES

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "status": self.status, "household": self.household_code,
            "round": self.round_id, "round_name": self.round_name, "round_kind": self.round_kind,
            "item": self.item, "amount": format_yuan(self.amount_cents), "payment": self.payment,
            "due": format_yuan(self.due_cents), "recipient": self.recipient, "order_no": self.order_no,
            "point": self.point_site, "surplus": self.surplus, "handover": self.handover_id,
            "label": self.shown,
        }


def normalize_code(code: str) -> str:
    """A code as scanned or typed: full-width characters folded, spaces dropped, and invisible
    characters (a byte-order mark from a pasted CSV, zero-width spaces) dropped too."""
    s = "".join(nfkc(code).split())
    if not s.isascii():
        s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    return s


class AmbiguousScan(UserError):
    """A scanned number that is the label of parcels of several rounds (two rounds, two points
    or two suppliers using the same order number, a 跟团号 used again): nothing is decided; the
    desk asks which parcel it is (`candidates`, each known by its unique code)."""

    def __init__(self, scanned: str, candidates: list[ParcelView]):
        which = "、".join(translate("Parcels", "批次“{round}”的 {code}").format(round=p.round_name, code=p.code)
                         for p in candidates)
        super().__init__(translate(
            "Parcels", "{code} 是 {n} 个批次的包裹（{which}）：请选择是哪一件，选定之前什么都没有登记。").format(
            code=scanned, n=len(candidates), which=which))
        self.scanned = scanned
        self.candidates = candidates
        self.question = translate(  # the desk lists the parcels itself
            "Parcels", "{code} 是 {n} 个批次的包裹：请选择是哪一件，选定之前什么都没有登记。").format(
            code=scanned, n=len(candidates))


def _narrowed(rows: list[ParcelView], keep: Callable[[ParcelView], bool]) -> list[ParcelView]:
    kept = [p for p in rows if keep(p)]
    return kept or rows


def find_parcel(session: Session, code: str, *, round_id: str | None = None,
                site_id: str | None = None,
                statuses: tuple[str, ...] = WAITING_STATUSES) -> ParcelView | None:
    """The parcel a scanned or typed text names: its code (as given, or upper-cased: unique in
    the deployment), else what its label says (an order number, namespaced in the code by its
    round). Several parcels with that label: those of `round_id` (the round being received),
    then of this point (`site_id`), then in one of `statuses` (waiting, for the counter) are
    preferred; still more than one raises AmbiguousScan (the desk asks which)."""
    if not code:
        return None
    # one read: the code as given or upper-cased (unique in the deployment), or the label
    hits = session.execute(BY_CODE_OR_LABEL, {"code": code, "upper": code.upper()}).all()
    exact = next((r for r in hits if r.code == code), None) or next(
        (r for r in hits if r.code == code.upper()), None)
    if exact is not None:
        return ParcelView.from_row(exact)
    found = {r.code: r for r in hits}
    if not found:  # an order number too short or odd to be a label (the parcel got our code)
        found = {r.code: r for r in session.execute(BY_ORDER_NO, {"code": code})}
    rows = [ParcelView.from_row(r) for r in found.values()]
    if len(rows) <= 1:
        return rows[0] if rows else None
    if round_id is not None:
        rows = _narrowed(rows, lambda p: p.round_id == round_id)
    if site_id is not None:
        rows = _narrowed(rows, lambda p: p.point_site in ("", site_id))
    rows = _narrowed(rows, lambda p: p.status in statuses)
    if len(rows) == 1:
        return rows[0]
    rows.sort(key=lambda p: (p.round_date, p.round_name, p.code))
    raise AmbiguousScan(code, rows)


def parcels_of(session: Session, household_code: str, waiting_only: bool = False) -> list[ParcelView]:
    query = WAITING_OF_HOUSEHOLD if waiting_only else BY_HOUSEHOLD
    return [ParcelView.from_row(r) for r in session.execute(query, {"household": household_code})]


def status_label(status: str) -> str:
    labels = {
        "expected": translate("Parcels", "未到货"),
        "received": translate("Parcels", "待领取"),
        "damaged": translate("Parcels", "破损"),
        "collected": translate("Parcels", "已领取"),
        "cancelled": translate("Parcels", "已作废"),
    }
    return labels.get(status, status)

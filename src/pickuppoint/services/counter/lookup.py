"""Finding a parcel without its label: by code, or by the household (`3-2-501`, `32501`, `501`,
a phone or its last four digits, a name), the most likely household first."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.counter.checks import Notice, evaluate
from pickuppoint.services.counter.handover import Card, scan
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.parcels.view import AmbiguousScan, ParcelView, find_parcel, normalize_code, parcels_of


@dataclass
class LookupResult:
    query: str
    parcel: ParcelView | None = None
    households: list[HouseholdData] = field(default_factory=list)  # most likely first

    @property
    def empty(self) -> bool:
        return self.parcel is None and not self.households


QUERY_MAX = 64


def lookup(session: Session, query: str, limit: int = 20) -> LookupResult:
    q = query.strip()
    if not q:
        return LookupResult(q)
    if len(q) > QUERY_MAX:
        raise UserError(translate(
            "Counter", "要查找的内容有 {n} 个字，太长了（最多 {max} 个字）：请输入包裹编号、房号、电话或姓名。").format(
            n=len(q), max=QUERY_MAX))
    try:
        parcel = find_parcel(session, normalize_code(q))
    except AmbiguousScan as exc:  # the number of parcels of several rounds: whose they are
        homes = dict.fromkeys(p.household_code for p in exc.candidates if p.household_code)
        return LookupResult(q, households=[h for h in (households.find(session, c) for c in homes) if h])
    if parcel is not None:
        return LookupResult(q, parcel=parcel)
    return LookupResult(q, households=households.search(session, households.Query(text=q), limit=limit))


def household_parcels(session: Session, household_code: str) -> list[ParcelView]:
    return parcels_of(session, household_code)


def household_card(session: Session, site_id: str, household_code: str) -> Card:
    """The counter card for a household found without a label: its first waiting parcel that may
    go here, with the others listed; refused when nothing is waiting."""
    household = households.get(session, household_code)
    waiting = [p for p in parcels_of(session, household_code, waiting_only=True)
               if p.point_site in ("", site_id)]
    for parcel in waiting:
        refusal, _ = evaluate(session, site_id, parcel)
        if refusal is None:
            return scan(session, site_id, parcel.code)
    if waiting:
        return scan(session, site_id, waiting[0].code)
    return Card(household_code, "refused", Notice("nothing_waiting", translate(
        "Counter", "{code} 没有待领取的包裹。").format(code=household_code)), household=household)

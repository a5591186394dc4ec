"""Door-delivery runs (送货上门): households chosen (by flag, by building, or picked), their
parcels waiting at the point given to one volunteer to carry to the doors; a delivery sheet; then
the run's parcels marked delivered, all at once or household by household, each as a handover of
kind `door` by that volunteer through the counter's own service (so the till, the receipts, the
reports and the ledger see them like any other handover).

Record kind `run.created` {id, volunteer, volunteer_phone, note, parcels: [{code, household_code}]};
projection: a `delivery_run` row and a `delivery_run_parcel` row per parcel."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.flags import FLAGS, flag_label, unpack_flags
from pickuppoint.domain.phone import normalize_phone
from pickuppoint.errors import UserError
from pickuppoint.eventlog.clock import local_time
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.counter.payments import due_cents
from pickuppoint.services.lists.scope import Scope, default_scope


def _created(session: Session, rec: Rec) -> None:
    p = rec.data
    session.execute(
        text(
            "INSERT OR IGNORE INTO delivery_run (id, volunteer, volunteer_phone, note, site_id, operator, at, hlc) "
            "VALUES (:id, :v, :ph, :note, :site, :op, :at, :hlc)"
        ),
        {
            "id": p["id"],
            "v": p["volunteer"],
            "ph": p.get("volunteer_phone", ""),
            "note": p.get("note", ""),
            "site": rec.site_id,
            "op": rec.operator,
            "at": rec.wall,
            "hlc": rec.hlc,
        },
    )
    session.execute(
        text("INSERT OR IGNORE INTO delivery_run_parcel (run_id, parcel_code, household_code) VALUES (:r, :c, :h)"),
        [{"r": p["id"], "c": x["code"], "h": x["household_code"]} for x in p["parcels"]],
    )


def _entity(_session: Session, payload: Any) -> str:
    return "d:" + payload["id"]


def _forget(session: Session, ids: list[str]) -> None:
    for i in ids:
        session.execute(text("DELETE FROM delivery_run_parcel WHERE run_id = :i"), {"i": i})
        session.execute(text("DELETE FROM delivery_run WHERE id = :i"), {"i": i})


PROJECTIONS = {"run.created": Kind(_created, _entity)}
FORGET = {"d": _forget}


@dataclass(frozen=True)
class Candidate:
    """A household with parcels waiting at the point and not on a run yet."""

    code: str
    head: str
    phone: str
    flags: tuple[str, ...]
    parcels: tuple[str, ...]

    @property
    def flag_words(self) -> str:
        return "、".join(flag_label(f) for f in self.flags)


def candidates(session: Session, scope: Scope, flag: str | None = None, building: str | None = None) -> list[Candidate]:
    where, params = scope.where("p.point_site")
    if flag and flag not in FLAGS:
        raise UserError(
            translate("Runs", "未知的标记“{flag}”：可用的标记有 {flags}。").format(flag=flag, flags="、".join(FLAGS))
        )
    if flag:
        where += " AND h.flags LIKE :flag"
        params["flag"] = f"%,{flag},%"
    if building:
        where += " AND h.building = :b"
        params["b"] = building
    rows = session.execute(
        text(f"""
        SELECT h.code, h.head, h.phone, h.flags, group_concat(p.code, ' ') AS codes
        FROM parcel p JOIN household h ON h.code = p.household_code
        WHERE p.status IN ('received', 'damaged') AND p.surplus = 0 AND {where}
          AND NOT EXISTS (SELECT 1 FROM delivery_run_parcel rp WHERE rp.parcel_code = p.code)
        GROUP BY h.code ORDER BY min(p.sort_key)"""),
        params,
    ).all()
    return [
        Candidate(r.code, r.head, r.phone, tuple(unpack_flags(r.flags)), tuple(sorted(r.codes.split()))) for r in rows
    ]


def create(
    ctx,
    households: list[str],
    volunteer: str,
    volunteer_phone: str = "",  # noqa: ANN001
    note: str = "",
    scope: Scope | None = None,
) -> str:
    """A run of every waiting parcel (not on another run) of these households; returns its id."""
    volunteer = volunteer.strip()
    if not volunteer:
        raise UserError(translate("Runs", "请填写送货志愿者的姓名。"))
    phone = ""
    if volunteer_phone.strip():
        phone = normalize_phone(volunteer_phone) or ""
        if not phone:
            raise UserError(translate("Runs", "志愿者电话“{phone}”不是有效的电话号码。").format(phone=volunteer_phone))
    if not households:
        raise UserError(translate("Runs", "请至少选择一户。"))
    scope = scope or default_scope(ctx)
    run_id = uuid.uuid4().hex[:8].upper()
    with ctx.write() as w:
        waiting = {c.code: c for c in candidates(w.session, scope)}
        missing = [h for h in households if h not in waiting]
        if missing:
            raise UserError(
                translate("Runs", "{households} 没有在点待领、且未安排送货的包裹。").format(
                    households="、".join(missing[:5])
                )
            )
        parcels = [
            {"code": code, "household_code": h} for h in dict.fromkeys(households) for code in waiting[h].parcels
        ]
        w.append(
            "run.created",
            {"id": run_id, "volunteer": volunteer, "volunteer_phone": phone, "note": note.strip(), "parcels": parcels},
        )
    return run_id


@dataclass
class Stop:
    """One household on a run: its parcels, what is due, whether they were handed over."""

    household_code: str
    head: str
    phone: str
    flags: tuple[str, ...]
    parcels: list[tuple[str, str, str]] = field(default_factory=list)  # (code, item, status)
    due_cents: int = 0
    labels: dict[str, str] = field(default_factory=dict)  # code -> what its label says

    def shown(self, code: str) -> str:
        """A parcel's code as printed on the bag (a manifest parcel's order number)."""
        return self.labels.get(code, code)

    @property
    def delivered(self) -> bool:
        return all(status == "collected" for _c, _i, status in self.parcels)

    @property
    def waiting_codes(self) -> list[str]:
        return [c for c, _i, status in self.parcels if status in ("received", "damaged", "expected")]


@dataclass
class Run:
    id: str
    volunteer: str
    volunteer_phone: str
    note: str
    created_at: str
    point: str = ""
    site_id: str = ""
    stops: list[Stop] = field(default_factory=list)

    @property
    def parcels(self) -> int:
        return sum(len(s.parcels) for s in self.stops)

    @property
    def delivered(self) -> int:
        return sum(1 for s in self.stops for _c, _i, st in s.parcels if st == "collected")

    @property
    def due_cents(self) -> int:
        return sum(s.due_cents for s in self.stops)


def runs(session: Session) -> list[Run]:
    """Every run, newest first (stops not loaded)."""
    return [
        Run(r.id, r.volunteer, r.volunteer_phone, r.note, local_time(r.at))
        for r in session.execute(text("SELECT * FROM delivery_run ORDER BY hlc DESC"))
    ]


def get(ctx, run_id: str) -> Run:  # noqa: ANN001 - Context
    site = ctx.site
    with ctx.read() as s:
        row = s.execute(text("SELECT * FROM delivery_run WHERE id = :i"), {"i": run_id.strip().upper()}).first()
        if row is None:
            raise UserError(translate("Runs", "没有编号为“{run}”的送货单。").format(run=run_id))
        run = Run(row.id, row.volunteer, row.volunteer_phone, row.note, local_time(row.at), site.name, site.site_id)
        for r in s.execute(
            text("""
                SELECT rp.household_code, coalesce(h.head, '') AS head, coalesce(h.phone, '') AS phone,
                       coalesce(h.flags, '') AS flags, p.code, coalesce(nullif(p.label, ''), p.code) AS shown,
                       coalesce(nullif(p.items, ''), rd.item, '') AS item,
                       p.status, p.amount_cents, p.payment
                FROM delivery_run_parcel rp JOIN parcel p ON p.code = rp.parcel_code
                JOIN round rd ON rd.id = p.round_id LEFT JOIN household h ON h.code = rp.household_code
                WHERE rp.run_id = :i ORDER BY p.sort_key, p.code"""),
            {"i": row.id},
        ):
            if not run.stops or run.stops[-1].household_code != r.household_code:
                run.stops.append(Stop(r.household_code, r.head, r.phone, tuple(unpack_flags(r.flags))))
            stop = run.stops[-1]
            stop.parcels.append((r.code, r.item, r.status))
            stop.labels[r.code] = r.shown
            if r.status != "collected":
                stop.due_cents += due_cents(r.amount_cents, r.payment)
    return run


def deliver(ctx, run_id: str, households: list[str] | None = None, payment: str = "owed") -> int:  # noqa: ANN001
    """Hand the run's waiting parcels over as `door` by its volunteer: every household's, or
    those named. What is due is settled as `payment` (default: paid on behalf, to settle later;
    `cash` or `qr` when the volunteer took the money). Returns the parcels handed over."""
    from pickuppoint.services.counter.handover import hand_over
    from pickuppoint.services.counter.payments import Collector, Payment

    run = get(ctx, run_id)
    chosen = [s for s in run.stops if households is None or s.household_code in households]
    if households is not None:
        unknown = set(households) - {s.household_code for s in run.stops}
        if unknown:
            raise UserError(
                translate("Runs", "{households} 不在这张送货单上。").format(households="、".join(sorted(unknown)))
            )
    done = 0
    for stop in chosen:
        codes = stop.waiting_codes
        if not codes:
            continue
        hand_over(
            ctx,
            codes,
            Collector("door", run.volunteer, run.volunteer_phone),
            Payment(payment if stop.due_cents else "none"),
        )
        done += len(codes)
    return done


def run_of(session: Session, parcel_code: str) -> tuple[str, str] | None:
    """(run id, volunteer) when the parcel is on a door-delivery run."""
    row = session.execute(
        text(
            "SELECT r.id, r.volunteer FROM delivery_run_parcel rp JOIN delivery_run r ON r.id = rp.run_id "
            "WHERE rp.parcel_code = :c ORDER BY r.hlc DESC LIMIT 1"
        ),
        {"c": parcel_code},
    ).first()
    return (row.id, row.volunteer) if row else None

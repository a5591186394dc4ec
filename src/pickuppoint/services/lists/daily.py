"""The day's report (日报, due at 17:30): what arrived, by round; what was handed over (in person,
by a proxy, at the door); what is still waiting at the end of the day; handovers voided and
parcels found damaged; the money taken by payment mode and what was paid on the households'
behalf; and the short text the street office wants pasted into the WeChat work group.

All figures come from the derived tables the counter and receiving write (`handover`, `parcel`)
and, for damage, from the log itself; the day is the laptop's local calendar day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.eventlog.clock import iso
from pickuppoint.i18n import translate
from pickuppoint.money import format_yuan
from pickuppoint.services.counter.shift import hlc_of
from pickuppoint.services.lists.scope import Scope, default_scope, printed_at
from pickuppoint.services.operators.roles import require

COLLECTED = ("cash", "qr")  # money taken at the table
MODES = ("cash", "qr", "prepaid", "owed", "waived", "none")


@dataclass
class RoundLine:
    round_id: str
    name: str
    received: int = 0  # parcels that arrived this day (surplus included)
    surplus: int = 0
    handed_over: int = 0
    uncollected: int = 0  # at the point at the end of the day, not collected


@dataclass
class DailyReport:
    point: str
    site_id: str
    day: date
    printed_at: str
    operator: str
    rounds: list[RoundLine] = field(default_factory=list)
    received: int = 0
    handed_over: int = 0
    by_collector: dict[str, int] = field(default_factory=dict)  # household, proxy, door
    visits: int = 0
    uncollected: int = 0
    voided: int = 0
    damaged: int = 0
    by_mode: dict[str, tuple[int, int]] = field(default_factory=dict)  # mode -> (parcels, fen)
    owed_outstanding: tuple[int, int] = (0, 0)  # every handover paid on behalf so far: (parcels, fen)
    settled_cents: int = 0  # of that, settled by the end of the day (the ledger's settlements)

    def cents(self, mode: str) -> int:
        return self.by_mode.get(mode, (0, 0))[1]

    def count(self, mode: str) -> int:
        return self.by_mode.get(mode, (0, 0))[0]

    @property
    def collected_cents(self) -> int:
        """Money taken at the table (cash and QR payments)."""
        return sum(self.cents(m) for m in COLLECTED)

    def to_json(self) -> dict[str, Any]:
        return {
            "point": self.point,
            "site_id": self.site_id,
            "date": self.day.isoformat(),
            "received": self.received,
            "handed_over": self.handed_over,
            "by_collector": {k: self.by_collector.get(k, 0) for k in ("household", "proxy", "door")},
            "uncollected": self.uncollected,
            "voided": self.voided,
            "damaged": self.damaged,
            "collected": format_yuan(self.collected_cents),
            "by_mode": {m: {"count": c, "amount": format_yuan(a)} for m, (c, a) in sorted(self.by_mode.items())},
            "owed_today": format_yuan(self.cents("owed")),
            "owed_outstanding": format_yuan(self.owed_outstanding[1]),
            "owed_settled": format_yuan(self.settled_cents),
            "rounds": [
                {
                    "round": r.name,
                    "received": r.received,
                    "surplus": r.surplus,
                    "handed_over": r.handed_over,
                    "uncollected": r.uncollected,
                }
                for r in self.rounds
            ],
            "wechat": wechat_text(self),
        }


def parse_day(value: str | None) -> date:
    if not value:
        return datetime.now().astimezone().date()
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise UserError(
            translate("Report", "日期“{date}”无效：请写成 YYYY-MM-DD，例如 2022-04-10。").format(date=value)
        ) from exc


def day_bounds(day: date) -> tuple[str, str]:
    """The local calendar day as stored UTC times [start, end)."""
    tz = datetime.now().astimezone().tzinfo
    start = datetime.combine(day, time(0), tz)
    return iso(start), iso(start + timedelta(days=1))


def gather(ctx, day: date, scope: Scope | None = None) -> DailyReport:  # noqa: ANN001 - Context
    require(ctx, "reports")
    scope = scope or default_scope(ctx)
    site = ctx.site
    with ctx.read() as s:
        return query(s, day, scope, site.name, site.site_id, ctx.operator)


def query(session: Session, day: date, scope: Scope, point: str, site_id: str, operator: str) -> DailyReport:
    start, end = day_bounds(day)
    report = DailyReport(point, site_id, day, printed_at(), operator)
    parcel_where, params = scope.where("p.point_site")
    handover_where, hparams = scope.where("h.site_id")
    params.update(hparams)
    params.update({"start": start, "end": end, "h0": hlc_of(start), "h1": hlc_of(end)})
    lines: dict[str, RoundLine] = {}

    def line(rid: str, name: str) -> RoundLine:
        if rid not in lines:
            lines[rid] = RoundLine(rid, name)
        return lines[rid]

    for r in session.execute(
        text(f"""
            SELECT p.round_id, r.name, count(*) AS n, sum(p.surplus) AS surplus
            FROM parcel p JOIN round r ON r.id = p.round_id
            WHERE p.received_at >= :start AND p.received_at < :end AND p.status != 'cancelled'
              AND {parcel_where}
            GROUP BY p.round_id ORDER BY r.date, r.name"""),
        params,
    ):
        rl = line(r.round_id, r.name)
        rl.received, rl.surplus = r.n, r.surplus or 0
    for r in session.execute(
        text(f"""
            SELECT h.round_id, coalesce(r.name, h.round_id) AS name, h.collector_kind, h.payment,
                   count(*) AS n, sum(h.amount_cents) AS cents, count(DISTINCT h.visit_id) AS visits
            FROM handover h LEFT JOIN round r ON r.id = h.round_id
            WHERE h.hlc >= :h0 AND h.hlc < :h1 AND h.voided = 0 AND {handover_where}
            GROUP BY h.round_id, h.collector_kind, h.payment"""),
        params,
    ):
        line(r.round_id, r.name).handed_over += r.n
        report.by_collector[r.collector_kind] = report.by_collector.get(r.collector_kind, 0) + r.n
        count, cents = report.by_mode.get(r.payment, (0, 0))
        report.by_mode[r.payment] = (count + r.n, cents + (r.cents or 0))
    report.visits = session.execute(
        text(
            f"SELECT count(DISTINCT h.visit_id) FROM handover h WHERE h.hlc >= :h0 AND h.hlc < :h1 "
            f"AND h.voided = 0 AND {handover_where}"
        ),
        params,
    ).scalar_one()
    if end > iso(datetime.now().astimezone()):  # the day is not over: what is at the point now
        for r in session.execute(text("SELECT id, name FROM round")).all():
            n = session.execute(
                text(
                    f"SELECT count(*) FROM parcel p WHERE p.round_id = :r AND p.status IN ('received', 'damaged') "
                    f"AND p.surplus = 0 AND {parcel_where}"
                ),
                {**params, "r": r.id},
            ).scalar_one()
            if n:
                line(r.id, r.name).uncollected = n
    else:  # at the point at the end of that day: arrived by then, no handover standing at that moment
        for r in session.execute(
            text(f"""
                SELECT p.round_id, r.name, count(*) AS n
                FROM parcel p JOIN round r ON r.id = p.round_id
                WHERE p.received_at < :end AND p.surplus = 0 AND p.status != 'cancelled' AND {parcel_where}
                  AND NOT EXISTS (SELECT 1 FROM handover h WHERE h.parcel_code = p.code AND h.hlc < :h1
                                  AND (h.voided = 0 OR h.voided_at >= :end))
                GROUP BY p.round_id"""),
            params,
        ):
            line(r.round_id, r.name).uncollected = r.n
    report.voided = session.execute(
        text(
            f"SELECT count(*) FROM handover h WHERE h.voided = 1 AND h.voided_at >= :start "
            f"AND h.voided_at < :end AND {handover_where}"
        ),
        params,
    ).scalar_one()
    report.damaged = session.execute(
        text(f"""
        SELECT count(DISTINCT json_extract(rec.payload, '$.code')) FROM record rec
        JOIN parcel p ON p.code = json_extract(rec.payload, '$.code')
        WHERE rec.hlc >= :h0 AND rec.hlc < :h1 AND rec.kind IN ('parcel.damaged', 'parcel.received')
          AND (rec.kind = 'parcel.damaged' OR json_extract(rec.payload, '$.damaged') = 1)
          AND {parcel_where}"""),
        params,
    ).scalar_one()
    owed = session.execute(
        text(
            f"SELECT count(*), coalesce(sum(h.amount_cents), 0) FROM handover h WHERE h.payment = 'owed' "
            f"AND h.voided = 0 AND h.hlc < :h1 AND {handover_where}"
        ),
        params,
    ).one()
    report.owed_outstanding = (owed[0], owed[1])
    settled_where, settled_params = scope.where("s.site_id")
    report.settled_cents = session.execute(
        text(f"SELECT coalesce(sum(s.amount_cents), 0) FROM ledger_settlement s WHERE s.at < :end AND {settled_where}"),
        {**settled_params, "end": end},
    ).scalar_one()
    report.rounds = [rl for rl in lines.values() if rl.received or rl.handed_over or rl.uncollected]
    report.received = sum(rl.received for rl in report.rounds)
    report.handed_over = sum(rl.handed_over for rl in report.rounds)
    report.uncollected = sum(rl.uncollected for rl in report.rounds)
    return report


def _n(value: int) -> str:
    return f"{value:,}"


def _yuan(cents: int) -> str:
    whole, fen = divmod(cents, 100)
    return f"￥{whole:,}.{fen:02d}"


def wechat_text(r: DailyReport) -> str:
    """What street offices post in the work group, one paragraph, ready to paste."""
    t = translate(
        "Report",
        "{point} {month}月{day}日：到货 {received} 件，已发放 {handed} 件（代领 {proxy}，"
        "送货上门 {door}），未领取 {uncollected} 件，收款 {collected}（现金 {cash}，扫码 {qr}）",
    ).format(
        point=r.point,
        month=r.day.month,
        day=r.day.day,
        received=_n(r.received),
        handed=_n(r.handed_over),
        proxy=_n(r.by_collector.get("proxy", 0)),
        door=_n(r.by_collector.get("door", 0)),
        uncollected=_n(r.uncollected),
        collected=_yuan(r.collected_cents),
        cash=_yuan(r.cents("cash")),
        qr=_yuan(r.cents("qr")),
    )
    if r.count("owed"):
        t += translate("Report", "，代付记账 {amount}（{n} 件）").format(
            amount=_yuan(r.cents("owed")), n=_n(r.count("owed"))
        )
    if r.voided:
        t += translate("Report", "，作废 {n} 件").format(n=_n(r.voided))
    if r.damaged:
        t += translate("Report", "，破损 {n} 件").format(n=_n(r.damaged))
    return t + translate("Report", "。")

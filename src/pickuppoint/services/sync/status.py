"""Where sync stands: per point on the coordinator, and this point's own state."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.i18n import translate
from pickuppoint.services.sync import settings
from pickuppoint.services.sync.gaps import gaps


@dataclass
class PointState:
    site_id: str
    name: str
    records: int  # records of this point in the log here
    held: int  # records waiting after a gap
    contiguous_to: int
    gaps: list[tuple[int, int]]
    last_batch_at: str | None
    last_batch_records: int
    fingerprint: str
    update_version: int

    def as_json(self) -> dict[str, Any]:
        return {"site_id": self.site_id, "name": self.name, "records": self.records + self.held,
                "contiguous_to": self.contiguous_to, "gaps": [list(g) for g in self.gaps],
                "held": self.held, "last_batch_at": self.last_batch_at,
                "fingerprint": self.fingerprint}

    def gap_text(self) -> list[str]:
        return [translate("Sync", "缺 {a}–{b} 号，{name}").format(a=a, b=b, name=self.name)
                if a != b else translate("Sync", "缺 {a} 号，{name}").format(a=a, name=self.name)
                for a, b in self.gaps]


@dataclass
class HubState:
    points: list[PointState]
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def hub_state(s: Session) -> HubState:
    points = []
    for row in s.execute(text("SELECT * FROM sync_point ORDER BY site_id")).all():
        records = s.execute(text("SELECT count(*) FROM record WHERE site_id = :s"),
                            {"s": row.site_id}).scalar_one()
        held = s.execute(text("SELECT count(*) FROM sync_held WHERE site_id = :s"),
                         {"s": row.site_id}).scalar_one()
        points.append(PointState(row.site_id, row.name, records, held, row.contiguous_to,
                                 gaps(s, row.site_id, row.contiguous_to), row.last_batch_at,
                                 row.last_batch_records, row.fingerprint, row.update_version))
    return HubState(points, open_conflicts(s))


ENTITY_KEYS = {"p": "parcel", "h": "household", "r": "round", "s": "site"}


def open_conflicts(s: Session) -> list[dict[str, Any]]:
    """The log's conflicts (derived, eventlog/ingest) not yet closed by a resolution: each with
    every record involved and the provisional winner; `parcel` (or `household`, `round`) names
    what it is about."""
    if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'conflict'")).first() is None:
        return []
    rows = s.execute(text(
        "SELECT c.id, c.kind, c.entity, c.subject, c.records, c.winner FROM conflict c "
        "WHERE NOT EXISTS (SELECT 1 FROM resolution r WHERE r.conflict_id = c.id) "
        "ORDER BY c.entity, c.id")).all()
    out = []
    for row in rows:
        prefix, _, key = row.entity.partition(":")
        item: dict[str, Any] = {ENTITY_KEYS.get(prefix, "entity"): key or row.entity,
                                "id": row.id, "kind": row.kind, "subject": row.subject,
                                "records": json.loads(row.records), "winner": row.winner}
        out.append(item)
    return out


@dataclass(frozen=True)
class Resolved:
    conflict: dict[str, Any]  # as open_conflicts gives it
    chosen: str  # the record that stands
    operator: str
    reason: str
    at: str


def resolved_conflicts(s: Session, limit: int = 20) -> list[Resolved]:
    """The latest conflicts closed, with who chose which record and why (newest first)."""
    if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'conflict'")).first() is None:
        return []
    rows = s.execute(text(
        "SELECT c.id, c.kind, c.entity, c.subject, c.records, c.winner, r.chosen, r.operator, r.reason, r.at "
        "FROM resolution r JOIN conflict c ON c.id = r.conflict_id ORDER BY r.at DESC LIMIT :n"),
        {"n": limit}).all()
    out = []
    for row in rows:
        prefix, _, key = row.entity.partition(":")
        item = {ENTITY_KEYS.get(prefix, "entity"): key or row.entity, "id": row.id, "kind": row.kind,
                "subject": row.subject, "records": json.loads(row.records), "winner": row.winner}
        out.append(Resolved(item, row.chosen, row.operator, row.reason, row.at))
    return out


@dataclass
class PointSelf:
    site_id: str
    hub_name: str
    enrolled: bool
    last_seq: int
    acked: int
    update_version: int
    last_export_seq: int
    last_export_at: str
    last_folder: str

    @property
    def unacked(self) -> int:
        return max(0, self.last_seq - self.acked)

    def as_json(self) -> dict[str, Any]:
        return {"site_id": self.site_id, "enrolled": self.enrolled, "records": self.last_seq,
                "acknowledged_to": self.acked, "not_acknowledged": self.unacked,
                "update_version": self.update_version, "last_export_to": self.last_export_seq,
                "last_export_at": self.last_export_at or None}


def point_state(s: Session) -> PointSelf:
    me = settings.load(s)
    last_seq = s.execute(text("SELECT last_seq FROM site WHERE is_self = 1")).scalar_one()
    parts = (settings.get(s, settings.LAST_EXPORT) or "").split("|")
    return PointSelf(me.site_id, me.hub.name if me.hub else "", me.hub is not None, last_seq,
                     int(settings.get(s, settings.ACKED, "0") or 0),
                     int(settings.get(s, settings.UPDATE_VERSION, "0") or 0),
                     int(parts[0]) if parts[0] else 0, parts[2] if len(parts) > 2 else "",
                     parts[3] if len(parts) > 3 else "")


@dataclass(frozen=True)
class RoundProgress:
    round_name: str
    site_id: str
    parcels: int
    received: int
    collected: int


def round_progress(s: Session) -> list[RoundProgress]:
    """Per round and point: parcels, at the point (received or later), handed over."""
    rows = s.execute(text(
        "SELECT r.name, p.point_site, count(*) AS n, "
        "sum(p.status IN ('received', 'collected', 'damaged')) AS received, "
        "sum(p.status = 'collected') AS collected "
        "FROM parcel p JOIN round r ON r.id = p.round_id "
        "WHERE p.status != 'cancelled' "
        "GROUP BY r.id, p.point_site ORDER BY r.date DESC, r.name, p.point_site")).all()
    return [RoundProgress(r.name, r.point_site, r.n, r.received or 0, r.collected or 0) for r in rows]


@dataclass(frozen=True)
class RecordLine:
    id: str
    site_id: str
    seq: int
    kind: str
    wall: str
    operator: str


def records_of(s: Session, ids: list[str]) -> list[RecordLine]:
    """The records a conflict names, for a person to compare (in the conflict's order)."""
    found = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        params = {f"r{n}": r for n, r in enumerate(part)}
        marks = ", ".join(f":r{n}" for n in range(len(part)))
        for row in s.execute(text(f"SELECT id, site_id, seq, kind, wall, operator FROM record "
                                  f"WHERE id IN ({marks})"), params):
            found[row.id] = RecordLine(row.id, row.site_id, row.seq, row.kind, row.wall, row.operator)
    return [found[i] for i in ids if i in found]


def status_line(s: Session) -> str:
    """One line for the status bar: where sync stands for this database ("" before any set-up)."""
    me = settings.load(s)
    if me.role == "coordinator" and me.deployment:
        state = hub_state(s)
        gaps_n = sum(len(p.gaps) for p in state.points)
        return translate("Sync", "同步：{n} 个接驳点，{g} 处缺口，{c} 个冲突待处理").format(
            n=len(state.points), g=gaps_n, c=len(state.conflicts))
    if me.hub is None:
        return ""
    mine = point_state(s)
    if mine.unacked:
        return translate("Sync", "已同步至 #{n}，{k} 条待确认").format(n=mine.acked, k=mine.unacked)
    return translate("Sync", "已同步至 #{n}").format(n=mine.acked)

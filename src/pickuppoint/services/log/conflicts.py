"""Conflicts: records from different sites that disagree, kept as data (table `conflict`).

Kinds (`conflict.kind`):
- `double_handover`: one parcel handed over twice (at one point or two);
- `entitlement`: one household's entitlement of an allocation round used twice;
- `household_field`: one household field changed at two sites, neither having seen the other;
- `household_removed`: a household edited at one site that another had removed (it stays removed);
- `surplus_listed`: a code recorded as a surplus parcel that a list also names;
- `parcel_twice`: one parcel code added by two lists.

Each names every record involved (lowest `(hlc, site_id, seq)` first) and its provisional winner
(that first record: the state follows it). A conflict is closed only by a `conflict.resolved`
record {conflict_id, chosen, reason} (entity 'c:<conflict id>'); the first one in clock order
counts (table `resolution`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import NotFound, UserError
from pickuppoint.eventlog.log import Rec, dbapi
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate


def _entity(_session: Session, payload: Any) -> str:
    return "c:" + payload["conflict_id"]


def _resolved(session: Session, rec: Rec) -> None:
    p = rec.payload
    session.execute(text(
        "INSERT OR IGNORE INTO resolution (conflict_id, record_id, chosen, operator, reason, at) "
        "VALUES (:c, :r, :chosen, :op, :reason, :at)"),
        {"c": p["conflict_id"], "r": rec.id, "chosen": p.get("chosen", ""), "op": rec.operator,
         "reason": p.get("reason", ""), "at": rec.wall})


def _forget(session: Session, ids: list[str]) -> None:
    dbapi(session).executemany("DELETE FROM resolution WHERE conflict_id = ?", [(i,) for i in ids])


PROJECTIONS = {"conflict.resolved": Kind(_resolved, _entity)}
FORGET = {"c": _forget}


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    subject: str
    records: list[str]
    winner: str
    resolved: bool
    chosen: str = ""
    resolved_by: str = ""
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "subject": self.subject,
                "records": self.records, "winner": self.winner, "resolved": self.resolved,
                "chosen": self.chosen or None, "resolved_by": self.resolved_by or None,
                "reason": self.reason or None}


_SELECT = ("SELECT c.id, c.kind, c.subject, c.records, c.winner, r.chosen, r.operator, r.reason "
           "FROM conflict AS c LEFT JOIN resolution AS r ON r.conflict_id = c.id")


def _view(row: Any) -> ConflictView:
    return ConflictView(row.id, row.kind, row.subject, json.loads(row.records), row.winner,
                        row.chosen is not None, row.chosen or "", row.operator or "",
                        row.reason or "")


def conflicts(session: Session, open_only: bool = False) -> list[ConflictView]:
    where = " WHERE r.conflict_id IS NULL" if open_only else ""
    return [_view(r) for r in session.execute(text(_SELECT + where + " ORDER BY c.id"))]


def resolve(ctx, conflict_id: str, chosen: str, reason: str) -> ConflictView:  # noqa: ANN001
    """Close a conflict: `chosen` is the record that stands (one of the conflict's records)."""
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Conflicts", "处理冲突时请写明理由。"))
    with ctx.write() as w:
        row = w.session.execute(text(_SELECT + " WHERE c.id = :i"), {"i": conflict_id}).first()
        if row is None:
            raise NotFound(translate("Conflicts", "没有编号为 {id} 的冲突。").format(id=conflict_id))
        found = _view(row)
        if found.resolved:
            raise UserError(translate("Conflicts", "冲突 {id} 已经处理过了。").format(id=conflict_id))
        if chosen not in found.records:
            raise UserError(translate("Conflicts", "记录 {record} 不在冲突 {id} 里。").format(
                record=chosen, id=conflict_id))
        w.append("conflict.resolved", {"conflict_id": conflict_id, "chosen": chosen,
                                       "reason": reason})
        row = w.session.execute(text(_SELECT + " WHERE c.id = :i"), {"i": conflict_id}).first()
    return _view(row)

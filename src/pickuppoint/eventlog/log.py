"""Appending records and deriving state from them."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session

from pickuppoint.eventlog import clock
from pickuppoint.store.models import Record, Site


@dataclass(frozen=True)
class Rec:
    id: str
    site_id: str
    seq: int
    hlc: int
    wall: str
    operator: str
    kind: str
    payload: dict[str, Any]
    hash: str

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "site_id": self.site_id, "seq": self.seq, "hlc": self.hlc,
            "wall": self.wall, "operator": self.operator, "kind": self.kind,
            "payload": canonical(self.payload), "hash": self.hash,
        }

    @classmethod
    def from_row(cls, row: Any) -> Rec:
        return cls(row.id, row.site_id, row.seq, row.hlc, row.wall, row.operator, row.kind,
                   json.loads(row.payload), row.hash)


Projection = Callable[[Session, Rec], None]
BulkProjection = Callable[[Session, Sequence[Rec]], None]
_PROJECTIONS: dict[str, Projection] = {}
_BULK: dict[str, BulkProjection] = {}


def projection(kind: str) -> Callable[[Projection], Projection]:
    """Register how a record kind changes the derived state (must be deterministic)."""

    def register(fn: Projection) -> Projection:
        _PROJECTIONS[kind] = fn
        return fn

    return register


def bulk_projection(kind: str) -> Callable[[BulkProjection], BulkProjection]:
    """A faster equivalent of `projection(kind)` for many records at once (imports, rebuild)."""

    def register(fn: BulkProjection) -> BulkProjection:
        _BULK[kind] = fn
        return fn

    return register


def projections() -> dict[str, Projection]:
    from pickuppoint.services import projections as _all  # noqa: F401  (registers them)

    return _PROJECTIONS


def apply(session: Session, recs: Sequence[Rec]) -> None:
    """Apply records to the derived state, in order; consecutive runs of a kind go in bulk."""
    table = projections()
    i = 0
    while i < len(recs):
        kind = recs[i].kind
        j = i
        while j < len(recs) and recs[j].kind == kind:
            j += 1
        run = recs[i:j]
        if kind in _BULK and len(run) > 1:
            _BULK[kind](session, run)
        else:
            fn = table.get(kind)
            if fn is not None:  # kinds with no state (e.g. site.initialized) only live in the log
                for rec in run:
                    fn(session, rec)
        i = j


def canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(prev_hash: str, rec_fields: Iterable[Any]) -> str:
    text = prev_hash + "\n" + json.dumps(list(rec_fields), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_of(prev_hash: str, rec: Rec) -> str:
    return record_hash(prev_hash, (rec.id, rec.site_id, rec.seq, rec.hlc, rec.wall, rec.operator,
                                   rec.kind, canonical(rec.payload)))


class Writer:
    """Appends this site's records inside one write transaction and applies them at once.

    Use through `services.context.Context.write()`; the transaction commits when the block ends,
    so records and the state derived from them land together or not at all."""

    def __init__(self, session: Session, operator: str):
        self.session = session
        self.operator = operator
        site = session.execute(select(Site).where(Site.is_self == True)).scalars().one()  # noqa: E712
        self.site_id = site.site_id
        self._seq = site.last_seq
        self._hash = site.last_hash
        self._hlc = site.last_hlc
        self.written: list[Rec] = []

    def _make(self, kind: str, payload: dict[str, Any]) -> Rec:
        self._seq += 1
        self._hlc = clock.tick(self._hlc)
        rec = Rec(uuid.uuid4().hex, self.site_id, self._seq, self._hlc, clock.utc_now_iso(),
                  self.operator, kind, payload, "")
        h = hash_of(self._hash, rec)
        self._hash = h
        return Rec(**{**rec.__dict__, "hash": h})

    def append(self, kind: str, payload: dict[str, Any]) -> Rec:
        return self.append_many(kind, [payload])[0]

    def append_many(self, kind: str, payloads: Sequence[dict[str, Any]]) -> list[Rec]:
        if not payloads:
            return []
        recs = [self._make(kind, p) for p in payloads]
        self.session.execute(insert(Record), [r.row() for r in recs])
        self.session.execute(
            update(Site).where(Site.site_id == self.site_id)
            .values(last_seq=self._seq, last_hash=self._hash, last_hlc=self._hlc)
        )
        apply(self.session, recs)
        self.written.extend(recs)
        return recs

    @property
    def last_hlc(self) -> int:
        return self._hlc

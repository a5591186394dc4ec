"""Appending records and deriving state from them."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog import clock


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
    from pickuppoint.services.log import registry as _all  # noqa: F401  (registers them)

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


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_FIELDS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_quote = json.encoder.encode_basestring  # a str as JSON, as json.dumps(ensure_ascii=False)


def canonical(payload: dict[str, Any]) -> str:
    return _CANONICAL.encode(payload)


def record_hash(prev_hash: str, rec_fields: Iterable[Any]) -> str:
    """SHA-256 of the previous hash, a newline and the record's fields as a compact JSON list
    (json.dumps(list, ensure_ascii=False, separators=(",", ":")); strings and integers are
    written directly, byte for byte what json.dumps writes)."""
    fields = list(rec_fields)
    if all(type(f) is str or type(f) is int for f in fields):
        body = "[" + ",".join(_quote(f) if type(f) is str else int.__repr__(f)
                              for f in fields) + "]"
    else:
        body = _FIELDS.encode(fields)
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def hash_of(prev_hash: str, rec: Rec) -> str:
    return record_hash(prev_hash, (rec.id, rec.site_id, rec.seq, rec.hlc, rec.wall, rec.operator,
                                   rec.kind, canonical(rec.payload)))


_INSERT_RECORD = ("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def dbapi(session: Session) -> Any:
    """A cursor on the session's own sqlite3 connection, inside its transaction: bulk writes
    (`executemany` of plain tuples) without SQLAlchemy's per-row work."""
    return session.connection().connection.driver_connection.cursor()


class Writer:
    """Appends this site's records inside one write transaction and applies them at once.

    Use through `services.context.Context.write()`; the transaction commits when the block ends,
    so records and the state derived from them land together or not at all."""

    def __init__(self, session: Session, operator: str,
                 guard: Callable[[str], None] | None = None):
        self.session = session
        self.operator = operator
        self.guard = guard  # called with the kind before anything is written; raises to refuse
        site = session.execute(text(
            "SELECT site_id, last_seq, last_hash, last_hlc FROM site WHERE is_self = 1")).one()
        self.site_id = site.site_id
        self._seq = site.last_seq
        self._hash = site.last_hash
        self._hlc = site.last_hlc
        self.written: list[Rec] = []

    def append(self, kind: str, payload: dict[str, Any]) -> Rec:
        return self.append_many(kind, [payload])[0]

    def append_many(self, kind: str, payloads: Sequence[dict[str, Any]]) -> list[Rec]:
        if self.guard is not None:
            self.guard(kind)
        if not payloads:
            return []
        site, operator = self.site_id, self.operator
        seq, hlc, prev = self._seq, self._hlc, self._hash
        recs: list[Rec] = []
        rows: list[tuple[Any, ...]] = []
        last_ms, wall = -1, ""
        for payload in payloads:
            now_ms = clock.physical_ms()
            if now_ms != last_ms:
                last_ms, wall = now_ms, clock.iso_of_ms(now_ms)
            seq += 1
            hlc = clock.tick(hlc, now_ms)
            rid = uuid.uuid4().hex
            body = canonical(payload)  # encoded once: hashed and stored
            prev = record_hash(prev, (rid, site, seq, hlc, wall, operator, kind, body))
            recs.append(Rec(rid, site, seq, hlc, wall, operator, kind, payload, prev))
            rows.append((rid, site, seq, hlc, wall, operator, kind, body, prev))
        cur = dbapi(self.session)
        cur.executemany(_INSERT_RECORD, rows)
        cur.execute("UPDATE site SET last_seq = ?, last_hash = ?, last_hlc = ? WHERE site_id = ?",
                    (seq, prev, hlc, site))
        self._seq, self._hlc, self._hash = seq, hlc, prev
        apply(self.session, recs)
        self.written.extend(recs)
        return recs

    @property
    def last_hlc(self) -> int:
        return self._hlc

"""Records from a file into the log: through the log's own `ingest` (eventlog/ingest.py), which
stores foreign records idempotently, checks their chains, observes the clock and applies the
projections convergently. Called inside the importer's one transaction, in slices, so a batch of
any size streams."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session

from pickuppoint.services.sync import records as travel

SLICE = 20_000


def apply_lines(session: Session, lines: Iterable[list[Any]]) -> int:
    """Ingest record lines (each followed by its personal row, if any); the number of records
    that were new here."""
    from pickuppoint.eventlog.ingest import ingest

    new = 0
    recs: list[Any] = []
    personal: list[dict[str, Any]] = []
    for line in lines:
        if line[0] == "r":
            if len(recs) >= SLICE:
                new += _count(ingest(session, recs, personal))
                recs, personal = [], []
            recs.append(travel.to_rec(line))
        elif line[0] == "p":
            personal.append(line[1])
    if recs:
        new += _count(ingest(session, recs, personal))
    return new


def _count(result: Any) -> int:
    if isinstance(result, int):
        return result
    for name in ("new", "stored", "inserted", "added"):
        value = getattr(result, name, None)
        if value is not None:
            return value if isinstance(value, int) else len(value)
    return 0

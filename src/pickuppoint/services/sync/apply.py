"""Records from a file into the log: through the log's own `ingest` (eventlog/ingest.py), which
stores foreign records idempotently, checks their chains, observes the clock and applies the
projections convergently. Called inside the importer's one transaction, in slices, so a batch of
any size streams."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session

from pickuppoint.services.sync import records as travel

SLICE = 5_000  # records per ingest call: bounds the memory whatever the file size


def apply_lines(session: Session, lines: Iterable[list[Any]], registry: Any) -> int:
    """Ingest record lines (each followed by its personal row, if any); the number of records
    that were new here. `registry` is the context's (`ctx.registry`)."""
    from pickuppoint.eventlog.ingest import IngestRefused, ingest

    try:
        return _apply(session, lines, registry, ingest)
    except IngestRefused as exc:
        raise RecordsRefused(exc.message) from exc


class RecordsRefused(Exception):
    """The log refused the records (a broken chain, a record that differs from the one here...)."""


def _apply(session: Session, lines: Iterable[list[Any]], registry: Any, ingest: Any) -> int:
    new = 0
    recs: list[dict[str, Any]] = []
    personal: list[dict[str, Any]] = []
    for line in lines:
        if line[0] == "r":
            if len(recs) >= SLICE:
                new += ingest(session, recs, personal, registry=registry).stored
                recs, personal = [], []
            recs.append(travel.to_row(line))
        elif line[0] == "p":
            personal.append(line[1])
    if recs:
        new += ingest(session, recs, personal, registry=registry).stored
    return new


def registry(ctx: Any) -> Any:
    """The record kinds' projections the context opened the database with."""
    return ctx.registry

"""The canonical digest of the derived state: equal digests, byte-identical derived tables."""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.store.schema import DERIVED_TABLES


def _primary_key(session: Session, table: str) -> list[str]:
    cols = session.execute(text(f"PRAGMA table_info({table})")).all()
    pk = [c.name for c in sorted(cols, key=lambda c: c.pk) if c.pk]
    return pk or [c.name for c in cols]


def table_digests(session: Session) -> dict[str, str]:
    """Per derived table: SHA-256 over every row (all columns, as SQLite stores them, with
    their types) in primary-key order."""
    digests = {}
    for table in DERIVED_TABLES:
        h = hashlib.sha256()
        order = ", ".join(_primary_key(session, table))
        for row in session.execute(text(f"SELECT * FROM {table} ORDER BY {order}")):
            h.update(repr(tuple(row)).encode("utf-8"))
            h.update(b"\n")
        digests[table] = h.hexdigest()
    return digests


def state_digest(session: Session, sites: bool = True) -> str:
    """One digest of every derived table, and (unless `sites` is False) of every site's name
    and role as their `site.initialized` records set them."""
    h = hashlib.sha256()
    for table, value in sorted(table_digests(session).items()):
        h.update(f"{table}={value}\n".encode())
    if sites:
        for row in session.execute(text("SELECT site_id, name, role FROM site ORDER BY site_id")):
            h.update(repr(tuple(row)).encode("utf-8"))
    return h.hexdigest()

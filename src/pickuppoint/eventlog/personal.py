"""Personal data apart from the hashed log (the format: domain/recordformat.py).

The fields of `PERSONAL` (names, phones, proxies, free-text notes about a household, a
manifest's recipient, phone and address, who collected a parcel) are written to table
`personal` (record_id, salt, fields), and the payload carries only their digest. `purge`
deletes every personal row: the chain still verifies, and a rebuild shows the fields blank.
"""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.recordformat import DIGEST_KEY, PERSONAL, personal_digest, unseal  # noqa: F401

digest = personal_digest


def purge(session: Session) -> int:
    """Delete every personal row (names, phones, notes and their salts), inside the caller's
    write transaction. Returns how many rows went. The derived tables still show the names
    until they are rebuilt: use `services.log.personal.purge_personal`, which does both."""
    return session.execute(text("DELETE FROM personal")).rowcount or 0


def data_of(session: Session, record_id: str) -> dict | None:
    """A record's payload with its personal fields in place (blank once purged)."""
    row = session.execute(text(
        "SELECT r.kind, r.payload, p.fields FROM record AS r LEFT JOIN personal AS p "
        "ON p.record_id = r.id WHERE r.id = :i"), {"i": record_id}).first()
    if row is None:
        return None
    return dict(unseal(row.kind, json.loads(row.payload), json.loads(row.fields) if row.fields else None))

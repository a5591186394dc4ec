"""Personal data apart from the hashed log.

A record that carries personal data (a name, a phone, a proxy, a free-text note about a person)
keeps it out of its payload: the payload holds only `"personal": <digest>`, the hex SHA-256 of
the salt's bytes followed by the UTF-8 of the personal fields as canonical JSON (sorted keys, no
spaces, not ASCII-escaped). The fields and the salt (16 random bytes, hex) are in the `personal`
table, keyed by record id. The chain hashes only the payload, so deleting personal rows (`purge`,
after the emergency) leaves the log verifiable; what the fields were can no longer be told.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import canonical

DIGEST_KEY = "personal"


def digest(salt: str, fields: Mapping[str, Any] | str) -> str:
    """sha256(salt bytes ‖ canonical JSON of the fields)."""
    body = fields if isinstance(fields, str) else canonical(dict(fields))
    return hashlib.sha256(bytes.fromhex(salt) + body.encode("utf-8")).hexdigest()


def split(payload: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the payload without `keys`, the personal fields among them)."""
    kept = {k: v for k, v in payload.items() if k not in keys}
    personal = {k: payload[k] for k in keys if k in payload}
    return kept, personal


def seal(payload: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, str] | None]:
    """The payload to hash and store, and (salt, canonical fields) for the personal row; None
    when the payload has none of `keys` with a value."""
    kept, personal = split(payload, keys)
    if not any(personal.values()):
        return kept, None
    salt = secrets.token_hex(16)
    body = canonical(personal)
    kept[DIGEST_KEY] = digest(salt, body)
    return kept, (salt, body)


def fields_of(session: Session, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Record id -> its personal fields (absent once purged)."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        params = {f"r{i}": r for i, r in enumerate(chunk)}
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        for row in session.execute(text(
                f"SELECT record_id, fields FROM personal WHERE record_id IN ({marks})"), params):
            out[row.record_id] = json.loads(row.fields)
    return out


def purge(session: Session) -> int:
    """Delete every personal row (names, phones, notes and their salts). The log still verifies;
    the derived tables show these fields blank after the caller rebuilds them
    (`services.log.integrity.purge_personal` does both). Returns how many rows went."""
    return session.execute(text("DELETE FROM personal")).rowcount or 0

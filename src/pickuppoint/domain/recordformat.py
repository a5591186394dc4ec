"""The record format as every machine reads it: canonical JSON, the chain hash, and which
payload fields are personal (kept apart from the hashed payload).

- canonical JSON: `json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`,
  UTF-8;
- the hash of a record: SHA-256 (hex) of the previous record's hash of the same site ('' for
  seq 1), a newline, and the JSON list `[id, site_id, seq, hlc, wall, operator, kind, payload]`
  (`payload` as the stored text; compact separators, not ASCII-escaped);
- personal fields (`PERSONAL`): in the stored payload their value is `null`; the payload gets
  `"personal": sha256(salt bytes ‖ canonical JSON of {path: value})` and the values live in the
  `personal` table (record_id, salt hex, fields = that canonical JSON).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

import orjson

# record kind -> payload paths that are personal ('changes.x' is key x of the payload's changes)
PERSONAL: dict[str, tuple[str, ...]] = {
    "household.created": ("head", "phone", "proxies", "notes"),
    "household.updated": ("changes.head", "changes.phone", "changes.proxies", "changes.notes"),
    "parcel.added": ("recipient", "phone", "address"),
    "parcel.updated": ("changes.recipient", "changes.phone", "changes.address"),
    "handover.made": ("collector_name", "collector_phone"),
    "run.created": ("volunteer", "volunteer_phone"),
    "ledger.settled": ("settled_by", "note"),
}
DIGEST_KEY = "personal"

_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_FIELDS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_quote = json.encoder.encode_basestring  # a str as JSON, as json.dumps(ensure_ascii=False)


def canonical(payload: Mapping[str, Any]) -> str:
    return _CANONICAL.encode(payload)


def loads(body: str) -> Any:
    """A stored payload (or personal fields, or a batch file's lines) read back: exactly what
    `json.loads` gives, decoded by orjson (several times faster: a rebuild reads every record).
    orjson differs in two ways, and those texts go to `json.loads`: it makes an integer past 64
    bits a float (so any result holding a float, rare in payloads: amounts are integers of fen),
    and it refuses NaN, Infinity and lone surrogates."""
    try:
        value = orjson.loads(body)
    except ValueError:  # orjson.JSONDecodeError
        return json.loads(body)
    return json.loads(body) if _has_float(value) else value


def _has_float(value: Any) -> bool:
    kind = type(value)
    if kind is float:
        return True
    if kind is dict:
        value = value.values()
    elif kind is not list:
        return False
    for item in value:
        kind = type(item)
        if kind is float or ((kind is dict or kind is list) and _has_float(item)):
            return True
    return False


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


def personal_digest(salt: str, fields: Mapping[str, Any] | str) -> str:
    """sha256(salt bytes ‖ canonical JSON of the personal fields), hex."""
    body = fields if isinstance(fields, str) else canonical(fields)
    return hashlib.sha256(bytes.fromhex(salt) + body.encode("utf-8")).hexdigest()


def seal(kind: str, payload: Mapping[str, Any],
         salt: str | None = None) -> tuple[Mapping[str, Any], str | None, str]:
    """(the payload to store and hash, the personal fields as canonical JSON or None, the salt
    or ''). A path is personal only when present with a value; its stored value becomes null.
    `salt`: 16 random bytes in hex (drawn here when not given)."""
    paths = PERSONAL.get(kind)
    if not paths:
        return payload, None, ""
    stored: dict[str, Any] | None = None
    personal: dict[str, Any] = {}
    changes = payload.get("changes")
    for path in paths:
        if path[:8] == "changes.":
            key = path[8:]
            value = changes.get(key) if type(changes) is dict else None
            if value is not None and value != "" and value != []:
                if stored is None:
                    stored = dict(payload)
                    stored["changes"] = dict(changes)
                personal[path] = value
                stored["changes"][key] = None
        else:
            value = payload.get(path)
            if value is not None and value != "" and value != []:
                if stored is None:
                    stored = dict(payload)
                personal[path] = value
                stored[path] = None
    if stored is None:
        return payload, None, ""
    salt = salt or secrets.token_hex(16)
    body = canonical(personal)
    stored[DIGEST_KEY] = personal_digest(salt, body)
    return stored, body, salt


def unseal(kind: str, payload: Mapping[str, Any],
           personal: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The payload with its personal fields back (blank once purged: '' or [] for proxies)."""
    if DIGEST_KEY not in payload:
        return payload
    out = dict(payload)
    del out[DIGEST_KEY]
    personal = personal or {}
    for path in PERSONAL.get(kind, ()):
        if path.startswith("changes."):
            key = path[8:]
            changes = out.get("changes")
            if isinstance(changes, Mapping) and key in changes and changes[key] is None:
                if changes is payload.get("changes"):
                    changes = out["changes"] = dict(changes)
                changes[key] = personal.get(path, _blank(key))
        elif path in out and out[path] is None:
            out[path] = personal.get(path, _blank(path))
    return out


def _blank(key: str) -> Any:
    return [] if key.endswith("proxies") else ""

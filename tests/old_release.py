"""Writing records the way the releases before schema 5 did, into an old database (the record
table had no `entity`, the household table no `version`), for the upgrade tests."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from pickuppoint.domain.address import Address
from pickuppoint.domain.flags import pack_flags
from pickuppoint.eventlog.log import canonical, record_hash


def add_households(path: Path, payloads: list[dict[str, Any]], operator: str = "老版本") -> None:
    """`household.created` records and their household rows, at schema 1 to 4."""
    conn = sqlite3.connect(path)
    site, seq, prev, hlc = conn.execute(
        "SELECT site_id, last_seq, last_hash, last_hlc FROM site WHERE is_self = 1").fetchone()
    for p in payloads:
        seq, hlc = seq + 1, max(hlc + 1, 1_700_000_000_000 << 16)
        rid, body, wall = uuid.uuid4().hex, canonical(p), "2026-11-01T08:00:00.000Z"
        prev = record_hash(prev, (rid, site, seq, hlc, wall, operator, "household.created", body))
        conn.execute("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, 'household.created', ?, ?)",
                     (rid, site, seq, hlc, wall, operator, body, prev))
        a = Address(p["building"], p["unit"], p["room"])
        phone = p.get("phone", "")
        conn.execute(
            "INSERT INTO household (code, building, unit, room, sort_key, digits, head, phone, "
            "phone_last4, members, grid, flags, proxies, notes, active, updated_hlc, updated_site) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (p["code"], p["building"], p["unit"], p["room"], a.sort_key, a.digits, p.get("head", ""),
             phone, phone[-4:], p.get("members", 1), p.get("grid", ""),
             pack_flags(p.get("flags", [])),
             json.dumps(p["proxies"], ensure_ascii=False) if p.get("proxies") else "[]",
             p.get("notes", ""), hlc, site))
    conn.execute("UPDATE site SET last_seq = ?, last_hash = ?, last_hlc = ? WHERE site_id = ?",
                 (seq, prev, hlc, site))
    conn.commit()
    conn.close()

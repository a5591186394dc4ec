"""Schema step 6: personal data out of the hashed payloads of a database written before it.

Every record of a kind with personal fields (domain/recordformat.py `PERSONAL`) gets its
names, phones and notes moved to table `personal` with a fresh salt, its payload the digest
instead; then each site's chain is hashed again from its first record (the payloads changed).
This is the one time history is rewritten: a database before step 5 has never given a record to
another machine (there was no sync). The copy made before the upgrade (`.v5.bak`) still holds
the old payloads: a purge removes such copies too.
"""

from __future__ import annotations

import json
import sqlite3

from pickuppoint.domain.recordformat import PERSONAL, canonical, record_hash, seal

CHUNK = 20_000


def move_personal_apart(conn: sqlite3.Connection) -> None:
    kinds = tuple(PERSONAL)
    sites = [r[0] for r in conn.execute("SELECT DISTINCT site_id FROM record ORDER BY site_id")]
    for site in sites:
        prev, changed = "", False
        read = conn.cursor()
        read.execute("SELECT id, site_id, seq, hlc, wall, operator, kind, payload, hash FROM record "
                     "WHERE site_id = ? ORDER BY seq", (site,))
        while rows := read.fetchmany(CHUNK):
            updates, personal = [], []
            for rid, site_id, seq, hlc, wall, operator, kind, payload, old_hash in rows:
                if kind in kinds:
                    stored, fields, salt = seal(kind, json.loads(payload))
                    if fields is not None:
                        payload = canonical(stored)
                        personal.append((rid, salt, fields))
                        changed = True
                new_hash = record_hash(prev, (rid, site_id, seq, hlc, wall, operator, kind, payload))
                if changed and new_hash != old_hash:
                    updates.append((payload, new_hash, rid))
                prev = new_hash
            conn.executemany("UPDATE record SET payload = ?, hash = ? WHERE id = ?", updates)
            conn.executemany("INSERT INTO personal (record_id, salt, fields) VALUES (?, ?, ?)", personal)
        conn.execute("UPDATE site SET last_hash = ? WHERE site_id = ? AND last_seq = "
                     "(SELECT max(seq) FROM record WHERE site_id = ?)", (prev, site, site))

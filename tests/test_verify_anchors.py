"""A forger who rewrites a record and recomputes every later hash leaves a chain that checks: the
chain heads kept in each backup catch it, and `verify` says what it checked (or could not)."""

from __future__ import annotations

import json
import sqlite3

from cli_helpers import run_cli
from pickuppoint.domain.recordformat import record_hash
from pickuppoint.services.backup.rotation import take_backup


def _forge(db_path, seq: int, new_note: str) -> None:
    """Change one record's payload and recompute every hash after it, as a careful forger would."""
    conn = sqlite3.connect(db_path)
    with conn:
        rows = conn.execute("SELECT id, site_id, seq, hlc, wall, operator, kind, payload FROM record "
                            "WHERE site_id = 'P01' ORDER BY seq").fetchall()
        prev = ""
        for rid, site, s, hlc, wall, operator, kind, payload in rows:
            if s == seq:
                body = json.loads(payload)
                body["name"] = new_note
                payload = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            prev = record_hash(prev, (rid, site, s, hlc, wall, operator, kind, payload))
            conn.execute("UPDATE record SET payload = ?, hash = ? WHERE id = ?", (payload, prev, rid))
        conn.execute("UPDATE site SET last_hash = ? WHERE site_id = 'P01'", (prev,))
    conn.close()


def test_a_recomputed_chain_is_caught_against_a_backup(capsys, tmp_path):
    db = tmp_path / "p.sqlite3"
    assert run_cli(capsys, "--db", str(db), "init", "--site-id", "P01", "--name", "白竹亭").code == 0
    assert run_cli(capsys, "--db", str(db), "rounds", "create", "4月10日 蔬菜包").code == 0
    r = run_cli(capsys, "--db", str(db), "verify")
    assert r.code == 0 and "查不出整条链被重算后的改写" in r.out  # says what it cannot prove

    take_backup(db)
    r = run_cli(capsys, "--db", str(db), "verify", "--json")
    assert r.code == 0 and r.json()["backups_checked"] == 1 and r.json()["rewritten"] == []

    _forge(db, 1, "别的站点")
    # the chain alone still checks (every later hash was recomputed) ...
    r = run_cli(capsys, "--db", str(db), "verify", "--json")
    out = r.json()
    assert r.code == 1 and out["ok"] is False
    assert out["rewritten"] and "备份" in out["rewritten"][0]
    r = run_cli(capsys, "--db", str(db), "verify")
    assert r.code == 1 and "改写" in r.err

"""Receiving (到货验收): scan → outcome committed, at the receiving desk's service level.

Program: on a copy of the big database, for parcels picked at random among those expected,
`receiving.receive(ctx, round, code)`: one write transaction that finds the parcel, decides the
outcome (received, already received, another round, surplus, misread, ...), appends the
`parcel.received` record with its hash, applies its projection and commits (synchronous=FULL),
as the CLI's `receive` does for each code. (The receiving page decides at once and writes in
batches off the GUI thread, so its scanner waits less than this.)
Floor, alternating with it on the same file and the same tables (other parcels): a plain sqlite3
connection with the same PRAGMAs: BEGIN IMMEDIATE, an indexed select of the parcel, an insert of
a JSON record with its SHA-256 into `record` itself (as another site, so the program's chain is
untouched; the same table size and indexes), an update of the parcel's status, COMMIT.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid

from bench.datasets import big_db, raw, require_parcels
from bench.harness import Bench, Row, Spec, fresh_copy, ms, need, percentile, timed

FLOOR_SITE = "BENCHFLOOR"


def _sample(con: sqlite3.Connection, n: int, seed: int) -> list[tuple[str, str]]:
    """(code, round) of expected parcels, picked at random over the whole table."""
    top = con.execute("SELECT max(rowid) FROM parcel").fetchone()[0] or 0
    rng = random.Random(seed + 1)
    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        rowid = rng.randint(1, top)
        if rowid in seen:
            continue
        seen.add(rowid)
        row = con.execute("SELECT code, round_id FROM parcel WHERE rowid = ? AND status = "
                          "'expected'", (rowid,)).fetchone()
        if row:
            out.append((row[0], row[1]))
    return out


def run(b: Bench, row: Row) -> None:
    receiving = need("pickuppoint.services.receiving.records", "receive")
    from pickuppoint.services.context import Context

    source = big_db(b)
    require_parcels(source)
    path = fresh_copy(source, b.workdir / "receiving.sqlite3")
    con = raw(path)
    n = b.sizes.handovers
    picked = _sample(con, 2 * n + 10, b.sizes.seed)
    if len(picked) < 2 * n + 10:
        raise AssertionError(f"only {len(picked)} expected parcels found to receive")
    ctx = Context.open(path, "bench")
    prev, seq = [""], [0]

    def program(code: str, round_id: str) -> str:
        return receiving.receive(ctx, round_id, code).kind

    def floor(code: str) -> None:
        con.execute("BEGIN IMMEDIATE")
        parcel = con.execute("SELECT code, status FROM parcel WHERE code = ?", (code,)).fetchone()
        payload = json.dumps({"code": parcel[0], "damaged": False, "note": ""},
                             ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        rid = uuid.uuid4().hex
        prev[0] = hashlib.sha256(f"{prev[0]}\n{rid}{payload}".encode()).hexdigest()
        seq[0] += 1
        con.execute("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, "
                    "hash) VALUES (?, ?, ?, ?, '2026-11-23T08:00:00.000Z', 'bench', "
                    "'parcel.received', ?, ?)", (rid, FLOOR_SITE, seq[0], seq[0], payload, prev[0]))
        con.execute("UPDATE parcel SET status = 'received' WHERE code = ?", (parcel[0],))
        con.execute("COMMIT")

    kinds: dict[str, int] = {}
    try:
        for code, round_id in picked[:5]:  # warm both paths
            program(code, round_id)
            floor(picked[-1 - len(kinds)][0])
        totals, floors = [], []
        for i in range(n):
            code, round_id = picked[5 + i]
            tp, kind = timed(lambda: program(code, round_id))  # noqa: B023
            kinds[kind] = kinds.get(kind, 0) + 1
            totals.append(tp)
            tf, _ = timed(lambda: floor(picked[5 + n + i][0]))  # noqa: B023 - another parcel
            floors.append(tf)
    finally:
        ctx.close()
        con.close()
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
    if kinds.get("received", 0) != n:
        raise AssertionError(f"not every scan was received: {kinds}")
    p50, p99, f50, f99 = (percentile(totals, 50), percentile(totals, 99),
                          percentile(floors, 50), percentile(floors, 99))
    row.project = f"{ms(p50)} / {ms(p99)}"
    row.floor = f"{ms(f50)} / {ms(f99)}"
    row.ratio = p99 / f99
    row.judge(p99 <= 3 * f99)
    b.detail("Scan → received (receiving desk)", [
        f"{n:,} parcels received one scan at a time (p50 / p99 / max): {ms(p50)} / {ms(p99)} / "
        f"{ms(max(totals))}. Floor {ms(f50)} / {ms(f99)} / {ms(max(floors))}."])


SPECS = [Spec("receiving", "scan → received committed (service), p50 / p99",
              lambda s: f"{s.parcels:,} parcels, {s.households:,} households", "p99 ≤ 3× floor",
              run)]

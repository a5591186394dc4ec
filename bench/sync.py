"""Sync by file: export of a point's records, import of many batch files at a coordinator.

Data (made once per run in the scratch dir): a coordinator and one enrolled point; the point
writes `household.created` records (with their personal rows) in `sync_import_files` steps and
exports a batch file after each, acknowledged as the coordinator would: `sync_import_records`
records in `sync_import_files` files, each with its derived rows at the point.

- sync_import. Program: `importer.import_files` of every file into a fresh copy of the enrolled
  coordinator (signature, decryption, checks, the log's ingest with its chain checks and
  projections, one transaction per file). Floor, on another fresh copy: raw sqlite3
  `executemany` of the same records and of the rows derived from them at the point (household,
  household_name, household_field, personal), one transaction per file's worth, read into memory
  beforehand. Then the program imports every file again (all `already-imported`, nothing
  decrypted): its rate against the same floor.
- sync_export. Program: `export.export_batch` of the point's last `sync_export_records` records
  (read, encode, encrypt, sign, write, fsync, rename, read back). Floor: reading the same rows with
  sqlite3 and encrypting the same number of bytes with ChaCha20-Poly1305 in 64 KiB chunks.
- sync_memory. One batch of every record (hundreds of MB at full scale) imported by a fresh
  process into a fresh coordinator: the process's peak resident memory (target < 300 MB).
- sync_property: the suite's property test (tests/sync_histories.py: any order, repeated and
  overlapping files = the ordered import) over `sync_property_examples` generated histories
  (bench/properties.py: a failing case fails the run, with its seed).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from bench.harness import Bench, Row, Spec, fresh_copy, mb, need, need_command, rate, secs, timed
from bench.properties import hold

KIND = "household.created"


def _households(start: int, n: int) -> list[dict]:
    out = []
    for i in range(start, start + n):
        building, rest = divmod(i, 2000)
        unit, room = divmod(rest, 100)
        out.append({"code": f"{building + 1}-{unit + 1}-{room + 101}", "building": str(building + 1),
                    "unit": str(unit + 1), "room": str(room + 101), "head": f"住户{i}",
                    "phone": f"138{i:08d}", "members": 1 + i % 5, "grid": f"网格{i % 7}",
                    "flags": [], "proxies": [], "notes": ""})
    return out


def _world(b: Bench) -> dict:
    def make() -> dict:
        need("pickuppoint.services.sync.importer", "import_files")
        need_command("sync import")
        from pickuppoint.services.context import Context
        from pickuppoint.services.site import init_site
        from pickuppoint.services.sync import enrol, export, settings

        folder = b.workdir / "sync"
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "files").mkdir(parents=True)
        hub = Context.open(folder / "hub.sqlite3", "bench")
        init_site(hub, "HUB", "街道办", "coordinator")
        enrol.create_deployment(hub)
        made = enrol.add_point(hub, "BZT", "白竹亭东门", folder / "bzt.ppsetup")
        hub.close()
        point = Context.open(folder / "point.sqlite3", "bench")
        enrol.enrol_from_setup(point, made.path, made.code)
        total, n_files = b.sizes.sync_import_records, b.sizes.sync_import_files
        per = total // n_files
        files = []
        for i in range(n_files):
            with point.write() as w:
                for start in range(i * per, (i + 1) * per, 20_000):
                    w.append_many(KIND, _households(start, min(20_000, (i + 1) * per - start)))
            done = export.export_batch(point, folder / "files" / f"BZT-{i:04d}.ppsync")
            files.append(done.path)
            with point.db.write_session() as s:
                settings.put(s, settings.ACKED, str(done.seq_to))
        with point.read() as s:  # with the point's site.initialized
            records = s.execute(text("SELECT count(*) FROM record WHERE site_id = 'BZT'")).scalar_one()
        point.close()
        return {"folder": folder, "hub": folder / "hub.sqlite3", "point": folder / "point.sqlite3",
                "files": files, "records": records}

    return b.cached("sync_world", make)


def _floor_rows(point: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    con = sqlite3.connect(point)
    try:
        out = {}
        for table, where in (("record", "WHERE site_id = 'BZT'"), ("household", ""),
                             ("household_name", ""), ("household_field", ""), ("personal", "")):
            cur = con.execute(f"SELECT * FROM {table} {where}")
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        return out
    finally:
        con.close()


def _floor(path: Path, rows: dict[str, tuple[list[str], list[tuple]]], parts: int) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    try:
        for p in range(parts):
            con.execute("BEGIN IMMEDIATE")
            for table, (cols, data) in rows.items():
                step = -(-len(data) // parts)
                chunk = data[p * step:(p + 1) * step]
                con.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES "
                                f"({', '.join('?' * len(cols))})", chunk)
            con.execute("COMMIT")
    finally:
        con.close()


def sync_import(b: Bench, row: Row) -> None:
    from pickuppoint.services.context import Context
    from pickuppoint.services.sync import importer

    world = _world(b)
    files, n = world["files"], world["records"]
    rows = _floor_rows(world["point"])
    floor_db = fresh_copy(world["hub"], b.workdir / "sync" / "floor.sqlite3")
    t_floor, _ = timed(lambda: _floor(floor_db, rows, len(files)))
    hub = Context.open(fresh_copy(world["hub"], b.workdir / "sync" / "import.sqlite3"), "bench")
    try:
        t_prog, results = timed(lambda: importer.import_files(hub, files))
        t_again, again = timed(lambda: importer.import_files(hub, files))
    finally:
        hub.close()
    taken = sum(r.new_records for r in results)
    if taken != n or any(r.status != "imported" for r in results):
        raise AssertionError(f"imported {taken} of {n} records: "
                             f"{[r.reason for r in results if r.status == 'rejected'][:3]}")
    if any(r.status != "already-imported" for r in again):
        raise AssertionError("a file imported a second time was not recognised")
    first, second = (n / t_prog) / (n / t_floor), (n / t_again) / (n / t_floor)
    row.project = f"{rate(n, t_prog, 'records')}; again {rate(n, t_again, 'records')}"
    row.floor = rate(n, t_floor, "records")
    row.ratio = first
    row.judge(first >= 0.5 and second >= 1.0)
    b.detail("Sync import (coordinator)", [
        f"- {n:,} records in {len(files)} files ({mb(sum(f.stat().st_size for f in files))}): "
        f"import {secs(t_prog)}, again {secs(t_again)} (nothing decrypted); floor "
        f"(executemany of the records and their derived rows) {secs(t_floor)}.",
        f"- Rate against the floor: first import {first:.2f}×, re-import {second:.2f}×.",
    ])


def sync_export(b: Bench, row: Row) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from pickuppoint.services.context import Context
    from pickuppoint.services.sync import export, settings

    world = _world(b)
    n = min(b.sizes.sync_export_records, world["records"] - 1)
    point = Context.open(world["point"], "bench")
    try:
        with point.read() as s:
            last = int(settings.get(s, settings.ACKED, "0"))
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, str(last - n))
        out = b.workdir / "sync" / "export.ppsync"
        t_prog, done = timed(lambda: export.export_batch(point, out))
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, str(last))
    finally:
        point.close()
    size = out.stat().st_size

    def floor() -> None:
        con = sqlite3.connect(world["point"])
        try:
            body = bytearray()
            for r in con.execute("SELECT * FROM record WHERE site_id = 'BZT' AND seq > ?", (last - n,)):
                body += repr(r).encode("utf-8")
            for r in con.execute("SELECT * FROM personal"):
                if len(body) >= size:
                    break
                body += repr(r).encode("utf-8")
        finally:
            con.close()
        aead, key = ChaCha20Poly1305(os.urandom(32)), None
        del key
        for i in range(0, size, 65536):
            aead.encrypt(i.to_bytes(12, "big"), bytes(body[i:i + 65536]), b"")

    t_floor, _ = timed(floor)
    if done.records != n:
        raise AssertionError(f"exported {done.records} records, not {n}")
    row.project = f"{secs(t_prog)} ({rate(n, t_prog, 'records')})"
    row.floor = secs(t_floor)
    row.ratio = t_prog / t_floor
    row.judge(t_prog < 10)
    b.detail("Sync export (point)", [
        f"- {n:,} records, file {mb(size)}: {secs(t_prog)} including fsync, rename and the read-back "
        f"check of the signature; floor (read the rows, encrypt as many bytes) {secs(t_floor)}.",
    ])


def sync_memory(b: Bench, row: Row) -> None:
    from pickuppoint.services.context import Context
    from pickuppoint.services.sync import export, settings

    world = _world(b)
    point = Context.open(world["point"], "bench")
    big = b.workdir / "sync" / "all.ppsync"
    try:
        with point.read() as s:
            last = settings.get(s, settings.ACKED, "0")
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, "0")
        done = export.export_batch(point, big)
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, last)
    finally:
        point.close()
    hub = fresh_copy(world["hub"], b.workdir / "sync" / "memory.sqlite3")
    wall, result = b.probe("sync_import.py", hub, big)
    peak = result["hwm"]
    row.project = f"{mb(peak)} peak for a {mb(big.stat().st_size)} batch"
    row.floor = "—"
    row.judge(peak < 300 * 2**20 and result["new_records"] == done.records)
    b.detail("Sync import memory", [
        f"- One batch of {done.records:,} records ({mb(big.stat().st_size)}) imported by a fresh "
        f"process in {secs(wall)}: peak resident memory {mb(peak)} (target < 300 MB).",
    ])


def sync_property(b: Bench, row: Row) -> None:
    need("pickuppoint.services.sync.importer", "import_files")
    from hypothesis import strategies as st
    from tests.sync_histories import HISTORY, ORDERS, Template, check

    examples = b.sizes.sync_property_examples
    template = Template()
    try:
        held = hold(b, row, examples, {"steps": HISTORY, "seed": st.integers(0, 2**31)},
                    lambda steps, seed: check(template, steps, seed))
    finally:
        template.close()

    made = held.made

    def total(name: str) -> int:
        return sum(getattr(m, name) for m in made)

    kinds = sorted({k for m in made for k in m.kinds})
    row.project = f"{len(made):,} histories × {ORDERS} orders in {held.seconds:.0f} s"
    row.floor = "—"
    row.verdict = "pass"
    row.note = (f"hypothesis seed {held.seed}; {total('files'):,} files ({total('overlapping'):,} "
                f"overlapping), {total('repeats'):,} imported again, {total('held'):,} orders with a "
                f"later file first, {total('conflicts'):,} conflicts; every order gave the ordered "
                "import's state")
    b.detail("Sync property", [
        f"{len(made):,} random histories at three points (tests/sync_histories.py; the suite runs "
        f"200), {held.said()}. Each history's batch files were imported "
        f"once per point in order, and in {ORDERS} random orders with up to four files repeated, "
        f"each into a fresh coordinator: every order gave the same state digest, records, "
        f"high-water marks (no gap, nothing held) and conflicts.",
        f"- records: {total('records'):,}; files: {total('files'):,} (up to "
        f"{max(m.files for m in made)} a history), {total('overlapping'):,} of them starting "
        f"before the end of their point's previous file",
        f"- files imported again: {total('repeats'):,}; orders in which a later file of a point "
        f"came before an earlier one (records held, then released): {total('held'):,} of "
        f"{len(made) * ORDERS:,}",
        f"- conflicts: {total('conflicts'):,} ({', '.join(kinds) or 'none'}), in "
        f"{sum(m.conflicts > 0 for m in made):,} histories",
    ])


SPECS = [
    Spec("sync_export", "sync export", lambda s: f"{s.sync_export_records:,} records",
         "seconds, not minutes", sync_export),
    Spec("sync_import", "sync import (and re-import)",
         lambda s: f"{s.sync_import_records:,} records in {s.sync_import_files} files",
         "≥ 0.5× floor's rate; re-import ≥ 1×", sync_import),
    Spec("sync_memory", "sync import of one big batch",
         lambda s: f"{s.sync_import_records:,} records in one file", "< 300 MB resident",
         sync_memory),
    Spec("sync_property", "sync: any order = ordered import",
         lambda s: f"up to {s.sync_property_examples:,} random histories at 3 points "
                   f"({s.property_minutes} min of processor time)",
         "holds in every case", sync_property),
]

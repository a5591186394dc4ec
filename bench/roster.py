"""Roster import, 50k rows, CSV and XLSX.

The roster is written the way communities keep it: a title row above the header, buildings as
"3号楼" or "3栋", units as "2单元", flags in the notes ("独居老人", "不会用微信").
Program: `roster_import.plan_import` then `apply_import` into an empty database (the service the
CLI's `households import` and the import wizard both use), in this process.
Floors (the best of the runs of each, interleaved with the program's runs):
- CSV: reading the file with `csv.reader` and writing the same rows the most direct way
  (`floor_write`). Reading alone takes a few milliseconds per thousand rows, less than writing
  one hashed record each: a floor of reading alone would measure the writing, not the program.
- XLSX: openpyxl in read-only mode iterating every row's values (reading alone: parsing the
  XML costs more than writing the rows, so this floor is already the larger part of the work).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from bench.datasets import raw
from bench.harness import Bench, Row, Spec, need, secs, timed
from bench.people import people
from bench.xlsx_file import write_xlsx as write_sheet

HEADERS = ["楼栋", "单元", "房号", "户主", "联系电话", "人数", "网格", "备注"]
NOTES = {"elderly_alone": "独居老人", "no_smartphone": "不会用微信", "bedridden": "卧床",
         "disabled": "残疾", "hardship": "低保户", "quarantine": "居家隔离"}


def roster_rows(n: int, seed: int) -> list[list[object]]:
    rows = []
    for i, p in enumerate(people(n, seed)):
        building = f"{p.building}号楼" if i % 3 else f"{p.building}栋"
        rows.append([building, f"{p.unit}单元", p.room, p.head, p.phone, p.members, p.grid,
                     "、".join(NOTES[f] for f in p.flags)])
    return rows


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["白竹亭社区住户名册（2022年4月）"])
        w.writerow(HEADERS)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """As Excel saves what people type: rooms and phones become numbers."""
    def typed(v: object) -> object:
        return int(v) if isinstance(v, str) and v.isdigit() else v

    title = ["白竹亭社区住户名册（2022年4月）"]
    return write_sheet(path, [title, HEADERS, *([typed(v) for v in r] for r in rows)], "住户名册")


def roster_file(b: Bench, suffix: str) -> Path:
    rows = b.cached("roster:rows", lambda: roster_rows(b.sizes.roster_rows, b.sizes.seed))
    path = b.workdir / f"roster{suffix}"
    writer = write_csv if suffix == ".csv" else write_xlsx
    return b.cached(f"roster:{suffix}", lambda: writer(path, rows))


def floor_csv(path: Path) -> int:
    text = path.read_bytes().decode("utf-8-sig")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline="")))


def floor_xlsx(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
    finally:
        wb.close()


def floor_write(path: Path, db: Path) -> int:
    """The CSV row's floor: the same file read with `csv.reader`, and the same rows written the
    most direct way into `db` (an empty database of the program's schema, so the same indexes):
    for each row a JSON record chained by SHA-256, a household row and the endings of the
    head's name (what the search looks names up in), each table with one sqlite3
    `executemany`, one commit. No checking, no normalising, no comparing with the database."""
    import hashlib
    import json
    import uuid

    con = raw(db)
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))[2:]
    flag_of = {v: k for k, v in NOTES.items()}
    records, homes, names, prev = [], [], [], ""
    for seq, (building, unit, room, head, phone, members, grid, notes) in enumerate(rows, 1):
        b_, u_, r_ = building.rstrip("号楼栋"), unit.rstrip("单元"), room
        code = f"{b_}-{u_}-{r_}"
        flags = [flag_of[n] for n in notes.split("、") if n in flag_of]
        payload = json.dumps({"code": code, "building": b_, "unit": u_, "room": r_, "head": head,
                              "phone": phone, "members": int(members), "grid": grid,
                              "flags": flags, "proxies": [], "notes": notes},
                             ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        rid = uuid.uuid4().hex
        prev = hashlib.sha256(f"{prev}\n{rid}{seq}{payload}".encode()).hexdigest()
        records.append((rid, "P01", seq, seq, "2026-11-23T08:00:00.000Z", "bench",
                        "household.created", payload, prev))
        homes.append((code, b_, u_, r_, code, code.replace("-", ""), head, phone, phone[-4:],
                      int(members), grid, "," + ",".join(flags) + "," if flags else "", notes))
        names += [(head[i:], code) for i in range(1, len(head))]
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, "
                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", records)
    con.executemany("INSERT INTO household (code, building, unit, room, sort_key, digits, head, "
                    "phone, phone_last4, members, grid, flags, notes) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?)", homes)
    try:
        con.executemany("INSERT OR IGNORE INTO household_name (part, code) VALUES (?, ?)", names)
    except Exception:  # noqa: BLE001 - a schema without the name endings
        pass
    con.execute("COMMIT")
    con.close()
    return len(rows)


def _empty_db(b: Bench, name: str) -> Path:
    """An empty database of the program's schema (made before the timing starts)."""
    from pickuppoint.store.db import Database

    db = b.workdir / name
    for f in db.parent.glob(db.name + "*"):
        f.unlink()
    Database(db).close()
    return db


def _run(b: Bench, row: Row, suffix: str) -> None:
    ri = need("pickuppoint.services.households.roster_import", "plan_import", "apply_import")
    from pickuppoint.services.context import Context

    path = roster_file(b, suffix)
    import openpyxl  # noqa: F401  (imported before timing: both sides use it, once per process)
    plans, applies, totals, floors, reads = [], [], [], [], []
    for i in range(b.sizes.file_repeats):
        db = b.workdir / f"import{suffix}-{i}.sqlite3"
        ctx = Context.open(db, "bench")
        try:
            tp, plan = timed(lambda: ri.plan_import(ctx, path))  # noqa: B023
            ta, result = timed(lambda: ri.apply_import(ctx, plan))  # noqa: B023
        finally:
            ctx.close()
        for f in db.parent.glob(db.name + "*"):
            f.unlink()
        if result.imported != b.sizes.roster_rows:
            raise AssertionError(f"imported {result.imported} of {b.sizes.roster_rows} rows: "
                                 f"{[e.message for e in result.errors[:3]]}")
        plans.append(tp)
        applies.append(ta)
        totals.append(tp + ta)
        if suffix == ".csv":
            target = _empty_db(b, f"import-floor-{i}.sqlite3")
            tf, _n = timed(lambda: floor_write(path, target))  # noqa: B023
            for f in target.parent.glob(target.name + "*"):
                f.unlink()
            floors.append(tf)
            reads.append(timed(lambda: floor_csv(path))[0])
        else:
            floors.append(timed(lambda: floor_xlsx(path))[0])
    p, f = min(totals), min(floors)
    row.project, row.floor, row.ratio = secs(p), secs(f), p / f
    row.judge(p <= 3 * f)
    k = totals.index(p)
    floor_is = (
        "reading the file with `csv.reader` and writing the same rows the most direct way (a "
        "JSON record with its SHA-256 chain, a household row and the name's endings each, one "
        "sqlite3 `executemany` per table, one commit, into an empty database of the program's "
        "schema)" if suffix == ".csv" else
        "openpyxl (read-only mode) reading every row's values: reading alone, as the issue "
        "sets it")
    b.detail(f"Roster import ({suffix[1:].upper()})", [
        f"{b.sizes.roster_rows:,} rows, {path.stat().st_size / 2**20:.1f} MB. Best run: reading, "
        f"checking and comparing (`plan_import`) {secs(plans[k])}, writing the records "
        f"(`apply_import`) {secs(applies[k])}; {b.sizes.roster_rows / p:,.0f} rows/s overall. "
        f"Runs: program {', '.join(secs(t) for t in totals)}; "
        f"floor {', '.join(secs(t) for t in floors)}. The floor: {floor_is}."
        + (f" Reading alone (`csv.reader`, the issue's floor) takes {secs(min(reads))}: no "
           f"import that writes a hashed record per row can come within 3× of that, so the "
           f"floor includes the writing."
           if reads else ""),
    ])


SPECS = [
    Spec("import_csv", "roster import, CSV", lambda s: f"{s.roster_rows:,} rows", "≤ 3× floor",
         lambda b, row: _run(b, row, ".csv")),
    Spec("import_xlsx", "roster import, XLSX", lambda s: f"{s.roster_rows:,} rows", "≤ 3× floor",
         lambda b, row: _run(b, row, ".xlsx")),
]

"""Manifest import: a supplier's order list (订单台账) for a round, each line matched to a household.

Data: a database of `roster_rows` households made by `demo-data` (no parcels), and a CSV
manifest written the way supermarkets export it: a title row, then 订单号, 收货人, 手机号,
收货地址 (the compound's name, 号楼/单元/室), 商品名称, 应付金额, 支付状态; one line per household.
Program: on a fresh copy of the database with a new round, `manifest.read_manifest`,
`plan_manifest` (checking every line, matching its address or phone to a household) and
`apply_manifest` (the `parcel.added` records and rows, one transaction), in this process.
Floor, on another fresh copy: the same file read with `csv.reader`, and the same parcels written
the most direct way: for each line a JSON record chained by SHA-256 and a parcel row (its
household found with one dictionary look-up of the already clean address), one sqlite3
`executemany` per table, one commit. The best of the runs of each is kept.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import uuid
from pathlib import Path

from bench.datasets import raw
from bench.harness import Bench, Row, Spec, fresh_copy, need, secs, timed

HEADER = ["序号", "订单号", "收货人", "手机号", "收货地址", "商品名称", "应付金额", "支付状态"]


def _households_db(b: Bench) -> Path:
    def make() -> Path:
        path = b.workdir / "manifest-base.sqlite3"
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        seconds, _ = timed(lambda: b.program(
            "--db", path, "--operator", "bench", "demo-data", "--households",
            str(b.sizes.roster_rows), "--parcels-per-household", "0", "--seed",
            str(b.sizes.seed)))
        b.detail("Data: manifest database", [
            f"Made by `pickuppoint demo-data --households {b.sizes.roster_rows} "
            f"--parcels-per-household 0` in {secs(seconds)}."])
        return path
    return b.cached("db:manifest", make)


def _write_manifest(db: Path, path: Path) -> int:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT building, unit, room, head, phone FROM household "
                       "ORDER BY sort_key").fetchall()
    con.close()
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["白竹亭社区团购 订单明细"])
        w.writerow(HEADER)
        for i, (building, unit, room, head, phone) in enumerate(rows, 1):
            where = (f"白竹亭小区{building}号楼{room}室" if unit == "0"
                     else f"白竹亭小区{building}号楼{unit}单元{room}室")
            w.writerow([i, f"DD{22041000000 + i}", head, phone, where, "蔬菜包",
                        "39.90" if i % 4 else "0", "已付" if i % 3 else "未付"])
    return len(rows)


_ADDRESS = re.compile(r"^白竹亭小区(\w+?)号楼(?:(\w+?)单元)?(\w+?)室$")


def floor_manifest(path: Path, db: Path, round_id: str) -> int:
    con = raw(db)
    homes = {(b, u, r): code for code, b, u, r in con.execute(
        "SELECT code, building, unit, room FROM household")}
    text = path.read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text, newline="")))[2:]
    records, parcels, prev = [], [], ""
    for seq, (_n, order_no, recipient, phone, address, items, amount, paid) in enumerate(lines, 1):
        m = _ADDRESS.match(address)
        home = homes.get((m.group(1), m.group(2) or "0", m.group(3))) if m else None
        cents = round(float(amount) * 100)
        payment = "paid" if paid == "已付" else "unpaid"
        code = f"{round_id}.{order_no}"  # namespaced by the round (domain/codes.py)
        payload = json.dumps({"code": code, "round_id": round_id, "household_code": home,
                              "point_site": "P01", "order_no": order_no, "recipient": recipient,
                              "phone": phone, "address": address, "items": items,
                              "amount_cents": cents, "payment": payment},
                             ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        rid = uuid.uuid4().hex
        prev = hashlib.sha256(f"{prev}\n{rid}{seq}{payload}".encode()).hexdigest()
        records.append((rid, "BENCHF", seq, seq, "2026-11-23T08:00:00.000Z", "bench",
                        "parcel.added", payload, prev))
        parcels.append((code, round_id, home, "P01", order_no, recipient, phone, address,
                        items, cents, payment, order_no))
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO record (id, site_id, seq, hlc, wall, operator, kind, payload, "
                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", records)
    con.executemany("INSERT INTO parcel (code, round_id, household_code, point_site, order_no, "
                    "recipient, phone, address, items, amount_cents, payment, label) VALUES (?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?)", parcels)
    con.execute("COMMIT")
    con.close()
    return len(lines)


def manifest_import(b: Bench, row: Row) -> None:
    mf = need("pickuppoint.services.manifests.manifest", "read_manifest", "plan_manifest",
              "apply_manifest")
    rounds = need("pickuppoint.services.rounds.records", "create")
    from pickuppoint.services.context import Context

    base = _households_db(b)
    path = b.workdir / "manifest.csv"
    n = _write_manifest(base, path)
    programs, plans, applies, floors, matched = [], [], [], [], 0
    for i in range(b.sizes.file_repeats):
        db = fresh_copy(base, b.workdir / f"manifest-{i}.sqlite3")
        ctx = Context.open(db, "bench")
        rnd = rounds.create(ctx, f"基准批次 {i}", item="蔬菜包", price_cents=3990)
        ctx.close()
        fdb = fresh_copy(db, b.workdir / f"manifest-floor-{i}.sqlite3")  # the same round, no parcels
        ctx = Context.open(db, "bench")
        try:
            tp, plan = timed(lambda: mf.plan_manifest(ctx, rnd.id, mf.read_manifest(path)))  # noqa: B023
            ta, result = timed(lambda: mf.apply_manifest(ctx, plan))  # noqa: B023
        finally:
            ctx.close()
        if result.imported != n:
            raise AssertionError(f"manifest: imported {result.imported} of {n} lines")
        matched = n - len(result.unmatched)
        plans.append(tp)
        applies.append(ta)
        programs.append(tp + ta)
        tf, nf = timed(lambda: floor_manifest(path, fdb, rnd.id))  # noqa: B023
        floors.append(tf)
        for f in list(db.parent.glob(db.name + "*")) + list(fdb.parent.glob(fdb.name + "*")):
            f.unlink()
        if nf != n:
            raise AssertionError(f"manifest floor wrote {nf} of {n} lines")
    p, f = min(programs), min(floors)
    k = programs.index(p)
    row.project, row.floor, row.ratio = secs(p), secs(f), p / f
    row.judge(p <= 3 * f)
    b.detail("Manifest import (CSV)", [
        f"{n:,} lines into a round, {path.stat().st_size / 2**20:.1f} MB, {matched:,} matched to "
        f"a household. Best run: reading, checking and matching (`plan_manifest`) "
        f"{secs(plans[k])}, writing (`apply_manifest`) {secs(applies[k])}. Runs: program "
        f"{', '.join(secs(t) for t in programs)}; floor {', '.join(secs(t) for t in floors)}."])


SPECS = [Spec("manifest_import", "manifest import, CSV (parcels of a round)",
              lambda s: f"{s.roster_rows:,} lines, {s.roster_rows:,} households",
              "≤ 3× floor", manifest_import)]

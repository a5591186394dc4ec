"""The databases the benchmarks run on, generated from nothing in the scratch directory.

With `pickuppoint demo-data` (the program, in a subprocess) when it exists; until then the
households alone, through the same service path the program uses (records appended in bulk)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.harness import Bench, NotYet, cli_commands, secs, timed
from bench.people import people
from pickuppoint.store.schema import LATEST

SITE_ID = "P01"


def big_db(b: Bench) -> Path:
    """200k households with 5 parcels each at full scale."""
    s = b.sizes
    return b.cached("db:big", lambda: _make(b, "big", s.households, s.parcels_per_household))


def gui_db(b: Bench) -> Path:
    """The counter-card database: 100k parcels at full scale (the big one when sizes agree)."""
    s = b.sizes
    if s.gui_households == s.households:
        return big_db(b)
    return b.cached("db:gui", lambda: _make(b, "gui", s.gui_households, s.parcels_per_household))


def has_parcels(path: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM parcel").fetchone()[0] > 0
    finally:
        con.close()


def require_parcels(path: Path) -> None:
    if not has_parcels(path):
        raise NotYet("the benchmark database has no parcels (`demo-data` does not make them yet)")


def _make(b: Bench, name: str, households: int, per_household: int) -> Path:
    path = b.workdir / f"{name}.sqlite3"
    stamp = path.with_suffix(".json")
    wanted = json.dumps({"households": households, "per_household": per_household,
                         "seed": b.sizes.seed, "schema": LATEST})
    if b.reuse and path.exists() and stamp.exists() and stamp.read_text() == wanted:
        b.detail(f"Data: {name} database", ["Reused from an earlier run (`--keep DIR --reuse`): "
                 + ", ".join(f"{n:,} {t}s" for t, n in _counts(path).items()) + "."])
        return path
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    stamp.unlink(missing_ok=True)
    if "demo-data" in cli_commands():
        seconds, _ = timed(lambda: b.program(
            "--db", path, "--operator", "bench", "demo-data", "--households", str(households),
            "--parcels-per-household", str(per_household), "--seed", str(b.sizes.seed)))
        how = "`pickuppoint demo-data`"
    else:
        seconds, _ = timed(lambda: _households_only(path, households, b.sizes.seed))
        how = "the bench's own generator (households only: `demo-data` does not exist yet)"
    stamp.write_text(wanted)
    counts = _counts(path)
    b.detail(f"Data: {name} database", [
        f"Made by {how} in {secs(seconds)}: "
        + ", ".join(f"{n:,} {table}s" for table, n in counts.items()) + ".",
    ])
    return path


def _counts(path: Path) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        out = {}
        for table in ("record", "household", "round", "parcel", "handover"):
            try:
                out[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.OperationalError:
                pass
        return out
    finally:
        con.close()


def _households_only(path: Path, n: int, seed: int) -> None:
    from pickuppoint.services.context import Context
    from pickuppoint.services.site import init_site

    ctx = Context.open(path, "bench")
    try:
        init_site(ctx, SITE_ID, "基准测试接驳点")
        chunk: list[dict] = []
        for p in people(n, seed):
            chunk.append({"code": p.code, "building": p.building, "unit": p.unit, "room": p.room,
                          "head": p.head, "phone": p.phone, "members": p.members, "grid": p.grid,
                          "flags": list(p.flags), "proxies": [], "notes": ""})
            if len(chunk) == 20_000:
                with ctx.write() as w:
                    w.append_many("household.created", chunk)
                chunk = []
        if chunk:
            with ctx.write() as w:
                w.append_many("household.created", chunk)
    finally:
        ctx.close()


def raw(path: Path):  # noqa: ANN201 - sqlite3.Connection
    """A plain sqlite3 connection with the PRAGMAs the program's store uses (the floors)."""
    import sqlite3

    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=30000",
                   "cache_size=-65536", "temp_store=MEMORY"):
        con.execute(f"PRAGMA {pragma}")
    return con

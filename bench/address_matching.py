"""Address matching on the corpus of residents' addresses (tests/fixtures/addresses): recall,
precision and lines per second.

Data: the corpus's roster (the households of one estate) imported into a fresh database, and its
addresses as residents type them into group-buy orders, each with the household it is and
whether a person holding the roster could place it from the line alone.
Program: `HouseholdIndex.match` on every line (address and phone), the readings' cache emptied
before each pass so that each pass reads every address afresh; recall = lines placed on the
right household ÷ lines a person could place; precision = lines placed right ÷ lines placed.
Floor: the same lines matched the most direct way: the address parsed by the one-pattern parser
(`domain.address.parse_address`) and looked up in a dictionary of household codes.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from bench.harness import Bench, Row, Spec, need, timed

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "addresses"
PASSES = 20


def address_matching(b: Bench, row: Row) -> None:
    am = need("pickuppoint.services.manifests.address_match", "HouseholdIndex")
    readings = need("pickuppoint.domain.address_readings", "readings").readings
    importer = need("pickuppoint.services.households.roster_import", "plan_import", "apply_import")
    from pickuppoint.domain.address import parse_address
    from pickuppoint.services.context import Context
    from pickuppoint.services.site import init_site

    db = b.workdir / "addresses.sqlite3"
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    ctx = Context.open(db, "bench")
    try:
        init_site(ctx, "P01", "基准")
        importer.apply_import(ctx, importer.plan_import(ctx, CORPUS / "roster.csv"))
        with ctx.read() as s:
            index = am.HouseholdIndex(s)
    finally:
        ctx.close()
    with (CORPUS / "corpus.csv").open(encoding="utf-8") as f:
        lines = list(csv.DictReader(f))
    con = sqlite3.connect(db)
    codes = {c for (c,) in con.execute("SELECT code FROM household WHERE active = 1")}
    con.close()

    def program() -> list[str | None]:
        readings.cache_clear()
        return [index.match(x["address"], x["phone"]).code for x in lines]

    def floor() -> list[str | None]:
        out = []
        for x in lines:
            a = parse_address(x["address"])
            out.append(a.code if a is not None and a.code in codes else None)
        return out

    tp, tf = [], []
    got: list[str | None] = []
    for _ in range(PASSES):
        t, got = timed(program)
        tp.append(t)
        t, base = timed(floor)
        tf.append(t)
    placeable = [i for i, x in enumerate(lines) if x["matchable"] == "1"]
    placed = [i for i, code in enumerate(got) if code is not None]
    right = [i for i in placed if got[i] == lines[i]["household"]]
    recall = sum(1 for i in placeable if got[i] == lines[i]["household"]) / len(placeable)
    precision = len(right) / len(placed) if placed else 1.0
    floor_recall = sum(1 for i in placeable if base[i] == lines[i]["household"]) / len(placeable)
    floor_wrong = sum(1 for i, c in enumerate(base) if c is not None and c != lines[i]["household"])
    p, f = min(tp), min(tf)
    row.project = (f"recall {recall:.1%}, precision {precision:.1%}, "
                   f"{len(lines) / p:,.0f} lines/s")
    row.floor = f"{len(lines) / f:,.0f} lines/s (recall {floor_recall:.1%}, {floor_wrong} wrong)"
    row.ratio = p / f
    row.judge(precision == 1.0 and recall >= 0.97)
    b.detail("Address matching (corpus)", [
        f"{len(lines)} addresses, {len(placeable)} a person could place, {len(placed)} placed, "
        f"{len(placed) - len(right)} on a wrong household. Best of {PASSES} passes: program "
        f"{p * 1000:.1f} ms, floor {f * 1000:.1f} ms. The floor's parser alone places "
        f"{floor_recall:.1%} of the placeable lines and {floor_wrong} on a wrong household."])


def _scale(_sizes: object) -> str:
    def count(name: str) -> int:
        with (CORPUS / name).open(encoding="utf-8") as f:
            return sum(1 for _ in f) - 1
    return f"{count('corpus.csv')} addresses, {count('roster.csv')} households"


SPECS = [Spec("address_matching", "address matching (residents' addresses)", _scale,
              "precision 100 %, recall ≥ 97 %", address_matching)]

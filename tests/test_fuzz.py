"""Fuzzing the importers and the command line with hypothesis: random bytes, random encodings,
huge cells, formulas, NUL and control characters, SQL-looking text, absurd amounts and counts.
Whatever comes in: a result or one sentence (UserError), never another exception; a refused
import writes nothing; every household written passes the same checks a form would; the
command line exits 0, 1 or 2 with no traceback."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from cli_helpers import run_cli
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.households.roster_import import apply_import, plan_roster, read_roster
from pickuppoint.services.log import integrity
from pickuppoint.services.manifests.manifest import apply_manifest, plan_manifest, read_manifest
from pickuppoint.services.rounds import records as rounds

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))

NASTY = st.sampled_from([
    "", " ", "\x00", "\x07", "\x1b[31m", "=1+1", "=HYPERLINK(\"x\")", "+86", "-3", "@A1", "'; DROP TABLE household;--",
    "3-2-501", "3栋2单元501", "13800138001", "138****8001", "39,90", "1e308", "-0", "9" * 30, "张三", "王　芳",
    "\ufeff", "\u200b", "😀", "\r\n", "\"", "\"\"", ",", ";", "\t", "张" * 60, "x" * 5000, "NaN", "０１２",
])
CELL = st.one_of(NASTY, st.text(max_size=30))
ROSTER_HEADERS = ["楼栋", "单元", "房号", "户主", "电话", "人数", "网格", "代领人", "备注"]
MANIFEST_HEADERS = ["订单号", "收货人", "电话", "地址", "商品", "金额", "付款状态"]


def csv_bytes(headers: list[str], rows: list[list[str]], encoding: str) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows([headers, *rows])
    return out.getvalue().encode(encoding, errors="replace")


def records(ctx: Context) -> int:
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM record")).scalar_one()


@pytest.fixture(scope="module")
def fuzz_db():
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # CLI runs leave -wal files
        ctx = Context.open(Path(tmp) / "fuzz.sqlite3", "fuzz")
        rnd = rounds.create(ctx, "超市订单", kind="order", date="2026-11-23")
        yield ctx, rnd.id, Path(tmp)
        ctx.close()


def import_roster(ctx: Context, path: Path) -> None:
    before = records(ctx)
    try:
        plan = plan_roster(ctx, read_roster(path))
        apply_import(ctx, plan)
    except UserError as exc:
        assert exc.message.strip() and "Traceback" not in exc.message
        assert records(ctx) == before  # refused: nothing written
        return
    with ctx.read() as s:  # what went in is what a form would accept
        for h in households.search(s, households.Query(text=""), limit=10_000):
            assert not households.check(h), h


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=10), max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"]))
def test_roster_import_from_random_cells(fuzz_db, rows, encoding):
    ctx, _rnd, tmp = fuzz_db
    path = tmp / "roster.csv"
    path.write_bytes(csv_bytes(ROSTER_HEADERS, rows, encoding))
    import_roster(ctx, path)


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_roster_import_from_random_bytes(fuzz_db, data, suffix):
    ctx, _rnd, tmp = fuzz_db
    path = tmp / f"roster{suffix}"
    path.write_bytes(("楼栋,房号,户主\n".encode() if suffix != ".xlsx" else b"PK\x03\x04") + data)
    import_roster(ctx, path)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(st.lists(CELL, min_size=3, max_size=9), min_size=1, max_size=5))
def test_roster_import_from_xlsx_with_formulas(fuzz_db, rows):
    from openpyxl import Workbook

    ctx, _rnd, tmp = fuzz_db
    wb = Workbook()
    ws = wb.active
    ws.append(ROSTER_HEADERS)
    for row in rows:
        try:
            ws.append(row)  # a cell starting with '=' becomes a formula, uncomputed
        except Exception:  # noqa: BLE001 - openpyxl refuses control characters itself
            return
    path = tmp / "roster.xlsx"
    wb.save(path)
    import_roster(ctx, path)


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=8), max_size=8),
       encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_manifest_import_from_random_cells(fuzz_db, rows, encoding):
    ctx, round_id, tmp = fuzz_db
    path = tmp / "manifest.csv"
    path.write_bytes(csv_bytes(MANIFEST_HEADERS, rows, encoding))
    before = records(ctx)
    try:
        apply_manifest(ctx, plan_manifest(ctx, round_id, read_manifest(path)))
    except UserError as exc:
        assert exc.message.strip()
        assert records(ctx) == before
        return
    with ctx.read() as s:
        bad = s.execute(text("SELECT count(*) FROM parcel WHERE recipient GLOB '*[' || char(0, 7, 27) || ']*' "
                             "OR length(recipient) > 40")).scalar_one()
    assert bad == 0


def test_the_fuzzed_database_still_verifies(fuzz_db):
    ctx, _rnd, _tmp = fuzz_db
    assert integrity.verify(ctx).ok


ARG = st.one_of(NASTY, st.text(max_size=40)).filter(lambda s: "\x00" not in s)  # argv cannot carry NUL


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(command=st.sampled_from([
    ["receive"], ["handover"], ["lookup"], ["void", "--reason", "x"], ["rounds", "create"],
    ["households", "list", "--json"], ["labels", "--layout", "a4-3x8", "-o"], ["operators", "add", "--role", "worker"],
    ["backup", "-o"], ["restore"], ["verify"], ["cancel", "--reason", "x"], ["handover", "--amount"],
]), args=st.lists(ARG, max_size=3))
def test_the_command_line_never_shows_a_traceback(capsys, fuzz_db, command, args):
    _ctx, _rnd, tmp = fuzz_db
    db = tmp / "cli.sqlite3"
    args = [a for a in args if not a.startswith("-") or a in ("-3", "-0")] if command[0] == "restore" else args
    here = os.getcwd()
    os.chdir(tmp)  # files named by the fuzz land in the scratch folder
    try:
        r = run_cli(capsys, "--db", db, *command, *args)
    finally:
        os.chdir(here)
    assert r.code in (0, 1, 2), (command, args)
    assert "Traceback" not in r.err
    if r.code:
        assert r.err.strip()  # a refusal says why

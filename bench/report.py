"""A run's results: the table printed at the end, the document (bench/perfdoc.py) with the
machine, the command, the date, the load, the details, and the findings kept by hand in
bench/FINDINGS.md, and what each floor is."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench.harness import ROOT, Row
from bench.perfdoc import Doc, Section, cell

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "sqlmodel", "reportlab", "openpyxl",
             "python-barcode", "pytest-qt", "pyinstrument")
FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"

# What each row's floor is: the same work done the most direct way, measured in the same run.
FLOORS = {
    "rebuild": "raw sqlite3 `executemany` of the very rows the rebuild derived (every derived "
               "table), into empty tables of the program's schema (so the same indexes), in one "
               "transaction, synchronous=FULL.",
    "convergence": "none (a property: the target is that every replay agrees).",
    "handover": "a plain sqlite3 connection with the program's PRAGMAs (WAL, synchronous=FULL) on "
                "the same file: BEGIN IMMEDIATE, an indexed select of the parcel, an insert into a "
                "table shaped and indexed like `handover`, COMMIT; alternating with the program.",
    "card": "in the same process, alternating: a bare QLineEdit whose Enter puts the code into a "
            "QLabel, painted the same way (what Qt itself costs; the target is absolute, ≤ 16 ms "
            "median).",
    "receiving": "a plain sqlite3 connection with the same PRAGMAs on the same file: BEGIN "
                 "IMMEDIATE, an indexed select of the parcel, an insert of a JSON record with its "
                 "SHA-256 into `record` itself (as another site: the same table, its size and "
                 "indexes), an update of another parcel's status, COMMIT; alternating with the "
                 "program.",
    "search": "for each keystroke, a plain sqlite3 connection running the indexed look-ups that "
              "answer the same text (digits / room / last-four / phone / code / head ranges, and "
              "the name-endings table), each fully counted plus its first 200 rows. The target "
              "is absolute (≤ 50 ms); the row shows the slowest keystroke of each side.",
    "import_csv": "reading the file with `csv.reader` plus writing the same rows the most direct "
                  "way: for each row a JSON record chained by SHA-256, a household row and its "
                  "name endings, one sqlite3 `executemany` per table and one commit, into an "
                  "empty database of the program's schema (so the same indexes). Reading alone, "
                  "the issue's floor, is given in the details: it is ~60× less than any import "
                  "that writes a hashed record per row, so it would measure the writing, not the "
                  "program.",
    "import_xlsx": "openpyxl (read-only mode) reading every row's values of the same file: "
                   "reading alone, as the issue sets it (parsing the XML is already the larger "
                   "part of the work).",
    "address_matching": "the same lines matched the most direct way: each address parsed by the "
    "one-pattern parser (`domain.address.parse_address`) and looked up in a dictionary of the "
    "household codes (the details say how many lines it places).",
    "manifest_import": "on a fresh copy of the same database, reading the file with "
                       "`csv.reader` and writing the same parcels the most direct way: for each "
                       "line a JSON record chained by SHA-256 and a parcel row (its household "
                       "found by one dictionary look-up of the already clean address), one "
                       "sqlite3 `executemany` per table, one commit.",
    "sync_export": "none (the target is absolute).",
    "sync_import": "raw sqlite3 `executemany` of the same records and the rows derived from them.",
    "sync_memory": "none (the target is absolute).",
    "sync_property": "none (it holds or it does not).",
    "uncollected_pdf": "the same rows read with sqlite3 and their cells (code, head, masked phone, "
                       "members, flags, items, parcels, days, amount) drawn with drawString on a bare "
                       "ReportLab canvas in the same embedded font, 40 rows and the column titles a "
                       "page, saved to a file.",
    "uncollected_xlsx": "the same rows read with sqlite3, the same cells written by openpyxl in "
                        "write-only mode (one sheet, a header row), saved.",
    "uncollected_preview": "none (the target is absolute: the first page shown within a second).",
    "labels": "the same rows read with sqlite3 and drawn on a bare ReportLab canvas (A4, 3 × 8, "
              "the same embedded CJK font): the same texts for each label and its bars with "
              "ReportLab's own Code128 widget, then saved to a file.",
    "cold_start": "a new process that imports PySide6, opens a bare QMainWindow of the same size "
                  "and waits for its first paint; the program's process starts as `pickuppoint` "
                  "does on the database and is timed to the main window's first paint (against "
                  "the floor), to a scan field holding the keyboard (codes taken; the target is "
                  "absolute: ≤ 1 s) and to the counter page's own scan field (shown for the "
                  "record). Median of alternating runs, after one warm-up run of each.",
    "memory": "the resident memory of the bare window's process (for scale; the target is "
              "absolute: ≤ 300 MB).",
}


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return "?"


def _qt_version() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        return "?"


def git_code() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               text=True, capture_output=True).stdout.strip()
        return head + (" with uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


def machine() -> list[tuple[str, str]]:
    versions = []
    for lib in LIBRARIES:
        try:
            versions.append(f"{lib} {importlib.metadata.version(lib)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    mem_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    ram = f"{int(mem_kb) / 2**20:.1f} GiB" if mem_kb.isdigit() else "?"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("cores (`nproc`)", str(cores)),
        ("CPU", _first("/proc/cpuinfo", "model name")),
        ("RAM", ram),
        ("system", f"{_os_name()} ({platform.platform()})"),
        ("Python", f"{platform.python_implementation()} {sys.version.split()[0]}"),
        ("Qt", _qt_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("libraries", ", ".join(versions)),
        ("Qt platform", os.environ.get("QT_QPA_PLATFORM", "(default)")),
    ]


def table(rows: list[Row]) -> list[str]:
    out = ["| what | scale | project | floor (same run) | ratio | target | verdict |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        verdict = r.verdict + (f": {r.note}" if r.note else "")
        out.append(f"| {r.what} | {r.scale} | {r.project or '—'} | {r.floor or '—'} | {ratio} "
                   f"| {r.target} | {verdict} |")
    return out


def from_run(rows: list[Row], details: list[tuple[str, list[str]]], detail_keys: list[str],
             command: str, quick: bool, started: dt.datetime, seconds: float,
             load: tuple[float, float], code: str) -> Doc:
    """One run's results as a document (bench/perfdoc.py renders, reads and merges them)."""
    rid = started.strftime("%Y-%m-%d %H:%M:%S %Z").strip()  # two runs may start in one minute
    found = machine()
    doc = Doc(title="Performance (quick run: small sizes, not the real figures)" if quick
              else "Performance")
    doc.runs[rid] = [f"`{cell(command)}`", f"{seconds / 60:.1f} min",
                     f"{load[0]:.2f} / {load[1]:.2f}", cell(code)]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        verdict = r.verdict + (f": {r.note}" if r.note else "")
        doc.rows[r.key] = [cell(v) for v in (r.what, r.scale, r.project or "—", r.floor or "—",
                                             ratio, r.target, verdict, rid)]
    doc.machine = [f"- {k}: {v}" for k, v in found]
    doc.sections = [Section(title, body, key, rid)
                    for (title, body), key in zip(details, detail_keys, strict=True)]
    return doc


def findings() -> str:
    return FINDINGS.read_text(encoding="utf-8") if FINDINGS.exists() else ""

"""The results as markdown: the table, the machine, the command, the date, the details, and the
findings kept by hand in bench/FINDINGS.md."""

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

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "sqlmodel", "reportlab", "openpyxl",
             "python-barcode", "pytest-qt", "pyinstrument")
FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def _git() -> str:
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
        ("system", platform.platform()),
        ("Python", f"{platform.python_implementation()} {sys.version.split()[0]}"),
        ("SQLite", sqlite3.sqlite_version),
        ("libraries", ", ".join(versions)),
        ("Qt platform", os.environ.get("QT_QPA_PLATFORM", "(default)")),
        ("code", _git()),
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


def markdown(rows: list[Row], details: list[tuple[str, list[str]]], command: str, quick: bool,
             started: dt.datetime, seconds: float, load: tuple[float, float]) -> str:
    title = "Performance (quick run: small sizes, not the real figures)" if quick else "Performance"
    lines = [
        f"# {title}",
        "",
        "Written by `bench/run` — do not edit by hand: change the benchmarks (bench/) or the "
        "findings (bench/FINDINGS.md) and run it again. Each benchmark measures the program and, "
        "in the same run, its floor: the same work done the most direct way with the same "
        "libraries. Ratio = program ÷ floor.",
        "",
        f"- command: `{command}`",
        f"- date: {started.strftime('%Y-%m-%d %H:%M %Z').strip()} (took {seconds / 60:.1f} min; "
        f"load average {load[0]:.2f} before, {load[1]:.2f} after)",
        "",
        "## Results",
        "",
        *table(rows),
        "",
        "## Machine",
        "",
        *(f"- {k}: {v}" for k, v in machine()),
        "",
    ]
    for title_, body in details:
        lines += [f"## {title_}", "", *body, ""]
    if FINDINGS.exists():
        lines += [FINDINGS.read_text().strip(), ""]
    return "\n".join(lines)

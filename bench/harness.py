"""What every benchmark shares: the sizes, the result rows, the scratch directory, running the
program and the probes in subprocesses, and timing."""

from __future__ import annotations

import importlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).resolve().parent / "probes"


class NotYet(Exception):
    """The capability a benchmark measures is not in the tree yet."""


class PropertyFailed(Exception):
    """A property did not hold (or a result was wrong): the run fails (exit status 1), the row
    says which case and with which seed."""


class ProbeFailed(Exception):
    """A subprocess ended badly; the message holds the end of its stderr."""


@dataclass(frozen=True)
class Sizes:
    households: int  # the big database: households ...
    parcels_per_household: int  # ... and parcels each (1M parcels at full scale)
    gui_households: int  # the counter-card database (100k parcels at full scale)
    roster_rows: int
    labels: int
    uncollected_households: int
    sync_export_records: int
    sync_import_records: int
    sync_import_files: int
    search_repeats: int
    handovers: int  # handovers timed (and as many floor transactions)
    card_scans: int
    start_repeats: int
    file_repeats: int  # roster import, labels: runs of each side (the best is kept)
    convergence_examples: int  # random histories of the convergence property
    sync_property_examples: int  # random histories of the sync property (4 import orders each)
    property_minutes: int  # a property row stops early after this much processor time
    seed: int = 7

    @property
    def parcels(self) -> int:
        return self.households * self.parcels_per_household

    @property
    def gui_parcels(self) -> int:
        return self.gui_households * self.parcels_per_household


FULL = Sizes(households=200_000, parcels_per_household=5, gui_households=20_000,
             roster_rows=50_000, labels=10_000, uncollected_households=10_000,
             sync_export_records=100_000, sync_import_records=1_000_000, sync_import_files=200,
             search_repeats=15, handovers=2_000, card_scans=200, start_repeats=5, file_repeats=3,
             convergence_examples=5_000, sync_property_examples=5_000,
             property_minutes=20)
QUICK = Sizes(households=2_000, parcels_per_household=2, gui_households=2_000,
              roster_rows=2_000, labels=300, uncollected_households=500,
              sync_export_records=2_000, sync_import_records=10_000, sync_import_files=5,
              search_repeats=3, handovers=100, card_scans=15, start_repeats=2, file_repeats=1,
              convergence_examples=300, sync_property_examples=30,
              property_minutes=10)


def sizes_with(base: Sizes, overrides: Sequence[str]) -> Sizes:
    """`--size households=5000` style overrides (for trying a benchmark at a middle scale)."""
    names = {f.name for f in fields(Sizes)}
    values: dict[str, int] = {}
    for item in overrides:
        key, _, value = item.partition("=")
        if key not in names or not value.isdigit():
            raise SystemExit(f"bench: bad --size {item!r}; known: {', '.join(sorted(names))}")
        values[key] = int(value)
    return replace(base, **values)


@dataclass
class Row:
    """One line of the results table."""

    key: str
    what: str
    scale: str
    target: str
    project: str = ""
    floor: str = ""
    ratio: float | None = None
    verdict: str = ""  # pass | miss | info | not yet measurable | crashed | FAILED
    note: str = ""
    seconds: float = 0.0  # how long the benchmark took to run

    def judge(self, ok: bool) -> None:
        self.verdict = "pass" if ok else "miss"


@dataclass
class Spec:
    """A benchmark: fills its row, raises NotYet when its capability does not exist yet."""

    key: str
    what: str
    scale: Callable[[Sizes], str]
    target: str
    fn: Callable[[Bench, Row], None]


@dataclass
class Bench:
    quick: bool
    sizes: Sizes
    workdir: Path
    reuse: bool = False  # databases of an earlier run in workdir may be used again
    property_seed: int | None = None  # hypothesis's seed for the property rows (None: random)
    details: list[tuple[str, list[str]]] = field(default_factory=list)
    detail_keys: list[str] = field(default_factory=list)  # the benchmark that wrote each detail
    current: str = ""  # the benchmark running now
    _cache: dict[str, Any] = field(default_factory=dict)

    @property
    def python(self) -> str:
        return sys.executable

    @property
    def timeout(self) -> float:
        return 300 if self.quick else 7200

    def env(self) -> dict[str, str]:
        """Subprocesses: offscreen Qt, Chinese, settings and data kept inside the scratch dir."""
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = str(self.workdir / "config")
        env["XDG_DATA_HOME"] = str(self.workdir / "data")
        env["PICKUPPOINT_DB"] = str(self.workdir / "default.sqlite3")
        env["LANG"] = "zh_CN.UTF-8"
        env.pop("LC_ALL", None)
        env.pop("PICKUPPOINT_PIN", None)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        return env

    def detail(self, title: str, lines: list[str]) -> None:
        """A section under the table in the results (markdown lines)."""
        self.details.append((title, lines))
        self.detail_keys.append(self.current)

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def program(self, *args: str | Path,
                timeout: float | None = None) -> subprocess.CompletedProcess:
        """`pickuppoint ARGS` as a user runs it; raises ProbeFailed unless it exits 0."""
        cmd = [self.python, "-m", "pickuppoint", *map(str, args)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env(),
                              timeout=timeout or self.timeout, cwd=self.workdir)
        if proc.returncode != 0:
            raise ProbeFailed(f"pickuppoint {' '.join(map(str, args))} exited {proc.returncode}: "
                              + tail(proc.stderr))
        return proc

    def probe(self, script: str, *args: str | Path,
              timeout: float | None = None) -> tuple[float, dict]:
        """Run bench/probes/SCRIPT; returns (wall time until it exits, its JSON result).

        A probe prints one JSON object as its last stdout line. Exit status 3 means the
        capability it needs is missing (NotYet)."""
        cmd = [self.python, str(PROBES / script), *map(str, args)]
        t0 = time.time()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env(),
                              timeout=timeout or self.timeout, cwd=self.workdir)
        wall = time.time() - t0
        lines = proc.stdout.strip().splitlines()
        result = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
        result["_started"] = t0
        if proc.returncode == 3:
            raise NotYet(result.get("not_ready") or tail(proc.stderr))
        if proc.returncode != 0 or not lines:
            raise ProbeFailed(f"probe {script} exited {proc.returncode}: " + tail(proc.stderr))
        return wall, result


def tail(text: str, lines: int = 6) -> str:
    return " | ".join(text.strip().splitlines()[-lines:]) or "(no output)"


def need(module: str, *names: str) -> Any:
    """Import a project module, or NotYet if it (or one of the names it should offer) is not
    there yet. Other import errors are real failures."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise NotYet(f"`{module}` does not exist yet") from exc
        raise
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise NotYet(f"`{module}` has no {', '.join(missing)} yet")
    return mod


_COMMANDS: set[str] | None = None


def cli_commands() -> set[str]:
    """The program's commands ('households import' for nested ones), from its own parser."""
    global _COMMANDS
    if _COMMANDS is None:
        import argparse

        from pickuppoint.cli.main import build_parser

        found: set[str] = set()

        def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
            for action in parser._actions:  # noqa: SLF001
                if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                    for name, sub in action.choices.items():
                        found.add(f"{prefix}{name}")
                        walk(sub, f"{prefix}{name} ")

        walk(build_parser(), "")
        _COMMANDS = found
    return _COMMANDS


def need_command(name: str) -> None:
    if name not in cli_commands():
        raise NotYet(f"the command `pickuppoint {name}` does not exist yet")


# --- timing -------------------------------------------------------------------------------

def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(seconds: float) -> str:
    v = seconds * 1000
    return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"


def secs(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:.0f} MB"


def rate(n: float, seconds: float, unit: str = "rows") -> str:
    return f"{n / seconds:,.0f} {unit}/s" if seconds > 0 else "—"


def fresh_copy(src: Path, dst: Path) -> Path:
    """A consistent copy of the database `src` at `dst` (SQLite's backup API), any earlier
    `dst` and its -wal/-shm removed first."""
    for old in dst.parent.glob(dst.name + "*"):
        old.unlink()
    a, c = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(c)
    finally:
        a.close()
        c.close()
    return dst

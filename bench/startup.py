"""Cold start to a usable window, and the memory the window holds on the big database.

Cold start: a new process runs the program's start-up (`ui.app.run_app`, as `pickuppoint` with
no command does) on the benchmark database and exits when the main window is first painted;
wall time from spawning the process to that paint. Floor: the same for a bare PySide6
QMainWindow. The two alternate; the median of each is kept.
Memory: the main window on the big database, every page brought to the front once and its
background work finished; resident memory (RSS) and its peak (VmHWM) in that process.
"""

from __future__ import annotations

from bench.datasets import big_db
from bench.harness import Bench, Row, Spec, mb, median, ms

MEMORY_TARGET = 300 * 2**20


def _start(b: Bench, *args: str) -> tuple[float, dict]:
    _wall, result = b.probe("window.py", *args, timeout=120 if b.quick else 900)
    return result["painted"] - result["_started"], result


def cold_start(b: Bench, row: Row) -> None:
    db = str(big_db(b))
    _start(b, "app", db)  # first run: fills the OS file cache, compiles .pyc files
    _start(b, "bare")
    app, bare = [], []
    for _ in range(b.sizes.start_repeats):
        app.append(_start(b, "app", db)[0])
        bare.append(_start(b, "bare")[0])
    p, f = median(app), median(bare)
    row.project, row.floor, row.ratio = ms(p), ms(f), p / f
    row.judge(p <= 2 * f)
    b.detail("Cold start", [
        f"Program runs: {', '.join(ms(t) for t in app)}; "
        f"bare window: {', '.join(ms(t) for t in bare)}"
        f" (the database: {b.sizes.households:,} households).",
    ])


def memory(b: Bench, row: Row) -> None:
    db = str(big_db(b))
    _wall, result = b.probe("window.py", "app", db, "--pages", timeout=180 if b.quick else 1800)
    _w, bare = b.probe("window.py", "bare")
    row.project = f"{mb(result['rss'])} (peak {mb(result['hwm'])})"
    row.floor = f"{mb(bare['rss'])} (bare window)"
    row.ratio = result["hwm"] / bare["hwm"]
    row.judge(result["hwm"] <= MEMORY_TARGET)
    pages = result.get("pages", {})
    b.detail("Memory with the window open", [
        "Time to bring each page to the front and finish its background work: "
        + (", ".join(f"{k} {ms(v)}" for k, v in pages.items()) or "no pages") + ".",
    ])


SPECS = [
    Spec("cold_start", "cold start to usable window",
         lambda s: f"benchmark database ({s.households:,} households)", "≤ 2× floor", cold_start),
    Spec("memory", "memory, window open on the big database",
         lambda s: f"{s.parcels:,} parcels, {s.households:,} households", "≤ 300 MB RSS", memory),
]

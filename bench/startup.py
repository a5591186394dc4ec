"""Cold start to a usable window, and the memory the window holds on the big database.

Cold start: a new process runs the program's start-up (`ui.app.run_app`, as `pickuppoint` with
no command does) on the benchmark database; wall time from spawning the process to the main
window's first paint, to a scan field holding the keyboard (a scanned code is taken: the early
field keeps codes while the database opens, ui/widgets/early_scan.py), and to the counter page's
own scan field (codes decided at once). Floor: spawning to the first paint of a bare PySide6
QMainWindow. The program and the bare window alternate; the median of each is kept. Targets:
painted within 2x the floor, a scan field taking codes within 1 s.
Memory: the main window on the big database, every page brought to the front once and its
background work finished; resident memory (RSS) and its peak (VmHWM) in that process.
"""

from __future__ import annotations

from bench.datasets import big_db
from bench.harness import Bench, Row, Spec, mb, median, ms

MEMORY_TARGET = 300 * 2**20
READY_TARGET = 1.0  # seconds from spawning to a scan field that takes a code


def _start(b: Bench, *args: str) -> tuple[float, dict]:
    _wall, result = b.probe("window.py", *args, timeout=120 if b.quick else 900)
    return result["painted"] - result["_started"], result


def cold_start(b: Bench, row: Row) -> None:
    db = str(big_db(b))
    _start(b, "app", db)  # first run: fills the OS file cache, compiles .pyc files
    _start(b, "bare")
    app, accepting, ready, bare = [], [], [], []
    for _ in range(b.sizes.start_repeats):
        painted, result = _start(b, "app", db)
        app.append(painted)
        accepting.append(result["accepting"] - result["_started"])
        ready.append(result["ready"] - result["_started"])
        bare.append(_start(b, "bare")[0])
    p, a, r, f = median(app), median(accepting), median(ready), median(bare)
    row.project = f"{ms(p)} painted, {ms(a)} scan field taking codes ({ms(r)} counter page)"
    row.floor, row.ratio = ms(f), p / f
    row.judge(p <= 2 * f and a <= READY_TARGET)
    b.detail("Cold start", [
        f"Program runs, to the first paint: {', '.join(ms(t) for t in app)}; to a scan field "
        f"taking codes: {', '.join(ms(t) for t in accepting)}; to the counter page's own scan "
        f"field: {', '.join(ms(t) for t in ready)}; bare window: {', '.join(ms(t) for t in bare)}"
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
    Spec("cold_start", "cold start: painted window, scan field taking codes",
         lambda s: f"benchmark database ({s.households:,} households)",
         "painted ≤ 2× floor, scan ≤ 1 s", cold_start),
    Spec("memory", "memory, window open on the big database",
         lambda s: f"{s.parcels:,} parcels, {s.households:,} households", "≤ 300 MB RSS", memory),
]

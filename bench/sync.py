"""Sync by file: export of a point's records, import of many batch files at a coordinator.

Not measurable until `services/sync.py` and `pickuppoint sync` exist. Then, to write:
export: `sync export` of 100k records (target: seconds, not minutes);
import: 1M records in 200 files, against raw sqlite3 executemany of the same rows (target:
≥ 0.5× the floor's rate; importing the same files again ≥ 1×).
"""

from __future__ import annotations

from bench.harness import Bench, NotYet, Row, Spec, need, need_command


def _sync(command: str) -> None:
    need("pickuppoint.services.sync")
    need_command(command)
    raise NotYet(f"sync exists now: the `{command}` benchmark still has to be written "
                 "(bench/sync.py)")


def sync_export(b: Bench, row: Row) -> None:  # noqa: ARG001
    _sync("sync export")


def sync_import(b: Bench, row: Row) -> None:  # noqa: ARG001
    _sync("sync import")


SPECS = [
    Spec("sync_export", "sync export", lambda s: f"{s.sync_export_records:,} records",
         "seconds, not minutes", sync_export),
    Spec("sync_import", "sync import (and re-import)",
         lambda s: f"{s.sync_import_records:,} records in {s.sync_import_files} files",
         "≥ 0.5× floor's rate; re-import ≥ 1×", sync_import),
]

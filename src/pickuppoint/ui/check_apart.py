"""The check of the start backup, in a process of its own.

The check replays every record of the copy (on 1.2M records: a minute, and about 140 MB). In a
thread of the window it would hold the interpreter's lock against the window's own work (the
counter answering scans) and leave that memory in the window's process for as long as it stays
open; in a child process the window stays quick and the memory is given back when it ends.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def problems(backup: Path, language: str) -> list[str]:
    """What `inspect_backup` finds wrong with `backup`, in `language`, worked out apart."""
    spawn = multiprocessing.get_context("spawn")  # no copy of the window's threads and Qt state
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(_child, str(backup), language).result()


def _child(backup: str, language: str) -> list[str]:
    from pickuppoint.services.backup.inspect import inspect_backup
    from pickuppoint.ui.translator import load_translator

    load_translator(language)
    return list(inspect_backup(Path(backup)).problems)

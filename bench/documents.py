"""Documents: the uncollected list (PDF) and the parcel labels.

Uncollected list: not measurable until `pickuppoint uncollected` exists.
Labels: see `labels()`.
"""

from __future__ import annotations

from bench.harness import Bench, NotYet, Row, Spec, need_command


def uncollected(b: Bench, row: Row) -> None:  # noqa: ARG001
    need_command("uncollected")
    raise NotYet("`uncollected` exists now: its benchmark still has to be written (bench/documents.py)")


def labels(b: Bench, row: Row) -> None:  # noqa: ARG001
    need_command("labels")
    raise NotYet("labels exist now: the benchmark is being written")


SPECS = [
    Spec("uncollected_pdf", "uncollected list PDF", lambda s: f"{s.uncollected_households:,} households",
         "≤ 2× floor", uncollected),
    Spec("labels", "labels PDF", lambda s: f"{s.labels:,} labels", "≤ 2× floor", labels),
]

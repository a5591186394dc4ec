"""The schema, as numbered steps. A step, once released, is never edited: add a new one.

Each step runs in its own transaction together with `PRAGMA user_version = N`.
Tables fall in two groups: the event log (`site`, `record`: the source of truth, append-only)
and the state derived from it (everything else but `meta`), which `rebuild` can recreate.
"""

from collections.abc import Callable
from sqlite3 import Connection

from pickuppoint.store.steps import (
                                      step_01,
                                      step_02,
                                      step_03,
                                      step_04,
                                      step_05,
                                      step_06,
                                      step_07,
                                      step_08,
                                      step_09,
                                      step_10,
                                      step_11,
)

# A step is SQL (statements split at ';', so no ';' inside a comment) or a function of the
# connection, run inside the step's transaction. Each lives in store/steps/step_NN.py.
STEPS: list[tuple[int, str, str | Callable[[Connection], None]]] = [
    (step.NUMBER, step.TITLE, step.CHANGE)
    for step in (step_01, step_02, step_03, step_04, step_05, step_06, step_07, step_08, step_09, step_10,
                 step_11)
]

LATEST = STEPS[-1][0]

# Tables holding state derived from the log; `rebuild` empties them and replays the records.
DERIVED_TABLES = ("handover", "parcel", "round", "household", "household_name", "parcel_number",
                  "household_field", "conflict", "resolution", "operator",
                  "ledger_settlement", "delivery_run", "delivery_run_parcel")

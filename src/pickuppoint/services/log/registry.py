"""Every capability's record kinds, collected into the one `Registry` a context hands down to the
log (no projection registers itself by being imported):

- households/records.py: household.created / household.updated / household.removed
- rounds/records.py: round.created / round.updated
- parcels/records.py: parcel.added / parcel.updated; parcels/cancel.py: parcel.cancelled
- receiving/records.py: parcel.received / parcel.surplus / parcel.damaged; receiving/undo.py:
  parcel.receipt_undone
- counter/projections.py: handover.made / handover.voided (and the conflicts handovers make)
- site.py: site.initialized
- log/conflicts.py: conflict.resolved
- lists/ledger.py: ledger.settled; lists/runs.py: run.created
- operators/records.py: operator.added / operator.changed
- assign/records.py: household.assigned / round.assigned / parcel.assigned
"""

from __future__ import annotations

from functools import cache

from pickuppoint.eventlog.registry import Registry


@cache
def build() -> Registry:
    from pickuppoint.services import site
    from pickuppoint.services.assign import records as assign
    from pickuppoint.services.counter import projections as counter
    from pickuppoint.services.households import records as households
    from pickuppoint.services.lists import ledger, runs
    from pickuppoint.services.log import conflicts
    from pickuppoint.services.operators import records as operators
    from pickuppoint.services.parcels import cancel
    from pickuppoint.services.parcels import records as parcels
    from pickuppoint.services.receiving import records as receiving
    from pickuppoint.services.receiving import undo as receiving_undo
    from pickuppoint.services.rounds import records as rounds

    return Registry.of([site, households, rounds, parcels, cancel, receiving, receiving_undo, counter,
                        conflicts, operators, ledger, runs, assign])

"""Importing this module registers every projection (record kind -> derived state):

- households: household.*
- rounds: round.*; parcels: parcel.added / parcel.updated
- receiving: parcel.received / parcel.surplus / parcel.damaged; cancel: parcel.cancelled
- counter_projections: handover.made / handover.voided
- ledger: ledger.settled; runs: run.created
"""

from pickuppoint.services.counter import projections as counter_projections  # noqa: F401
from pickuppoint.services.households import records as households  # noqa: F401
from pickuppoint.services.lists import ledger  # noqa: F401
from pickuppoint.services.lists import runs  # noqa: F401
from pickuppoint.services.parcels import cancel  # noqa: F401
from pickuppoint.services.parcels import records as parcels  # noqa: F401
from pickuppoint.services.receiving import records as receiving  # noqa: F401
from pickuppoint.services.rounds import records as rounds  # noqa: F401

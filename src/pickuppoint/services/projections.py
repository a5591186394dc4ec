"""Importing this module registers every projection (record kind -> derived state):

- households: household.*
- rounds: round.*; parcels: parcel.added / parcel.updated
- receiving: parcel.received / parcel.surplus / parcel.damaged; cancel: parcel.cancelled
- counter_projections: handover.made / handover.voided
- demo_rounds: registers the demo's rounds step
"""

from pickuppoint.services import (  # noqa: F401
    cancel,
    counter_projections,
    demo_rounds,
    households,
    parcels,
    receiving,
    rounds,
)

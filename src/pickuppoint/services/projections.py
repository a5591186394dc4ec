"""Importing this module registers every projection (record kind -> derived state)."""

from pickuppoint.services import (  # noqa: F401  round.*, parcel.added/updated
    cancel,  # noqa: F401  parcel.cancelled
    counter_projections,  # noqa: F401  handover.made / handover.voided
    demo_rounds,  # noqa: F401  (registers the demo's rounds step)
    households,  # noqa: F401
    parcels,
    receiving,  # noqa: F401  parcel.received / parcel.surplus / parcel.damaged
    rounds,
)

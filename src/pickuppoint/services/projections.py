"""Importing this module registers every projection (record kind -> derived state)."""

from pickuppoint.services import households  # noqa: F401
from pickuppoint.services import rounds, parcels  # noqa: F401  round.*, parcel.added/updated
from pickuppoint.services import counter_projections  # noqa: F401  handover.made / handover.voided
from pickuppoint.services import cancel  # noqa: F401  parcel.cancelled
from pickuppoint.services import receiving  # noqa: F401  parcel.received / parcel.surplus / parcel.damaged
from pickuppoint.services import demo_rounds  # noqa: F401  (registers the demo's rounds step)

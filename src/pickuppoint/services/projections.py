"""Importing this module registers every projection (record kind -> derived state)."""

from pickuppoint.services import households  # noqa: F401
from pickuppoint.services import rounds, parcels  # noqa: F401  round.*, parcel.added/updated
from pickuppoint.services import counter_projections  # noqa: F401  handover.made / handover.voided
from pickuppoint.services import cancel  # noqa: F401  parcel.cancelled

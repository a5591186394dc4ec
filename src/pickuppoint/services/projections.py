"""Importing this module registers every projection (record kind -> derived state)."""

from pickuppoint.services import households  # noqa: F401

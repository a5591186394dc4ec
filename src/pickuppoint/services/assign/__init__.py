"""Which point serves what: households, rounds and parcels assigned to pickup points."""

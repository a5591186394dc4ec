"""Receiving (到货验收): checking the supplier's parcels in at the point."""

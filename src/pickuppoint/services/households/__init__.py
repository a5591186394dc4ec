"""Households: the roster, its import, and finding households as a volunteer types."""

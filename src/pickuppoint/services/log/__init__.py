"""Integrity of the event log and the registry of projections."""

"""Operators, roles and signing in (roles.py holds the one permission map)."""

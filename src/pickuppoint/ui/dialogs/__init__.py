"""Dialogs, each designed in forms/<name>.ui."""

"""Backups: consistent copies through SQLite's backup API (copy.py), rotated automatically
(rotation.py), checked before a restore (inspect.py, restore.py), and the chain heads they hold
checked against the live log (anchors.py)."""

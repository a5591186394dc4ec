"""The schema's numbered steps, one file each (see store/schema.py)."""

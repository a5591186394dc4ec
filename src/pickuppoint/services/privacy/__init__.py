"""After the emergency: the personal data of the households removed for good (purge.py)."""

"""Sync by file between pickup points and the coordinator (docs/sync-format.md).

crypto.py (keys, signatures, STREAM, enrolment codes), fileformat.py (the bytes of a file),
settings.py (deployment and keys in `meta`), enrol.py (coordinator, setup files, joining),
export.py (batch and update files), importer.py (checking and taking files in), gaps.py
(high-water marks, held records, accepted gaps), status.py (what the screens and `sync status`
show), files.py (refusal sentences, quarantine), records.py / apply.py (records in transit).
"""

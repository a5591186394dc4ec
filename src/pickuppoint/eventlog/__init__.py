"""The append-only event log: the source of truth for everything that crosses machines.

Each record: a globally unique id, the site that wrote it, a per-site sequence number with no
gaps (assigned under the write lock, in the same transaction), a hybrid logical clock timestamp,
the wall clock, the operator, a kind and a JSON payload, and a hash chaining it to the site's
previous record. State tables are derived from records by the projections of a `Registry`
(eventlog/registry.py) in the same transaction; `rebuild` recreates them from the log alone and
`ingest` takes records written at other sites.
"""

from pickuppoint.eventlog.log import Rec, Writer  # noqa: F401
from pickuppoint.eventlog.registry import Kind, Registry  # noqa: F401

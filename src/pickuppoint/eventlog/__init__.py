"""The append-only event log: the source of truth for everything that crosses machines.

Each record: a globally unique id, the site that wrote it, a per-site sequence number with no
gaps (assigned under the write lock, in the same transaction), a hybrid logical clock timestamp,
the wall clock, the operator, a kind and a JSON payload, and a hash chaining it to the site's
previous record. State tables are derived from records by projections (see `projections`) in the
same transaction, and `rebuild` recreates them from the log alone.
"""

from pickuppoint.eventlog.log import Rec, Writer, bulk_projection, projection  # noqa: F401

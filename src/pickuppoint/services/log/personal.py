"""After the emergency: names, phones and notes removed for good, counts and the log kept."""

from __future__ import annotations

from pickuppoint.eventlog import fold
from pickuppoint.eventlog.personal import purge


def purge_personal(ctx) -> int:  # noqa: ANN001 - Context
    """Delete every personal row (and its salt) and rebuild the derived tables, in one write
    transaction: names, phones, proxies and household notes are blank everywhere afterwards,
    every count stays, and `verify` still passes (the log hashes only digests). Returns how
    many personal rows were deleted. Copies of the database (backups, `.vN.bak` files from
    upgrades) are the caller's to remove."""
    with ctx.db.write_session() as session:
        n = purge(session)
        fold.replay(session, ctx.registry)
    return n

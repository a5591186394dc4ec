"""Rebuilding the derived state from the log, and checking the log and the state."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.fold import replay
from pickuppoint.eventlog.log import Rec, hash_of
from pickuppoint.services.log.digest import state_digest, table_digests
from pickuppoint.store.schema import DERIVED_TABLES


def _replay(session: Session, registry) -> int:  # noqa: ANN001
    return replay(session, registry)


def rebuild(ctx) -> int:  # noqa: ANN001 - Context
    """Empty every derived table and replay every record in clock order. Returns the count."""
    with ctx.db.write_session() as session:
        return replay(session, ctx.registry)


@dataclass
class Verification:
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(ctx) -> Verification:  # noqa: ANN001 - Context
    """Check every site's hash chain and sequence, then that the derived state equals what the
    log rebuilds (inside a transaction that is rolled back: nothing changes)."""
    result = Verification()
    with ctx.db.write_session() as session:
        sites = session.execute(text("SELECT site_id, last_seq, last_hash FROM site")).all()
        for site in sites:
            prev, expected_seq = "", 1
            for row in session.execute(
                text("SELECT * FROM record WHERE site_id = :s ORDER BY seq"), {"s": site.site_id}
            ):
                rec = Rec.from_row(row)
                result.records += 1
                if rec.seq != expected_seq:
                    result.problems.append(f"site {site.site_id}: record {expected_seq} is missing")
                    expected_seq = rec.seq
                if hash_of(prev, rec) != rec.hash:
                    result.problems.append(
                        f"site {site.site_id}: record {rec.seq} ({rec.kind}) was changed")
                prev, expected_seq = rec.hash, expected_seq + 1
            if prev != site.last_hash:
                result.problems.append(f"site {site.site_id}: the log does not end where it should")
        before = table_digests(session)
        replay(session, ctx.registry)
        after = table_digests(session)
        for table in DERIVED_TABLES:
            if before[table] != after[table]:
                result.problems.append(f"table {table} differs from what the log says")
        session.rollback()
    return result

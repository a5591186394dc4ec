"""What this database shows as its own: at a point, the households, rounds and parcels assigned
to it or to no point; on a coordinator, everything. The rows of what moved to another point stay
(their records are in the log) and the point's views leave them out with these conditions.

The conditions read this database's own site (`site.is_self`) in uncorrelated subqueries, which
SQLite evaluates once per statement, so any query can add them without a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text
from sqlmodel import Session

_SELF = "(SELECT site_id FROM site WHERE is_self = 1)"
_HUB = "(SELECT role FROM site WHERE is_self = 1) = 'coordinator'"


def household_here(column: str = "point_site") -> str:
    """SQL: the household (its `point_site` column) is shown here."""
    return f"({column} = '' OR {column} = {_SELF} OR {_HUB})"


def round_here(alias: str = "round") -> str:
    """SQL: the round (table alias `alias`) is shown here: for every point, for this one, or
    with a parcel of this point in it."""
    return (f"({alias}.points = '[]' OR {_HUB} OR EXISTS (SELECT 1 FROM json_each({alias}.points) "
            f"WHERE value = {_SELF}) OR EXISTS (SELECT 1 FROM parcel AS here_p WHERE "
            f"here_p.round_id = {alias}.id AND here_p.point_site = {_SELF}))")


def round_points(session: Session, round_id: str) -> list[str]:
    raw = session.execute(text("SELECT points FROM round WHERE id = :i"), {"i": round_id}).scalar()
    return list(json.loads(raw)) if raw else []


def parcel_point(household_point: str, points: Sequence[str]) -> str:
    """The point a coordinator's new parcel goes to: its household's point, else the round's
    single point, else '' (any point the round is for)."""
    if household_point:
        return household_point
    if len(points) == 1:
        return points[0]
    return ""


def coordinator_sites(session: Session) -> set[str]:
    """Sites known as coordinators: a parcel a coordinator added before schema 11 names the
    coordinator's own site as its point, and means no point in particular."""
    return set(session.execute(text("SELECT site_id FROM site WHERE role = 'coordinator'")).scalars())


def elsewhere(session: Session, point_site: str, site_id: str) -> bool:
    """Whether a parcel of `point_site` is another point's, seen from site `site_id`."""
    return bool(point_site) and point_site != site_id and point_site not in coordinator_sites(session)


def moved_away(session: Session, round_id: str) -> list[str]:
    """At a point, the codes of a round's parcels that a coordinator gave to another point
    (`parcel.assigned`): still in this database, no longer this point's to count or hand over.
    Found from those records (by the record kind index: a point has few), so a round's figures
    keep coming from the parcel index. Nothing on a coordinator."""
    me = session.execute(text("SELECT site_id, role FROM site WHERE is_self = 1")).first()
    if me is None or me.role == "coordinator":
        return []
    return list(session.execute(text(
        "SELECT DISTINCT p.code FROM record r JOIN parcel p ON p.code = substr(r.entity, 3) "
        "WHERE r.kind = 'parcel.assigned' AND p.round_id = :r AND p.point_site NOT IN ('', :own) "
        "AND p.point_site NOT IN (SELECT site_id FROM site WHERE role = 'coordinator')"),
        {"r": round_id, "own": me.site_id}).scalars())

"""Assignment records: a coordinator says which point serves a household, a round, a parcel.

Record kinds owned here (written on a coordinator only; a point takes them from update files):

- `household.assigned` {code, point_site}: the point the household collects at ('' = every
  point). Entity `h:<code>`, like the household's other records: folded in clock order, the last
  assignment wins, on every machine.
- `round.assigned` {id, points}: the points a round is for (a sorted list of site ids; [] =
  every point). `round.created` may carry `points` too. Entity `r:<id>`.
- `parcel.assigned` {code, point_site, reason}: the point that hands the parcel over
  (`parcel.point_site`; '' = any point of its round). `reason` is `household` when the parcel
  followed its household to another point, `round` when its round was given to one point, or
  `by_hand`. Entity `p:<code>`.

Reassigning is always such a record, never an edit of the derived rows: the point that held
the household keeps its records in its log, and its views leave out what is now another's.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind

KINDS = ("household.assigned", "round.assigned", "parcel.assigned")
REASONS = ("household", "round", "by_hand")


def points_json(points: Any) -> str:
    """The stored form of a round's points: a sorted JSON array of distinct site ids."""
    return json.dumps(sorted({str(p) for p in points or ()}))


def _household(session: Session, rec: Rec) -> None:
    session.execute(text("UPDATE household SET point_site = :p WHERE code = :c"),
                    {"p": rec.payload.get("point_site") or "", "c": rec.payload["code"]})


def _round(session: Session, rec: Rec) -> None:
    session.execute(text("UPDATE round SET points = :p, updated_hlc = :h WHERE id = :i"),
                    {"p": points_json(rec.payload.get("points")), "h": rec.hlc, "i": rec.payload["id"]})


def _parcel(session: Session, rec: Rec) -> None:
    session.execute(text("UPDATE parcel SET point_site = :p, updated_hlc = :h WHERE code = :c"),
                    {"p": rec.payload.get("point_site") or "", "h": rec.hlc, "c": rec.payload["code"]})


PROJECTIONS = {
    "household.assigned": Kind(_household, lambda _s, p: "h:" + p["code"]),
    "round.assigned": Kind(_round, lambda _s, p: "r:" + p["id"]),
    "parcel.assigned": Kind(_parcel, lambda _s, p: "p:" + p["code"]),
}

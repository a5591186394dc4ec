"""Which points a list covers. A pickup point lists its own parcels (those assigned to it, or to
no point); a coordinator's hub lists every point's, or the points it is asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Scope:
    points: tuple[str, ...] | None = None  # None: every point
    own_site: str = ""  # parcels with no point belong to this one

    def where(self, column: str = "p.point_site") -> tuple[str, dict[str, Any]]:
        """An SQL condition on a parcel's point, and its parameters."""
        if self.points is None:
            return "1 = 1", {}
        names = [f":pt{i}" for i in range(len(self.points))]
        params: dict[str, Any] = {f"pt{i}": p for i, p in enumerate(self.points)}
        blank = f" OR {column} = ''" if self.own_site in self.points else ""
        listed = ", ".join(names) or "''"
        return f"({column} IN ({listed}){blank})", params


def default_scope(ctx, points: list[str] | None = None) -> Scope:  # noqa: ANN001 - Context
    """A point: its own parcels. A coordinator: all points, or those named."""
    site = ctx.site
    if points:
        return Scope(tuple(p.strip().upper() for p in points), site.site_id)
    if site.role == "coordinator":
        return Scope(None, site.site_id)
    return Scope((site.site_id,), site.site_id)


def printed_at() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")

"""The context every service runs in: the open database, this site, and who is acting."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from pickuppoint.eventlog.log import Guard, Writer
from pickuppoint.eventlog.registry import Registry
from pickuppoint.store.db import Database
from pickuppoint.store.models import Site

ChangeListener = Callable[[set[str]], None]


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    role: str


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return "operator"


class Context:
    """Services take a Context. Writes go through `write()`; after each commit the listeners
    hear which record kinds were written, so screens redraw only what changed.

    `registry` holds every record kind's projection (services/log/registry.py builds it from
    each capability's `PROJECTIONS`); `guard(kind)`, when set, is asked before any record is
    written (it raises to refuse)."""

    def __init__(self, db: Database, operator: str | None = None,
                 registry: Registry | None = None, guard: Guard | None = None):
        from pickuppoint.services.log.registry import build

        self.db = db
        self.operator = operator or default_operator()
        self.registry = registry or build()
        self.guard = guard
        self._listeners: list[ChangeListener] = []
        from pickuppoint.services.site import ensure_site

        ensure_site(self)

    @classmethod
    def open(cls, path: Path | str, operator: str | None = None) -> Context:
        return cls(Database(path), operator)

    def close(self) -> None:
        self.db.close()

    def read(self) -> Session:
        return self.db.session()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        with self.db.write_session() as session:
            writer = Writer(session, self.operator, self.registry, self.guard)
            yield writer
        kinds = {r.kind for r in writer.written}
        if kinds:
            for listener in list(self._listeners):
                listener(kinds)

    def on_change(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    @property
    def site(self) -> SiteInfo:
        with self.read() as s:
            row = s.execute(select(Site).where(Site.is_self == True)).scalars().one()  # noqa: E712
            return SiteInfo(row.site_id, row.name, row.role)

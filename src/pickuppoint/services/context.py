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
        self._role: str | None = None  # set by services/operators/signin.py
        self._open: bool | None = None  # the database has no operators (cached)
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

    def signed_in(self, name: str, role: str | None) -> None:
        """The operator acting from now on (after services/operators/signin.py checked them)."""
        self.operator, self._role, self._open = name, role, None

    @property
    def role(self) -> str | None:
        """The operator's role; None while the database has no operators (everything allowed).
        A name that did not sign in with a PIN has a volunteer's rights."""
        if self._open is None:
            from pickuppoint.services.operators.records import has_operators

            with self.read() as s:
                self._open = not has_operators(s)
        if self._open:
            return None
        return self._role or "volunteer"

    @contextmanager
    def write(self) -> Iterator[Writer]:
        from pickuppoint.services.operators.roles import allows, refusal

        role = self.role

        def guard(kind: str) -> None:
            if not allows(role, kind):  # the one permission map (services/operators/roles.py)
                raise refusal(self.operator, role, kind)
            if self.guard is not None:
                self.guard(kind)

        with self.db.write_session() as session:
            writer = Writer(session, self.operator, self.registry, guard)
            yield writer
        kinds = {r.kind for r in writer.written}
        if any(k.startswith("operator.") for k in kinds):
            self._open = None
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

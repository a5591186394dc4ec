"""What each record kind does to the derived state, as a value handed down to the log.

Each capability (services/households, rounds, parcels, receiving, counter, ...) lists its record
kinds in a module-level `PROJECTIONS` dict of `Kind`s and its `FORGET` functions; the context
collects them into one `Registry` when the database opens (services/log/registry.py) and hands it
to the `Writer`, to `apply`, to `rebuild` and to `ingest`. Nothing registers itself on import.

The derived state is the fold of every record in `(hlc, site_id, seq)` order. Every projection
changes the rows of its record's *entity* only (a parcel with its handovers, a household, a
round, a site, a conflict's resolution), so one entity can be rebuilt on its own from its records
(`record.entity`, indexed) when a record of it arrives late from another site. What spans several
entities (e.g. one entitlement used at two points) is derived after each batch by `settle`
functions, as a pure function of the derived tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

if TYPE_CHECKING:
    from pickuppoint.eventlog.log import Rec

Projection = Callable[[Session, "Rec"], None]
BulkProjection = Callable[[Session, Sequence["Rec"]], None]
EntityOf = Callable[[Session, Mapping[str, Any]], str]
Forget = Callable[[Session, list[str]], None]
Settle = Callable[[Session, Sequence["Rec"] | None], None]


@dataclass(frozen=True)
class Kind:
    """One record kind: how it changes the derived state (`apply`, and optionally `bulk` for
    many at once with the same result), and which entity it belongs to (`entity`: e.g.
    'p:<parcel code>', 'h:<household code>', 'r:<round id>', 's:<site id>')."""

    apply: Projection
    entity: EntityOf
    bulk: BulkProjection | None = None


@dataclass(frozen=True)
class Registry:
    kinds: Mapping[str, Kind]
    # entity prefix ('p', 'h', ...) -> removes the derived rows of these entities (keys without
    # the prefix), before they are replayed from their records
    forget: Mapping[str, Forget] = field(default_factory=dict)
    # run after each applied batch with its records, and after a full replay with None
    settle: Sequence[Settle] = ()

    def entity_of(self, session: Session, kind: str, payload: Mapping[str, Any]) -> str:
        spec = self.kinds.get(kind)
        if spec is None:
            return ""
        try:
            return spec.entity(session, payload) or ""
        except (KeyError, TypeError, AttributeError):
            return ""

    @classmethod
    def of(cls, capabilities: Iterable[Any]) -> Registry:
        """From modules (or objects) with `PROJECTIONS` and optionally `FORGET` and `SETTLE`."""
        kinds: dict[str, Kind] = {}
        forget: dict[str, Forget] = {}
        settle: list[Settle] = []
        for cap in capabilities:
            for kind, spec in getattr(cap, "PROJECTIONS", {}).items():
                if kind in kinds:
                    raise ValueError(f"record kind {kind} has two projections")
                kinds[kind] = spec
            forget.update(getattr(cap, "FORGET", {}))
            settle.extend(getattr(cap, "SETTLE", ()))
        return cls(kinds, forget, tuple(settle))

"""Hybrid logical clock, packed into one integer: milliseconds << 16 | counter.

It never goes backwards on one site (even when the wall clock does), and orders records from
different sites consistently with what each site had seen (`observe`).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def physical_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, now_ms: int | None = None) -> int:
    """The next timestamp after `last` for a local event."""
    pt = physical_ms() if now_ms is None else now_ms
    if pt > last >> COUNTER_BITS:
        return pt << COUNTER_BITS
    return last + 1


def observe(last: int, remote: int, now_ms: int | None = None) -> int:
    """The local clock after receiving a record stamped `remote`."""
    return tick(max(last, remote), now_ms)


def wall_of(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, tz=UTC)


def utc_now_iso() -> str:
    return iso(datetime.now(UTC))


def iso_of_ms(ms: int) -> str:
    """`utc_now_iso`'s text for a moment given in milliseconds since the epoch."""
    return (datetime.fromtimestamp(ms // 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.")
            + f"{ms % 1000:03d}Z")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def local_time(text: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time shown in the laptop's local time."""
    if not text:
        return ""
    return parse_iso(text).astimezone().strftime(fmt)

"""Finding households as a volunteer types: every keystroke answered from the indexes.

A search text is tried as a ladder of look-ups (rungs), the most likely first, each one an
index range with a LIMIT of what the page still needs, read in building-unit-room order (the
last rung, names with the text inside, in the order of the name):

- digits only: the room's digits or the whole phone (`32501`, `13800138000`), the room alone
  (`501`), the last four digits of a phone (`1234`), then phones and room digits starting so;
- a room code (`3-2-501`, `3栋2单元501`), or the start of one (`3-`, `3-2-`);
- anything else, a name: the head exactly, the head starting so, a grid, then a name found
  inside a head's name (`红梅` finds 蒋红梅) or a proxy's name, looked up in `household_name`.

Prefixes are matched with GLOB (case-sensitive, so SQLite uses the BINARY indexes; LIKE would
not). `household_name` holds every ending of each head's name but the whole name (the `head`
index answers that) and every ending of each proxy's name: a text found inside a name is the
start of one of its endings, so it too is an index range. The projections in households.py keep
it (`name_parts`). Counting stops at `COUNT_CAP` matches (the page shows "more than 1000")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.domain.address import parse_address
from pickuppoint.domain.numbers import nfkc
from pickuppoint.domain.phone import MOBILE, normalize_phone

if TYPE_CHECKING:
    from pickuppoint.services.households.records import HouseholdData

COUNT_CAP = 1000
_CODE_PREFIX = re.compile(r"[0-9A-Za-z]+-[0-9A-Za-z]*-?")


@dataclass(frozen=True)
class Query:
    """What the Households page and the counter's lookup ask for."""

    text: str = ""
    building: str | None = None
    flag: str | None = None
    include_inactive: bool = False


@dataclass(frozen=True)
class Rung:
    """One look-up of the ladder: a condition on `household`, or (`inside_names`) the names
    whose endings start with the text, in the order of the name then the code."""

    where: str
    params: dict[str, Any]
    inside_names: bool = False

    def select(self, what: str, filters: list[str], ordered: bool = True) -> str:
        if self.inside_names:
            conds = " AND ".join(["n.part GLOB :part_prefix", *filters])
            if self.params.get("name_long"):  # longer than an indexed part: the rest checked here
                conds += " AND (instr(household.head, :name) > 0 OR instr(household.proxies, :name) > 0)"
            order = "ORDER BY n.part, n.code " if ordered else ""
            return (f"SELECT {what} FROM household_name AS n JOIN household "
                    f"ON household.code = n.code WHERE {conds} {order}LIMIT :n")
        conds = " AND ".join([*filters, f"({self.where})"])
        order = "ORDER BY sort_key " if ordered else ""
        return f"SELECT {what} FROM household WHERE {conds} {order}LIMIT :n"


def _glob_prefix(t: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", t) + "*"


def _filters(q: Query) -> tuple[list[str], dict[str, Any]]:
    conds = [] if q.include_inactive else ["active = 1"]
    params: dict[str, Any] = {}
    if q.building:
        conds.append("building = :building")
        params["building"] = q.building
    if q.flag:
        conds.append("flags != '' AND flags LIKE :flag")  # `flags != ''`: the partial index
        params["flag"] = f"%,{q.flag},%"
    return conds, params


def tiers(q: Query) -> list[Rung]:
    """The look-ups that answer the search text, the most likely first (none: no text)."""
    t = nfkc(q.text)
    if not t:
        return []
    if not t.isdigit() and any(c.isdigit() for c in t):  # '185-9438-8336', '+86 185 9438 8336'
        phone = normalize_phone(t)
        if phone and MOBILE.match(phone):
            t = phone
    if t.isdigit():
        p: dict[str, Any] = {"q": t, "q_prefix": t + "*"}
        out = [Rung("digits = :q OR phone = :q" if len(t) >= 5 else "digits = :q", p),
               Rung("room = :q", p)]
        if len(t) == 4:
            out.append(Rung("phone_last4 = :q", p))
        if len(t) >= 5:
            out.append(Rung("phone GLOB :q_prefix OR digits GLOB :q_prefix", p))
        return out
    addr = parse_address(t)
    if addr is not None:
        return [Rung("code = :code", {"code": addr.code})]
    if _CODE_PREFIX.fullmatch(t):
        prefix = t.upper() + ("" if t.endswith("-") else "-")
        return [Rung("building = :code_building AND code GLOB :code_prefix",
                     {"code_building": prefix.split("-")[0], "code_prefix": prefix + "*"})]
    p = {"name": t, "name_prefix": _glob_prefix(t), "part_prefix": _glob_prefix(t[:PART_MAX]),
         "name_long": len(t) > PART_MAX}
    return [Rung("head = :name", p), Rung("head GLOB :name_prefix", p), Rung("grid = :name", p),
            Rung("", p, inside_names=True)]


def plans(q: Query, limit: int = 200) -> list[tuple[str, dict[str, Any]]]:
    """The statements `search` runs for the first page (for EXPLAIN in the benchmarks)."""
    filters, params = _filters(q)
    ladder = tiers(q) or [Rung("1", {})]
    return [(r.select("household.*", filters), {**params, **r.params, "n": limit})
            for r in ladder]


def _climb(session: Session, q: Query, what: str, wanted: int | None,
           ordered: bool = True) -> list[Any]:
    """Distinct rows (by their first column: the code, or the rowid) down the ladder, `wanted`
    at most: each rung is asked only for what is still missing (plus as many as were found
    already, since an earlier rung's households may come again)."""
    filters, params = _filters(q)
    found: list[Any] = []
    seen: set[str] = set()
    for rung in tiers(q):
        n = -1 if wanted is None else wanted - len(found)
        if wanted is not None and n <= 0:
            break
        rows = session.execute(text(rung.select(what, filters, ordered)),
                               {**params, **rung.params, "n": n if n < 0 else n + len(seen)})
        for r in rows:
            if r[0] not in seen:
                seen.add(r[0])
                found.append(r)
                if wanted is not None and len(found) >= wanted:
                    break
    return found


def search(session: Session, q: Query, offset: int = 0, limit: int = 100) -> list[HouseholdData]:
    """Households matching `q`, the most likely first: for digits the room code or the whole
    phone, the room, the last four digits of a phone, then phones and room codes starting so;
    for a name the head, heads starting so, a grid (each in building-unit-room order), then
    names with the text inside (by name). Each look-up is asked only for what the page lacks."""
    from pickuppoint.services.households.records import from_row

    if not tiers(q):
        filters, params = _filters(q)
        where = " AND ".join(filters) or "1"
        rows = session.execute(
            text(f"SELECT * FROM household WHERE {where} ORDER BY sort_key "
                 "LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit, "offset": offset}).all()
        return [from_row(r) for r in rows]
    found = _climb(session, q, "household.*", offset + limit)  # code first
    return [from_row(r) for r in found[offset:offset + limit]]


def count(session: Session, q: Query, cap: int | None = None) -> int:
    """How many households match `q`. With `cap` and a search text, counting stops past it: a
    result above `cap` then means "more than cap" (see `capped`). Without a search text (the
    roster, a building, a flag) the count is always exact: the indexes answer it."""
    if tiers(q):
        # in no order: the indexes alone answer most rungs (the rowid is in every index)
        return len(_climb(session, q, "household.rowid", None if cap is None else cap + 1,
                          ordered=False))
    filters, params = _filters(q)
    if filters == ["active = 1"]:  # the whole roster: from the indexes alone
        return session.execute(text(
            "SELECT (SELECT count(*) FROM household) "
            "- (SELECT count(*) FROM household WHERE active = 0)")).scalar_one()
    where = " AND ".join(filters) or "1"
    return session.execute(text(f"SELECT count(*) FROM household WHERE {where}"),
                           params).scalar_one()


def capped(q: Query, total: int, cap: int = COUNT_CAP) -> bool:
    """`total`, from `count(q, cap)`, only says "more than cap"."""
    return total > cap and bool(tiers(q))


def first_page(session: Session, q: Query, limit: int,
               cap: int | None = COUNT_CAP) -> tuple[int, list[HouseholdData]]:
    """The count (as `count` with `cap`) and the first `limit` households: what the Households
    page shows for a query. A page that is not full is every match: no count is run then."""
    rows = search(session, q, 0, limit)
    if len(rows) < limit:
        return len(rows), rows
    return count(session, q, cap), rows


# --- household_name: the endings of the names, for finding a text inside a name ------------

PART_MAX = 16  # an ending is kept to its first 16 characters: the index grows with a name's
# length, not with its square (a 10,000-character name was 640 MiB of endings)


def name_parts(head: str, proxies: Iterable[dict[str, Any]]) -> set[str]:
    """Every ending of the head's name but the whole name, and every ending of each proxy's,
    each cut to PART_MAX characters."""
    parts = {head[i:i + PART_MAX] for i in range(1, len(head))}
    for proxy in proxies or ():
        name = str(proxy.get("name", "")).strip()
        parts.update(name[i:i + PART_MAX] for i in range(len(name)))
    return parts


def write_name_parts(session: Session, households: Sequence[tuple[str, str, Any]]) -> None:
    """(code, head, proxies) of households created or changed: their names' endings replace
    what `household_name` held for them."""
    from pickuppoint.eventlog.log import dbapi

    latest = {code: (head, proxies) for code, head, proxies in households}  # the last one wins
    cur = dbapi(session)
    if cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'household_name'").fetchone() is None:
        return  # a database before schema 3: the upgrade to 3 fills the table from `household`
    codes = list(latest)
    had = []  # the households that have endings now (none, for new ones: no delete to try)
    for start in range(0, len(codes), 500):
        chunk = codes[start:start + 500]
        had += cur.execute(f"SELECT DISTINCT code FROM household_name WHERE code IN "
                           f"({', '.join('?' * len(chunk))})", chunk).fetchall()
    cur.executemany("DELETE FROM household_name WHERE code = ?", had)
    # in the table's own order: inserting along the primary key is faster than at random
    cur.executemany("INSERT INTO household_name (part, code) VALUES (?, ?)",
                    sorted((part, code) for code, (head, proxies) in latest.items()
                           for part in name_parts(head, proxies)))

"""Random histories at several sites, played through the real services, for the convergence
property (tests/test_convergence.py, and thousands of them in bench/convergence.py).

A history is a list of steps; each step names a site (by index) and what a volunteer there does:
households created, edited, removed; rounds (two sites may pick the same name); parcels (under a
supplier's code that another site may use too, or an allocation entitlement); receipts, surplus
scans, handovers (a parcel may be handed over at two sites that have not heard of each other),
voids; and `sync` steps that carry one site's records to another. A refusal at a site is part of
the history (nothing is written), as at a real counter.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import text

from pickuppoint.domain.address import parse_address
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.households import records as hh
from pickuppoint.services.log.conflicts import conflicts
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.parcels.records import ParcelData, add_parcels
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds import records as rounds
from sites import carry, open_site, personal_of, records_of, take

SITES = ("A01", "B02", "C03", "D04")
HOMES = ("1-1-101", "1-1-102", "2-1-201")
ROUND_NAMES = ("4月10日 蔬菜包", "4月11日 米面油")
SUPPLIER_CODES = ("YH220410001", "YH220410002", "YH220410003")
POINTS = ("", "A01", "B02", "C03")
FIELDS = {"phone": ("13800138001", "13900139002", ""), "members": (1, 2, 5),
          "grid": ("第一网格", "第二网格"), "head": ("张建国", "李秀英")}

_i = st.integers(0, 7)
STEP = st.one_of(
    st.tuples(st.just("household"), _i, _i),
    st.tuples(st.just("edit"), _i, _i, st.sampled_from(sorted(FIELDS)), _i),
    st.tuples(st.just("remove"), _i, _i),
    st.tuples(st.just("round"), _i, _i, st.sampled_from(("order", "allocation"))),
    st.tuples(st.just("parcel"), _i, _i, _i, _i),
    st.tuples(st.just("receive"), _i, _i),
    st.tuples(st.just("surplus"), _i, _i, _i),
    st.tuples(st.just("handover"), _i, _i),
    st.tuples(st.just("void"), _i, _i),
    st.tuples(st.just("sync"), _i, _i),
    st.tuples(st.just("sync"), _i, _i),
    st.tuples(st.just("sync"), _i, _i),
    # two sites that have not heard of each other do the same thing
    st.tuples(st.just("race_handover"), _i, _i, _i),
    st.tuples(st.just("race_edit"), _i, _i, st.sampled_from(sorted(FIELDS)), _i),
    st.tuples(st.just("race_entitlement"), _i, _i, _i),
    # which point serves a household, a round, a parcel (assignment records, as a coordinator
    # writes them), and two coordinators that assign one household differently
    st.tuples(st.just("assign"), _i, _i, _i),
    st.tuples(st.just("assign_round"), _i, _i, _i),
    st.tuples(st.just("assign_parcel"), _i, _i, _i),
    st.tuples(st.just("race_assign"), _i, _i, _i, _i),
)
# most steps are what a point does all day; syncs often enough that sites hear of each other
HISTORY = st.tuples(st.integers(2, 4), st.lists(STEP, min_size=6, max_size=40))


def prelude(world: World) -> None:
    """The first site has the roster and a round of each kind, and every site has its file."""
    first = world.sites[0]
    for code in HOMES:
        hh.create(first, hh.HouseholdData.at(parse_address(code), head="王" + code[-3:]))
    world.rounds.append(rounds.create(first, "3月30日 统一配发", kind="allocation", date="2022-03-30").id)
    world.rounds.append(rounds.create(first, "3月31日 团购", kind="order", date="2022-03-31").id)
    for other in world.sites[1:]:
        carry(first, other)


@dataclass
class World:
    sites: list[Context]
    rounds: list[str] = field(default_factory=list)  # round ids, in the order made
    parcels: list[str] = field(default_factory=list)  # parcel codes


class Templates:
    """Fresh databases made once and copied for every history (opening a new file runs every
    schema step: too slow to do hundreds of times)."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="histories-", dir=_fast_tmp()))
        for site in (*SITES, "Z98", "Z99"):
            open_site(self.dir, site).close()

    def site(self, into: Path, site: str) -> Context:
        shutil.copy(self.dir / f"{site}.sqlite3", into / f"{site}.sqlite3")
        return Context.open(into / f"{site}.sqlite3", f"{site}值班员")

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _fast_tmp() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() else None


def play(world: World, steps: list[tuple[Any, ...]]) -> None:
    for step in steps:
        try:
            _step(world, step)
        except UserError:
            pass  # refused at that site: nothing written, as at the counter


def _step(world: World, step: tuple[Any, ...]) -> None:
    what, s = step[0], world.sites[step[1] % len(world.sites)]
    if what == "household":
        code = HOMES[step[2] % len(HOMES)]
        hh.create(s, hh.HouseholdData.at(parse_address(code), head="王" + code[-3:]))
    elif what == "edit":
        values = FIELDS[step[3]]
        hh.update(s, HOMES[step[2] % len(HOMES)], **{step[3]: values[step[4] % len(values)]})
    elif what == "remove":
        hh.remove(s, HOMES[step[2] % len(HOMES)])
    elif what == "round":
        world.rounds.append(rounds.create(s, ROUND_NAMES[step[2] % len(ROUND_NAMES)], kind=step[3],
                                          date="2022-04-10").id)
    elif what == "parcel":
        _parcel(world, s, step)
    elif what == "receive" and world.parcels:
        receiving.receive(s, None, _known(s, world.parcels, step[2]))
    elif what == "surplus" and world.rounds:
        receiving.receive(s, world.rounds[step[2] % len(world.rounds)],
                          SUPPLIER_CODES[step[3] % len(SUPPLIER_CODES)])
    elif what == "handover" and world.parcels:
        counter.hand_over(s, [_known(s, world.parcels, step[2])])
    elif what == "void" and world.parcels:
        counter.void(s, _known(s, world.parcels, step[2]), "发错了")
    elif what == "race_handover":
        # a parcel both sites know of, handed over at each before either hears of the other's
        other = world.sites[step[2] % len(world.sites)]
        home = HOMES[step[3] % len(HOMES)]
        with s.write() as w:
            code = add_parcels(w, [ParcelData(round_id=world.rounds[1], household_code=home,
                                              point_site="-")])[0]
            w.append("parcel.updated", {"code": code, "changes": {"point_site": ""}})
        world.parcels.append(code)
        carry(s, other)
        for site in (s, other):
            _quietly(counter.hand_over, site, [code])
    elif what == "race_edit":
        other = world.sites[step[2] % len(world.sites)]
        values = FIELDS[step[3]]
        for n, site in enumerate((s, other)):
            _quietly(hh.update, site, HOMES[step[4] % len(HOMES)],
                     **{step[3]: values[(step[4] + n) % len(values)]})
    elif what == "race_entitlement":
        # an allocation's two entitlements for one household, one handed over at each site
        other = world.sites[step[2] % len(world.sites)]
        home = HOMES[step[3] % len(HOMES)]
        with s.write() as w:
            codes = add_parcels(w, [ParcelData(round_id=world.rounds[0], household_code=home,
                                               point_site="-", entitlement=e) for e in ("E1", "E2")])
            w.append_many("parcel.updated", [{"code": c, "changes": {"point_site": ""}} for c in codes])
        world.parcels.extend(codes)
        carry(s, other)
        _quietly(counter.hand_over, s, [codes[0]])
        _quietly(counter.hand_over, other, [codes[1]])
    elif what == "assign":
        _assign_household(s, HOMES[step[2] % len(HOMES)], POINTS[step[3] % len(POINTS)])
    elif what == "assign_round" and world.rounds:
        chosen = sorted({POINTS[step[3] % len(POINTS)], POINTS[(step[3] // 4) % len(POINTS)]} - {""})
        with s.write() as w:
            w.append("round.assigned", {"id": world.rounds[step[2] % len(world.rounds)], "points": chosen})
    elif what == "assign_parcel" and world.parcels:
        with s.write() as w:
            w.append("parcel.assigned", {"code": _known(s, world.parcels, step[2]),
                                         "point_site": POINTS[step[3] % len(POINTS)], "reason": "by_hand"})
    elif what == "race_assign":
        other = world.sites[step[2] % len(world.sites)]
        home = HOMES[step[3] % len(HOMES)]
        _assign_household(s, home, POINTS[step[4] % len(POINTS)])
        _assign_household(other, home, POINTS[(step[4] + 1) % len(POINTS)])
    elif what == "sync":
        target = world.sites[step[2] % len(world.sites)]
        if target is not s:
            carry(s, target)


def _assign_household(s: Context, home: str, point: str) -> None:
    with s.write() as w:
        w.append("household.assigned", {"code": home, "point_site": point})


def _quietly(fn: Any, *args: Any, **kwargs: Any) -> None:
    try:
        fn(*args, **kwargs)
    except UserError:
        pass


def _known(s: Context, codes: list[str], k: int) -> str:
    """The k-th parcel among those this site has heard of (any, if none)."""
    with s.read() as r:
        here = [c for c in codes if r.execute(text("SELECT 1 FROM parcel WHERE code = :c"),
                                               {"c": c}).first()]
    pool = here or codes
    return pool[k % len(pool)]


def _parcel(world: World, s: Context, step: tuple[Any, ...]) -> None:
    with s.read() as r:
        known = [x for x in world.rounds if rounds.find(r, x) is not None]
    if not known:
        return
    round_id = known[step[2] % len(known)]
    home = HOMES[step[3] % len(HOMES)]
    mode = step[4] % 4
    code = SUPPLIER_CODES[step[4] % len(SUPPLIER_CODES)] if mode == 0 else ""
    entitlement = ("", "E1", "E2")[step[4] % 3] if mode != 0 else ""
    with s.write() as w:
        code = add_parcels(w, [ParcelData(round_id=round_id, household_code=home, code=code,
                                          point_site="-", entitlement=entitlement)])[0]
        w.append("parcel.updated", {"code": code, "changes": {"point_site": ""}})  # any point
    world.parcels.append(code)


def outcome(ctx: Context) -> tuple[str, list[Any]]:
    """The state digest and the conflicts (what a coordinator would compare)."""
    with ctx.read() as s:  # (each store has its own site row: the sites are compared apart)
        return state_digest(s, sites=False), [c.to_json() for c in conflicts(s)]


def everything(world: World) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records: dict[str, dict[str, Any]] = {}
    personal: dict[str, dict[str, Any]] = {}
    for s in world.sites:
        records.update((r["id"], r) for r in records_of(s))
        personal.update((p["record_id"], p) for p in personal_of(s))
    return list(records.values()), list(personal.values())


@dataclass(frozen=True)
class Replayed:
    """What one history exercised (the benchmark adds these up)."""

    records: int
    copies: int  # records sent a second time
    files: int  # the shuffled replay's files
    conflicts: int


def arrivals(records: list[dict[str, Any]], rng: random.Random) -> list[list[dict[str, Any]]]:
    """The records as they might arrive: some of them twice, all shuffled, cut into files of
    random sizes (each at most half of what is left, so there are always several)."""
    mixed = records + rng.sample(records, k=rng.randint(0, len(records)))
    rng.shuffle(mixed)
    parts = []
    while mixed:
        cut = rng.randint(1, max(1, len(mixed) // 2))
        parts.append(mixed[:cut])
        mixed = mixed[cut:]
    return parts


def check(templates: Templates, n_sites: int, steps: list[tuple[Any, ...]], seed: int) -> Replayed:
    """Play a history, then replay the union of every site's records into two fresh stores:
    in clock order at once, and shuffled, duplicated and cut into random files. Both must end
    with the same state digest and the same conflicts, and a rebuild must not change them."""
    from pickuppoint.services.log import integrity

    work = Path(tempfile.mkdtemp(prefix="history-", dir=_fast_tmp()))
    world = World([templates.site(work, SITES[i]) for i in range(n_sites)])
    ordered = templates.site(work, "Z98")
    shuffled = templates.site(work, "Z99")
    try:
        prelude(world)
        play(world, steps)
        records, personal = everything(world)
        records.sort(key=lambda r: (r["hlc"], r["site_id"], r["seq"]))
        take(ordered, records, personal)
        parts = arrivals(records, random.Random(seed))
        for part in parts:
            mine = {r["id"] for r in part}
            take(shuffled, part, [p for p in personal if p["record_id"] in mine])
        want = outcome(ordered)
        got = outcome(shuffled)
        assert got == want, "the order records arrived in changed the state"
        integrity.rebuild(shuffled)
        assert outcome(shuffled) == want, "rebuild gave another state"
        for site in world.sites:  # every site, once it has everything, agrees too
            take(site, records, personal)
            assert outcome(site) == want, "a site that has every record disagrees"
        with shuffled.read() as s:
            assert s.execute(text("SELECT count(*) FROM record")).scalar() == len(records) + 1
        return Replayed(len(records), sum(map(len, parts)) - len(records), len(parts),
                        len(want[1]))
    finally:
        for c in [*world.sites, ordered, shuffled]:
            c.close()
        shutil.rmtree(work, ignore_errors=True)

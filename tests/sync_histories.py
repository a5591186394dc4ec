"""Random histories at several enrolled points, exported in batch files, imported at the
coordinator in random orders: the sync property (tests/test_sync_property.py runs a hundred,
bench/sync.py thousands).

A history is a list of steps, each at one point: its own households created and edited; the
coordinator's households (on every point's roster) edited at several points at once; parcels
of the coordinator's allocation round handed over (the same parcel at two points that have not
heard of each other: a double handover) and voided; and exports. An export sends every record
not yet acknowledged, then the acknowledgement lags behind by a random amount, so the next file
starts before this one ends (overlapping files). At the end every point exports what is left
(from where its acknowledgement lags: an overlapping file too).

`check` imports the files once per point in order (the expected state), then in `ORDERS`
random arrangements of the same files plus random repeats of some of them (a later file of a
point before an earlier one: its records are held until the gap closes), each into a fresh copy
of the coordinator: the same state digest, records, held records, high-water marks and conflicts.
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
from tests.sync_data import add_household, enrol_point, make_hub

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.households import records as households
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.parcels.records import update_parcel
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.allocation import allocate
from pickuppoint.services.sync import export, importer, settings, status

SITES = ("BZT", "DXL", "HXY")
SHARED = ("9-1-101", "9-1-102", "9-1-103")  # the coordinator's, on every point's roster
ORDERS = 4  # random arrangements imported per history

_export = st.tuples(st.just("export"), st.integers(0, 100), st.just(0))
_op = st.one_of(
    st.tuples(st.just("add"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("edit"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("shared"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("handover"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("void"), st.integers(0, 5), st.just(0)),
    _export, _export,  # often enough that a point sends several files
)
HISTORY = st.lists(st.tuples(st.sampled_from(range(len(SITES))), _op), min_size=3, max_size=30)


class Template:
    """The coordinator and its enrolled points, made once (enrolment stretches a code with a
    memory-hard function: too slow for every history) and copied for each."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="sync-template-"))
        hub = make_hub(self.dir)
        for room in SHARED:
            add_household(hub, room, f"共同户{room[-3:]}")
        for name in ("4月10日 蔬菜包", "4月11日 米面油"):
            allocate(hub, rounds.create(hub, name, kind="allocation").id)
        with hub.read() as s:
            self.parcels = list(s.execute(text("SELECT code FROM parcel ORDER BY code")).scalars())
        for code in self.parcels:  # handed out at whichever point the household goes to
            update_parcel(hub, code, point_site="")
        for site in SITES:
            enrol_point(hub, self.dir, site, f"{site} 接驳点").close()
        hub.close()

    def copy(self, into: Path, name: str, as_name: str | None = None) -> Context:
        target = into / f"{as_name or name}.sqlite3"
        shutil.copyfile(self.dir / f"{name}.sqlite3", target)
        return Context.open(target, "测试员")

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


@dataclass(frozen=True)
class Batch:
    path: Path
    point: int
    seq_from: int
    seq_to: int


@dataclass
class Seen:
    """What a history exercised (the benchmark adds these up, so a run shows it really had
    overlapping files, repeats, later files first and conflicts)."""

    records: int = 0
    files: int = 0
    overlapping: int = 0  # files starting before the end of the point's previous file
    repeats: int = 0  # files imported a second (third ...) time, over all the orders
    held: int = 0  # orders in which some file had to wait for an earlier one
    conflicts: int = 0
    kinds: set[str] = field(default_factory=set)


def play(folder: Path, template: Template, steps: list[tuple[Any, ...]]) -> list[Batch]:
    points = [template.copy(folder, s.lower()) for s in SITES]
    files: list[Batch] = []

    def do_export(i: int, lag: int) -> None:
        p = points[i]
        try:
            done = export.export_batch(p, folder / f"{len(files):03d}-{SITES[i]}.ppsync")
        except UserError:  # nothing new to send
            return
        files.append(Batch(done.path, i, done.seq_from, done.seq_to))
        with p.db.write_session() as s:  # the acknowledgement lags behind by a random amount
            settings.put(s, settings.ACKED, str(max(0, done.seq_to - lag % (done.seq_to + 1))))

    for i, (kind, a, b) in steps:
        p = points[i]
        code = f"{i + 1}{a}-1-{100 + b}"
        try:
            if kind == "add":
                add_household(p, code, f"户主{a}{b}")
            elif kind == "edit":
                households.update(p, code, members=a + b)
            elif kind == "shared":
                households.update(p, SHARED[a - 1], members=b)
            elif kind == "handover":
                counter.hand_over(p, [template.parcels[a % len(template.parcels)]])
            elif kind == "void":
                counter.void(p, template.parcels[a % len(template.parcels)], "发错了")
            elif kind == "export":
                do_export(i, a)
        except UserError:
            pass  # refused at that point (a household that exists, a parcel already out ...)
    for i in range(len(points)):  # what is left (again from a lagging acknowledgement)
        do_export(i, 0)
    for p in points:
        p.close()
    return files


def arrangements(files: list[Batch], rng: random.Random, n: int = ORDERS) -> list[list[Batch]]:
    """`n` random orders of the files, each with up to four files repeated (at random places)."""
    out = []
    for _ in range(n):
        order = files + [rng.choice(files) for _ in range(rng.randint(0, 4))] if files else []
        rng.shuffle(order)
        out.append(order)
    return out


def outcome(hub: Context) -> tuple[Any, ...]:
    with hub.read() as s:
        ids = tuple(r[0] for r in s.execute(text(
            "SELECT id FROM record WHERE site_id != 'HUB' ORDER BY id")))
        held = s.execute(text("SELECT count(*) FROM sync_held")).scalar_one()
        state = status.hub_state(s)
        marks = tuple((p.site_id, p.contiguous_to, tuple(p.gaps)) for p in state.points)
        return state_digest(s), ids, held, marks, state.conflicts


def check(template: Template, steps: list[tuple[Any, ...]], seed: int) -> Seen:
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    seen = Seen()
    try:
        files = play(folder, template, steps)
        seen.files = len(files)
        last: dict[int, int] = {}
        for f in files:
            seen.overlapping += f.seq_from <= last.get(f.point, 0)
            last[f.point] = f.seq_to
        hub = template.copy(folder, "hub")
        ordered = sorted(files, key=lambda f: (f.point, f.seq_from, f.path.name))
        results = importer.import_files(hub, [f.path for f in ordered])
        assert all(r.status == "imported" and not r.held for r in results), results
        expected = outcome(hub)
        hub.close()
        assert expected[2] == 0 and all(not gaps for _, _, gaps in expected[3])
        seen.records, seen.conflicts = len(expected[1]), len(expected[4])
        seen.kinds = {c["kind"] for c in expected[4]}
        for n, order in enumerate(arrangements(files, random.Random(seed))):
            hub = template.copy(folder, "hub", f"hub{n}")
            try:
                results = importer.import_files(hub, [f.path for f in order])
                assert all(r.status != "rejected" for r in results), results
                assert sum(r.status == "imported" for r in results) == len(files)
                seen.repeats += len(order) - len(files)
                seen.held += any(r.held for r in results)
                assert outcome(hub) == expected, f"order {[f.path.name for f in order]} differs"
            finally:
                hub.close()
        return seen
    finally:
        shutil.rmtree(folder, ignore_errors=True)

"""Any order, any duplicates, the same coordinator: random histories at several points (their own
households created and edited, and the coordinator's households edited at several points at
once, which makes conflicts), exported in random batches (overlapping where acknowledgements
lag), imported in random orders with files repeated, compared with one ordered import of the
same files: the same state digest, the same records, the same conflicts, no gap left."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import text
from tests.sync_data import add_household, enrol_point, make_hub

from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.sync import export, importer, settings, status

SITES = ("BZT", "DXL", "HXY")
EXAMPLES = int(os.environ.get("PICKUPPOINT_SYNC_EXAMPLES", "25"))  # the benchmark runs 1000
ORDERS = 4


@pytest.fixture(scope="module")
def template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="sync-template-"))
    hub = make_hub(folder)
    for room in (101, 102, 103):  # on every point's roster: edited at several points at once
        add_household(hub, f"9-1-{room}", f"共同户{room}")
    for site in SITES:
        enrol_point(hub, folder, site, f"{site} 接驳点").close()
    hub.close()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _copy(template: Path, into: Path, name: str) -> Context:
    shutil.copyfile(template / f"{name}.sqlite3", into / f"{name}.sqlite3")
    return Context.open(into / f"{name}.sqlite3", "测试员")


op = st.one_of(
    st.tuples(st.just("add"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("edit"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("shared"), st.integers(1, 3), st.integers(1, 6)),
    st.tuples(st.just("export"), st.integers(0, 100), st.just(0)),
)
history = st.lists(st.tuples(st.sampled_from(range(len(SITES))), op), min_size=1, max_size=25)


def _play(folder: Path, template: Path, steps) -> list[Path]:  # noqa: ANN001
    points = [_copy(template, folder, s.lower()) for s in SITES]
    highest = [0] * len(SITES)
    files: list[Path] = []

    def do_export(i: int, lag: int) -> None:
        p = points[i]
        try:
            done = export.export_batch(p, folder / f"{len(files):03d}-{SITES[i]}.ppsync")
        except Exception:  # noqa: BLE001 - nothing new to send
            return
        files.append(done.path)
        highest[i] = done.seq_to
        with p.db.write_session() as s:  # the acknowledgement lags behind by a random amount
            settings.put(s, settings.ACKED, str(max(0, done.seq_to - lag % (done.seq_to + 1))))

    for i, (kind, a, b) in steps:
        p = points[i]
        code = f"{i + 1}{a}-1-{100 + b}"
        with p.read() as s:
            exists = households.find(s, code) is not None
        if kind == "add" and not exists:
            add_household(p, f"{i + 1}{a}-1-{100 + b}", f"户主{a}{b}")
        elif kind == "edit" and exists:
            households.update(p, code, members=a + b)
        elif kind == "shared":
            households.update(p, f"9-1-{100 + a}", members=b)
        elif kind == "export":
            do_export(i, a)
    for i in range(len(points)):
        with points[i].db.write_session() as s:
            settings.put(s, settings.ACKED, str(highest[i]))
        do_export(i, 0)
    for p in points:
        p.close()
    return files


def _outcome(hub: Context) -> tuple:
    with hub.read() as s:
        ids = tuple(r[0] for r in s.execute(text("SELECT id FROM record WHERE site_id != 'HUB' ORDER BY id")))
        held = s.execute(text("SELECT count(*) FROM sync_held")).scalar_one()
        state = status.hub_state(s)
        marks = tuple((p.site_id, p.contiguous_to, tuple(p.gaps)) for p in state.points)
        return state_digest(s), ids, held, marks, state.conflicts


@hsettings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=history, data=st.data())
def test_any_order_with_duplicates_gives_the_ordered_state(template: Path, steps, data) -> None:  # noqa: ANN001
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    try:
        files = _play(folder, template, steps)
        hub = _copy(template, folder, "hub")
        ordered = sorted(files, key=lambda f: f.name.split("-")[1] + f.name)  # per point, in order
        importer.import_files(hub, ordered)
        expected = _outcome(hub)
        hub.close()
        assert expected[2] == 0 and all(not gaps for _, _, gaps in expected[3])
        for n in range(ORDERS):
            shutil.copyfile(template / "hub.sqlite3", folder / f"hub{n}.sqlite3")
            hub = Context.open(folder / f"hub{n}.sqlite3", "测试员")
            extra = data.draw(st.lists(st.sampled_from(files), max_size=4)) if files else []
            order = data.draw(st.permutations(files + extra))
            results = importer.import_files(hub, order)
            assert all(r.status != "rejected" for r in results)
            assert sum(r.status == "imported" for r in results) == len(files)
            assert _outcome(hub) == expected
            hub.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

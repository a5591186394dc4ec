"""Per-point assignment end to end: a coordinator with two points, the households of buildings
1–3 at point A and of 4–6 at point B; a round for both; parcels allocated on the coordinator
handed over at their points; a household moved from A to B; the files there and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from tests.sites import open_site, personal_of, records_of, take
from tests.sync_data import add_household, make_hub

from pickuppoint.errors import UserError
from pickuppoint.services.assign import commands as assign
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.households import records as households
from pickuppoint.services.log import integrity
from pickuppoint.services.log.digest import state_digest
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds import allocation
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.figures import figures
from pickuppoint.services.sync import enrol, export, importer

A_HOMES = [f"{b}-1-{r}" for b in (1, 2, 3) for r in (101, 102)]
B_HOMES = [f"{b}-1-{r}" for b in (4, 5, 6) for r in (101, 102)]


class Street:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hub = make_hub(folder)
        for code in A_HOMES + B_HOMES:
            add_household(self.hub, code, head="住户" + code.replace("-", ""))
        # B first, then A: A's setup file is made once both are assigned
        self.made_b = enrol.add_point(self.hub, "PB", "东兴路菜场", folder / "PB.setup", buildings=["4", "5", "6"])
        self.made_a = enrol.add_point(self.hub, "PA", "白竹亭东门", folder / "PA.setup", buildings=["1", "2", "3"])
        self.a = self._enrol("pa", self.made_a)
        self.b = self._enrol("pb", self.made_b)
        self.n = 0

    def _enrol(self, name: str, made: enrol.SetupMade) -> Context:
        ctx = Context.open(self.folder / f"{name}.sqlite3", "志愿者")
        enrol.enrol_from_setup(ctx, made.path, made.code)
        return ctx

    def file(self) -> Path:
        self.n += 1
        return self.folder / f"f{self.n}.ppsync"

    def to_hub(self, point: Context) -> None:
        [r] = importer.import_files(self.hub, [export.export_batch(point, self.file()).path])
        assert r.status == "imported", r.message

    def to_point(self, point: Context, site: str) -> int:
        u = export.export_update(self.hub, site, self.file())
        [r] = importer.import_files(point, [u.path])
        assert r.status == "imported", r.message
        return u.records

    def close(self) -> None:
        for c in (self.hub, self.a, self.b):
            c.close()


@pytest.fixture
def street(tmp_path: Path):
    s = Street(tmp_path)
    yield s
    s.close()


def shown_households(ctx: Context) -> list[str]:
    with ctx.read() as s:
        return sorted(h.code for h in households.search(s, households.Query(), limit=100))


def codes_of(ctx: Context, sql: str, **params: str) -> list[str]:
    with ctx.read() as s:
        return sorted(s.execute(text(sql), params).scalars())


def test_a_setup_file_holds_only_its_points_households(street: Street) -> None:
    assert codes_of(street.a, "SELECT code FROM household") == A_HOMES
    assert shown_households(street.a) == A_HOMES
    # B's file was made before A's households were assigned: it had them all, and its first
    # update takes A's away from its view (the rows stay, their records are in its log)
    assert shown_households(street.b) == sorted(A_HOMES + B_HOMES)
    street.to_hub(street.b)
    street.to_point(street.b, "PB")
    assert shown_households(street.b) == B_HOMES
    with street.b.read() as s:
        assert households.count(s, households.Query()) == len(B_HOMES)


def _allocate_for_both(street: Street) -> rounds.RoundData:
    rnd = rounds.create(street.hub, "4月10日 蔬菜包", kind="allocation", points=["PA", "PB"])
    made = allocation.allocate(street.hub, rnd.id)
    assert made.parcels == 12
    for point in (street.a, street.b):
        street.to_hub(point)
    street.to_point(street.a, "PA")
    street.to_point(street.b, "PB")
    return rnd


def _parcel_of(ctx: Context, home: str) -> str:
    with ctx.read() as s:
        return s.execute(text("SELECT code FROM parcel WHERE household_code = :h"), {"h": home}).scalar_one()


def test_parcels_allocated_on_the_coordinator_are_handed_over_at_their_points(street: Street) -> None:
    rnd = _allocate_for_both(street)
    with street.hub.read() as s:
        points = dict(s.execute(text("SELECT household_code, point_site FROM parcel")).all())
    assert {h: points[h] for h in A_HOMES} == dict.fromkeys(A_HOMES, "PA")
    assert {h: points[h] for h in B_HOMES} == dict.fromkeys(B_HOMES, "PB")
    for point, homes in ((street.a, A_HOMES), (street.b, B_HOMES)):
        with point.read() as s:
            assert [r.id for r in rounds.all_rounds(s)] == [rnd.id]
        assert codes_of(point, "SELECT household_code FROM parcel") == homes
    a_parcel = _parcel_of(street.a, A_HOMES[0])
    receiving.receive(street.a, rnd.id, a_parcel)
    with street.a.read() as s:
        card = counter.scan(s, "PA", a_parcel)
    assert card.verdict == "ok", card.refusal
    counter.hand_over(street.a, [a_parcel])
    b_parcel = _parcel_of(street.b, B_HOMES[0])
    counter.hand_over(street.b, [b_parcel])
    for point in (street.a, street.b):
        street.to_hub(point)
    with street.hub.read() as s:
        collected = dict(s.execute(text(
            "SELECT p.code, h.site_id FROM parcel p JOIN handover h ON h.parcel_code = p.code "
            "WHERE p.status = 'collected'")).all())
    assert collected == {a_parcel: "PA", b_parcel: "PB"}


def test_a_household_moved_from_a_to_b_goes_with_its_waiting_parcel(street: Street) -> None:
    rnd = _allocate_for_both(street)
    home = "3-1-101"
    moved = _parcel_of(street.a, home)
    receiving.receive(street.a, rnd.id, moved)  # on A's shelf when the household moves
    street.to_hub(street.a)
    done = assign.assign_households(street.hub, "PB", codes=[home])
    assert (done.households, done.parcels) == (1, 1)
    # B's next update brings the household with its history, and its parcel
    street.to_point(street.b, "PB")
    assert home in shown_households(street.b)
    with street.b.read() as s:
        assert households.get(s, home).head == "住户31101"
        card = counter.scan(s, "PB", moved)
    assert card.verdict != "refused", card.refusal
    # A's next update withdraws both from its view; the counter says what to do with the parcel
    street.to_point(street.a, "PA")
    assert home not in shown_households(street.a)
    assert codes_of(street.a, "SELECT code FROM household WHERE code = :h", h=home) == [home]
    with street.a.read() as s:
        card = counter.scan(s, "PA", moved)
    assert card.verdict == "refused" and card.refusal.id == "other_point"
    assert "东兴路菜场" in card.refusal.message and "放到一边" in card.refusal.message
    with pytest.raises(UserError):
        counter.hand_over(street.a, [moved])
    with street.a.read() as s:  # A's figures count only what is A's to hand over
        assert figures(s, rnd.id).expected == len(A_HOMES) - 1
        assert rounds.counts(s, rnd.id).received == 0
    counter.hand_over(street.b, [moved])
    street.to_hub(street.b)
    with street.hub.read() as s:
        assert s.execute(text("SELECT status FROM parcel WHERE code = :c"), {"c": moved}).scalar() == "collected"


def test_b_refuses_a_parcel_of_a_naming_a(street: Street) -> None:
    rnd = _allocate_for_both(street)
    home = "4-1-101"  # B's household, moved to A: B had its parcel, which is now A's
    parcel = _parcel_of(street.b, home)
    assign.assign_households(street.hub, "PA", codes=[home])
    street.to_point(street.b, "PB")
    with street.b.read() as s:
        card = counter.scan(s, "PB", parcel)
    assert card.refusal is not None and card.refusal.id == "other_point"
    assert card.refusal.message == "这个包裹应在白竹亭东门发放，不在本接驳点发放。"
    outcome = receiving.receive(street.b, rnd.id, parcel)
    assert outcome.kind == "other_point" and "白竹亭东门" in outcome.message


def test_the_round_trip_gives_the_same_state_everywhere(street: Street, tmp_path: Path) -> None:
    rnd = _allocate_for_both(street)
    counter.hand_over(street.a, [_parcel_of(street.a, A_HOMES[1])])
    counter.hand_over(street.b, [_parcel_of(street.b, B_HOMES[1])])
    assign.assign_households(street.hub, "PB", buildings=["3"])
    for point, site in ((street.a, "PA"), (street.b, "PB")):
        street.to_hub(point)
        street.to_point(point, site)
    # another database that takes every record the coordinator holds, newest first, agrees
    with street.hub.read() as s:
        want = state_digest(s)
    other = open_site(tmp_path, "Z99")
    take(other, list(reversed(records_of(street.hub))), personal_of(street.hub))
    with other.read() as s, street.hub.read() as hs:
        assert state_digest(s, sites=False) == state_digest(hs, sites=False)
    other.close()
    for ctx in (street.hub, street.a, street.b):
        with ctx.read() as s:
            before = state_digest(s)
        integrity.rebuild(ctx)
        with ctx.read() as s:
            assert state_digest(s) == before
        assert integrity.verify(ctx).ok
    with street.hub.read() as s:
        assert state_digest(s) == want
        assert rounds.get(s, rnd.id).points == ["PA", "PB"]
    assert shown_households(street.b) == sorted(["3-1-101", "3-1-102", *B_HOMES])
    assert shown_households(street.a) == A_HOMES[:4]


def test_assigning_checks_its_input_and_writes_nothing_when_refused(street: Street) -> None:
    with street.hub.read() as s:
        before = s.execute(text("SELECT count(*) FROM record")).scalar()
    with pytest.raises(UserError, match="没有登记接驳点 PX"):
        assign.assign_households(street.hub, "PX", buildings=["1"])
    with pytest.raises(UserError, match="没有 9 栋"):
        assign.assign_households(street.hub, "PA", buildings=["1", "9"])
    with pytest.raises(UserError, match="只有协调中心"):
        assign.assign_households(street.a, "PA", buildings=["1"])
    with pytest.raises(UserError, match="没有登记接驳点 PX"):
        rounds.create(street.hub, "4月11日", points=["PX"])
    with street.hub.read() as s:
        assert s.execute(text("SELECT count(*) FROM record")).scalar() == before


def test_a_round_for_one_point_goes_there_only_and_leaves_it_when_given_to_the_other(street: Street) -> None:
    add_household(street.hub, "9-1-101", head="无主户")  # assigned to no point
    rnd = rounds.create(street.hub, "4月12日 米面油", kind="allocation", points=["PA"])
    made = allocation.allocate(street.hub, rnd.id)
    assert made.households == len(A_HOMES) + 1  # A's households, and the one of no point
    with street.hub.read() as s:
        assert s.execute(text("SELECT point_site FROM parcel WHERE household_code = '9-1-101'")).scalar() == "PA"
    for point, site in ((street.a, "PA"), (street.b, "PB")):
        street.to_hub(point)
        street.to_point(point, site)
    with street.a.read() as s, street.b.read() as bs:
        assert [r.id for r in rounds.all_rounds(s)] == [rnd.id]
        assert rounds.all_rounds(bs) == []
        assert bs.execute(text("SELECT count(*) FROM round")).scalar() == 0
    assign.assign_round(street.hub, rnd.id, ["PB"])
    counter.hand_over(street.a, [_parcel_of(street.a, A_HOMES[0])])
    street.to_hub(street.a)
    street.to_point(street.a, "PA")
    with street.a.read() as s:  # A keeps the round while parcels of it are A's
        assert s.execute(text("SELECT points FROM round WHERE id = :i"), {"i": rnd.id}).scalar() == '["PB"]'
        assert [r.id for r in rounds.all_rounds(s)] == [rnd.id]
    rounds.update(street.hub, rnd.id, name="4月12日 米面油（改）")
    street.to_point(street.a, "PA")
    with street.a.read() as s:  # and hears of its changes
        assert rounds.get(s, rnd.id).name == "4月12日 米面油（改）"

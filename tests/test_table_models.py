"""The tables' paged base: scrolled to the end, a table holds every row of its query exactly
once and in the query's order, read a page at a time; a parcel taken off the missing list
while pages are still unread is neither shown again nor lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pickuppoint.services.demo import community as demo
from pickuppoint.services.households import records as households
from pickuppoint.services.parcels.records import add_synthetic_parcels
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds import view as round_view
from pickuppoint.ui.models.households_model import HouseholdsModel
from pickuppoint.ui.models.missing_model import MissingModel
from pickuppoint.ui.models.rounds_model import ParcelsModel, RoundsModel


def _scroll(model) -> list[int]:
    """Scroll to the end as a view would; the row count after each page."""
    counts = [model.rowCount()]
    while model.canFetchMore():
        model.fetchMore()
        counts.append(model.rowCount())
    return counts


def _community(ctx) -> str:
    demo.generate_households(ctx, 450, seed=4)
    add_synthetic_parcels(ctx, per_household=1)
    with ctx.read() as s:
        return rounds.all_rounds(s)[0].id


def test_households_are_read_a_page_at_a_time_and_all_of_them_once(app, ctx):
    _community(ctx)
    model = HouseholdsModel(ctx)
    model.set_query(households.Query())
    assert _scroll(model) == [200, 400, 450]
    with ctx.read() as s:
        expected = [h.code for h in households.search(s, households.Query(), 0, 1000)]
    assert [model.household(i).code for i in range(model.rowCount())] == expected
    assert model.total == 450 and model.row_of(expected[-1]) == 449
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 7)] == ["房号", "备注"]


def test_a_rounds_parcels_are_paged_and_the_rounds_are_read_at_once(app, ctx):
    round_id = _community(ctx)
    parcels = ParcelsModel(ctx)
    f = round_view.ParcelFilter(round_id=round_id)
    parcels.set_filter(f)
    assert _scroll(parcels) == [200, 400, 450] and parcels.total == 450
    with ctx.read() as s:
        assert [parcels.parcel(i).code for i in range(450)] == [
            p.code for p in round_view.page(s, f, 0, 1000)]
    parcels.set_filter(None)
    assert parcels.rowCount() == 0 and not parcels.canFetchMore()
    listed = RoundsModel(ctx)
    listed.reload()
    assert listed.rowCount() == 1 and listed.round(0).id == round_id and listed.row_of(round_id) == 0
    assert listed.columnCount() == 9 and listed.headerData(8, Qt.Orientation.Horizontal) == "未匹配"


def test_the_missing_list_skips_what_was_taken_off_before_its_page_was_read(app, ctx):
    round_id = _community(ctx)
    model = MissingModel(ctx)
    model.show_round(round_id)
    with ctx.read() as s:
        everything = [p.code for p in rp.missing(s, round_id, None, 0, 1000)]
    assert model.total == 450 and model.rowCount() == 200
    model.remove(everything[5])  # shown: goes at once
    model.remove(everything[300])  # not read yet: counted off, never shown
    assert model.rowCount() == 199 and model.total == 448
    _scroll(model)
    shown = [model.parcel(i).code for i in range(model.rowCount())]
    assert shown == [c for c in everything if c not in (everything[5], everything[300])]
    assert model.total == 448 and not model.canFetchMore()

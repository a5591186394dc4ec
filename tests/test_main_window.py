"""The main window: every page reachable from the navigation, each built when first shown."""

from __future__ import annotations

from pickuppoint.services.demo import community as demo
from pickuppoint.ui.main_window import MainWindow


def test_the_window_opens_on_the_counter_and_builds_other_pages_on_demand(app, qtbot, ctx):
    demo.generate_households(ctx, 40, seed=2)
    from pickuppoint.services.parcels.records import add_synthetic_parcels

    add_synthetic_parcels(ctx, per_household=1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "发放", "到货验收", "批次", "住户", "同步", "名单", "概览"]
    assert nav.currentRow() == 0 and list(window.pages) == ["counter"]
    for row, key in enumerate(["receiving", "rounds", "households", "sync", "lists", "dashboard"], start=1):
        nav.setCurrentRow(row)
        assert window.ui.pages.currentWidget() is window.pages[key]
        assert window.pages[key].title() == nav.item(row).text()
    assert window.ui.pages.count() == 7


def test_a_point_without_parcels_opens_on_the_roster(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ui.pages.currentWidget() is window.pages["households"]
    assert list(window.pages) == ["households"]

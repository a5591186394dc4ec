"""The dashboard: progress per round and per building as charts, the day's figures, updated in
place as the counter hands parcels over (the bars' values change, the charts are not rebuilt)."""

from __future__ import annotations

from lists_data import received_community
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.counter.payments import Payment


def _values(chart) -> list[list[float]]:
    return [[s.at(i) for i in range(s.count())] for s in chart.sets]


def test_figures_and_charts_follow_the_counter(app, qtbot, ctx):
    w = received_community(ctx)
    from pickuppoint.ui.pages.dashboard import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.busy(), timeout=5000)  # counted off the GUI thread
    assert page.rounds_chart.keys == [w.shop, w.veg] or page.rounds_chart.keys == [w.veg, w.shop]
    veg = page.rounds_chart.keys.index(w.veg)
    assert [v[veg] for v in _values(page.rounds_chart)] == [0, 3, 0]  # collected, waiting, not arrived
    page.ui.roundCombo.setCurrentIndex(page.ui.roundCombo.findData(w.veg))
    qtbot.waitUntil(lambda: page.buildings_chart.keys == ["3", "5"], timeout=5000)
    assert page.buildings_chart.keys == ["3", "5"] and _values(page.buildings_chart) == [[0, 0], [2, 1], [0, 0]]
    assert "在点待领\n6 件" == page.ui.waitingFigure.text()
    built = (page.rounds_chart.rebuilt, page.buildings_chart.rebuilt)
    hand_over(ctx, [w.codes["veg501"], w.codes["rice501"]], payment=Payment("cash"))
    page.refresh()
    qtbot.waitUntil(lambda: [v[veg] for v in _values(page.rounds_chart)] == [1, 2, 0], timeout=5000)
    qtbot.waitUntil(lambda: _values(page.buildings_chart) == [[1, 0], [1, 1], [0, 0]], timeout=5000)
    assert "39.90" in page.ui.moneyFigure.text() and "今日发放\n2 件" in page.ui.handedFigure.text()
    # hidden, the page only notes that it is out of date, and catches up when shown again
    page.hide()
    hand_over(ctx, [w.codes["veg502"], w.codes["fruit502"]])
    page.refresh()
    assert not page.busy() and [v[veg] for v in _values(page.rounds_chart)] == [1, 2, 0]
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: [v[veg] for v in _values(page.rounds_chart)] == [2, 1, 0], timeout=5000)
    assert (page.rounds_chart.rebuilt, page.buildings_chart.rebuilt) == built  # updated in place

"""Every page fits a 1366x768 screen in both languages: the window does not grow, no widget is
cut off (ui/fit.py), the navigation column keeps its width, the recent handovers' columns are
not cut. The counter and the receiving page are looked at with cards shown (green with several
parcels, red with a long reason, the receiving desk's question), the way they are used."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pickuppoint.services.counter import handover as counter
from pickuppoint.services.demo import community as demo

SIZE = (1366, 768)


@pytest.fixture
def dctx(tmp_path):
    """The demo community (its own site)."""
    from pickuppoint.services.context import Context

    context = Context.open(tmp_path / "demo.sqlite3", "李晓东")
    demo.ensure_demo(context)
    yield context
    context.close()


@pytest.fixture(params=["zh_CN", "en"])
def window(request, app, qtbot, dctx):
    from pickuppoint.ui.app import application
    from pickuppoint.ui.main_window import MainWindow

    application(request.param)
    try:
        w = MainWindow(dctx)
        qtbot.addWidget(w)
        w.resize(*SIZE)
        w.show()
        qtbot.waitExposed(w)
        yield w
    finally:
        application("zh_CN")


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def fits(window, nav_width: int) -> None:
    from pickuppoint.ui.fit import clipped

    assert (window.width(), window.height()) == SIZE
    assert clipped(window) == []
    assert window.ui.navigation.width() == nav_width


def test_every_page_fits_1366x768(window, qtbot, dctx):
    ctx = dctx
    from pickuppoint.ui.fit import cut_columns

    settle(qtbot)
    nav = window.ui.navigation.width()
    with ctx.read() as s:
        waiting = s.execute(text(
            "SELECT p.code FROM parcel p WHERE p.status = 'received' AND p.household_code IN "
            "(SELECT household_code FROM parcel GROUP BY household_code HAVING count(*) > 1) "
            "ORDER BY p.sort_key LIMIT 3")).scalars().all()
    for code in waiting[1:]:  # recent handovers with amounts, for the history's columns
        counter.hand_over(ctx, [code])
    for spec in window.specs:
        page = window.show_page(spec.key)
        if hasattr(page, "ready"):  # the Lists page: every page of the list made (on a loaded
            qtbot.waitUntil(page.ready, timeout=30_000)  # machine the summary's two lines may be mid-way)
        settle(qtbot)
        fits(window, nav)

    page = window.show_page("counter")
    page.refresh()
    page.on_scan(waiting[0])  # green, with the household's other parcels listed
    settle(qtbot)
    assert page.ui.waitingList.count() > 1
    fits(window, nav)
    page.clear()
    page.on_scan(waiting[1])  # red: already collected, with who and when
    settle(qtbot)
    assert page.card.refusal is not None
    fits(window, nav)
    qtbot.waitUntil(lambda: page.history.rowCount() >= 2, timeout=3000)
    settle(qtbot)
    assert cut_columns(page.ui.historyView) == []

    page = window.show_page("receiving")
    settle(qtbot)
    with ctx.read() as s:
        code = s.execute(text("SELECT code FROM parcel WHERE round_id = :r AND status = 'expected' "
                              "LIMIT 1"), {"r": page.round_id}).scalar()
    page.on_scan(code)
    settle(qtbot)
    fits(window, nav)
    page.on_scan(code[:-1] + ("X" if code[-1] != "X" else "Y"))  # a misread: red, long sentence
    settle(qtbot)
    fits(window, nav)


def test_the_default_window_fits_a_768_pixel_screen(app, qtbot, ctx):
    from pickuppoint.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.height() <= 768 - 68  # a task bar and the title bar still leave the status bar in view
    assert w.minimumSizeHint().height() <= 700


def test_large_text_enlarges_the_counter_card_and_it_still_fits(window, qtbot, dctx):
    """Large text (Ctrl+=) makes the card's fixed sizes larger too, switched on with the window
    open, and the counter with a card of several parcels still fits 1366x768; off again, the
    sizes are back."""
    from pickuppoint.ui import settings
    from pickuppoint.ui.large_text import STYLE_SCALE

    ctx = dctx
    settle(qtbot)
    nav = window.ui.navigation.width()
    page = window.show_page("counter")
    with ctx.read() as s:
        code = s.execute(text(
            "SELECT p.code FROM parcel p WHERE p.status = 'received' AND p.household_code IN "
            "(SELECT household_code FROM parcel GROUP BY household_code HAVING count(*) > 1) "
            "ORDER BY p.sort_key LIMIT 1")).scalar()
    page.on_scan(code)
    settle(qtbot)
    normal = {w.objectName(): w.font().pointSize() for w in (page.ui.headLabel, page.ui.itemLabel,
                                                             page.ui.waitingList, page.ui.scanField)}
    try:
        window.ui.actionLargeText.trigger()
        settle(qtbot)
        assert QApplication.font().pointSize() == settings.LARGE_POINT_SIZE
        large = {name: getattr(page.ui, name).font().pointSize() for name in normal}
        assert large == {name: round(pt * STYLE_SCALE) for name, pt in normal.items()}
        assert page.ui.waitingList.count() > 1
        fits(window, nav)
        for key in ("receiving", "dashboard"):
            window.show_page(key)
            settle(qtbot)
            fits(window, nav)
        window.show_page("counter")
        settle(qtbot)
        fits(window, nav)
    finally:
        window.ui.actionLargeText.trigger()
        settle(qtbot)
    assert {name: getattr(page.ui, name).font().pointSize() for name in normal} == normal

"""The status bar names the round the counter is working on (or how many rounds are open), and
follows the counter as it hands parcels over, without the window being reopened."""

from __future__ import annotations

from pickuppoint.services.counter import handover as counter
from pickuppoint.services.receiving import records as receiving
from receiving_data import truck


def test_the_status_bar_follows_the_round_the_counter_works_on(app, qtbot, ctx, tmp_path):
    from pickuppoint.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    label = window.round_label
    qtbot.waitUntil(lambda: not label.busy(), timeout=5000)
    assert not label.isVisible()  # no round yet: nothing to say
    t = truck(ctx, 4)  # a round of 4 parcels, and another round of 1
    qtbot.waitUntil(lambda: label.text() == "进行中的批次：2 个", timeout=5000)
    assert label.isVisible()
    receiving.receive_many(ctx, t.round_id, t.codes)
    counter.hand_over(ctx, [t.codes[0]])
    qtbot.waitUntil(lambda: label.text() == "当前批次：4月10日 蔬菜包（还剩 3 / 4 件）", timeout=5000)
    for code in t.codes[1:]:
        counter.hand_over(ctx, [code])
    # the round is done: the one round still open is named
    qtbot.waitUntil(lambda: label.text() == "当前批次：4月8日 米面油（还剩 1 / 1 件）", timeout=5000)
    counter.void(ctx, t.codes[3], "拿错了")  # one parcel back: the counter's round again
    qtbot.waitUntil(lambda: label.text() == "当前批次：4月10日 蔬菜包（还剩 1 / 4 件）", timeout=5000)
    window.statusBar().grab().save(str(tmp_path / "status.png"))

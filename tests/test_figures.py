"""One definition of a round's figures (services/rounds/figures.py): the receiving page, the
rounds page and the counter's "left" line say the same numbers for the same round."""

from __future__ import annotations

from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.shift import remaining
from pickuppoint.services.parcels.cancel import cancel_parcel
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds.figures import figures
from receiving_data import truck


def test_every_page_counts_a_round_alike(app, ctx):
    from pickuppoint.ui.models.rounds_model import R_COLLECTED, R_EXPECTED, R_RECEIVED, RoundsModel

    t = truck(ctx, 10)
    receiving.receive_many(ctx, t.round_id, t.codes[:6])
    receiving.receive_many(ctx, t.round_id, ["YH-EXTRA-0001", "YH-EXTRA-0002"])  # surplus
    for code in t.codes[:3]:
        counter.hand_over(ctx, [code])
    cancel_parcel(ctx, t.codes[9], "订单取消")
    with ctx.read() as s:
        f = figures(s, t.round_id)
        prog = rp.progress(s, t.round_id).total
        left = next(r for r in remaining(s) if r.round_id == t.round_id)
    assert f.to_json() == {"expected": 9, "received": 6, "missing": 3, "surplus": 2, "collected": 3,
                           "left": 6, "damaged": 0}
    assert (prog.expected, prog.received, prog.missing, prog.surplus) == (9, 6, 3, 2)
    assert (left.waiting, left.total) == (6, 9)  # surplus parcels are not "left" of the round
    model = RoundsModel(ctx)
    model.reload()
    row = next(i for i in range(model.rowCount()) if model.round(i).id == t.round_id)
    shown = [model.index(row, c).data() for c in (R_EXPECTED, R_RECEIVED, R_COLLECTED)]
    assert shown == ["9", "6", "3"]


def test_no_label_is_printed_for_a_surplus_parcel(ctx):
    from pickuppoint.documents.labels import label_counts, label_rows

    t = truck(ctx, 4)
    receiving.receive(ctx, t.round_id, "YH-EXTRA-0001")
    with ctx.read() as s:
        assert [r.code for r in label_rows(s, t.round_id)] == t.codes
        assert label_counts(s, t.round_id)[0] == 4


def test_rounds_list_says_the_same_figures(ctx, capsys):
    from cli_helpers import run_cli

    t = truck(ctx, 5)
    receiving.receive_many(ctx, t.round_id, t.codes[:2] + ["YH-EXTRA-0001"])
    counter.hand_over(ctx, [t.codes[0]])
    data = run_cli(capsys, "--db", ctx.db.path, "rounds", "list", "--json").json()
    [listed] = [r for r in data["rounds"] if r["id"] == t.round_id]
    assert listed["figures"] == {"expected": 5, "received": 2, "missing": 3, "surplus": 1,
                                 "collected": 1, "left": 4, "damaged": 0}
    out = run_cli(capsys, "--db", ctx.db.path, "rounds", "list").out
    assert "应到 5，已到 2，多出 1，已领取 1，还剩 4" in out


def test_the_overview_says_the_rounds_page_and_the_cli_figures(app, qtbot, ctx, capsys):
    """A round with every kind of parcel: surplus, damaged (listed and surplus), cancelled, a
    voided handover: the Overview (概览) shows the figures the Rounds page and `rounds list
    --json` give, and its bars add up to them."""
    from cli_helpers import run_cli
    from pickuppoint.ui.models.rounds_model import R_COLLECTED, R_EXPECTED, R_RECEIVED, RoundsModel
    from pickuppoint.ui.pages.dashboard import DashboardPage

    t = truck(ctx, 12)
    receiving.receive_many(ctx, t.round_id, t.codes[:8])
    receiving.receive_many(ctx, t.round_id, ["YH-EXTRA-0001", "YH-EXTRA-0002"])  # surplus
    receiving.mark_damaged(ctx, t.codes[7], "压坏了")
    receiving.mark_damaged(ctx, "YH-EXTRA-0002", "漏了")
    for code in t.codes[:4]:
        counter.hand_over(ctx, [code])
    counter.void(ctx, t.codes[3], "拿错了")  # back to received
    cancel_parcel(ctx, t.codes[11], "订单取消")
    listed = next(r for r in run_cli(capsys, "--db", ctx.db.path, "rounds", "list", "--json").json()["rounds"]
                  if r["id"] == t.round_id)["figures"]
    assert listed == {"expected": 11, "received": 8, "missing": 3, "surplus": 2, "collected": 3,
                      "left": 8, "damaged": 2}
    model = RoundsModel(ctx)
    model.reload()
    row = next(i for i in range(model.rowCount()) if model.round(i).id == t.round_id)
    assert [model.index(row, c).data() for c in (R_EXPECTED, R_RECEIVED, R_COLLECTED)] == ["11", "8", "3"]

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1090, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.busy() and page.ui.roundFigures.text() != "", timeout=5000)
    assert page.ui.roundCombo.currentData() == t.round_id
    assert page.ui.roundFigures.text() == "应到 11　已到 8　还没到 3　多出 2　已领取 3　还剩 8　破损 2"
    i = page.rounds_chart.keys.index(t.round_id)
    bars = [s.at(i) for s in page.rounds_chart.sets]  # collected, at the point, not arrived
    assert bars == [listed["collected"], listed["received"] - listed["collected"], listed["missing"]]
    assert sum(bars) == listed["expected"]
    per_building = [[s.at(j) for j in range(s.count())] for s in page.buildings_chart.sets]
    assert [sum(v) for v in per_building] == bars  # the buildings add up to the round

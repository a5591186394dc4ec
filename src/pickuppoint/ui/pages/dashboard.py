"""The Dashboard page (概览): the day's figures at a glance, collection progress per round and,
for one round, per building, as stacked bar charts (QtCharts). As the counter works, the bars'
values are replaced in place (QBarSet.replace): the charts are built again only when the rounds
or buildings themselves change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.lists import daily
from pickuppoint.services.lists import dashboard as service
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.ui.forms.ui_dashboard_page import Ui_DashboardPage
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.tasks import run_in_background

REDRAW_DELAY_MS = 300  # a burst of scans redraws once


class ProgressChart(QChartView):
    """Stacked bars: collected / waiting at the point / not arrived, one bar per key (lying
    down for rounds, whose names are long; standing for buildings)."""

    def __init__(self, title: str, parent: QWidget | None = None, horizontal: bool = True):
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.setTitle(title)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)
        self.keys: list[str] = []
        self.rebuilt = 0  # how many times the series were made anew (tests: updates are in place)
        self.sets: list[QBarSet] = []

    def show_progress(self, rows: list[service.Progress]) -> None:
        keys = [r.key for r in rows]
        values = [[r.collected for r in rows], [r.waiting for r in rows], [r.expected for r in rows]]
        if keys != self.keys or not self.sets:  # the first figures may be none at all
            self._rebuild(rows)
        for bar_set, vals in zip(self.sets, values, strict=True):
            for i, v in enumerate(vals):
                if bar_set.at(i) != v:
                    bar_set.replace(i, v)
        top = max((r.total for r in rows), default=0)
        axis = self.chart_.axes(Qt.Orientation.Horizontal if self.horizontal else Qt.Orientation.Vertical)
        if axis:
            axis[0].setRange(0, max(1, top))

    def _rebuild(self, rows: list[service.Progress]) -> None:
        self.rebuilt += 1
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
        self.sets = []
        for label, colour in (
            (self.tr("已领取"), "#2e7d32"),
            (self.tr("在点待领"), "#f9a825"),
            (self.tr("未到货"), "#bdbdbd"),
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.append([0] * len(rows))
            series.append(bar_set)
            self.sets.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.label for r in rows])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.keys = [r.key for r in rows]


class DashboardPage(Page):
    KINDS = frozenset({"round.", "parcel.", "handover."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.rounds_chart = ProgressChart(self.tr("各批次领取进度"), ui.roundsHost)
        self.buildings_chart = ProgressChart(self.tr("各楼栋领取进度"), ui.buildingsHost, horizontal=False)
        ui.roundsLayout.addWidget(self.rounds_chart)
        ui.buildingsLayout.addWidget(self.buildings_chart)
        for label in (ui.receivedFigure, ui.handedFigure, ui.waitingFigure, ui.moneyFigure):
            label.setStyleSheet(
                "font-size: 15pt; border: 1px solid #bdbdbd; border-radius: 6px; padding: 8px;background: #ffffff;"
            )
        ui.roundCombo.currentIndexChanged.connect(lambda _i: self.update_buildings())
        self.report: daily.DailyReport | None = None
        self.rounds: list[service.Progress] = []
        self._buildings_of: str | None = None
        self._pending = True
        self.generation = 0
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.update_all)
        self.update_all()

    def refresh(self) -> None:
        """A record the page shows was written: redraw soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def activated(self) -> None:
        if self._stale:
            self.update_all()

    def update_all(self) -> None:
        """Counted in the thread pool (a point may hold a million parcels), drawn when done."""
        self._stale = False
        self._pending = True
        self.generation += 1
        generation = self.generation
        run_in_background(
            _figures, self.ctx, self.ui.roundCombo.currentData(), on_done=lambda r: self._show(generation, *r)
        )

    def busy(self) -> bool:
        return self._timer.isActive() or self._pending

    def _show(
        self,
        generation: int,
        rounds: list[service.Progress],
        report: daily.DailyReport,
        buildings: list[service.Progress] | None,
    ) -> None:
        if generation != self.generation:
            return
        self.report = report
        self.rounds = rounds
        self.rounds_chart.show_progress(rounds)
        combo = self.ui.roundCombo
        if [combo.itemData(i) for i in range(combo.count())] != [r.key for r in reversed(rounds)]:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for r in reversed(rounds):
                combo.addItem(r.label, r.key)
            busiest = max(rounds, key=lambda r: (r.waiting, r.collected), default=None)
            combo.setCurrentIndex(max(0, combo.findData(chosen if chosen else busiest.key if busiest else None)))
            combo.blockSignals(False)
        if buildings is not None and combo.currentData() == self._buildings_of:
            self._draw_buildings(buildings)
            self._show_round_figures()
        else:
            self.update_buildings()
        r = report
        ui = self.ui
        ui.receivedFigure.setText(self.tr("今日到货\n{n} 件").format(n=f"{r.received:,}"))
        ui.handedFigure.setText(
            self.tr("今日发放\n{n} 件（代领 {proxy}，送货 {door}）").format(
                n=f"{r.handed_over:,}", proxy=r.by_collector.get("proxy", 0), door=r.by_collector.get("door", 0)
            )
        )
        ui.waitingFigure.setText(self.tr("在点待领\n{n} 件").format(n=f"{r.uncollected:,}"))
        ui.moneyFigure.setText(self.tr("今日收款\n{amount} 元").format(amount=format_yuan(r.collected_cents)))
        self._pending = False

    def update_buildings(self) -> None:
        round_id = self.ui.roundCombo.currentData()
        rows = []
        if round_id:
            with self.ctx.read() as s:
                rows = service.by_building(s, default_scope(self.ctx), round_id)  # one round: quick
        self._buildings_of = round_id
        self._draw_buildings(rows)
        self._show_round_figures()

    def _show_round_figures(self) -> None:
        """The chosen round's figures in the words of the Rounds page (rounds/figures.py)."""
        chosen = self.ui.roundCombo.currentData()
        f = next((r.figures for r in self.rounds if r.key == chosen), None)
        self.ui.roundFigures.setText("" if f is None else self.tr(
            "应到 {expected}　已到 {received}　还没到 {missing}　多出 {surplus}　已领取 {collected}"
            "　还剩 {left}　破损 {damaged}").format(**{k: f"{v:,}" for k, v in f.to_json().items()}))

    def _draw_buildings(self, rows: list[service.Progress]) -> None:
        self.buildings_chart.show_progress(
            [
                service.Progress(
                    p.key, self.tr("{building}栋").format(building=p.label), p.collected, p.waiting, p.expected
                )
                for p in rows
            ]
        )


def _figures(ctx: Context, round_id: str | None):  # noqa: ANN202 - (rounds, report, buildings)
    scope = default_scope(ctx)
    with ctx.read() as s:
        rounds = service.by_round(s, scope)
        report = daily.query(s, date.today(), scope, ctx.site.name, "", ctx.operator)
        buildings = service.by_building(s, scope, round_id) if round_id else None
    return rounds, report, buildings

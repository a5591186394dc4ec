"""Receiving (到货验收): the truck is unloaded and every parcel scanned against the round. The scan
field keeps the focus (scanner bursts that land elsewhere are routed to it). Each scan is
decided at once (services/receiving/desk.py `ScanSession`) and shown as a big coloured line with
a tone: green received, amber already received or surplus, red another round, misread or
refused; the household code largest. The records are written off the GUI thread in batches, so
the scanner never waits. F2 (or 标记破损) marks the last scanned parcel damaged, with the note typed
beside it. A code on no list that resembles a listed one (services/receiving/lookalike.py) is
not recorded as surplus: the card asks, Enter confirms it as surplus, Esc or another scan drops
it. F5 (撤销验收) undoes the receipt selected in the recent scans (or the newest), with a reason
(those two, tick by household and the sheet: receiving_actions.py). Progress overall and by
building; the missing list (click a building to see only its parcels) with 按户签收 for a household
whose labels are missing; 到货签收单 prints the goods-received sheet for the driver to sign.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QListWidgetItem, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.receiving.desk import ScanSession
from pickuppoint.services.receiving.records import ReceiveOutcome
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui.feedback import COLOURS, Sounds, Verdict
from pickuppoint.ui.forms.ui_receiving_page import Ui_ReceivingPage
from pickuppoint.ui.models.missing_model import MissingModel
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.pages.receiving_actions import ReceivingActions
from pickuppoint.ui.pages.receiving_panels import ProgressPanel
from pickuppoint.ui.pages.receiving_writer import BatchWriter
from pickuppoint.ui.tasks import run_in_background
from pickuppoint.ui.widgets.scan_field import BurstRouter

ROUND_SETTING = "receiving/round"
RECENT = 12
_VERDICTS = {"ok": Verdict.OK, "warn": Verdict.WARN, "refused": Verdict.REFUSE}

STYLE = """
#roundLabel, #scanLabel { font-size: 15pt; }
#roundCombo { font-size: 14pt; }
#scanField { font-size: 24pt; padding: 4px 10px; min-height: 48px; }
#noteEdit { font-size: 13pt; min-height: 36px; }
#damagedButton, #sheetButton { font-size: 14pt; padding: 8px 12px; }
#householdLabel { font-size: 64pt; font-weight: bold; }
#verdictLabel { font-size: 24pt; font-weight: bold; }
#detailLabel { font-size: 16pt; }
#progressLabel { font-size: 20pt; font-weight: bold; }
#countsLabel { font-size: 15pt; }
#progressBar { font-size: 12pt; }
#buildingTitle, #recentTitle, #missingTitle { font-size: 13pt; font-weight: bold; }
#buildingTable, #missingView { font-size: 12pt; }
#recentList { font-size: 11pt; }
"""


def card_style(verdict: Verdict | None) -> str:
    if verdict is None:
        return "#card { background-color: #eef1f4; border-radius: 10px; }"
    bg, fg = COLOURS[verdict]
    return (f"#card {{ background-color: {bg}; border-radius: 10px; }} "
            f"#card QLabel {{ color: {fg}; background: transparent; }}")


def _read_progress(ctx: Context, round_id: str) -> rp.RoundProgress:
    with ctx.read() as s:
        return rp.progress(s, round_id)


class ReceivingPage(ReceivingActions, Page):
    KINDS = frozenset({"parcel.", "round.", "handover.", "household."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ReceivingPage()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.sounds = Sounds(self)
        self.desk: ScanSession | None = None
        self.last: ReceiveOutcome | None = None  # the last parcel scanned (F2 marks it)
        self.asking: ReceiveOutcome | None = None  # a lookalike code waiting for Enter (surplus) or Esc
        self.dialog: QDialog | None = None  # the open dialog, if any (tests reach it here)
        self.progress: rp.RoundProgress | None = None
        self.writer = BatchWriter(ctx, self)
        self.writer.drained.connect(self._drained)
        self.writer.failed.connect(self._write_failed)
        self._reading = 0
        self._stale = False  # something changed while the page was hidden
        self._when_idle: list[Callable[[], None]] = []

        self.field = self.ui.scanField
        self.router = BurstRouter(self.field)
        self.field.scanned.connect(self.on_scan)
        self.field.double_read.connect(
            lambda _c: self.status_message.emit(self.tr("同一条码连续读到两次，已忽略第二次。")))
        self.field.installEventFilter(self)
        self.ui.noteEdit.installEventFilter(self)
        self.ui.damagedButton.clicked.connect(lambda: (self.mark_damaged(), self.focus_scan()))
        self.ui.sheetButton.clicked.connect(self.print_sheet)
        self.ui.householdButton.clicked.connect(lambda: (self.receive_household(), self.focus_scan()))
        self.ui.undoButton.clicked.connect(lambda: (self.undo(), self.focus_scan()))
        self.ui.recentList.itemClicked.connect(lambda _i: self.focus_scan())
        self.ui.recentList.setWordWrap(True)
        self.ui.recentList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.allBuildingsButton.clicked.connect(lambda: (self.ui.buildingTable.clearSelection(),
                                                             self.focus_scan()))

        self.missing = MissingModel(ctx, self)
        view = self.ui.missingView
        view.setModel(self.missing)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: (self.receive_household(), self.focus_scan()))
        self.panel = ProgressPanel(self.ui, self.missing, self)
        self.ui.buildingTable.itemSelectionChanged.connect(self._building_chosen)
        self.ui.splitter.setSizes([380, 700])

        self.ui.roundCombo.currentIndexChanged.connect(lambda _i: self._round_chosen())
        # chosen with the mouse or the keyboard: the next scan goes to the scan field, whole
        self.ui.roundCombo.activated.connect(lambda _i: QTimer.singleShot(0, self.focus_scan))
        self._load_rounds(str(QSettings().value(ROUND_SETTING, "") or ""))
        self.clear_card()

    # --- focus and keys ---------------------------------------------------------------------

    def focus_scan(self) -> None:
        """The keyboard back to the scan field (and to this window, after a dialog closed)."""
        if self.dialog is None:
            if self.isVisible() and not self.window().isActiveWindow():
                self.window().activateWindow()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.router)
        if self._stale:
            self.refresh()
        QTimer.singleShot(0, self.focus_scan)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        QApplication.instance().removeEventFilter(self.router)
        super().hideEvent(event)

    def activated(self) -> None:
        self.focus_scan()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.KeyPress and obj in (self.field, self.ui.noteEdit):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_F2:
                self.mark_damaged()
                self.focus_scan()
                return True
            if key_event.key() == Qt.Key.Key_F5:
                self.undo()
                return True
            if obj is self.field and self.asking is not None and not self.field.text().strip():
                if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.confirm_surplus()
                    return True
                if key_event.key() == Qt.Key.Key_Escape:
                    self.drop_question()
                    return True
            if obj is self.ui.noteEdit and key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.mark_damaged()
                self.focus_scan()
                return True
        return super().eventFilter(obj, event)

    # --- the round ----------------------------------------------------------------------------

    def _load_rounds(self, wanted: str = "") -> None:
        combo = self.ui.roundCombo
        current = wanted or (self.desk.round_id if self.desk else "")
        with self.ctx.read() as s:
            all_rounds = rounds.all_rounds(s)
            if not current:  # the newest round still waiting for parcels
                for r in all_rounds:
                    if rp.has_missing(s, r.id):
                        current = r.id
                        break
        combo.blockSignals(True)
        combo.clear()
        for r in all_rounds:
            combo.addItem(self.tr("{name}（{date}）").format(name=r.name, date=r.date), r.id)
        if not all_rounds:
            combo.addItem(self.tr("还没有批次：请先在“批次”页建立"), None)
        index = combo.findData(current) if current else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.currentData() != (self.desk.round_id if self.desk else None):
            self._round_chosen()

    def _round_chosen(self) -> None:
        round_id = self.ui.roundCombo.currentData()
        self.desk = ScanSession(self.ctx, round_id) if round_id else None
        self.writer.set_desk(self.desk)
        self.last = None
        self.asking = None  # a question about another round's scan is not this round's
        if round_id:
            QSettings().setValue(ROUND_SETTING, round_id)
        rnd = self.desk.round if self.desk else None
        self.ui.supplierLabel.setText(
            self.tr("供货方：{supplier}").format(supplier=rnd.supplier) if rnd and rnd.supplier else "")
        self.ui.sheetButton.setEnabled(rnd is not None)
        self.ui.buildingTable.blockSignals(True)
        self.ui.buildingTable.clearSelection()
        self.ui.buildingTable.blockSignals(False)
        self.missing.show_round(round_id)
        self.panel.update_missing_title()
        self.ui.recentList.clear()
        self.clear_card()
        # the counts: set_desk above started writing what was waiting; once written (drained,
        # at once when nothing was), the page reads them for this round

    @property
    def round_id(self) -> str | None:
        return self.desk.round_id if self.desk else None

    # --- scanning -----------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        self.asking = None  # a question left open is dropped by the next scan
        if self.desk is None:
            self._show(Verdict.REFUSE, self.tr("请先选择要验收的批次。"), "", "")
            return
        try:
            out = self.desk.scan(code)
            if out.kind == "household":  # a room number typed in: tick that household
                self.receive_household(out.code)
                return
        except UserError as exc:
            self._show(Verdict.REFUSE, exc.message, "", "")
            return
        if out.kind == "lookalike":
            self.ask(out)
            return
        self.show_outcome(out)
        if out.kind == "received":
            self.missing.remove(out.code)
            self.panel.update_missing_title()
        if out.parcel is not None or out.kind == "surplus":
            self.last = out
        self.writer.kick()

    def show_outcome(self, out: ReceiveOutcome) -> None:
        verdict = _VERDICTS[out.verdict]
        big = out.household_code
        if out.kind == "surplus":
            big = self.tr("多出")
        elif not big and out.parcel is not None:
            big = self.tr("无住户")
        detail = ""
        if out.parcel is not None:
            p = out.parcel
            detail = "  ".join(x for x in (p.recipient, p.item, p.code) if x)
        elif out.kind == "surplus":
            detail = self.tr("请单独放置，并在签收单上注明。")
        self._show(verdict, out.message, big, detail)
        if out.kind != "already_received":  # a second scan says so quietly
            self.sounds.play(verdict)
        self._recent(out)

    def _show(self, verdict: Verdict | None, message: str, big: str, detail: str) -> None:
        style = card_style(verdict)
        if style != self.ui.card.styleSheet():  # restyling costs milliseconds: only on a change
            self.ui.card.setStyleSheet(style)
        self.ui.verdictLabel.setText(message)
        self.ui.householdLabel.setText(big)
        self.ui.householdLabel.setVisible(bool(big))
        self.ui.detailLabel.setText(detail)

    def clear_card(self) -> None:
        self._show(None, self.tr("请逐件扫描包裹条码。多出的包裹会自动登记；破损的扫完按 F2。") if self.desk
                   else self.tr("请先选择要验收的批次。"), "", "")

    def _recent(self, out: ReceiveOutcome) -> None:
        """The scan in the list of recent ones; a recorded one shows ✓ only once its record is
        committed (… until then; ✗ if the write failed)."""
        mark = {"ok": "✓", "warn": "!", "refused": "✗"}[out.verdict]
        pending = out.verdict == "ok" and out.recorded
        text = self.tr("{mark} {household}  {message}").format(
            mark="…" if pending else mark, household=out.household_code or "—", message=out.message)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole,  # what F5 undoes when this line is selected
                     out.code if out.parcel is not None or out.kind == "surplus" else "")
        self.ui.recentList.insertItem(0, item)
        if pending:
            def committed(ok: bool, item: QListWidgetItem = item) -> None:
                if self.ui.recentList.row(item) >= 0:
                    item.setText("✓" + item.text()[1:] if ok else "✗" + item.text()[1:])
            self.writer.when_committed(committed)
        while self.ui.recentList.count() > RECENT:
            self.ui.recentList.takeItem(RECENT)

    def mark_damaged(self) -> None:
        """F2: the last scanned parcel is damaged (note from the field beside the button)."""
        if self.desk is None or self.last is None:
            self.status_message.emit(self.tr("请先扫描破损的包裹，再按 F2。"))
            self.sounds.play(Verdict.REFUSE)
            return
        note = self.ui.noteEdit.text()
        try:
            out = self.desk.mark_damaged(self.last.code, note)
        except UserError as exc:
            self._show(Verdict.REFUSE, exc.message, self.last.household_code, "")
            self.sounds.play(Verdict.REFUSE)
            return
        self.missing.remove(out.code)
        self.panel.update_missing_title()
        self.ui.noteEdit.clear()
        message = self.tr("{message}（{note}）").format(message=out.message, note=note.strip()) \
            if note.strip() else out.message
        self._show(Verdict.WARN, message,
                   self.last.household_code or self.ui.householdLabel.text(), self.ui.detailLabel.text())
        self.sounds.play(Verdict.WARN)
        self._recent(out)
        self.writer.kick()

    # --- writing, off the GUI thread ----------------------------------------------------------

    @property
    def idle(self) -> bool:
        """Nothing decided is still unwritten, and the counts on screen are up to date."""
        return not self.writer.busy and not self._reading

    def when_idle(self, callback: Callable[[], None]) -> None:
        if self.idle:
            callback()
        else:
            self._when_idle.append(callback)
            self.writer.kick()

    def _drained(self) -> None:
        self.reload_progress()

    def _write_failed(self, message: str) -> None:
        self._show(Verdict.REFUSE, self.tr("没有保存：{reason}").format(reason=message), "", "")
        self.sounds.play(Verdict.REFUSE)
        self.missing.reload()
        self.panel.update_missing_title()
        self.reload_progress()

    def _check_idle(self) -> None:
        if self.idle:
            callbacks, self._when_idle = self._when_idle, []
            for callback in callbacks:
                callback()

    # --- progress -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Something changed in the log (this desk's writes too): the rounds and the counts again;
        the missing list again when it no longer agrees with them (a change made elsewhere).
        While the page is hidden (the counter is busy), only remember to do it when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._load_rounds()
        self.reload_progress()

    def reload_progress(self) -> None:
        round_id = self.round_id
        if round_id is None:
            self._show_progress(None)
            return
        self._reading += 1

        def done(result: rp.RoundProgress) -> None:
            self._reading -= 1
            if result.round_id == self.round_id:
                self._show_progress(result)
            self._check_idle()

        def failed(message: str) -> None:
            self._reading -= 1
            self.status_message.emit(message)
            self._check_idle()

        run_in_background(_read_progress, self.ctx, round_id, on_done=done, on_failed=failed)

    def _show_progress(self, prog: rp.RoundProgress | None) -> None:
        self.progress = prog
        self.panel.show(prog)
        t = prog.total if prog else rp.Progress()
        if prog is not None and not self.writer.busy:
            wanted = t.missing if self.missing.building is None else next(
                (p.missing for p in prog.by_building if p.building == self.missing.building), 0)
            if wanted != self.missing.total:  # changed elsewhere (another page, tick by household)
                self.missing.reload()
                self.panel.update_missing_title()

    def _building_chosen(self) -> None:
        building = self.panel.selected_building()
        if building != self.missing.building:
            self.missing.show_round(self.round_id, building)
            self.panel.update_missing_title()
        self.focus_scan()

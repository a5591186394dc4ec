"""The receiving page's corrections and paper, a mixin of ReceivingPage (ui/pages/receiving.py,
which provides ctx, ui, desk, writer, field, missing, panel, sounds, dialog, last, asking,
when_idle, focus_scan, _show, show_outcome, reload_progress, status_message):

- the question about a code that resembles a listed one (services/receiving/lookalike.py): Enter
  records it as surplus, Esc or another scan drops it;
- F5 undo of a receipt (`parcel.receipt_undone`, services/receiving/undo.py), with a reason;
- 按户签收 (tick a household's parcels without a scan) and the goods-received sheet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from pickuppoint.errors import UserError
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.receiving.records import ReceiveOutcome
from pickuppoint.services.receiving.undo import undo_receipt
from pickuppoint.ui.dialogs.void_dialog import VoidDialog
from pickuppoint.ui.feedback import Verdict
from pickuppoint.ui.tasks import run_in_background


class ReceivingActions:
    # --- a code that resembles a listed one -----------------------------------------------------

    def ask(self, out: ReceiveOutcome) -> None:
        """A code on no list that resembles a listed one: recorded only when confirmed."""
        self.asking = out
        self._show(Verdict.WARN, out.message, self.tr("请核对"), self.tr(
            "请重新扫描这件包裹。确实是清单外多出的包裹：按回车登记为多出；按 Esc 放弃。"))
        self.sounds.play(Verdict.REFUSE)

    def confirm_surplus(self) -> None:
        out, self.asking = self.asking, None
        if out is None or self.desk is None:
            return
        try:
            confirmed = self.desk.scan(out.code, surplus_confirmed=True)
        except UserError as exc:
            self._show(Verdict.REFUSE, exc.message, "", "")
            return
        self.show_outcome(confirmed)
        if confirmed.kind == "surplus":
            self.last = confirmed
        self.writer.kick()

    def drop_question(self) -> None:
        out, self.asking = self.asking, None
        if out is not None:
            self._show(None, self.tr("没有登记 {code}。请扫描下一件。").format(code=out.code), "", "")

    # --- undo -----------------------------------------------------------------------------------

    def _undo_target(self) -> str:
        """The code of the recent scan selected, else of the newest one that recorded something."""
        lst = self.ui.recentList
        chosen = lst.selectedItems()
        if chosen:
            return chosen[0].data(Qt.ItemDataRole.UserRole) or ""
        for i in range(lst.count()):
            code = lst.item(i).data(Qt.ItemDataRole.UserRole)
            if code:
                return code
        return ""

    def undo(self) -> None:
        """F5: undo a receipt (a listed parcel back to missing; a surplus parcel off the round)."""
        if self.dialog is not None:
            return
        code = self._undo_target()
        if not code or self.desk is None:
            self.status_message.emit(self.tr("没有可撤销的验收：先在“最近扫描”里选中一行。"))
            self.sounds.play(Verdict.REFUSE)
            return
        what = self.tr("撤销 {code} 的验收？多出的包裹会从这一批里去掉，清单上的包裹回到“还没到”。").format(code=code)
        reasons = [self.tr("扫错了包裹"), self.tr("多出的包裹登记错了"), self.tr("包裹没有到")]
        dialog = VoidDialog(what, self, title=self.tr("撤销验收"), action=self.tr("撤销验收"), reasons=reasons)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.focus_scan()
            if result == QDialog.DialogCode.Accepted:
                reason = dialog.reason
                self.when_idle(lambda: self._write_undo(code, reason))

        dialog.finished.connect(finished)
        dialog.open()

    def _write_undo(self, code: str, reason: str) -> None:
        def done(message: str) -> None:
            if self.desk is not None:
                self.desk.forget_code(code)
            self.field.forget_last()  # the same label may be scanned again at once
            if self.last is not None and self.last.code == code:
                self.last = None
            self._show(Verdict.WARN, message, self.tr("已撤销"), self.tr("原因：{reason}").format(reason=reason))
            self.sounds.play(Verdict.WARN)
            self.ui.recentList.clearSelection()
            self.ui.recentList.insertItem(0, QListWidgetItem(self.tr("↩ {message}").format(message=message)))
            self.missing.reload()
            self.panel.update_missing_title()
            self.reload_progress()

        def failed(message: str) -> None:
            self._show(Verdict.REFUSE, message, "", "")
            self.sounds.play(Verdict.REFUSE)

        self.writer.run(undo_receipt, self.ctx, code, reason, on_done=done, on_failed=failed)

    # --- tick by household, the goods-received sheet -------------------------------------------

    def receive_household(self, typed: str = "") -> None:
        """按户签收: the household selected in the missing list (or typed into the scan field)."""
        if typed:
            household = typed
        else:
            rows = self.ui.missingView.selectionModel().selectedRows()
            parcel = self.missing.parcel(rows[0].row()) if rows else None
            household = parcel.household_code if parcel else ""
        if self.desk is None or not household:
            self.status_message.emit(
                self.tr("请先在“还没到的包裹”里选中一户，或在扫码框输入房号（如 3-2-501）后回车。"))
            return
        round_id = self.desk.round_id

        def go() -> None:
            self.writer.run(receiving.receive_household, self.ctx, round_id, household,
                            on_done=done, on_failed=failed)

        def done(outs: list[ReceiveOutcome]) -> None:
            n = sum(1 for o in outs if o.kind == "received")
            for o in outs:
                if o.kind == "received":
                    self.missing.remove(o.code)
            self.panel.update_missing_title()
            if n:
                self._show(Verdict.OK, self.tr("已按户签收 {household} 的 {n} 件包裹（未扫码）。").format(
                    household=household, n=n), household, "")
                self.sounds.play(Verdict.OK)
            else:
                self._show(Verdict.WARN, self.tr("{household} 在这一批的包裹之前都已登记，没有再签收。").format(
                    household=household), household, "")
            self.writer.kick()
            self.reload_progress()

        def failed(message: str) -> None:
            self._show(Verdict.REFUSE, message, household, "")
            self.writer.kick()

        self.when_idle(go)

    def print_sheet(self) -> None:
        round_id = self.round_id
        if round_id is None:
            return
        from pickuppoint.documents.goods_received import goods_received_pdf

        self.ui.sheetButton.setEnabled(False)
        self.status_message.emit(self.tr("正在生成到货签收单……"))

        def done(pdf: bytes) -> None:
            self.ui.sheetButton.setEnabled(True)
            from pickuppoint.ui.pdf_printing import preview_pdf

            self.preview = preview_pdf(pdf, self, self.tr("到货签收单"))
            self.preview.finished.connect(lambda _r: self.focus_scan())

        def failed(message: str) -> None:
            self.ui.sheetButton.setEnabled(True)
            self.status_message.emit(message)
            self.focus_scan()

        self.when_idle(lambda: run_in_background(goods_received_pdf, self.ctx, round_id,
                                                 on_done=done, on_failed=failed))

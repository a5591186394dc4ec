"""The main window's menus: what the pages can do (import, print), settings, the view
(pages, large text, high contrast, language) and help (the shortcuts, about)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from pickuppoint import __version__, i18n
from pickuppoint.i18n import translate
from pickuppoint.ui import settings

if TYPE_CHECKING:
    from pickuppoint.ui.main_window import MainWindow


def setup(window: MainWindow) -> None:
    ui = window.ui
    ui.actionQuit.triggered.connect(window.close)
    ui.actionAbout.triggered.connect(lambda: about(window))
    ui.actionShortcuts.triggered.connect(lambda: show_shortcuts(window))
    ui.actionQuickCard.triggered.connect(lambda: print_quick_card(window))
    ui.actionSettings.triggered.connect(lambda: open_settings(window))
    ui.actionImportRoster.triggered.connect(lambda: press(window, "households", "importButton"))
    ui.actionImportOrders.triggered.connect(lambda: press(window, "rounds", "importButton"))
    ui.actionPrintLabels.triggered.connect(lambda: press(window, "rounds", "labelsButton"))
    ui.actionPrintSheet.triggered.connect(lambda: press(window, "receiving", "sheetButton"))
    for action in (ui.actionImportRoster, ui.actionImportOrders, ui.actionPrintLabels,
                   ui.actionPrintSheet, ui.actionSettings):
        action.setEnabled(False)
    window.attached.connect(lambda: [a.setEnabled(True) for a in (
        ui.actionImportRoster, ui.actionImportOrders, ui.actionPrintLabels, ui.actionPrintSheet,
        ui.actionSettings)])

    pages = QActionGroup(window)
    first = ui.menuView.actions()[0]
    for number, spec in enumerate(window.specs, start=1):
        action = QAction(spec.title, window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Alt+{number}"))
        action.triggered.connect(lambda _c=False, key=spec.key: window.ctx and window.show_page(key))
        pages.addAction(action)
        ui.menuView.insertAction(first, action)
        window.page_actions[spec.key] = action
    window.addActions(list(window.page_actions.values()))

    p = settings.load()
    ui.actionLargeText.setChecked(p.large_text)
    ui.actionHighContrast.setChecked(p.high_contrast)
    ui.actionLargeText.toggled.connect(lambda on: set_comfort(large_text=on))
    ui.actionHighContrast.toggled.connect(lambda on: set_comfort(high_contrast=on))
    languages = QActionGroup(window)
    for action, value in ((ui.actionLanguageSystem, ""), (ui.actionLanguageChinese, "zh_CN"),
                          (ui.actionLanguageEnglish, "en")):
        languages.addAction(action)
        action.setChecked(p.language == value)
        action.triggered.connect(lambda _c=False, v=value: switch_language(window, v))


def press(window: MainWindow, key: str, button: str) -> None:
    """Do what the page's own button does, on that page (so the page's rules apply: a round must
    be chosen first, and so on); say so when the button cannot be used yet."""
    if window.ctx is None:
        return
    page = window.show_page(key)
    widget = getattr(page.ui, button)
    if widget.isEnabled():
        widget.click()
    else:
        what = widget.text().replace("&", "")
        window.statusBar().showMessage(
            translate("MainWindow", "现在还不能“{what}”：请先在这一页选好对象。").format(what=what), 8000)


def set_comfort(**changes: bool) -> None:
    p = settings.load()
    for k, v in changes.items():
        setattr(p, k, v)
    settings.save(p)
    settings.apply_comfort(QApplication.instance(), p)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Remember the choice and show every window in it now."""
    p = settings.load()
    p.language = language
    settings.save(p)
    return apply_language(window)


def apply_language(window: MainWindow) -> MainWindow:
    from pickuppoint.ui.translator import load_translator

    wanted = settings.interface_language()
    if wanted == i18n.language():
        return window
    load_translator(wanted)
    return window.reopen()


def open_settings(window: MainWindow) -> None:
    if window.ctx is None:
        return
    from pickuppoint.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    window.settings_dialog = dialog

    def done(result: int) -> None:
        if not result:
            return
        settings.apply_comfort(QApplication.instance())
        p = settings.load()
        window.ui.actionLargeText.setChecked(p.large_text)
        window.ui.actionHighContrast.setChecked(p.high_contrast)
        if "point_name" in dialog.changed:
            window.show_site()
        if "backup_folder" in dialog.changed and window.safety is not None:
            from pickuppoint.ui.shift import use_backup_folder

            use_backup_folder(window, dialog.backup_folder)
        replacement = apply_language(window)
        if replacement is window and dialog.changed & {"sounds", "auto_print", "receipt_layout",
                                                      "receipt_printer", "label_layout", "lock_minutes",
                                                      "backup_folder"}:
            window.statusBar().showMessage(translate("MainWindow", "设置已保存。"), 8000)
            reload_counter_preferences(window, p)

    dialog.finished.connect(done)
    dialog.open()


def reload_counter_preferences(window: MainWindow, p: settings.Preferences) -> None:
    """The pages already built take the new sounds and receipt settings at once."""
    from pickuppoint.ui.feedback import Sounds
    from pickuppoint.ui.receipt_printing import ReceiptPrinter

    for sounds in window.findChildren(Sounds):
        sounds.enabled = p.sounds
    for printer in window.findChildren(ReceiptPrinter):
        printer.auto_print, printer.layout = p.auto_print, p.receipt_layout
    counter = window.pages.get("counter")
    if counter is not None and hasattr(counter.ui, "autoPrintCheck"):
        counter.ui.autoPrintCheck.setChecked(p.auto_print)
        combo = counter.ui.layoutCombo
        combo.setCurrentIndex(max(0, combo.findData(p.receipt_layout)))


def shortcuts() -> list[tuple[str, str, str]]:
    """(keys, what they do, where): the keys the pages and the window answer to."""
    counter = translate("MainWindow", "发放")
    receiving = translate("MainWindow", "到货验收")
    households = translate("MainWindow", "住户")
    everywhere = translate("MainWindow", "任何页面")
    return [
        (translate("MainWindow", "扫码枪 / 输入条码后回车"),
         translate("MainWindow", "查找包裹，显示住户卡片"), counter),
        (translate("MainWindow", "回车（输入框为空时）"),
         translate("MainWindow", "确认发放卡片上的包裹"), counter),
        ("F2", translate("MainWindow", "代领（登记代领人）"), counter),
        ("F3", translate("MainWindow", "送货上门"), counter),
        ("F4", translate("MainWindow", "没有标签时按住户查找"), counter),
        ("F5", translate("MainWindow", "撤销最近一次发放（要写原因）"), counter),
        ("F6", translate("MainWindow", "补打小票"), counter),
        ("Esc", translate("MainWindow", "放弃当前卡片"), counter),
        ("Ctrl+1 … Ctrl+9", translate("MainWindow", "勾选或取消这户可领的第几件"), counter),
        ("↑ ↓", translate("MainWindow", "在最近发放里选一行（再按 F5 撤销、F6 补打）"), counter),
        (translate("MainWindow", "扫码枪"), translate("MainWindow", "登记到货"), receiving),
        ("F2", translate("MainWindow", "把刚扫的包裹记为破损"), receiving),
        (translate("MainWindow", "回车（表格里）"), translate("MainWindow", "编辑选中的住户"), households),
        (translate("MainWindow", "↓（搜索框里）"), translate("MainWindow", "跳到结果表格"), households),
        ("Alt+1 … Alt+9", translate("MainWindow", "切换页面"), everywhere),
        ("Ctrl+I", translate("MainWindow", "导入住户名册"), everywhere),
        ("Ctrl+P", translate("MainWindow", "打印标签"), everywhere),
        ("Ctrl+=", translate("MainWindow", "大字模式 开/关"), everywhere),
        ("Ctrl+,", translate("MainWindow", "设置"), everywhere),
        ("F1", translate("MainWindow", "快捷键一览"), everywhere),
        ("Ctrl+Q", translate("MainWindow", "退出"), everywhere),
    ]


def show_shortcuts(window: MainWindow) -> None:
    from pickuppoint.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window.shortcuts_dialog = ShortcutsDialog(shortcuts(), window)
    window.shortcuts_dialog.open()


def print_quick_card(window: MainWindow) -> None:
    """The counter's one-page quick card in the print preview (documents/quick_card.py)."""
    from pickuppoint.documents.quick_card import render_quick_card
    from pickuppoint.ui.pdf_printing import preview_pdf

    name = window.ctx.site.name if window.ctx is not None else ""
    window.quick_card = preview_pdf(render_quick_card(name), window, translate("MainWindow", "发放台速查卡"))


def about(window: MainWindow) -> None:
    text = translate("MainWindow", "社区接驳点 {version}\n离线可用的社区物资接驳与发放程序。\n\n按 F1 查看快捷键。")
    QMessageBox.about(window, translate("MainWindow", "关于"), text.format(version=__version__))

"""Every page and dialog in each language: no English words left in the Chinese interface, no
Chinese in the English one. What is checked is the interface itself (labels, buttons, group and
window titles, menus, table headers, placeholders, tooltips, wizard titles), on a point whose data
cannot be mistaken for it; switching the language in the menu switches the open window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
    QWizard,
)

from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui import main_menus, settings
from pickuppoint.ui.main_window import MainWindow
from pickuppoint.ui.translator import load_translator

# The point's name and id, the operator's name and file paths are data, in either language.
SITE_NAME, SITE_ID, OPERATOR = "白竹亭接驳点", "P01", "测试员"
PATH = re.compile(r"[/\\]\S+")
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Names of keys, file formats and the language's own name read the same in Chinese.
KEEP_IN_CHINESE = {"Ctrl", "Esc", "Enter", "Excel", "CSV", "xlsx", "UTF", "GBK", "PDF", "English", "Shift", "Tab", "mm"}
KEEP_IN_ENGLISH = {"中文"}


def texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what the interface itself says in `widget` and its children."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget | object, text: str) -> None:
        text = PATH.sub("", text.replace(SITE_NAME, "").replace(SITE_ID, "").replace(OPERATOR, ""))
        if text.strip():
            found.append((getattr(where, "objectName", lambda: type(where).__name__)() or
                          type(where).__name__, text))

    for w in [widget, *widget.findChildren(QWidget)]:
        if w.isWindow():
            add(w, w.windowTitle())
        add(w, w.toolTip())
        if isinstance(w, QLabel) and not w.property("data"):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QMenu):
            add(w, w.title())
            for action in w.actions():
                add(action, action.text())
                add(action, action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
        elif (isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal
              and w.model() is not None):
            for c in range(w.count()):
                add(w.parent(), str(w.model().headerData(c, Qt.Orientation.Horizontal) or ""))
        elif isinstance(w, QWizard):
            for pid in w.pageIds():
                add(w.page(pid), w.page(pid).title())
                add(w.page(pid), w.page(pid).subTitle())
    return found


def foreign(language: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if language == "zh_CN":
        return [(w, t) for w, t in found if set(WORD.findall(t)) - KEEP_IN_CHINESE]
    return [(w, t) for w, t in found if t not in KEEP_IN_ENGLISH and CJK.search(t)]


@pytest.fixture(params=["zh_CN", "en"])
def language(request, app):
    load_translator(request.param)
    yield request.param
    load_translator("zh_CN")


def every_window(qtbot, ctx) -> list[QWidget]:
    """The main window with every page built, and every dialog the pages and menus open."""
    from pickuppoint.ui.dialogs.allocation_dialog import AllocationDialog
    from pickuppoint.ui.dialogs.household_dialog import HouseholdDialog
    from pickuppoint.ui.dialogs.import_wizard import ImportWizard
    from pickuppoint.ui.dialogs.labels_dialog import LabelsDialog
    from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog
    from pickuppoint.ui.dialogs.manifest_dialog import ManifestDialog
    from pickuppoint.ui.dialogs.round_dialog import RoundDialog
    from pickuppoint.ui.dialogs.settings_dialog import SettingsDialog
    from pickuppoint.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from pickuppoint.ui.first_run import FirstRunWizard

    round_id = rounds.create(ctx, "R1", kind="allocation").id
    window = MainWindow(ctx)
    window.resize(1366, 768)
    for spec in window.specs:
        window.show_page(spec.key)
    windows = [window, SettingsDialog(ctx, window), ShortcutsDialog(main_menus.shortcuts(), window),
               FirstRunWizard(ctx, window), HouseholdDialog(ctx, None, window), ImportWizard(ctx, window),
               RoundDialog(ctx, None, window), AllocationDialog(ctx, round_id, window),
               LabelsDialog(ctx, round_id, window), ManifestDialog(ctx, round_id, window),
               LookupDialog(ctx, "", window)]
    qtbot.addWidget(window)  # the dialogs are its children: they go with it
    return windows


def test_every_page_and_dialog_speaks_only_the_chosen_language(qtbot, ctx, language):
    problems = []
    for w in every_window(qtbot, ctx):
        found = texts(w)
        assert found, type(w).__name__
        problems += [(type(w).__name__, where, text) for where, text in foreign(language, found)]
    assert problems == []


def test_switching_the_language_in_the_menu_switches_the_open_window(app, qtbot, ctx):
    load_translator("zh_CN")
    window = MainWindow(ctx)
    window.show()
    window.show_page("households")
    assert window.ui.menuFile.title() == "文件(&F)"
    english = main_menus.switch_language(window, "en")
    qtbot.addWidget(english)
    try:
        assert english is not window and english.isVisible() and not window.isVisible()
        assert english.ui.menuFile.title() == "&File"
        assert english.current_key() == "households"
        assert english.ui.pages.currentWidget() is english.pages["households"]
        assert foreign("en", texts(english)) == []
        assert settings.load().language == "en"
        from pickuppoint.i18n import translate

        assert translate("MainWindow", "发放") == "Hand out"  # documents made from now on too
    finally:
        load_translator("zh_CN")
        settings.save(settings.Preferences())
    english.close()


def test_the_file_dialog_and_wizard_buttons_are_chinese_too(app, qtbot, ctx):
    """Qt's own words come from Qt's translations (loaded with ours)."""
    load_translator("zh_CN")
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "&Open") != "&Open"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QApplication.instance() is not None
    assert isinstance(QComboBox(), QComboBox)


def test_every_page_fits_a_1366_laptop_and_a_1920_screen_at_150_percent(qtbot, ctx, language):
    """1920x1080 at 150% scaling leaves 1280x720 logical pixels, less than 1366x768: the window
    with any page brought to the front can shrink to that."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for spec in window.specs:
        window.show_page(spec.key)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (spec.key, hint)

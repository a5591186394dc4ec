"""Shared test setup: offscreen Qt, a temporary data directory, a fresh database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data directory or settings; Chinese unless asked."""
    monkeypatch.setenv("PICKUPPOINT_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("PICKUPPOINT_PIN", raising=False)
    monkeypatch.setenv("PICKUPPOINT_AUTO_BACKUP", "0")  # windows here live a second (test_safety_ui.py turns it on)
    from pickuppoint import i18n

    i18n.install(None, "zh_CN")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "point.sqlite3"


@pytest.fixture
def ctx(db_path: Path):
    from pickuppoint.services.context import Context
    from pickuppoint.services.site import init_site

    context = Context.open(db_path, "测试员")
    init_site(context, "P01", "白竹亭接驳点")
    yield context
    context.close()


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def app(qapp):
    """The one QApplication, with the bundled CJK font and Chinese."""
    from pickuppoint.ui.app import application

    return application("zh_CN")

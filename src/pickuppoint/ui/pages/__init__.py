"""The pages of the main window, in navigation order. Each is designed in forms/<name>.ui.

A page is added here when it works; there is no placeholder page. Pages are built the first time
they are shown (the window opens on one page: the others cost nothing until they are wanted),
so each entry names its title here and imports its module only in its factory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pickuppoint.i18n import translate
from pickuppoint.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[..., Page]  # (context, parent) -> Page


def _counter(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.counter import CounterPage

    return CounterPage(ctx, parent)


def _receiving(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.receiving import ReceivingPage

    return ReceivingPage(ctx, parent)


def _rounds(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.rounds import RoundsPage

    return RoundsPage(ctx, parent)


def _households(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.households import HouseholdsPage

    return HouseholdsPage(ctx, parent)


def _sync(ctx, parent):  # noqa: ANN001, ANN202
    if ctx.site.role == "coordinator":
        from pickuppoint.ui.pages.sync_hub import SyncHubPage

        return SyncHubPage(ctx, parent)
    from pickuppoint.ui.pages.sync_point import SyncPointPage

    return SyncPointPage(ctx, parent)


def _lists(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.lists import ListsPage

    return ListsPage(ctx, parent)


def _dashboard(ctx, parent):  # noqa: ANN001, ANN202
    from pickuppoint.ui.pages.dashboard import DashboardPage

    return DashboardPage(ctx, parent)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("counter", translate("MainWindow", "发放"), _counter),
        PageSpec("receiving", translate("MainWindow", "到货验收"), _receiving),
        PageSpec("rounds", translate("MainWindow", "批次"), _rounds),
        PageSpec("households", translate("MainWindow", "住户"), _households),
        PageSpec("sync", translate("MainWindow", "同步"), _sync),
        PageSpec("lists", translate("MainWindow", "名单"), _lists),
        PageSpec("dashboard", translate("MainWindow", "概览"), _dashboard),
    ]

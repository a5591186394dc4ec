"""The pages of the main window, in navigation order. Each is designed in forms/<name>.ui.

A page is added here when it works; there is no placeholder page."""

from __future__ import annotations

from collections.abc import Callable

from pickuppoint.ui.pages.base import Page

# (key, factory). Factories take (context, parent) and return a Page.
PAGE_FACTORIES: list[tuple[str, Callable[..., Page]]] = []


def page_factories() -> list[tuple[str, Callable[..., Page]]]:
    from pickuppoint.ui.pages.counter import CounterPage
    from pickuppoint.ui.pages.households import HouseholdsPage
    from pickuppoint.ui.pages.receiving import ReceivingPage
    from pickuppoint.ui.pages.rounds import RoundsPage

    return [("counter", CounterPage), ("receiving", ReceivingPage), ("rounds", RoundsPage),
            ("households", HouseholdsPage)]

"""Addresses as residents type them into group-buy orders (tests/fixtures/addresses, made by
make_corpus.py): on the whole corpus no line goes to a wrong household, and at least the
measured share of the lines a person could place is placed (recall, in docs/PERFORMANCE.md)."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from conftest import FIXTURES
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.address_match import HouseholdIndex

HERE = FIXTURES / "addresses"
RECALL_FLOOR = 1.0  # measured: every line a person could place is placed


def corpus() -> list[dict[str, str]]:
    with (HERE / "corpus.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def index(ctx):
    apply_import(ctx, plan_import(ctx, HERE / "roster.csv"))
    with ctx.read() as s:
        return HouseholdIndex(s)


def test_the_corpus_covers_every_way_of_typing_an_address():
    lines = corpus()
    kinds = Counter(x["category"] for x in lines)
    assert len(lines) >= 300
    assert set(kinds) >= {"province-city-district", "street-number", "estate-alias", "building-suffix",
                          "dash", "separators", "letters-for-digits", "chinese-numerals", "notes",
                          "run-together", "house", "phone-witness", "conflict", "not-on-roster"}
    assert all(n >= 5 for n in kinds.values()), kinds


def test_no_line_goes_to_a_wrong_household_and_recall_holds(index):
    wrong, placed, placeable, missed = [], 0, 0, []
    for x in corpus():
        m = index.match(x["address"], x["phone"])
        if m.code is not None and m.code != x["household"]:
            wrong.append((x["address"], x["phone"], m.code, x["household"]))
        if x["matchable"] == "1":
            placeable += 1
            if m.code == x["household"]:
                placed += 1
            else:
                missed.append((x["category"], x["address"], x["household"]))
    assert wrong == []
    assert placed / placeable >= RECALL_FLOOR, missed


def test_an_unplaced_line_suggests_its_household_first_when_the_address_names_it(index):
    """A person settles an unmatched line with Enter when the right household comes first."""
    for x in corpus():
        if x["matchable"] == "0" and x["household"] and x["category"] not in ("conflict", "house"):
            m = index.match(x["address"], x["phone"])
            assert m.code is None
            suggestions = [s.code for s in index.suggest(x["address"], x["phone"], candidates=m.candidates)]
            assert x["household"] in suggestions, x


def test_address_and_phone_of_two_households_is_reported_not_matched(index):
    for x in corpus():
        if x["category"] == "conflict":
            m = index.match(x["address"], x["phone"])
            assert m.code is None and m.conflict is not None
            assert m.candidates[0] == x["household"]

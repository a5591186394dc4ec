"""The derived state is a function of the set of records: random histories at two to four
sites, their records shuffled, duplicated and cut into files, replayed into a fresh store, give
the same state digest and the same conflicts as the replay in clock order (tests/histories.py;
bench/convergence.py runs thousands)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from histories import HISTORY, Templates, arrivals, check


@pytest.fixture(scope="module")
def templates():
    t = Templates()
    yield t
    t.close()


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(history=HISTORY, seed=st.integers(0, 2**31))
def test_any_arrival_order_gives_the_same_state_and_conflicts(templates, history, seed):
    n_sites, steps = history
    check(templates, n_sites, steps, seed)


def test_arrivals_shuffle_duplicate_and_cut_every_record() -> None:
    records = [{"id": f"r{i}"} for i in range(20)]
    seen_copies = seen_cuts = 0
    orders = set()
    for seed in range(50):
        parts = arrivals(records, random.Random(seed))
        sent = [r["id"] for part in parts for r in part]
        assert set(sent) == {r["id"] for r in records}  # every record arrives, some twice
        seen_copies += len(sent) > len(records)
        seen_cuts += len(parts) > 2
        orders.add(tuple(dict.fromkeys(sent)))  # the order of first arrival
    assert seen_copies >= 45 and seen_cuts == 50 and len(orders) == 50

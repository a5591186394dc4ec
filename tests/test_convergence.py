"""The derived state is a function of the set of records: random histories at two to four
sites, their records shuffled, duplicated and cut into files, replayed into a fresh store, give
the same state digest and the same conflicts as the replay in clock order (tests/histories.py;
bench/convergence.py runs thousands)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from histories import HISTORY, Templates, check


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

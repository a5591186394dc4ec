"""Stored payloads are read back by `recordformat.loads` (orjson): it must give exactly what
`json.loads` gives, for every text the log can hold, or derived state would differ."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from pickuppoint.domain.recordformat import canonical, loads

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _same(text: str) -> None:
    expected = json.loads(text)
    got = loads(text)
    assert repr(got) == repr(expected) and type(got) is type(expected)


def test_the_edges_orjson_reads_otherwise():
    for text in ("18446744073709551616", "-9223372036854775809", "[123456789012345678901234567890]",
                 "NaN", "[Infinity, -Infinity]", "1e400", '"\\ud800"', '{"a": 1, "a": 2}',
                 '{"phone": "13800000000", "members": 3, "amount": 12.5}', "-0.0",
                 '{"a": 18446744073709551616}', '[1,-9223372036854775809]', '[1, 99999999999999999999]',
                 '{"id": "1234567890123456789012", "n":\n123456789012345678901}'):
        _same(text)


@settings(max_examples=300, deadline=None)
@given(value=JSON)
def test_any_payload_reads_back_as_json_loads_reads_it(value):
    _same(canonical({"v": value}))
    _same(json.dumps(value))  # escaped (ASCII) too
    _same(json.dumps([value, 2**64 + 1, {"k": -(2**63) - 1}], indent=1))

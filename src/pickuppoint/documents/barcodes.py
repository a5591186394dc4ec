"""Code128 drawn as vectors on a ReportLab canvas.

python-barcode does the encoding (start code, code sets A/B/C, check symbol, stop): its
`build()` gives the module string ("1101001000..."), one character per module, `1` = bar. Each
run of bars becomes one filled rectangle in a single path, so a page of 24 labels stays small
and fast (measured in STACK.md: rectangles beat images and SVG by 20x). A quiet zone of 10
modules is left clear on both sides, as scanners need.
"""

from __future__ import annotations

import re
from functools import lru_cache

import barcode
from barcode.errors import BarcodeError
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 10
MIN_MODULE = 0.19 * mm  # narrower bars than this do not print reliably on 203 dpi label printers
_BAR = re.compile("1+")


@lru_cache(maxsize=4096)
def modules(data: str) -> str | None:
    """The bar/space pattern of `data` in Code128, or None if it cannot be encoded."""
    if not data:
        return None
    try:
        return barcode.get("code128", data).build()[0]
    except (BarcodeError, ValueError, KeyError, IndexError):
        return None


def runs(pattern: str) -> list[tuple[int, int]]:
    """(start, width) of each bar, in modules."""
    return [(m.start(), m.end() - m.start()) for m in _BAR.finditer(pattern)]


def module_width(data: str, width: float, max_module: float = 0.5 * mm) -> float | None:
    """The bar module width that fits `data` with its quiet zones into `width` (points)."""
    pattern = modules(data)
    if pattern is None:
        return None
    return min(max_module, width / (len(pattern) + 2 * QUIET_MODULES))


def draw_code128(canvas: Canvas, data: str, x: float, y: float, width: float, height: float,
                 max_module: float = 0.5 * mm) -> bool:
    """Draw `data` centred in the box (x, y, width, height), quiet zones included in `width`.
    Returns False (drawing nothing) when the data cannot be encoded or would not fit."""
    pattern = modules(data)
    if pattern is None:
        return False
    module = min(max_module, width / (len(pattern) + 2 * QUIET_MODULES))
    if module < MIN_MODULE:
        return False
    left = x + (width - module * len(pattern)) / 2
    canvas.saveState()
    canvas.transform(module, 0, 0, height, left, y)  # one unit = one module wide, the bars' height
    canvas.drawPath(_Bars(pattern), stroke=0, fill=1)
    canvas.restoreState()
    return True


class _Bars:
    """A path of the bars in module units (what `canvas.drawPath` needs: `getCode()`); the
    operators are made once per pattern, in integers, which is what makes 5,000 labels fast."""

    def __init__(self, pattern: str):
        self.pattern = pattern

    def getCode(self) -> str:  # noqa: N802 - ReportLab's name
        return _bar_ops(self.pattern)


@lru_cache(maxsize=4096)
def _bar_ops(pattern: str) -> str:
    return " ".join(f"{start} 0 {w} 1 re" for start, w in runs(pattern))

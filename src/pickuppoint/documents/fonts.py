"""The CJK font every document embeds: WenQuanYi Micro Hei from resources/fonts (a TrueType
collection; ReportLab embeds the glyphs used, so a PDF reads the same on a machine without any
Chinese font). `UnicodeCIDFont("STSong-Light")` would not embed anything: see docs/STACK notes."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pickuppoint.paths import resource

REGULAR = "WQYMicroHei"
BOLD = "WQYMicroHei-Bold"  # the same face, drawn bolder by the caller where it matters

_registered = False


def register() -> tuple[str, str]:
    """Register the font once per process; return (regular, bold) font names."""
    global _registered
    if not _registered:
        path = str(resource("fonts", "wqy-microhei.ttc"))
        pdfmetrics.registerFont(TTFont(REGULAR, path, subfontIndex=0))
        pdfmetrics.registerFont(TTFont(BOLD, path, subfontIndex=0))
        _registered = True
    return REGULAR, BOLD

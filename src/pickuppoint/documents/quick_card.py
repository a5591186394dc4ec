"""发放台速查卡: one A4 page to pin up at the counter (scan, look at the card, Enter; F1-F6,
Esc; what a red card means). In the interface language, with the embedded CJK font."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pickuppoint.documents.fonts import register
from pickuppoint.i18n import translate

GREEN, RED, BLUE, GREY = HexColor("#2e7d32"), HexColor("#c62828"), HexColor("#1565c0"), HexColor("#eeeeee")


def steps() -> list[tuple[str, str]]:
    return [
        (translate("QuickCard", "扫码"),
         translate("QuickCard", "扫码枪对准包裹上的标签。没有扫码枪：输入条码，按回车。")),
        (translate("QuickCard", "看卡片"),
         translate("QuickCard", "大字显示住户和物品。绿色：可以发放；黄色：注意（如要收款）；红色：不能发放，下面写着原因。")),  # noqa: E501
        (translate("QuickCard", "回车"),
         translate("QuickCard",
                   "再按一次回车，确认发放，把包裹交给住户。同一户的几个包裹可以都扫完再按回车，一起发放。")),
    ]


def keys() -> list[tuple[str, str]]:
    return [
        ("F2", translate("QuickCard", "代领：别人替住户来领，登记代领人")),
        ("F3", translate("QuickCard", "送货上门：登记送货的志愿者")),
        ("F4", translate("QuickCard", "没有标签：按门牌、电话后四位或姓名查找住户")),
        ("F5", translate("QuickCard", "撤销刚才的发放（发错了），要写原因")),
        ("F6", translate("QuickCard", "补打小票")),
        ("Esc", translate("QuickCard", "放弃当前卡片，不发放")),
        ("F1", translate("QuickCard", "在程序里查看全部快捷键")),
    ]


def red_cards() -> list[str]:
    return [
        translate("QuickCard", "已经领过：卡片写着何时、在哪里、谁领的。不要再发。"),
        translate("QuickCard", "不是本接驳点的包裹：放到一边，交给社区工作人员。"),
        translate("QuickCard", "包裹已取消，或不在这个批次：放到一边，问社区工作人员。"),
        translate("QuickCard", "条码没读对：再扫一次；还不行就按 F4 查找住户。"),
    ]


def render_quick_card(point_name: str = "") -> bytes:
    regular, bold = register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=regular)
    c.setTitle(translate("QuickCard", "发放台速查卡"))
    width, height = A4
    left, right = 18 * mm, width - 18 * mm
    y = height - 24 * mm
    c.setFont(bold, 26)
    c.drawString(left, y, translate("QuickCard", "发放台速查卡"))
    c.setFont(regular, 12)
    c.drawRightString(right, y, point_name or translate("QuickCard", "社区接驳点"))
    y -= 14 * mm

    for n, (title, text) in enumerate(steps(), start=1):
        box = 26 * mm
        c.setFillColor([GREEN, BLUE, GREEN][n - 1])
        c.roundRect(left, y - box + 6 * mm, 22 * mm, box - 6 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(bold, 30)
        c.drawCentredString(left + 11 * mm, y - box / 2 - 1 * mm, str(n))
        c.setFillColor(black)
        c.setFont(bold, 20)
        c.drawString(left + 28 * mm, y - 2 * mm, title)
        c.setFont(regular, 13)
        _wrapped(c, text, left + 28 * mm, y - 10 * mm, right - left - 28 * mm, regular, 13, 6 * mm)
        y -= box + 4 * mm

    c.setFont(bold, 18)
    c.drawString(left, y, translate("QuickCard", "功能键"))
    y -= 4 * mm
    row = 11 * mm
    for i, (key, text) in enumerate(keys()):
        top = y - i * row
        if i % 2 == 0:
            c.setFillColor(GREY)
            c.rect(left, top - row, right - left, row, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont(bold, 20)
        c.drawString(left + 4 * mm, top - row + 3.2 * mm, key)
        size = 14.0  # shrunk to fit the band (English runs longer than Chinese)
        while stringWidth(text, regular, size) > right - left - 30 * mm and size > 9:
            size -= 0.5
        c.setFont(regular, size)
        c.drawString(left + 26 * mm, top - row + 3.5 * mm, text)
    y -= len(keys()) * row + 10 * mm

    c.setFillColor(RED)
    c.setFont(bold, 18)
    c.drawString(left, y, translate("QuickCard", "红色卡片：不能发放"))
    c.setFillColor(black)
    y -= 8 * mm
    for text in red_cards():
        c.setFont(regular, 13)
        c.drawString(left + 2 * mm, y, "•")
        y = _wrapped(c, text, left + 7 * mm, y, right - left - 7 * mm, regular, 13, 6 * mm) - 2 * mm

    c.setFont(regular, 11)
    c.setFillColor(HexColor("#555555"))
    c.drawString(left, 14 * mm, translate("QuickCard", "拿不准时，先问社区工作人员。程序里按 F1 可以看到全部快捷键。"))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrapped(c: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
             leading: float) -> float:
    """Draw `text` wrapped to `width` (character by character: Chinese has no spaces; English
    breaks at spaces); returns the y below the last line."""
    words = text.split(" ") if " " in text else list(text)
    sep = " " if " " in text else ""
    line = ""
    for word in words:
        trial = f"{line}{sep}{word}" if line else word
        if stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= leading
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= leading
    return y

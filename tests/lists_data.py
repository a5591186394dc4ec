"""Test data for the lists and reports: the counter's small community (counter_data), with its
parcels checked in at the point, and helpers to read documents back."""

from __future__ import annotations

from pathlib import Path

from counter_data import World, add, add_household, community
from pickuppoint.services.receiving import records as receiving
from pickuppoint.services.rounds import records as rounds


def received_community(ctx) -> World:
    """counter_data.community with every parcel of this point received (the other point's not)."""
    w = community(ctx)
    receiving.receive_many(ctx, None, [c for k, c in w.codes.items() if k != "other"])
    return w


def crowded_building(ctx, households: int = 60, parcels_each: int = 1, building: str = "9") -> str:
    """Building 9 (or `building`): `households` households, some with long names and flags, each with
    `parcels_each` parcels (received) of one round; returns the round's id."""
    rid = rounds.create(ctx, "第3批团购", kind="order", date="2026-11-23").id
    codes = []
    for i in range(households):
        unit = 1 + i // 20
        room = f"{1 + (i % 20) // 2}0{1 + i % 2}"
        code = f"{building}-{unit}-{room}"
        head = "欧阳娜娜娜娜娜娜娜娜娜娜" if i % 7 == 0 else f"住户{i:03d}"
        flags = ["elderly_alone", "bedridden", "no_smartphone"] if i % 5 == 0 else []
        add_household(ctx, code, head, f"139{i:08d}", 1 + i % 3, flags)
        for k in range(parcels_each):
            codes.append(add(ctx, rid, code, items=f"超长名称的新鲜时令蔬菜组合包第{k + 1}号", amount_cents=1990,
                             payment="unpaid"))
    receiving.receive_many(ctx, rid, codes)
    return rid


def pdf_pages(path: Path | bytes) -> list[str]:
    """The text of each page, read back with pypdf."""
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(path) if isinstance(path, bytes) else str(path))
    return [page.extract_text() for page in reader.pages]


def pdf_printer(path):  # noqa: ANN001, ANN201 - QPrinter
    """What Qt's print dialog hands back when 'print to file' is chosen."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer

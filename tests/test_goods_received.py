"""The goods-received sheet the driver signs: Chinese headings, the counts, the missing parcels,
the embedded font, page numbers."""

from __future__ import annotations

import re
import subprocess

from cli_helpers import run_cli
from pickuppoint.documents.goods_received import write_goods_received
from pickuppoint.services.receiving import records as receiving
from receiving_data import truck


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_sheet_lists_counts_and_what_is_missing(ctx, tmp_path):
    t = truck(ctx, 40)
    missing = t.codes[3::10]
    receiving.receive_many(ctx, t.round_id, [c for c in t.codes if c not in missing])
    receiving.mark_damaged(ctx, t.codes[0], "外箱压扁")
    receiving.receive(ctx, t.round_id, "YH20220410-0871", note="名单上没有")
    out = tmp_path / "gr.pdf"
    assert write_goods_received(ctx, t.round_id, out) == 1
    text = _text(out)
    for heading in ("到货签收单", "缺少的包裹（4 件）", "多出的包裹（1 件）", "破损的包裹（1 件）",
                    "送货人签字", "接驳点签收人签字", "永辉超市", "4月10日 蔬菜包", "白竹亭接驳点"):
        assert heading in text, heading
    counts = re.search(r"应到\s+实到\s+缺少\s+多出\s+破损\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", text)
    assert counts and counts.groups() == ("40", "36", "4", "1", "1")
    for code in missing:
        assert code in text
    assert "YH20220410-0871" in text and "名单上没有" in text and "外箱压扁" in text
    received_code = t.codes[1]
    assert received_code not in text  # only the exceptions are listed
    assert "住户13号" not in text and "住***号" in text  # recipients masked
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "MicroHei" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def test_a_long_list_runs_onto_numbered_pages(ctx, tmp_path, capsys):
    t = truck(ctx, 150)  # nothing received: 150 missing
    out = tmp_path / "long.pdf"
    result = run_cli(capsys, "--db", ctx.db.path, "goods-received", t.round_name, "-o", out)
    assert result.code == 0, result.err
    text = _text(out)
    pages = text.count("\f")
    assert pages >= 3
    numbers = re.findall(r"第\s*(\d+)\s*页\s*/\s*共\s*(\d+)\s*页", text)
    assert numbers == [(str(i), str(pages)) for i in range(1, pages + 1)]
    assert all(code in text for code in t.codes)
    assert text.count("楼栋") >= pages  # the table header is repeated on every page
    assert run_cli(capsys, "--db", ctx.db.path, "goods-received", "没有这个批次", "-o", out).code == 1

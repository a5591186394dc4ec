"""Parcel labels and building signs: what is printed scans back to exactly the round's parcel
codes, reads in Chinese (embedded font), is in building/unit/room order; the CLI and the dialog."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from cli_helpers import run_cli
from pickuppoint.documents import labels, signs
from pickuppoint.domain.address import parse_address
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.parcels.cancel import cancel_parcel
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.site import init_site

ROUND = "4月10日 蔬菜包"
# 3 buildings with units, one without (7-0-...), rooms in an order a string sort would get wrong
FLATS = ([f"3-{u}-{f}0{r}" for u in (1, 2) for f in (2, 9, 11) for r in (1, 2, 3)]
         + [f"12-1-{f}0{r}" for f in (1, 10) for r in (1, 2, 3, 4)]
         + [f"7-0-{f}0{r}" for f in (3, 11) for r in (1, 2)]
         + [f"1-1-{f}0{r}" for f in (1, 2, 5) for r in (1, 2)]
         + [f"5-{u}-{f}0{r}" for u in (1, 2) for f in (1, 2, 3) for r in (1, 2)])
NAMES = "张建国 王芳 李秀英 刘洋 陈静 杨伟 赵敏 黄磊".split()


def _make_round(ctx: Context) -> dict:
    for i, flat in enumerate(FLATS):
        households.create(ctx, HouseholdData.at(parse_address(flat), head=NAMES[i % len(NAMES)],
                                                phone=f"1380013{i:04d}"))
    rnd = rounds.create(ctx, ROUND, date="2022-04-10", item="蔬菜包", price_cents=3990)
    wanted = [parcels.ParcelData(rnd.id, flat, items="蔬菜包", amount_cents=3990,
                                 payment=("paid", "unpaid", "on_behalf", "free")[i % 4])
              for i, flat in enumerate(FLATS)]
    wanted += [parcels.ParcelData(rnd.id, "3-1-201", items="大米 5kg", amount_cents=4500, payment="unpaid"),
               parcels.ParcelData(rnd.id, None, code="DD2204100077", recipient="王小明",
                                  address="白竹亭小区15号楼3单元1102室", items="蔬菜包", amount_cents=3990),
               parcels.ParcelData(rnd.id, None, recipient="李四", address="五幢三单元302", items="蔬菜包")]
    with ctx.write() as w:
        made = parcels.add_parcels(w, wanted)
    cancelled = cancel_parcel(ctx, made[5], "住户取消订单")
    other = rounds.create(ctx, "另一批", date="2022-04-11")
    with ctx.write() as w:
        other_codes = parcels.add_parcels(w, [parcels.ParcelData(other.id, "3-1-201")])
    return {"round": rnd, "codes": set(made) - {cancelled}, "cancelled": cancelled,
            "other": other_codes[0]}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    from pickuppoint import i18n

    i18n.install(None, "zh_CN")
    folder = tmp_path_factory.mktemp("labels")
    ctx = Context.open(folder / "point.sqlite3", "测试员")
    init_site(ctx, "P01", "白竹亭接驳点")
    data = _make_round(ctx)
    data["a4"] = folder / "a4.pdf"
    data["roll"] = folder / "roll.pdf"
    data["signs"] = folder / "signs.pdf"
    data["a4_count"] = labels.write_labels(ctx, ROUND, data["a4"])
    data["roll_count"] = labels.write_labels(ctx, data["round"].id, data["roll"], layout="roll-50x30")
    data["sign_pages"] = signs.write_building_signs(ctx, ROUND, data["signs"])
    with ctx.read() as s:
        data["rows"] = labels.label_rows(s, data["round"].id)
    ctx.close()
    data["folder"] = folder
    return data


def _pages(pdf: Path, dpi: int) -> list[Image.Image]:
    out = pdf.parent / f"{pdf.stem}-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out)], check=True)
    images = []
    for png in sorted(pdf.parent.glob(f"{out.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        with Image.open(png) as image:
            images.append(image.copy())
    return images


def _decode(page: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)


def _text(pdf: Path) -> list[str]:
    """The text layer, page by page."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def test_every_label_on_the_a4_sheets_scans_to_its_parcel_code_in_print_order(made):
    pages = _pages(made["a4"], 150)
    assert made["a4_count"] == len(made["codes"]) == 50
    assert len(pages) == 3  # 24 labels a page
    printed = []
    for page in pages:
        found = _decode(page)
        # read row by row (the labels are 37 mm = 218 px high at 150 dpi), left to right
        found.sort(key=lambda b: (round(b.position.top_left.y / 218), b.position.top_left.x))
        printed += [b.text for b in found]
    assert len(printed) == len(made["codes"])
    assert set(printed) == made["codes"]
    assert made["cancelled"] not in printed and made["other"] not in printed
    assert printed == [r.code for r in made["rows"]]


def test_every_label_on_the_roll_scans_one_per_page(made):
    pages = _pages(made["roll"], 200)
    assert made["roll_count"] == len(pages) == len(made["codes"])
    printed = []
    for page in pages:
        found = _decode(page)
        assert len(found) == 1
        printed.append(found[0].text)
    assert printed == [r.code for r in made["rows"]]
    width, height = pages[0].size
    assert abs(width - 50 / 25.4 * 200) <= 1 and abs(height - 30 / 25.4 * 200) <= 1  # 50 x 30 mm


def test_labels_are_in_building_unit_room_order_with_the_unmatched_last(made):
    codes = [r.household_code for r in made["rows"]]
    matched = [c for c in codes if c]
    key = [parse_address(c).sort_key for c in matched]
    assert key == sorted(key)
    assert matched[:2] == ["1-1-101", "1-1-102"] and matched[-1] == "12-1-1004"
    assert matched.index("3-1-1101") > matched.index("3-1-901")  # numbers, not text order
    assert codes[-2:] == [None, None]


def test_the_text_layer_has_the_household_codes_masked_heads_and_the_chinese_round(made):
    pages = _text(made["a4"])
    text = "\n".join(pages)
    assert ROUND in pages[0] and ROUND in pages[-1]
    for flat in FLATS:
        if flat == "3-1-903":  # its parcel is cancelled: no label
            assert not re.search(rf"(?<![\d-]){re.escape(flat)}(?![\d-])", text)
            continue
        assert re.search(rf"(?<![\d-]){re.escape(flat)}(?![\d-])", text), flat
    assert "户主 张*国" in text and "户主 王*" in text
    assert "张建国" not in text  # names are partly masked on paper
    assert "白竹亭小区15号楼3单元1102室" in text and "王*明" in text  # unmatched: address, recipient
    assert "39.90元 未付" in text and "45.00元 未付" in text and "免费" in text and "代付" in text
    assert "大米 5kg" in text
    for code in made["codes"]:
        assert code in text  # printed under the bars too


@pytest.mark.parametrize("which", ["a4", "roll", "signs"])
def test_every_font_is_embedded(made, which):
    out = subprocess.run(["pdffonts", str(made[which])], check=True, capture_output=True, text=True).stdout
    fonts_listed = out.splitlines()[2:]
    assert fonts_listed and all(line.split()[-5] == "yes" for line in fonts_listed), out
    assert "WenQuanYi" in out


def test_building_signs_are_one_page_per_building_with_the_counts(made):
    pages = _text(made["signs"])
    assert made["sign_pages"] == len(pages) == 6  # buildings 1, 3, 5, 7, 12 and the unmatched
    heads = [re.match(r"\s*(\d+ 号楼|未匹配住户)", p).group(1) for p in pages]
    assert heads == ["1 号楼", "3 号楼", "5 号楼", "7 号楼", "12 号楼", "未匹配住户"]
    # the text layer without spaces (pdftotext spaces big text as it likes)
    by_head = {head: re.sub(r"\s+", "", page) for head, page in zip(heads, pages, strict=True)}
    assert "共6件" in by_head["1 号楼"]
    assert "共18件" in by_head["3 号楼"]  # 19 parcels, one cancelled, one extra for 3-1-201
    assert "共8件" in by_head["12 号楼"] and "共4件" in by_head["7 号楼"]
    assert "共12件" in by_head["5 号楼"] and "2单元（6件）" in by_head["5 号楼"]
    assert "201×2" in by_head["3 号楼"]
    assert "1单元（9件）" in by_head["3 号楼"] and "2单元（9件）" in by_head["3 号楼"]
    assert "不分单元（4件）" in by_head["7 号楼"] and "1101" in by_head["7 号楼"]
    assert ROUND.replace(" ", "") in by_head["12 号楼"]
    assert "共2件" in by_head["未匹配住户"] and "DD2204100077" in by_head["未匹配住户"]


def test_a_round_without_parcels_and_an_unknown_layout_are_refused(ctx, tmp_path):
    from pickuppoint.errors import UserError

    rounds.create(ctx, "空批次", date="2022-04-12")
    with pytest.raises(UserError, match="还没有包裹"):
        labels.write_labels(ctx, "空批次", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="版式"):
        labels.write_labels(ctx, "空批次", tmp_path / "x.pdf", layout="a5")
    assert not (tmp_path / "x.pdf").exists()


def test_labels_command(capsys, tmp_path, made):
    db = made["folder"] / "point.sqlite3"
    out = tmp_path / "labels.pdf"
    r = run_cli(capsys, "--db", db, "labels", ROUND, "-o", out)
    assert r.code == 0, r.err
    assert r.out.strip() == f"已生成 50 张标签（3 页），保存到 {out}。"
    assert _text(out)[0].count("P01-") == 24

    r = run_cli(capsys, "--db", db, "labels", made["round"].id, "-o", out, "--layout", "roll-50x30")
    assert r.code == 0 and "50 张标签（50 页）" in r.out

    signs_pdf = tmp_path / "signs.pdf"
    r = run_cli(capsys, "--db", db, "labels", ROUND, "-o", signs_pdf, "--signs")
    assert r.code == 0 and r.out.strip() == f"已生成 6 页楼栋分拣牌，保存到 {signs_pdf}。"

    r = run_cli(capsys, "--db", db, "labels", "第九批", "-o", tmp_path / "x.pdf")
    assert r.code == 1 and r.err.strip() == "没有叫“第九批”的批次（可以用批次名称或编号）。"
    assert not (tmp_path / "x.pdf").exists()

    r = run_cli(capsys, "--db", db, "labels", ROUND, "-o", tmp_path / "no" / "such" / "x.pdf")
    assert r.code == 1 and "无法写入文件" in r.err and "文件夹不存在" in r.err
    assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err

    r = run_cli(capsys, "--db", db, "labels", ROUND, "-o", tmp_path / "x.pdf", "--layout", "a5")
    assert r.code == 2
    r = run_cli(capsys, "--db", db, "labels", ROUND)
    assert r.code == 2


def test_a_supplier_code_that_code128_cannot_carry_is_still_printed_as_text(tmp_path):
    row = labels.LabelRow(code="美团订单0042", household_code="3-2-501", head="张建国", recipient="",
                          address="", round_name=ROUND, item="蔬菜包", amount_cents=3990, payment="paid")
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(labels.render_labels([row, labels.LabelRow(**{**row.__dict__, "code": "DD2204100001"})]))
    assert "美团订单0042" in _text(pdf)[0]
    assert [b.text for b in _decode(_pages(pdf, 150)[0])] == ["DD2204100001"]

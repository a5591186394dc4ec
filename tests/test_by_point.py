"""The coordinator's uncollected list and day's report across points: a part per point that is
the point's own list, the totals of them all, the point filter, and the documents (PDF read back,
XLSX opened) and the CLI on a hub."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cli_helpers import run_cli
from lists_data import pdf_pages
from pickuppoint.documents import by_point as documents
from pickuppoint.errors import UserError
from pickuppoint.services.demo.street_office import street_office
from pickuppoint.services.lists import by_point, daily, uncollected
from pickuppoint.services.lists.scope import Scope
from pickuppoint.services.sync import export, importer


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    hub, points, files = street_office(folder, received=True)
    files.append(export.export_batch(points["BZT"], folder / "BZT-4.ppsync").path)  # BZT's last handover too
    importer.import_files(hub, files)
    yield hub, points, folder
    for ctx in (hub, *points.values()):
        ctx.close()


def _rows(lst) -> list[tuple[str, int, int]]:  # noqa: ANN001
    return [(r.code, r.parcels, r.due_cents) for r in lst.rows]


def test_each_points_part_is_that_points_own_list_and_the_totals_add_up(office) -> None:
    hub, points, _folder = office
    data = by_point.uncollected_by_point(hub, uncollected.Options())
    assert [(p.site_id, p.name) for p, _l in data.parts] == [("BZT", "白竹亭东门"), ("DXL", "东兴路菜场")]
    bzt = dict((p.site_id, part) for p, part in data.parts)["BZT"]
    assert _rows(bzt) == _rows(uncollected.gather(points["BZT"], uncollected.Options()))  # nothing missing at BZT
    assert {r.building for r in bzt.rows} == {"3"}
    assert {r.building for _p, part in data.parts[1:] for r in part.rows} == {"7"}
    assert data.total.households == sum(part.total.households for _p, part in data.parts) > 0
    assert data.total.parcels == sum(part.total.parcels for _p, part in data.parts)
    # the whole list of the hub holds the same parcels, not grouped
    everything = uncollected.gather(hub, uncollected.Options())
    assert everything.total.parcels == data.total.parcels
    # one point
    only = by_point.uncollected_by_point(hub, uncollected.Options(), ["dxl"])
    assert [p.site_id for p, _l in only.parts] == ["DXL"] and only.total.parcels == data.parts[1][1].total.parcels
    with pytest.raises(UserError, match="没有站点编号为“XYZ”的接驳点；已有的接驳点：BZT、DXL。"):
        by_point.uncollected_by_point(hub, uncollected.Options(), ["XYZ"])


def test_the_list_pdf_has_a_heading_and_totals_per_point_and_the_overall_total(office, tmp_path: Path) -> None:
    hub, _points, _folder = office
    data = by_point.uncollected_by_point(hub, uncollected.Options())
    out = tmp_path / "list.pdf"
    documents.write_list(data, out, "pdf")
    text = "".join(pdf_pages(out)).replace(" ", "").replace("\n", "")  # a narrow cell wraps a long name
    for point, part in data.parts:
        assert f"{point.name}（{point.site_id}）：未领取{part.total.households}户、{part.total.parcels}件" in text
        assert f"{point.name}合计" in text
    assert "全部接驳点总计" in text and f"{data.total.households}户" in text
    assert text.index("白竹亭东门（BZT）：") < text.index("东兴路菜场（DXL）：")
    xlsx = tmp_path / "list.xlsx"
    documents.write_list(data, xlsx, "xlsx")
    book = load_workbook(xlsx)
    listed = list(book.worksheets[0].iter_rows(values_only=True))
    assert listed[0][:2] == ("接驳点", "站点编号")
    assert sum(1 for row in listed[1:] if row[1] == "DXL") == data.parts[1][1].total.households
    totals = list(book.worksheets[1].iter_rows(values_only=True))
    assert ("东兴路菜场", "DXL", "东兴路菜场合计", data.parts[1][1].total.households,
            data.parts[1][1].total.parcels, 0) in totals
    assert ("全部接驳点", None, "全部接驳点总计", data.total.households, data.total.parcels,
            data.total.due_cents / 100) in totals
    csv_out = tmp_path / "list.csv"
    documents.write_list(data, csv_out, "csv")
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    body = csv_out.read_text("utf-8-sig").splitlines()[1:]
    assert len(body) == data.total.households
    assert all(line.startswith(("白竹亭东门,BZT,3,", "东兴路菜场,DXL,7,")) for line in body)


def test_the_days_report_by_point_adds_up_and_prints_each_point(office, tmp_path: Path) -> None:
    hub, points, _folder = office
    data = by_point.daily_by_point(hub, date.today())
    named = [p.site_id for p, _r in data.parts]
    assert named[:2] == ["BZT", "DXL"]
    for field in ("received", "handed_over", "uncollected"):
        assert getattr(data.total, field) == sum(getattr(r, field) for _p, r in data.parts)
    bzt = data.parts[0][1]
    # BZT's own report on its own parcels (a parcel with no point is the hub's "未分配接驳点" part)
    own = daily.gather(points["BZT"], date.today(), Scope(("BZT",), ""))
    assert (bzt.received, bzt.handed_over, bzt.uncollected) == (own.received, own.handed_over, own.uncollected)
    out = tmp_path / "report.pdf"
    documents.write_report(data, out, "pdf")
    text = "\n".join(pdf_pages(out)).replace(" ", "")
    assert "各接驳点一览" in text and "全部接驳点合计" in text
    assert f"白竹亭东门（BZT）：到货{bzt.received}，未领取{bzt.uncollected}" in text
    assert text.index("白竹亭东门（BZT）\n") < text.index("东兴路菜场（DXL）\n")
    xlsx = tmp_path / "report.xlsx"
    documents.write_report(data, xlsx, "xlsx")
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:4] == ("白竹亭东门", "BZT", bzt.received, bzt.handed_over)
    assert rows[len(data.parts) + 1][:4] == ("全部接驳点", None, data.total.received, data.total.handed_over)


def test_the_cli_on_a_hub_lists_by_point_and_refuses_an_unknown_point(office, tmp_path: Path, capsys) -> None:
    hub, _points, folder = office
    db = folder / "hub.sqlite3"
    got = run_cli(capsys, "--db", db, "uncollected", "-o", tmp_path / "u.pdf", "--json")
    assert got.code == 0, got.err
    body = json.loads(got.out)
    assert [p["site_id"] for p in body["points"]] == ["BZT", "DXL"]
    assert body["households"] == sum(p["households"] for p in body["points"]) and body["pages"] >= 1
    got = run_cli(capsys, "--db", db, "uncollected", "-o", tmp_path / "one.xlsx", "--point", "BZT", "--json")
    assert [p["site_id"] for p in json.loads(got.out)["points"]] == ["BZT"]
    got = run_cli(capsys, "--db", db, "uncollected", "-o", tmp_path / "bad.pdf", "--point", "QQ")
    assert got.code == 1 and got.err.strip().count("\n") == 0 and "QQ" in got.err and "Traceback" not in got.err
    assert not (tmp_path / "bad.pdf").exists()
    got = run_cli(capsys, "--db", db, "report", "daily", "-o", tmp_path / "d.xlsx", "--json")
    assert got.code == 0, got.err
    body = json.loads(got.out)
    assert [p["site_id"] for p in body["points"]][:2] == ["BZT", "DXL"]
    assert body["handed_over"] == sum(p["handed_over"] for p in body["points"])
    got = run_cli(capsys, "--db", db, "report", "daily", "-o", tmp_path / "d.pdf", "--point", "DXL")
    assert got.code == 0 and "东兴路菜场" in got.out and "白竹亭东门 " not in got.out


def test_sync_status_and_resolve_on_the_command_line(office, capsys) -> None:
    hub, _points, folder = office
    db = folder / "hub.sqlite3"
    got = run_cli(capsys, "--db", db, "sync", "status")
    assert "最后一批：" in got.out and "缺 " in got.out and "领取进度 4月10日 蔬菜包 白竹亭东门：" in got.out
    assert "BZT:" in got.out and "DXL:" in got.out and "（暂定）" in got.out
    body = json.loads(run_cli(capsys, "--db", db, "sync", "status", "--json").out)
    assert all(site["last_batch_records"] > 0 for site in body["sites"])
    assert set(body) == {"sites", "conflicts"}  # the contract's keys; the progress is each site's
    for site in body["sites"]:
        assert {p["round"] for p in site["progress"]} == {"4月10日 蔬菜包", "4月12日 米面油"}
        assert all(0 <= p["collected"] <= p["received"] <= p["parcels"] for p in site["progress"])
    [conflict] = body["conflicts"]
    got = run_cli(capsys, "--db", db, "sync", "resolve", conflict["id"], "--keep", "QQ", "--reason", "x")
    assert got.code == 1 and "不在冲突" in got.err
    got = run_cli(capsys, "--db", db, "sync", "resolve", conflict["id"], "--keep", "DXL", "--reason", "有签字回执",
                  "--json")
    assert got.code == 0, got.err
    done = json.loads(got.out)
    assert done["kept"] in conflict["records"] and done["kept"] != conflict["winner"] and done["resolved"]
    assert json.loads(run_cli(capsys, "--db", db, "sync", "status", "--json").out)["conflicts"] == []
    got = run_cli(capsys, "--db", db, "sync", "resolve", conflict["id"], "--keep", "DXL", "--reason", "again")
    assert got.code == 1 and "已经处理过了" in got.err

"""Bad input, each case one sentence and nothing half-written: output onto a device, a pipe or a
full disk; control characters, mixed encodings, Big5, unclosed quotes and huge cells in imports;
a named pipe given as the file; formulas in the spreadsheets the program writes; huge scans."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from cli_helpers import run_cli
from counter_data import community, record_count
from pickuppoint.documents.spreadsheets import write_csv, write_xlsx
from pickuppoint.errors import UserError
from pickuppoint.files import write_file
from pickuppoint.services.households import records as households
from pickuppoint.services.households import search
from pickuppoint.services.households.records import HouseholdData

HEAD = "楼栋,单元,房号,户主,电话,人数\n"


@pytest.fixture
def point(ctx, db_path):
    world = community(ctx)
    ctx.close()
    return world


def roster(tmp_path: Path, body: bytes, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path


def households_in(db: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT head FROM household ORDER BY code")]
    finally:
        conn.close()


# --- output ----------------------------------------------------------------------------------

def test_labels_onto_dev_full_fail_with_a_sentence(capsys, point, db_path):
    r = run_cli(capsys, "--db", db_path, "labels", "第1批蔬菜包", "-o", "/dev/full")
    assert r.code == 1
    assert r.err.strip() == "无法写入文件 /dev/full（这不是普通文件，而是设备或管道），请换一个位置或文件名。"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # still the device, never renamed over


def test_output_onto_a_named_pipe_is_refused_without_waiting(capsys, point, db_path, tmp_path):
    fifo = tmp_path / "labels.pdf"
    os.mkfifo(fifo)
    r = run_cli(capsys, "--db", db_path, "labels", "第1批蔬菜包", "-o", fifo)
    assert r.code == 1 and "不是普通文件" in r.err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    r = run_cli(capsys, "--db", db_path, "labels", "第1批蔬菜包", "-o", tmp_path)
    assert r.code == 1 and "这是一个文件夹" in r.err


def test_a_full_disk_says_so_and_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    real_write = os.write

    def full(fd, data):  # noqa: ANN001 - os.write's signature
        if len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(UserError, match="磁盘已满"):
        write_file(target, b"x" * 1000)
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no part left behind


@pytest.fixture
def tiny_fs(tmp_path):
    """A real 64 KiB filesystem (tmpfs), where mounting is allowed (root on Linux)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small filesystem here")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_labels_onto_a_really_full_filesystem(capsys, point, db_path, tiny_fs):
    filler = tiny_fs / "photos.bin"
    with open(filler, "wb") as f:  # the stick is nearly full: 2 KB left
        f.write(b"\0" * (62 * 1024))
    r = run_cli(capsys, "--db", db_path, "labels", "第1批蔬菜包", "-o", tiny_fs / "labels.pdf")
    assert r.code == 1 and "磁盘已满" in r.err
    assert [p.name for p in tiny_fs.iterdir()] == ["photos.bin"]


def test_written_files_are_owner_only(point, db_path, tmp_path, capsys):
    out = tmp_path / "labels.pdf"
    assert run_cli(capsys, "--db", db_path, "labels", "第1批蔬菜包", "-o", out).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_formulas_are_neutralised_in_every_spreadsheet_written(tmp_path):
    from openpyxl import load_workbook

    rows = [["=HYPERLINK(\"http://x\",\"点我\")", "+8613800138001", "-1+2", "@SUM(A1)", "张三", 3]]
    csv_path = write_csv(tmp_path / "list.csv", ["户主", "电话", "备注", "x", "y", "人数"], rows)
    body = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in body and "'+86138" in body and "'-1+2" in body and "'@SUM" in body
    assert ",张三,3" in body
    xlsx = write_xlsx(tmp_path / "list.xlsx", ["户主", "电话", "备注", "x", "y", "人数"], rows)
    ws = load_workbook(xlsx).active
    values = [c.value for c in ws[2]]
    assert values == ["'=HYPERLINK(\"http://x\",\"点我\")", "'+8613800138001", "'-1+2", "'@SUM(A1)", "张三", 3]
    assert all(c.data_type in ("s", "n") for c in ws[2])
    assert stat.S_IMODE(xlsx.stat().st_mode) == 0o600


# --- imports ---------------------------------------------------------------------------------

def test_control_characters_in_names_are_refused(capsys, db_path, tmp_path):
    body = (HEAD + "3,2,501,张\x07三,13800138001,2\n3,2,502,李\x1b[31m四,13800138002,2\n"
            + "3,2,503,王五,13800138003,1\n" + "3,2,6{:02d},赵{:02d},,1\n" * 0).encode()
    body += "".join(f"3,3,{i},住户{i},,1\n" for i in range(101, 400)).encode()  # NUL past 4 KB
    body += "3,3,999,王\x00五,,1\n".encode()
    r = run_cli(capsys, "--db", db_path, "households", "import", roster(tmp_path, body), "--json")
    assert r.code == 1
    errors = {e["row"]: e["message"] for e in r.json()["errors"]}
    assert set(errors) == {2, 3, 304}
    assert all("控制字符" in m for m in errors.values())
    assert households_in(db_path) == []  # nothing half-imported


def test_a_nul_byte_in_a_manifest_recipient_is_refused(ctx, db_path, tmp_path):
    from pickuppoint.services.manifests.manifest import plan_manifest, read_manifest
    from pickuppoint.services.rounds import records as rounds

    rnd = rounds.create(ctx, "超市订单", kind="order", date="2026-11-23")
    path = tmp_path / "manifest.csv"
    path.write_bytes(("订单号,收货人,电话,地址,商品,金额\n" + "".join(
        f"SO{i},住户{i},1380013{i:04d},3栋2单元{i}室,米,10\n" for i in range(100, 300))
        + "SO999,张\x00三,13800138999,3栋2单元999室,米,10\n").encode())
    plan = plan_manifest(ctx, rnd.id, read_manifest(path))
    assert [(e.row, "控制字符" in e.message) for e in plan.errors] == [(202, True)]


def test_big5_and_mixed_encodings_are_refused_not_garbled(capsys, db_path, tmp_path):
    big5 = roster(tmp_path, "building,unit,room,head,phone,members\n3,2,701,陳大文,13800138011,2\n"
                  "3,2,702,張小明,13800138012,3\n".encode("big5"), "big5.csv")
    r = run_cli(capsys, "--db", db_path, "households", "import", big5)
    assert r.code == 1 and "Big5" in r.err
    mixed = roster(tmp_path, (HEAD + "3,2,701,王五,13800138011,2\n").encode("gb18030")
                   + "3,2,702,李四,13800138012,3\n".encode(), "mixed.csv")
    r = run_cli(capsys, "--db", db_path, "households", "import", mixed)
    assert r.code == 1 and "混用了两种文字编码" in r.err
    assert households_in(db_path) == []


def test_an_unclosed_quote_names_its_row(capsys, db_path, tmp_path):
    path = roster(tmp_path, (HEAD + "3,2,601,李四,13800138002,2\n3,2,602,\"张三,13800138001,2\n"
                             "3,2,603,王五,13800138003,2\n").encode())
    r = run_cli(capsys, "--db", db_path, "households", "import", path)
    assert r.code == 1
    assert "第 3 行有一个引号" in r.err and "没有配对" in r.err
    assert households_in(db_path) == []


def test_a_named_pipe_given_as_the_roster_is_refused_at_once(capsys, db_path, tmp_path):
    fifo = tmp_path / "roster.csv"
    os.mkfifo(fifo)
    r = run_cli(capsys, "--db", db_path, "households", "import", fifo)
    assert r.code == 1 and "不是普通文件" in r.err


def test_a_huge_name_is_refused_with_a_sentence(capsys, db_path, tmp_path):
    path = roster(tmp_path, (HEAD + "3,2,801," + "张" * 10_000 + ",13800138011,2\n").encode())
    r = run_cli(capsys, "--db", db_path, "households", "import", path, "--json")
    assert r.code == 1
    assert r.json()["errors"] == [{"row": 2, "message": "户主姓名太长（10000 个字，最多 40 个字）。"}]


def test_names_are_indexed_in_space_linear_in_their_length(ctx):
    name = "欧阳" + "甲乙丙丁戊己庚辛壬癸" * 3 + "娜娜"  # 34 characters
    households.create(ctx, HouseholdData.at(__import__("pickuppoint.domain.address", fromlist=["x"])
                                            .parse_address("9-1-101"), head=name, members=1))
    with ctx.read() as s:
        parts = [r[0] for r in s.execute(text("SELECT part FROM household_name"))]
        found = search.search(s, search.Query(text=name[5:30]))  # 25 characters from inside
        found_short = search.search(s, search.Query(text="娜娜"))
        not_found = search.search(s, search.Query(text=name[5:29] + "子"))
    assert max(len(p) for p in parts) == search.PART_MAX and len(parts) <= len(name)
    assert [h.code for h in found] == ["9-1-101"] and [h.code for h in found_short] == ["9-1-101"]
    assert not_found == []
    with pytest.raises(UserError, match="户主姓名太长"):
        households.create(ctx, HouseholdData.at(__import__("pickuppoint.domain.address", fromlist=["x"])
                                                .parse_address("9-1-102"), head="张" * 41, members=1))


# --- scans -----------------------------------------------------------------------------------

def test_a_huge_scan_says_why_on_stderr_in_a_short_sentence(capsys, point, db_path):
    huge = "A" * 100_000
    for command in (["receive", huge], ["handover", huge], ["lookup", huge]):
        r = run_cli(capsys, "--db", db_path, *command)
        assert r.code == 1, command
        assert 0 < len(r.err) < 300, command
    with pytest.raises(UserError, match="撤销原因太长"):
        from pickuppoint.services.context import Context
        from pickuppoint.services.counter import handover as counter

        ctx = Context.open(db_path)
        try:
            before = record_count(ctx)
            counter.hand_over(ctx, [point.codes["veg501"]])
            counter.void(ctx, point.codes["veg501"], "x" * 600)
        finally:
            assert record_count(ctx) == before + 1
            ctx.close()

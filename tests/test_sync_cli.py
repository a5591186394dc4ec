"""The command-line contract of sync (shared CLI.md): init --role coordinator, points add,
init --from, sync export / import / status; and an import killed half way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from pickuppoint.cli.main import run


def _json(capsys, argv: list[str], status: int = 0) -> dict:
    capsys.readouterr()
    assert run(argv) == status
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    return json.loads(out)


def test_cli_contract(tmp_path: Path, capsys, monkeypatch) -> None:
    hub, pt = str(tmp_path / "hub.sqlite3"), str(tmp_path / "pt.sqlite3")
    assert run(["--db", hub, "init", "--site-id", "HUB", "--name", "街道办", "--role", "coordinator"]) == 0
    added = _json(capsys, ["--db", hub, "points", "add", "BZT", "--name", "白竹亭东门",
                           "-o", str(tmp_path / "bzt.setup"), "--json"])
    assert added["site_id"] == "BZT" and len(added["enrolment_code"].replace("-", "")) >= 12
    monkeypatch.setenv("PICKUPPOINT_ENROL_CODE", "3333-3333-3333-3333")
    capsys.readouterr()
    assert run(["--db", pt, "init", "--from", str(tmp_path / "bzt.setup")]) == 1
    assert "启用码不对" in capsys.readouterr().err
    monkeypatch.setenv("PICKUPPOINT_ENROL_CODE", added["enrolment_code"])
    assert run(["--db", pt, "init", "--from", str(tmp_path / "bzt.setup")]) == 0
    assert "指纹" in capsys.readouterr().out
    assert run(["--db", pt, "init", "--from", str(tmp_path / "bzt.setup"), "--site-id", "X"]) == 2
    assert run(["--db", pt, "sync", "export", "-o", str(tmp_path / "b1.ppsync")]) == 0
    assert run(["--db", pt, "sync", "export", "--point", "BZT", "-o", str(tmp_path / "x")]) == 1
    junk = tmp_path / "junk.ppsync"
    junk.write_text("hello")
    out = _json(capsys, ["--db", hub, "sync", "import", str(tmp_path / "b1.ppsync"), str(junk),
                         str(tmp_path / "b1.ppsync"), "--json"], status=1)
    files = out["files"]
    assert [f["status"] for f in files] == ["imported", "rejected", "already-imported"]
    assert files[0]["new_records"] >= 1 and files[2]["new_records"] == 0
    assert files[1]["reason"] == "not-sync-file" and files[1]["file"] == str(junk)
    assert set(files[0]) >= {"file", "status", "new_records"}
    st = _json(capsys, ["--db", hub, "sync", "status", "--json"])
    assert set(st) == {"sites", "conflicts"}
    [site] = st["sites"]
    assert {"site_id", "records", "contiguous_to", "gaps"} <= set(site)
    assert (site["site_id"], site["contiguous_to"], site["gaps"]) == ("BZT", files[0]["new_records"], [])
    assert run(["--db", hub, "sync", "export", "--point", "BZT", "-o", str(tmp_path / "u.ppsync")]) == 0
    assert _json(capsys, ["--db", pt, "sync", "import", str(tmp_path / "u.ppsync"), "--json"])[
        "files"][0]["status"] == "imported"
    capsys.readouterr()
    assert run(["--db", pt, "sync", "status"]) == 0
    assert f"已同步至 #{site['contiguous_to']}" in capsys.readouterr().out
    assert run(["--db", hub, "sync", "accept-gap", "BZT", "nonsense", "--reason", "x"]) == 2
    assert run(["--db", pt, "points", "add", "DXL", "--name", "东兴路", "-o", str(tmp_path / "d")]) == 1
    capsys.readouterr()
    assert run(["--db", pt, "init", "--site-id", "BZT", "--name", "x", "--role", "coordinator"]) == 1
    assert "已经是街道办的接驳点" in capsys.readouterr().err
    assert run(["--db", hub, "init", "--site-id", "HUB", "--name", "街道办"]) == 1
    assert "不能改为接驳点" in capsys.readouterr().err


def _big_batch(tmp_path: Path, n: int) -> tuple[Path, Path]:
    from tests.sync_data import enrol_point, make_hub

    from pickuppoint.services.sync import export

    hub = make_hub(tmp_path)
    point = enrol_point(hub, tmp_path, "BZT", "白竹亭东门")
    payloads = [{"code": f"{b}-1-{r}", "building": str(b), "unit": "1", "room": str(r),
                 "head": "王秀英", "phone": "", "members": 2, "grid": "", "flags": [],
                 "proxies": [], "notes": ""} for b in range(1, n // 500 + 2) for r in range(1, 501)][:n]
    with point.write() as w:
        w.append_many("household.created", payloads)
    done = export.export_batch(point, tmp_path / "big.ppsync")
    path = hub.db.path
    hub.close()
    point.close()
    return path, done.path


def test_an_import_killed_half_way_leaves_nothing_and_the_reimport_completes(tmp_path: Path) -> None:
    hub_path, batch = _big_batch(tmp_path, 60_000)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen([sys.executable, "-m", "pickuppoint", "--db", str(hub_path), "sync",
                             "import", str(batch)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wal = Path(f"{hub_path}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:  # records are being written
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    from pickuppoint.services.context import Context
    from pickuppoint.services.sync import importer

    hub = Context.open(hub_path, "协调员")
    with hub.read() as s:
        assert s.execute(text("SELECT count(*) FROM record WHERE site_id = 'BZT'")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM household")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM sync_file")).scalar_one() == 0
    [r] = importer.import_files(hub, [batch])
    assert r.status == "imported" and r.new_records >= 60_000
    with hub.read() as s:
        assert s.execute(text("SELECT count(*) FROM household")).scalar_one() == 60_000
    hub.close()


def test_sync_status_json_reports_the_gap_exactly(tmp_path: Path, capsys) -> None:
    from tests.sync_data import add_household, enrol_point, make_hub

    from pickuppoint.services.sync import export, settings

    hub = make_hub(tmp_path)
    point = enrol_point(hub, tmp_path, "BZT", "白竹亭东门")
    files = []
    for i in range(3):
        add_household(point, f"1-1-{101 + i}")
        add_household(point, f"1-2-{101 + i}")
        done = export.export_batch(point, tmp_path / f"{i}.ppsync")
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, str(done.seq_to))
        files.append(done)
    path = str(hub.db.path)
    hub.close()
    point.close()
    _json(capsys, ["--db", path, "sync", "import", str(files[0].path), str(files[2].path), "--json"])
    [site] = _json(capsys, ["--db", path, "sync", "status", "--json"])["sites"]
    assert site["contiguous_to"] == files[0].seq_to
    assert site["gaps"] == [[files[1].seq_from, files[1].seq_to]]
    assert site["records"] == files[0].records + files[2].records
    _json(capsys, ["--db", path, "sync", "import", str(files[1].path), "--json"])
    [site] = _json(capsys, ["--db", path, "sync", "status", "--json"])["sites"]
    assert (site["contiguous_to"], site["gaps"]) == (files[2].seq_to, [])

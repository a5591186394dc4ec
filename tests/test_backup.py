"""Backups: consistent copies through SQLite's backup API, rotated; a restore checks the backup
first (integrity_check, verify, what it holds) and keeps the replaced database aside; the chain
heads the backups hold catch a later rewrite of the history."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from cli_helpers import run_cli, run_program
from counter_data import community
from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import Rec, canonical, hash_of
from pickuppoint.services.backup import anchors, rotation
from pickuppoint.services.backup.copy import copy_database
from pickuppoint.services.backup.inspect import inspect_backup
from pickuppoint.services.backup.restore import restore
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.log import integrity
from pickuppoint.services.operators import records as operators
from pickuppoint.services.operators.signin import sign_in

ROOT = Path(__file__).resolve().parents[1]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def handed_over(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM handover WHERE voided = 0").fetchone()[0]
    finally:
        conn.close()


def test_backup_and_restore_from_the_command_line(capsys, ctx, db_path, tmp_path):
    world = community(ctx)
    counter.hand_over(ctx, [world.codes["veg501"]])
    ctx.close()
    copy = tmp_path / "usb" / "point-copy.sqlite3"
    copy.parent.mkdir()
    r = run_cli(capsys, "--db", db_path, "backup", "-o", copy, "--json")
    assert r.code == 0, r.err
    assert r.json()["ok"] and r.json()["records"] == 14
    assert mode(copy) == 0o600 and not Path(f"{copy}-wal").exists()
    # later work, then the restore brings the copy back and keeps the replaced file aside
    ctx2 = Context.open(db_path, "测试员")
    counter.hand_over(ctx2, [world.codes["veg502"]])
    ctx2.close()
    assert handed_over(db_path) == 2
    r = run_cli(capsys, "--db", db_path, "restore", copy, "--json")
    assert r.code == 0, r.err
    out = r.json()
    assert out["records"] == 14 and out["last_handover"]
    aside = Path(out["replaced_kept_at"])
    assert handed_over(db_path) == 1 and handed_over(aside) == 2
    assert mode(aside) == 0o600 and mode(db_path) == 0o600
    r = run_cli(capsys, "--db", db_path, "verify")
    assert r.code == 0


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(ctx, db_path, tmp_path):
    community(ctx)
    copy = copy_database(db_path, tmp_path / "copy.sqlite3")
    data = bytearray(copy.read_bytes())
    for i in range(8192, 12288):  # scribble over the third page
        data[i] = 0x5A
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    ctx.close()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="没有通过检查"):
        restore(db_path, damaged)
    with pytest.raises(UserError, match="不是本程序的数据库备份"):
        restore(db_path, foreign)
    with pytest.raises(UserError, match="不是普通文件"):
        restore(db_path, Path("/dev/null"))
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))


def test_inspect_shows_what_a_backup_holds(ctx, db_path, tmp_path):
    world = community(ctx)
    counter.hand_over(ctx, [world.codes["veg301"]])
    summary = inspect_backup(copy_database(db_path, tmp_path / "b.sqlite3"))
    assert summary.ok and summary.site_id == "P01"
    assert (summary.records, summary.households, summary.handovers) == (14, 3, 1)
    assert summary.last_handover_code == world.codes["veg301"] and summary.taken_at


def test_a_restore_from_a_backup_taken_during_heavy_writing_is_clean(tmp_path):
    db = tmp_path / "busy.sqlite3"
    assert run_program("--db", db, "demo-data", "--households", "300", "--parcels-per-household", "2").code == 0
    loop = ROOT / "bench" / "probes" / "handover_loop.py"
    proc = subprocess.Popen([sys.executable, str(loop), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    copies = []
    try:
        proc.stdout.readline()  # handing over: the first is committed
        for i in range(4):
            copies.append(copy_database(db, tmp_path / f"during-{i}.sqlite3"))
            for _ in range(5):  # five more committed before the next copy, however loaded the machine
                proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
    counts = []
    for i, copy in enumerate(copies):
        target = tmp_path / f"restored-{i}.sqlite3"
        summary, _aside = restore(target, copy)
        assert summary.ok, summary.problems
        ctx = Context.open(target, "checker")
        assert integrity.verify(ctx).ok
        ctx.close()
        counts.append(handed_over(target))
    assert counts == sorted(counts) and counts[-1] > counts[0]  # taken while handovers went on


def test_automatic_backups_rotate_and_wait_for_new_records(ctx, db_path, tmp_path):
    auto = rotation.AutoBackup(db_path, extra_folder=tmp_path / "stick", keep=3, every_records=2)
    assert auto.due()
    made, failed = auto.run()
    assert len(made) == 2 and not failed
    assert not auto.due()  # nothing new
    community(ctx)
    assert auto.due()
    for _ in range(4):
        auto.run()
    kept = rotation.backups_in(rotation.backup_folder(db_path), db_path)
    assert len(kept) == 3 and all(mode(p) == 0o600 for p in kept)
    assert len(rotation.backups_in(tmp_path / "stick", db_path)) == 3


def test_a_missing_stick_does_not_stop_the_backup_beside_the_database(ctx, db_path, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    made, failed = rotation.AutoBackup(db_path, extra_folder=blocker / "sub").run()
    assert len(made) == 1 and len(failed) == 1


def _forge(db: Path, seq: int) -> None:
    """Change record `seq` and recompute every later hash and the site's head, as a forger
    with the file would: the chain alone then looks intact."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM record WHERE site_id = 'P01' ORDER BY seq").fetchall()
    prev = ""
    for row in rows:
        rec = Rec.from_row(SimpleNamespace(**dict(row)))
        if rec.seq == seq:
            rec.payload["members"] = 9  # (names are not in the payload: a count is)
            rec = replace(rec, body=canonical(rec.payload))
        if rec.seq >= seq:
            digest = hash_of(prev, rec)
            conn.execute("UPDATE record SET payload = ?, hash = ? WHERE id = ?",
                         (canonical(rec.payload), digest, rec.id))
            prev = digest
        else:
            prev = rec.hash
    conn.execute("UPDATE site SET last_hash = ? WHERE site_id = 'P01'", (prev,))
    conn.commit()
    conn.close()


def test_a_rewritten_history_is_caught_against_the_backups(ctx, db_path):
    community(ctx)
    rotation.take_backup(db_path)
    assert anchors.check_against_backups(ctx) == []
    with ctx.read() as s:
        seq = s.execute(text("SELECT seq FROM record WHERE kind = 'household.created' LIMIT 1")).scalar()
    _forge(db_path, seq)
    integrity.rebuild(ctx)  # and the state to match
    assert integrity.verify(ctx).ok  # the chain alone cannot tell
    problems = anchors.check_against_backups(ctx)
    assert len(problems) == 1 and "备份之后记录被改写过" in problems[0]


def test_a_volunteer_may_not_copy_or_restore_the_database(capsys, ctx, db_path, tmp_path, monkeypatch):
    operators.add_operator(ctx, "王主任", "worker", "2468")
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "backup", "-o", tmp_path / "c.sqlite3")
    assert r.code == 1 and "小李（志愿者）不能复制整个数据库" in r.err
    assert not (tmp_path / "c.sqlite3").exists()
    monkeypatch.setenv("PICKUPPOINT_PIN", "2468")
    r = run_cli(capsys, "--db", db_path, "--operator", "王主任", "backup", "-o", tmp_path / "c.sqlite3")
    assert r.code == 0
    monkeypatch.delenv("PICKUPPOINT_PIN")
    r = run_cli(capsys, "--db", db_path, "--operator", "小李", "restore", tmp_path / "c.sqlite3")
    assert r.code == 1 and "不能从备份恢复" in r.err
    ctx2 = Context.open(db_path)
    assert sign_in(ctx2, "王主任", "2468").role == "worker"
    ctx2.close()

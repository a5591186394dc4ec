"""Batch and update files end to end: enrolment, export, import, and every refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.sync_data import add_household, enrol_point, everything, make_hub

from pickuppoint.errors import UserError
from pickuppoint.services.sync import enrol, export, gaps, importer, settings, status


@pytest.fixture
def hub(tmp_path: Path):
    ctx = make_hub(tmp_path)
    yield ctx
    ctx.close()


@pytest.fixture
def point(hub, tmp_path: Path):
    ctx = enrol_point(hub, tmp_path, "BZT", "白竹亭东门")
    yield ctx
    ctx.close()


def _records(ctx, site: str) -> int:
    with ctx.read() as s:
        return s.execute(text("SELECT count(*) FROM record WHERE site_id = :s"), {"s": site}).scalar_one()


def test_setup_file_needs_the_right_code_and_gives_the_point_the_hub_records(hub, tmp_path: Path) -> None:
    from pickuppoint.services.rounds import records as rounds

    rounds.create(hub, "4月10日 蔬菜包")
    made = enrol.add_point(hub, "bzt", "白竹亭东门", tmp_path / "bzt.setup")
    assert made.site_id == "BZT" and len(made.code.replace("-", "")) >= 12
    assert b"\xe7\x99\xbd" not in (tmp_path / "bzt.setup").read_bytes()  # 白: no plain personal text
    p = Context_open(tmp_path / "p.sqlite3")
    with pytest.raises(UserError, match="启用码不对"):
        enrol.enrol_from_setup(p, made.path, "3" * 16)
    with p.read() as s:
        assert settings.get(s, settings.DEPLOYMENT) == ""
    done = enrol.enrol_from_setup(p, made.path, made.code.lower())
    assert done.site_id == "BZT"
    with p.read() as s:
        me = settings.load(s)
        assert me.role == "point" and me.hub.site_id == "HUB"
        assert settings.get(s, settings.AGREE_PRIVATE) != ""
        # the coordinator's private keys never reach a point
        with hub.read() as hs:
            hub_secrets = {settings.get(hs, settings.SIGN_PRIVATE), settings.get(hs, settings.AGREE_PRIVATE)}
        values = {r[0] for r in s.execute(text("SELECT value FROM meta"))}
        assert not hub_secrets & values
        assert s.execute(text("SELECT name FROM round")).scalar_one() == "4月10日 蔬菜包"
    p.close()


def Context_open(path: Path):
    from pickuppoint.services.context import Context

    return Context.open(path, "志愿者")


def test_batch_round_trip_pins_the_key_and_acknowledges(hub, point, tmp_path: Path) -> None:
    add_household(point, "3-2-501", "王秀英", "13800138001")
    b1 = export.export_batch(point, tmp_path / "b1.ppsync")
    assert (b1.seq_from, b1.seq_to) == (1, _records(point, "BZT"))
    assert "王秀英".encode() not in b1.path.read_bytes()
    [r] = importer.import_files(hub, [b1.path])
    assert (r.status, r.new_records) == ("imported", b1.records)
    assert r.pinned  # the first batch: its key is pinned and its fingerprint shown
    with hub.read() as s:
        assert s.execute(text("SELECT head FROM household WHERE code = '3-2-501'")).scalar_one() == "王秀英"
        [p] = status.hub_state(s).points
    assert (p.contiguous_to, p.gaps, p.held) == (b1.seq_to, [], 0)
    with point.read() as s:
        own = settings.load(s).sign_key
    from pickuppoint.services.sync import crypto

    assert p.fingerprint == r.pinned == crypto.fingerprint(crypto.raw_public(own))
    # the update file acknowledges: the point stops resending
    u = export.export_update(hub, "BZT", tmp_path / "u1.ppsync")
    assert importer.import_files(point, [u.path])[0].status == "imported"
    with point.read() as s:
        assert status.point_state(s).acked == b1.seq_to
    with pytest.raises(UserError, match=f"已同步至 #{b1.seq_to}"):
        export.export_batch(point, tmp_path / "b2.ppsync")
    add_household(point, "3-2-502")
    b2 = export.export_batch(point, tmp_path / "b2.ppsync")
    assert (b2.seq_from, b2.records) == (b1.seq_to + 1, 1)


def test_same_file_twice_is_not_opened_again(hub, point, tmp_path: Path, monkeypatch) -> None:
    add_household(point, "3-2-501")
    b = export.export_batch(point, tmp_path / "b.ppsync")
    assert importer.import_files(hub, [b.path])[0].status == "imported"
    before = everything(hub)

    def no_decrypt(*_a, **_k):
        raise AssertionError("decrypted again")

    monkeypatch.setattr(importer.crypto, "open_from", no_decrypt)
    [again] = importer.import_files(hub, [b.path])
    assert (again.status, again.new_records) == ("already-imported", 0)
    assert everything(hub) == before


def test_gap_is_held_shown_closed_and_accepted(hub, point, tmp_path: Path) -> None:
    add_household(point, "1-1-101")
    first = export.export_batch(point, tmp_path / "1.ppsync")
    with point.db.write_session() as s:  # as if the coordinator had acknowledged the first file
        settings.put(s, settings.ACKED, str(first.seq_to))
    add_household(point, "1-1-102")
    add_household(point, "1-1-103")
    middle = export.export_batch(point, tmp_path / "2.ppsync")
    with point.db.write_session() as s:
        settings.put(s, settings.ACKED, str(middle.seq_to))
    add_household(point, "1-1-104")
    last = export.export_batch(point, tmp_path / "3.ppsync")
    importer.import_files(hub, [first.path, last.path])
    with hub.read() as s:
        [p] = status.hub_state(s).points
        assert s.execute(text("SELECT count(*) FROM household WHERE code = '1-1-104'")).scalar_one() == 0
    assert p.contiguous_to == first.seq_to and p.held == 1
    assert p.gaps == [(middle.seq_from, middle.seq_to)]
    assert p.gap_text() == [f"缺 {middle.seq_from}–{middle.seq_to} 号，白竹亭东门"]
    backup = tmp_path / "hub-backup.sqlite3"
    shutil.copyfile(hub.db.path, backup)
    [r] = importer.import_files(hub, [middle.path])
    assert r.new_records == middle.records + last.records
    with hub.read() as s:
        [p] = status.hub_state(s).points
        assert s.execute(text("SELECT count(*) FROM household WHERE code LIKE '1-1-%'")).scalar_one() == 4
    assert (p.contiguous_to, p.gaps, p.held) == (last.seq_to, [], 0)


def test_accepting_a_gap_is_recorded_and_takes_the_held_records(hub, point, tmp_path: Path) -> None:
    add_household(point, "1-1-101")
    first = export.export_batch(point, tmp_path / "1.ppsync")
    with point.db.write_session() as s:
        settings.put(s, settings.ACKED, str(first.seq_to + 1))  # the stick with one record is lost
    add_household(point, "1-1-102")
    add_household(point, "1-1-103")
    later = export.export_batch(point, tmp_path / "3.ppsync")
    importer.import_files(hub, [first.path, later.path])
    gap = (first.seq_to + 1, first.seq_to + 1)
    with pytest.raises(UserError):
        gaps.accept_gap(hub, "BZT", 1, 2, "写错了")
    mark = gaps.accept_gap(hub, "bzt", *gap, "U 盘丢了，接驳点电脑坏了")
    assert mark == later.seq_to
    with hub.read() as s:
        [p] = status.hub_state(s).points
        rec = s.execute(text("SELECT operator, payload FROM record WHERE kind = 'sync.gap_accepted'")).one()
    assert (p.gaps, p.held) == ([], 0)
    assert rec.operator == "协调员" and "U 盘丢了" in rec.payload


def _refused(hub, path: Path) -> importer.FileResult:
    before = everything(hub)
    [r] = importer.import_files(hub, [path])
    assert r.status == "rejected", r
    assert everything(hub) == before
    return r


def test_refusals_name_a_reason_write_nothing_and_keep_the_file_aside(hub, point, tmp_path: Path) -> None:
    add_household(point, "3-2-501")
    good = export.export_batch(point, tmp_path / "b.ppsync")
    # another deployment's coordinator
    other = make_hub(tmp_path / "other")
    assert _refused(other, good.path).reason == "other-deployment"
    other.close()
    # a site this coordinator has not enrolled (or no longer knows)
    with hub.db.write_session() as s:
        s.execute(text("DELETE FROM sync_point"))
    r = _refused(hub, good.path)
    assert r.reason == "unknown-signer" and "BZT" in r.message
    enrol.add_point(hub, "BZT", "白竹亭东门", tmp_path / "again.setup")
    assert importer.import_files(hub, [good.path])[0].status == "imported"
    folder = Path(hub.db.path).parent / "sync-quarantine"
    assert any(folder.iterdir())
    # not a sync file at all
    junk = tmp_path / "junk.ppsync"
    junk.write_bytes(b"PK\x03\x04 a zip file")
    assert _refused(hub, junk).reason == "not-sync-file"


def test_a_file_from_an_impostor_key_is_refused(hub, point, tmp_path: Path) -> None:
    from pickuppoint.services.sync import crypto

    add_household(point, "1-1-101")
    assert importer.import_files(hub, [export.export_batch(point, tmp_path / "r.ppsync").path])[0].status == "imported"
    with point.db.write_session() as s:  # another laptop claiming to be BZT, with its own key
        settings.put(s, settings.SIGN_PRIVATE, crypto.b64(crypto.raw_private(crypto.new_signing_key())))
    add_household(point, "9-9-999")
    fake = export.export_batch(point, tmp_path / "f.ppsync")
    assert _refused(hub, fake.path).reason == "key-changed"
    # enrolling the site again (a new laptop) forgets the pinned key: the next batch pins anew
    enrol.add_point(hub, "BZT", "白竹亭东门", tmp_path / "again.setup")
    assert importer.import_files(hub, [fake.path])[0].status == "imported"


def test_a_changed_file_with_a_known_batch_id_is_refused_as_replayed(hub, point, tmp_path: Path) -> None:
    add_household(point, "1-1-101")
    b = export.export_batch(point, tmp_path / "b.ppsync")
    importer.import_files(hub, [b.path])
    data = bytearray(b.path.read_bytes())
    data[-1] ^= 1
    bad = tmp_path / "bad.ppsync"
    bad.write_bytes(bytes(data))
    assert _refused(hub, bad).reason == "replayed"


def test_every_flipped_byte_and_every_truncation_is_refused_with_nothing_written(
        hub, point, tmp_path: Path) -> None:
    add_household(point, "3-2-501", "王秀英")
    good = export.export_batch(point, tmp_path / "b.ppsync").path.read_bytes()
    assert len(good) < 4096
    bad = tmp_path / "bad.ppsync"
    before = everything(hub)
    reasons = set()
    for i in range(len(good)):
        data = bytearray(good)
        data[i] ^= 0x40
        bad.write_bytes(bytes(data))
        [r] = importer.import_files(hub, [bad])
        assert r.status == "rejected", i
        reasons.add(r.reason)
    for n in range(len(good)):
        bad.write_bytes(good[:n])
        [r] = importer.import_files(hub, [bad])
        assert r.status == "rejected", n
        reasons.add(r.reason)
    assert everything(hub) == before
    assert {"signature", "truncated"} <= reasons
    bad.write_bytes(good)
    assert importer.import_files(hub, [bad])[0].status == "imported"


def test_update_files_only_go_forward_and_only_to_their_point(hub, point, tmp_path: Path) -> None:
    (tmp_path / "o").mkdir()
    other = enrol_point(hub, tmp_path / "o", "DXL", "东兴路")
    for p, name in ((point, "p"), (other, "o")):
        add_household(p, "1-1-101")
        importer.import_files(hub, [export.export_batch(p, tmp_path / f"{name}.ppsync").path])
    u1 = export.export_update(hub, "BZT", tmp_path / "u1.ppsync")
    u2 = export.export_update(hub, "BZT", tmp_path / "u2.ppsync")
    assert importer.import_files(point, [u2.path])[0].status == "imported"
    before = everything(point)
    [old] = importer.import_files(point, [u1.path])
    assert (old.status, old.reason) == ("rejected", "older-update")
    for_other = export.export_update(hub, "DXL", tmp_path / "ud.ppsync")
    assert importer.import_files(point, [for_other.path])[0].reason == "not-for-us"
    assert importer.import_files(point, [tmp_path / "p.ppsync"])[0].reason == "wrong-kind"
    assert everything(point) == before
    assert importer.import_files(point, [u2.path])[0].status == "already-imported"
    other.close()


def test_round_trip_coordinator_point_coordinator(hub, point, tmp_path: Path) -> None:
    from pickuppoint.services.rounds import records as rounds

    add_household(point, "5-1-301", "李四")
    importer.import_files(hub, [export.export_batch(point, tmp_path / "b1.ppsync").path])
    r = rounds.create(hub, "4月12日 米面油")
    u = export.export_update(hub, "BZT", tmp_path / "u.ppsync")
    importer.import_files(point, [u.path])
    with point.read() as s:
        assert s.execute(text("SELECT name FROM round WHERE id = :i"), {"i": r.id}).scalar_one() == "4月12日 米面油"
    add_household(point, "5-1-302", "赵六")
    b2 = export.export_batch(point, tmp_path / "b2.ppsync")
    assert b2.records == 1
    assert importer.import_files(hub, [b2.path])[0].new_records == 1
    with hub.read() as s, point.read() as ps:
        hub_rows = s.execute(text("SELECT code, head FROM household ORDER BY code")).all()
        point_rows = ps.execute(text("SELECT code, head FROM household ORDER BY code")).all()
    assert hub_rows == point_rows == [("5-1-301", "李四"), ("5-1-302", "赵六")]


def test_coordinator_restored_from_an_old_backup_reimports_and_closes_gaps(
        hub, point, tmp_path: Path) -> None:
    files = []
    for i in range(3):
        add_household(point, f"2-1-{101 + i}")
        b = export.export_batch(point, tmp_path / f"{i}.ppsync")
        with point.db.write_session() as s:
            settings.put(s, settings.ACKED, str(b.seq_to))
        files.append(b.path)
    importer.import_files(hub, files[:1])
    old = tmp_path / "old.sqlite3"
    hub.db.checkpoint("TRUNCATE")
    shutil.copyfile(hub.db.path, old)
    importer.import_files(hub, files[1:])
    with hub.read() as s:
        full = status.hub_state(s).points[0].contiguous_to
    path = hub.db.path
    hub.close()
    shutil.copyfile(old, path)
    from pickuppoint.services.context import Context

    restored = Context.open(path, "协调员")
    importer.import_files(restored, [files[2]])
    with restored.read() as s:
        assert status.hub_state(s).points[0].gaps != []
    results = importer.import_files(restored, files)
    assert [r.status for r in results] == ["already-imported", "imported", "already-imported"]
    with restored.read() as s:
        [p] = status.hub_state(s).points
    assert (p.contiguous_to, p.gaps) == (full, [])
    restored.close()


def test_a_point_gets_its_own_and_unassigned_parcels_not_other_points(hub, tmp_path: Path) -> None:
    from pickuppoint.services.parcels.records import ParcelData, add_parcels, update_parcel
    from pickuppoint.services.rounds import records as rounds

    r = rounds.create(hub, "4月10日 蔬菜包")
    with hub.write() as w:
        mine, theirs, anyone = add_parcels(w, [ParcelData(round_id=r.id, point_site=site)
                                               for site in ("BZT", "DXL", "")])
    (tmp_path / "p").mkdir()
    point = enrol_point(hub, tmp_path / "p", "BZT", "白竹亭东门")
    with point.read() as s:
        codes = set(s.execute(text("SELECT code FROM parcel")).scalars())
    assert codes == {mine, anyone}
    # a parcel moved to this point later arrives whole in the next update, with its history
    importer.import_files(hub, [export.export_batch(point, tmp_path / "b.ppsync").path])
    update_parcel(hub, theirs, point_site="BZT")
    u = export.export_update(hub, "BZT", tmp_path / "u.ppsync")
    assert importer.import_files(point, [u.path])[0].status == "imported"
    with point.read() as s:
        row = s.execute(text("SELECT point_site, round_id FROM parcel WHERE code = :c"), {"c": theirs}).one()
    assert tuple(row) == ("BZT", r.id)
    point.close()

"""Roles and enrolment: a coordinator's deployment and keys, setup files, a point joining.

A setup file is a sync file of kind `setup`: signed by the coordinator, its body sealed under a
key stretched by Scrypt from a one-time enrolment code (shown once, never stored). The body holds
the deployment, the coordinator's public keys and site, the point's site id and name, and the
coordinator's records of the households, rounds and parcels assigned to the point (all of them
where none are assigned; services/sync/records.py) so the point starts with them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from pickuppoint.errors import UserError
from pickuppoint.eventlog import clock
from pickuppoint.i18n import translate
from pickuppoint.services.operators.roles import require
from pickuppoint.services.site import SITE_ID, init_site
from pickuppoint.services.sync import crypto, fileformat, settings
from pickuppoint.services.sync import records as travel
from pickuppoint.services.sync.apply import apply_lines, registry
from pickuppoint.services.sync.files import refusal
from pickuppoint.services.sync.importer import Refusal, checked


def check_can_coordinate(ctx, role: str) -> None:  # noqa: ANN001 - Context
    """A database enrolled as a point cannot become a coordinator, nor a coordinator a point."""
    with ctx.read() as s:
        me = settings.load(s)
    if role == "coordinator" and me.hub is not None:
        raise UserError(translate("Sync", "这个数据库已经是{hub}的接驳点 {id}，不能再设为协调中心。").format(
            hub=me.hub.name, id=me.site_id))
    if role != "coordinator" and me.role == "coordinator" and me.agree_key is not None:
        raise UserError(translate("Sync", "这个数据库是协调中心（持有本部署的密钥），不能改为接驳点。"))


def create_deployment(ctx) -> str:  # noqa: ANN001 - Context
    """Make this coordinator's deployment and key pairs (once; later calls keep them)."""
    with ctx.db.write_session() as s:
        existing = settings.get(s, settings.DEPLOYMENT)
        if existing:
            return existing
        deployment = uuid.uuid4().hex
        settings.put(s, settings.DEPLOYMENT, deployment)
        settings.put(s, settings.SIGN_PRIVATE, crypto.b64(crypto.raw_private(crypto.new_signing_key())))
        settings.put(s, settings.AGREE_PRIVATE,
                     crypto.b64(crypto.raw_private(crypto.new_agreement_key())))
    return deployment


@dataclass(frozen=True)
class SetupMade:
    site_id: str
    name: str
    path: Path
    code: str  # as shown: groups of four
    records: int


def add_point(ctx, site_id: str, name: str, out: Path,  # noqa: ANN001 - Context
              buildings: Sequence[str] = (), households: Sequence[str] = ()) -> SetupMade:
    """(coordinator) Enrol a point: remember it and write its setup file. Enrolling a site
    again (a new laptop, a stolen one) forgets its pinned key: the next batch pins the new one.
    `buildings` / `households`: assign these to the point first (services/assign), so its setup
    file carries them and not the households of other points."""
    require(ctx, "enrolment")
    site_id = site_id.strip().upper()
    if not SITE_ID.match(site_id):
        raise UserError(translate("Site", "站点编号“{id}”无效：只能用 2 到 12 个字母或数字。").format(id=site_id))
    if not name.strip():
        raise UserError(translate("Site", "请给站点起个名称。"))
    with ctx.read() as s:
        me = settings.load(s)
        settings.require_coordinator(me)
        if site_id == me.site_id.upper():
            raise UserError(translate("Sync", "{id} 是协调中心自己的编号，接驳点要用别的编号。").format(id=site_id))
        known = s.execute(text("SELECT name, role FROM site WHERE site_id = :s"), {"s": site_id}).first()
        if buildings or households:  # what is to be assigned exists: refused before anything is written
            from pickuppoint.services.assign.commands import households_named

            households_named(s, buildings, households)
    if known is None or tuple(known) != (name.strip(), "point"):
        # the point named in the log: every point's counter can then say which point a parcel
        # of another point belongs to ("应在白竹亭东门发放")
        with ctx.write() as w:
            w.append("site.initialized", {"site_id": site_id, "name": name.strip(), "role": "point"})
    with ctx.db.write_session() as s:  # enrolled before its households can be assigned to it
        s.execute(text(
            "INSERT INTO sync_point (site_id, name, enrolled_at, has_hub_seq) VALUES (:s, :n, :at, 0) "
            "ON CONFLICT (site_id) DO UPDATE SET name = excluded.name, sign_public = '', "
            "fingerprint = '', pinned_at = NULL, agree_public = ''"),
            {"s": site_id, "n": name.strip(), "at": clock.utc_now_iso()})
    if buildings or households:
        from pickuppoint.services.assign.commands import assign_households

        assign_households(ctx, site_id, buildings, households)
    with ctx.read() as s:
        _, hub_last, _, _ = travel.site_range(s, me.site_id, 0)
        hub_count, first = travel.hub_range(s, me.site_id, site_id, 0, hub_last)
    code = crypto.new_enrolment_code()
    salt = crypto.new_salt()
    key = crypto.code_key(code, salt)
    header = {
        "format": fileformat.FORMAT, "version": fileformat.VERSION, "kind": "setup",
        "deployment": me.deployment, "batch_id": uuid.uuid4().hex, "site_id": me.site_id,
        "to": site_id, "signer": crypto.b64(crypto.raw_public(me.sign_key)),
        "kdf": {"name": "scrypt", "n": crypto.SCRYPT_N, "r": crypto.SCRYPT_R,
                "p": crypto.SCRYPT_P, "salt": crypto.b64(salt)},
        "seq_from": first, "seq_to": hub_last, "records": hub_count, "filtered": True,
        "created": clock.utc_now_iso(), "chunk": crypto.CHUNK,
    }
    meta = {"deployment": me.deployment,
            "hub": {"site_id": me.site_id, "name": me.name,
                    "sign_public": crypto.b64(crypto.raw_public(me.sign_key)),
                    "agree_public": crypto.b64(crypto.raw_public(me.agree_key))},
            "point": {"site_id": site_id, "name": name.strip()}}
    with ctx.read() as s:
        body = [["m", meta], *travel.hub_lines(s, me.site_id, site_id, 0, hub_last)]
    try:
        fileformat.write_file(Path(out), header, key, body, me.sign_key, read_back=lambda written: (
            fileformat.open_signed(written, lambda _h: crypto.raw_public(me.sign_key))))
    except fileformat.FormatError as exc:
        raise UserError(translate("Sync", "写入 {path} 后读回校验不通过：U 盘可能有问题，请换一个再试。").format(
            path=out)) from exc
    except OSError as exc:
        raise UserError(translate("Sync", "无法写入设置文件 {path}：{error}").format(
            path=out, error=exc.strerror or exc)) from exc
    with ctx.db.write_session() as s:  # what the new laptop holds: this file
        s.execute(text("UPDATE sync_point SET sent_hub_seq = :q WHERE site_id = :s"),
                  {"q": hub_last, "s": site_id})
    return SetupMade(site_id, name.strip(), Path(out), crypto.show_code(code), hub_count)


@dataclass(frozen=True)
class Enrolled:
    site_id: str
    name: str
    hub_name: str
    fingerprint: str  # of this point's own key, to read out to the coordinator
    records: int


def enrol_from_setup(ctx, path: Path, code: str) -> Enrolled:  # noqa: ANN001
    """(point) Join the deployment a setup file describes; nothing is written if anything is off."""
    path = Path(path)
    with ctx.read() as s:
        me = settings.load(s)
        own_records = s.execute(text("SELECT count(*) FROM record WHERE site_id = :s"),
                                {"s": me.site_id}).scalar_one()
    if me.deployment:
        raise UserError(translate("Sync", "这个数据库已经加入了一个协调中心，不能再用设置文件启用。"))
    try:
        opened = fileformat.open_signed(path, lambda h: _setup_signer(h))
        header = opened.header
        kdf = header["kdf"]
        if kdf.get("name") != "scrypt":
            raise fileformat.FormatError("header", "unknown kdf")
        key = crypto.code_key(code, crypto.unb64(kdf["salt"]))
        body = list(checked(opened.lines(key), opened.header, path, None))
    except crypto.CryptoError as exc:
        raise UserError(translate("Sync", "启用码不对（或设置文件已损坏）：请核对协调中心给的启用码。")) from exc
    except (fileformat.FormatError, Refusal, KeyError, TypeError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, (fileformat.FormatError, Refusal)) else "header"
        raise UserError(refusal(reason, path)) from exc
    except OSError as exc:
        raise UserError(translate("Sync", "无法读取 {path}：{error}").format(
            path=path, error=exc.strerror or exc)) from exc
    if header.get("kind") != "setup" or not body or body[0][0] != "m":
        raise UserError(translate("Sync", "{name} 不是接驳点设置文件。").format(name=path.name))
    meta = body[0][1]
    hub, point = meta["hub"], meta["point"]
    if hub["sign_public"] != header["signer"] or meta["deployment"] != header["deployment"]:
        raise UserError(refusal("signature", path))
    if own_records > 1 and me.site_id != point["site_id"]:
        raise UserError(translate(
            "Sync", "这个数据库已经是站点 {id}，有自己的记录，不能再启用为 {new}。").format(
                id=me.site_id, new=point["site_id"]))
    init_site(ctx, point["site_id"], point["name"], "point")
    own_key = crypto.new_signing_key()
    own_agree = crypto.new_agreement_key()
    with ctx.db.write_session() as s:
        settings.put(s, settings.DEPLOYMENT, meta["deployment"])
        settings.put(s, settings.SIGN_PRIVATE, crypto.b64(crypto.raw_private(own_key)))
        settings.put(s, settings.AGREE_PRIVATE, crypto.b64(crypto.raw_private(own_agree)))
        settings.put(s, settings.HUB_SITE, hub["site_id"])
        settings.put(s, settings.HUB_NAME, hub["name"])
        settings.put(s, settings.HUB_SIGN, hub["sign_public"])
        settings.put(s, settings.HUB_AGREE, hub["agree_public"])
        settings.put(s, settings.ACKED, "0")
        settings.put(s, settings.UPDATE_VERSION, "0")
        settings.put(s, settings.HUB_SEEN, str(header["seq_to"]))
        apply_lines(s, body[1:], registry(ctx))
    return Enrolled(point["site_id"], point["name"], hub["name"],
                    crypto.fingerprint(crypto.raw_public(own_key)), int(header.get("records", 0)))


def _setup_signer(header: dict) -> bytes:
    return crypto.unb64(header["signer"])

"""What a database knows about its deployment, kept in `meta` under `sync.*` keys.

A coordinator holds the deployment id and its own private keys (Ed25519 to sign update and setup
files, X25519 to open the batches addressed to it). A point holds the deployment id, the
coordinator's public keys and site id (from its setup file), its own Ed25519 and X25519 private keys, the
highest of its records the coordinator acknowledged, and the last update version it applied.
A point never holds the coordinator's private keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.sync import crypto

DEPLOYMENT = "sync.deployment"
SIGN_PRIVATE = "sync.sign_private"
AGREE_PRIVATE = "sync.agree_private"  # to open the files addressed to this site
HUB_SITE = "sync.hub_site"
HUB_NAME = "sync.hub_name"
HUB_SIGN = "sync.hub_sign_public"
HUB_AGREE = "sync.hub_agree_public"
ACKED = "sync.acked"
UPDATE_VERSION = "sync.update_version"
HUB_SEEN = "sync.hub_seen"  # the coordinator's records were sent up to this seq (setup, updates)
LAST_EXPORT = "sync.last_export"  # "seq_to|records|when"


def get(session: Session, key: str, default: str = "") -> str:
    row = session.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).first()
    return row[0] if row else default


def put(session: Session, key: str, value: str) -> None:
    session.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {"k": key, "v": value})


@dataclass(frozen=True)
class Hub:
    """The coordinator as a point knows it (public keys only)."""

    site_id: str
    name: str
    sign_public: bytes
    agree_public: bytes


@dataclass(frozen=True)
class Me:
    role: str  # point | coordinator
    site_id: str
    name: str
    deployment: str
    sign_key: crypto.Ed25519PrivateKey | None
    agree_key: crypto.X25519PrivateKey | None
    hub: Hub | None  # point only


def load(session: Session) -> Me:
    site = session.execute(text(
        "SELECT site_id, name, role FROM site WHERE is_self = 1")).one()
    sign = get(session, SIGN_PRIVATE)
    agree = get(session, AGREE_PRIVATE)
    hub = None
    if get(session, HUB_SITE):
        hub = Hub(get(session, HUB_SITE), get(session, HUB_NAME),
                  crypto.unb64(get(session, HUB_SIGN)), crypto.unb64(get(session, HUB_AGREE)))
    return Me(site.role, site.site_id, site.name, get(session, DEPLOYMENT),
              crypto.signing_key(crypto.unb64(sign)) if sign else None,
              crypto.agreement_key(crypto.unb64(agree)) if agree else None, hub)


def require_coordinator(me: Me) -> None:
    if me.role != "coordinator" or me.agree_key is None or me.sign_key is None or me.hub:
        raise UserError(translate(
            "Sync", "这个数据库不是协调中心：请先用 init --role coordinator 设为协调中心。"))


def require_point(me: Me) -> None:
    if me.role == "coordinator":
        raise UserError(translate(
            "Sync", "这是协调中心的数据库：给接驳点的更新文件请用 sync export --point 站点编号。"))
    if me.hub is None or me.sign_key is None or me.agree_key is None:
        raise UserError(translate(
            "Sync", "这个接驳点还没有加入协调中心：请先用协调中心给的设置文件 init --from 启用。"))

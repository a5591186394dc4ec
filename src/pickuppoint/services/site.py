"""This database's own site: a pickup point or a coordinator hub."""

from __future__ import annotations

import re
import secrets
from typing import Any

from sqlalchemy import delete, select, text
from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.eventlog.log import Rec
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.store.models import Site

SITE_ID = re.compile(r"^[A-Za-z0-9]{2,12}$")
ROLES = ("point", "coordinator")


def _initialized(session: Session, rec: Rec) -> None:
    """`site.initialized` {site_id, name, role}: the site's name and role (this one or another)."""
    p = rec.payload
    session.execute(text(
        "INSERT INTO site (site_id, name, role) VALUES (:s, :n, :r) "
        "ON CONFLICT (site_id) DO UPDATE SET name = excluded.name, role = excluded.role"),
        {"s": p["site_id"], "n": p.get("name", ""), "r": p.get("role", "point")})


def _entity(_session: Session, payload: Any) -> str:
    return "s:" + payload["site_id"]


PROJECTIONS = {"site.initialized": Kind(_initialized, _entity)}


def ensure_site(ctx) -> None:  # noqa: ANN001 - Context (import cycle)
    """A database always has its own site; a fresh one gets a provisional random id that
    `init` may replace while it has written no record."""
    with ctx.db.session() as s:  # a read first: opening never waits on another program's write
        if s.execute(select(Site).where(Site.is_self == True)).first() is not None:  # noqa: E712
            return
    with ctx.db.write_session() as s:
        if s.execute(select(Site).where(Site.is_self == True)).first() is None:  # noqa: E712
            site_id = "P" + secrets.token_hex(3).upper()
            s.add(Site(site_id=site_id, name=translate("Site", "本接驳点"), role="point", is_self=True))


def init_site(ctx, site_id: str, name: str, role: str = "point") -> None:  # noqa: ANN001
    if not SITE_ID.match(site_id):
        raise UserError(
            translate("Site", "站点编号“{id}”无效：只能用 2 到 12 个字母或数字。").format(id=site_id)
        )
    if role not in ROLES:
        raise UserError(translate("Site", "角色“{role}”无效：应为 point 或 coordinator。").format(role=role))
    if not name.strip():
        raise UserError(translate("Site", "请给站点起个名称。"))
    with ctx.db.write_session() as s:
        me = s.execute(select(Site).where(Site.is_self == True)).scalars().one()  # noqa: E712
        if me.last_seq > 0 and me.site_id != site_id:
            raise UserError(
                translate(
                    "Site", "这个数据库已经是站点 {id}（{name}），并已有 {n} 条记录，不能再改为别的站点。"
                ).format(id=me.site_id, name=me.name, n=me.last_seq)
            )
        if me.site_id != site_id:  # the provisional id (no record written yet) is replaced
            s.execute(delete(Site).where(Site.site_id == me.site_id))
            s.flush()
            s.add(Site(site_id=site_id, name=me.name, role=me.role, is_self=True))
    # the name and the role come from the record, like any other site's
    with ctx.write() as w:
        w.append("site.initialized", {"site_id": site_id, "name": name.strip(), "role": role})


def is_set_up(session: Session) -> bool:
    """Whether this database's site has been set up (`init` wrote its `site.initialized`): a
    provisional site id must never leave the laptop (export asks to set up first)."""
    return session.execute(text(
        "SELECT 1 FROM record AS r JOIN site AS s ON s.site_id = r.site_id AND s.is_self = 1 "
        "WHERE r.kind = 'site.initialized' LIMIT 1")).first() is not None

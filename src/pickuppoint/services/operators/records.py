"""Operators as records of the log: `operator.added` {name, role} and `operator.changed`
{name, role?, active?}. The PIN of a worker or coordinator is not in the log (a record is hashed,
kept forever and travels to the coordinator): its slow hash stays in this file's local
`operator_secret` table, written in the same transaction as the record."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.errors import Refused, UserError
from pickuppoint.eventlog.log import Rec, dbapi
from pickuppoint.eventlog.registry import Kind
from pickuppoint.i18n import translate
from pickuppoint.services.operators import pins, roles

NAME_MAX = 20


@dataclass(frozen=True)
class OperatorRow:
    name: str
    role: str
    active: bool
    has_pin: bool


def clean_name(name: str) -> str:
    """An operator's name as typed: trimmed, NFKC, no control characters, at most 20 characters."""
    name = unicodedata.normalize("NFKC", name or "").strip()
    if not name:
        raise UserError(translate("Operators", "请写上操作人的姓名。"))
    if any(unicodedata.category(ch)[0] == "C" for ch in name):
        raise UserError(translate("Operators", "操作人姓名里有控制字符或看不见的字符，请重新输入。"))
    if len(name) > NAME_MAX:
        raise UserError(translate("Operators", "操作人姓名太长（最多 {n} 个字）。").format(n=NAME_MAX))
    return name


def has_operators(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM operator LIMIT 1")).first() is not None


def find(session: Session, name: str) -> OperatorRow | None:
    row = session.execute(text(
        "SELECT o.name, o.role, o.active, s.name IS NOT NULL AS has_pin FROM operator o "
        "LEFT JOIN operator_secret s ON s.name = o.name WHERE o.name = :n"), {"n": name}).first()
    return OperatorRow(row.name, row.role, bool(row.active), bool(row.has_pin)) if row else None


def list_operators(session: Session) -> list[OperatorRow]:
    rows = session.execute(text(
        "SELECT o.name, o.role, o.active, s.name IS NOT NULL AS has_pin FROM operator o "
        "LEFT JOIN operator_secret s ON s.name = o.name ORDER BY o.role DESC, o.name")).all()
    return [OperatorRow(r.name, r.role, bool(r.active), bool(r.has_pin)) for r in rows]


def add_operator(ctx, name: str, role: str, pin: str | None = None) -> OperatorRow:  # noqa: ANN001
    """Add an operator (a PIN is needed for a worker or a coordinator). Only a coordinator adds a
    coordinator; while the database has no operators anyone may add the first."""
    name = clean_name(name)
    if role not in roles.ROLES:
        raise UserError(translate("Operators", "角色“{role}”无效：应为 volunteer、worker 或 coordinator。").format(
            role=role))
    if role == roles.COORDINATOR and not roles.allows(ctx.role, "enrolment"):
        raise roles.refusal(ctx.operator, ctx.role, "enrolment")
    pin_hash = None
    if role in roles.PIN_ROLES:
        if not pin:
            raise UserError(translate("Operators", "{role}需要一个 PIN（4 到 12 位数字）。").format(
                role=roles.role_label(role)))
        pin_hash = pins.hash_pin(pins.check_pin_shape(pin))
    with ctx.write() as w:
        if find(w.session, name) is not None:
            raise Refused("operator_exists", translate("Operators", "已经有叫“{name}”的操作人了。").format(name=name))
        w.append("operator.added", {"name": name, "role": role})
        if pin_hash:
            w.session.execute(text(
                "INSERT OR REPLACE INTO operator_secret (name, pin_hash, failures, locked_until) "
                "VALUES (:n, :h, 0, '')"), {"n": name, "h": pin_hash})
    return OperatorRow(name, role, True, pin_hash is not None)


def change_operator(ctx, name: str, role: str | None = None,  # noqa: ANN001 - Context
                    active: bool | None = None) -> None:
    """A new role, or an operator who no longer signs in (active=False; their records stay)."""
    name = clean_name(name)
    changes: dict[str, object] = {}
    if role is not None:
        if role not in roles.ROLES:
            raise UserError(translate("Operators", "角色“{role}”无效：应为 volunteer、worker 或 coordinator。").format(
                role=role))
        if role == roles.COORDINATOR and not roles.allows(ctx.role, "enrolment"):
            raise roles.refusal(ctx.operator, ctx.role, "enrolment")
        changes["role"] = role
    if active is not None:
        changes["active"] = bool(active)
    with ctx.write() as w:
        row = find(w.session, name)
        if row is None:
            raise UserError(translate("Operators", "没有叫“{name}”的操作人。").format(name=name))
        if role in roles.PIN_ROLES and not row.has_pin:
            raise UserError(translate("Operators", "{role}需要一个 PIN（4 到 12 位数字）。").format(
                role=roles.role_label(role)))
        if changes:
            w.append("operator.changed", {"name": name, **changes})


def set_pin(ctx, name: str, pin: str) -> None:  # noqa: ANN001 - Context
    """A new PIN for an operator (a worker for others, or the operator themself)."""
    name = clean_name(name)
    if name != ctx.operator:
        roles.require(ctx, "operator.changed")
    pin_hash = pins.hash_pin(pins.check_pin_shape(pin))
    with ctx.db.write_session() as s:
        if find(s, name) is None:
            raise UserError(translate("Operators", "没有叫“{name}”的操作人。").format(name=name))
        s.execute(text("INSERT OR REPLACE INTO operator_secret (name, pin_hash, failures, locked_until) "
                       "VALUES (:n, :h, 0, '')"), {"n": name, "h": pin_hash})


def _added(session: Session, rec: Rec) -> None:
    p = rec.payload
    session.execute(text("INSERT OR REPLACE INTO operator (name, role, active, added_at) "
                         "VALUES (:n, :r, 1, :at)"), {"n": p["name"], "r": p["role"], "at": rec.wall})


def _changed(session: Session, rec: Rec) -> None:
    p = rec.payload
    if "role" in p:
        session.execute(text("UPDATE operator SET role = :r WHERE name = :n"), {"n": p["name"], "r": p["role"]})
    if "active" in p:
        session.execute(text("UPDATE operator SET active = :a WHERE name = :n"),
                        {"n": p["name"], "a": 1 if p["active"] else 0})


def _entity(_session: Session, payload: Any) -> str:
    return "o:" + payload["name"]


def _forget(session: Session, names: list[str]) -> None:
    dbapi(session).executemany("DELETE FROM operator WHERE name = ?", [(n,) for n in names])


PROJECTIONS = {"operator.added": Kind(_added, _entity), "operator.changed": Kind(_changed, _entity)}
FORGET = {"o": _forget}

"""Signing in: volunteers by name alone, community workers and coordinators with their PIN.

Five wrong PINs in a row lock that operator for five minutes (doubling after each further wrong
PIN, at most a day); the count is kept in the database file, so a script cannot go round it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from pickuppoint.errors import Refused
from pickuppoint.i18n import translate
from pickuppoint.services.operators import pins, roles
from pickuppoint.services.operators.records import clean_name, find

TRIES = 5
LOCK = timedelta(minutes=5)
LOCK_MAX = timedelta(days=1)
RECENT = 12


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: str | None  # None: the database has no operators (everything allowed)


def _now() -> datetime:
    return datetime.now(UTC)


def needs_pin(ctx, name: str) -> bool:  # noqa: ANN001 - Context
    with ctx.read() as s:
        row = find(s, clean_name(name))
    return row is not None and row.active and row.role in roles.PIN_ROLES


def sign_in(ctx, name: str, pin: str | None = None, now: datetime | None = None,  # noqa: ANN001
            remember: bool = True) -> SignedIn:
    """Check `name` (and `pin` for a worker or coordinator) and make them the operator of `ctx`.
    A name that is not an operator signs in as a volunteer. `remember`: add the name to the
    recent names (the window; a command line reads without writing)."""
    name = clean_name(name)
    now = now or _now()
    with ctx.read() as s:
        any_operator = s.execute(text("SELECT 1 FROM operator LIMIT 1")).first() is not None
        row = find(s, name) if any_operator else None
    if not any_operator:  # nothing to check: a fresh database, the tests
        ctx.signed_in(name, None)
        return SignedIn(name, None)
    role = roles.VOLUNTEER
    refusal: Refused | None = None
    if row is not None and not row.active:
        refusal = Refused("operator_inactive", translate(
            "Operators", "操作人“{name}”已停用，请找社区工作者。").format(name=name))
    elif row is not None and row.role in roles.PIN_ROLES:
        role = row.role
        with ctx.db.write_session() as s:  # a wrong PIN is counted even though it is refused
            refusal = _check_pin(s, name, pin, now)
    if refusal is not None:
        raise refusal
    if remember:
        with ctx.db.write_session() as s:
            s.execute(text("INSERT OR REPLACE INTO operator_signin (name, last_at) VALUES (:n, :t)"),
                      {"n": name, "t": now.isoformat()})
    ctx.signed_in(name, role)
    return SignedIn(name, role)


def _check_pin(s, name: str, pin: str | None, now: datetime) -> Refused | None:  # noqa: ANN001
    secret = s.execute(text("SELECT pin_hash, failures, locked_until FROM operator_secret WHERE name = :n"),
                       {"n": name}).first()
    if secret is None:
        return Refused("pin_missing", translate(
            "Operators", "“{name}”还没有设置 PIN，请找社区工作者设置。").format(name=name))
    if secret.locked_until and datetime.fromisoformat(secret.locked_until) > now:
        until = datetime.fromisoformat(secret.locked_until).astimezone().strftime("%H:%M")
        return Refused("pin_locked", translate(
            "Operators", "“{name}”的 PIN 连续输错太多次，已锁定到 {until}。").format(name=name, until=until))
    if not pin:
        return Refused("pin_needed", translate("Operators", "“{name}”需要输入 PIN 才能登录。").format(name=name))
    if pins.pin_matches(pin.strip(), secret.pin_hash):
        s.execute(text("UPDATE operator_secret SET failures = 0, locked_until = '' WHERE name = :n"), {"n": name})
        return None
    failures = secret.failures + 1
    locked = ""
    if failures >= TRIES:
        locked = (now + min(LOCK * 2 ** (failures - TRIES), LOCK_MAX)).isoformat()
    s.execute(text("UPDATE operator_secret SET failures = :f, locked_until = :l WHERE name = :n"),
              {"f": failures, "l": locked, "n": name})
    if locked:
        return Refused("pin_locked", translate(
            "Operators", "PIN 不对。连续输错 {n} 次，“{name}”已锁定一段时间。").format(n=failures, name=name))
    return Refused("pin_wrong", translate("Operators", "PIN 不对，还可以再试 {left} 次。").format(
        left=TRIES - failures))


def recent_names(ctx, limit: int = RECENT) -> list[str]:  # noqa: ANN001 - Context
    with ctx.read() as s:
        return [r.name for r in s.execute(text(
            "SELECT name FROM operator_signin ORDER BY last_at DESC LIMIT :n"), {"n": limit})]

"""PINs of community workers and coordinators: a slow salted hash (scrypt), never the PIN itself.

Stored as `scrypt$N$r$p$salt$hash` (hex), so the cost can grow later without losing old PINs.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate

N, R, P = 2**14, 8, 1  # ~16 MB and ~50 ms per try: slow for a guesser, quick for a person
_PIN = re.compile(r"^[0-9]{4,12}$")


def check_pin_shape(pin: str) -> str:
    pin = pin.strip()
    if not _PIN.match(pin):
        raise UserError(translate("Operators", "PIN 应为 4 到 12 位数字。"))
    return pin


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(digest) // 2, maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)

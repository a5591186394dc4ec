"""Household flags: stable identifiers, their names, and how notes say them."""

from __future__ import annotations

import re

from pickuppoint.i18n import translate

FLAGS = ("elderly_alone", "no_smartphone", "bedridden", "disabled", "hardship", "quarantine")

# What rosters write in their notes / tags column (Chinese and English), per flag.
_WORDS = {
    "elderly_alone": r"独居|孤寡|空巢独居|elderly[ _-]?alone|lives? alone",
    "no_smartphone": r"无智能手机|没有智能手机|不会用?微信|不会用智能手机|老年机|无手机|no[ _-]?smartphone",
    "bedridden": r"卧床|瘫痪|bedridden",
    "disabled": r"残疾|残障|disabled|disability",
    "hardship": r"困难|低保|特困|hardship",
    # but not where the note says it is over: '隔离已解除', '解除隔离', '隔离期满'
    "quarantine": r"(?<!解除)(?<!结束)隔离(?!已?解除|已?结束|期满|已满)|quarantine",
}
_PATTERNS = {flag: re.compile(words, re.IGNORECASE) for flag, words in _WORDS.items()}


def flags_in(text: str) -> list[str]:
    """The flags a note mentions, in canonical order."""
    if not text:
        return []
    return [flag for flag in FLAGS if _PATTERNS[flag].search(text)]


def parse_flag(text: str) -> str | None:
    t = text.strip()
    if t in FLAGS:
        return t
    found = flags_in(t)
    return found[0] if len(found) == 1 else None


def flag_label(flag: str) -> str:
    labels = {
        "elderly_alone": translate("Flags", "独居老人"),
        "no_smartphone": translate("Flags", "无智能手机"),
        "bedridden": translate("Flags", "卧床"),
        "disabled": translate("Flags", "残障"),
        "hardship": translate("Flags", "困难家庭"),
        "quarantine": translate("Flags", "居家隔离"),
    }
    return labels.get(flag, flag)


def pack_flags(flags: list[str]) -> str:
    if not flags:  # most households
        return ""
    ordered = [f for f in FLAGS if f in flags] + sorted(f for f in set(flags) if f not in FLAGS)
    return "," + ",".join(ordered) + "," if ordered else ""


def unpack_flags(text: str) -> list[str]:
    return [f for f in text.strip(",").split(",") if f]

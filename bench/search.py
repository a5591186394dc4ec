"""Household search per keystroke at 200k households.

Program: what the Households page does on each keystroke (`HouseholdsModel.load` →
`households.first_page`): in a read session, the first page (200 rows) of the ranked search and
the count of matches (which stops past 1,000: the page then says "more than 1000"), for what a
volunteer types: a room as digits (3, 32, 325, 3250, 32501) and with dashes, a name, a given
name (found inside the name), the last four digits of a phone, a whole phone.
Floor: a plain sqlite3 connection running, for the same text, the indexed look-ups that answer
it (a range on the digits / code / name index, the last-four index, the phone index, the
name-endings table when the schema has it): the full count and the first 200 rows of each.
"""

from __future__ import annotations

import re
import sqlite3

from bench.datasets import big_db, raw
from bench.harness import Bench, Row, Spec, median, ms, need, percentile, timed

TARGET_S = 0.050
LIMIT = 200  # ui/models/households_model.py PAGE


def _next(prefix: str) -> str:
    """The smallest string after every string that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def floor_queries(con: sqlite3.Connection, text: str) -> list[tuple[str, tuple]]:
    """The indexed look-ups that answer what the program's search answers for `text`: a room
    code, its digits or the room alone; the last four digits or the start of a phone; a code
    or a name as typed so far. (Names found by a character in the middle cannot use an index:
    the floor leaves that part out.)"""
    sel = "SELECT * FROM household WHERE {}"
    if text.isdigit():
        qs = [(sel.format("digits = ?"), (text,)), (sel.format("room = ?"), (text,))]
        if len(text) == 4:
            qs.append((sel.format("phone_last4 = ?"), (text,)))
        if len(text) >= 5:
            qs += [(sel.format("phone >= ? AND phone < ?"), (text, _next(text))),
                   (sel.format("digits > ? AND digits < ?"), (text, _next(text)))]
        return qs
    if re.fullmatch(r"[0-9A-Za-z]+-[0-9A-Za-z]*-[0-9A-Za-z]+", text):
        return [(sel.format("code = ?"), (text.upper(),))]
    if re.fullmatch(r"[0-9A-Za-z]+-[0-9A-Za-z-]*", text):
        return [(sel.format("code >= ? AND code < ?"), (text.upper(), _next(text.upper())))]
    qs = [(sel.format("head >= ? AND head < ?"), (text, _next(text)))]
    try:  # a name found inside a name: the endings of the names (when the schema has them)
        con.execute("SELECT 1 FROM household_name LIMIT 1")
        qs.append((sel.format("code IN (SELECT code FROM household_name "
                              "WHERE part >= ? AND part < ?)"), (text, _next(text))))
    except sqlite3.OperationalError:
        pass
    return qs


def keystrokes(con: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """What a volunteer types, key by key, for households that exist in the database."""
    row = con.execute("SELECT code, digits, head, phone FROM household "
                      "WHERE code = '3-2-501'").fetchone()
    if row is None:
        n = con.execute("SELECT count(*) FROM household").fetchone()[0]
        row = con.execute("SELECT code, digits, head, phone FROM household ORDER BY sort_key "
                          "LIMIT 1 OFFSET ?", (n // 3,)).fetchone()
    code, digits, _head, phone = row
    head = con.execute("SELECT head FROM household WHERE length(head) = 3 AND phone != '' "
                       "ORDER BY sort_key LIMIT 1").fetchone()[0]
    if not phone:
        phone = con.execute("SELECT phone FROM household WHERE phone != '' LIMIT 1").fetchone()[0]

    def prefixes(s: str) -> list[str]:
        return [s[:i] for i in range(1, len(s) + 1)]

    return [
        ("room as digits", prefixes(digits)),
        ("room with dashes", prefixes(code)),
        ("name", prefixes(head)),
        ("given name (inside the name)", prefixes(head[1:])),
        ("last four digits of the phone", prefixes(phone[-4:])),
        ("whole phone", prefixes(phone)),
    ]


def _plan(con: sqlite3.Connection, sql: str, params: object) -> str:
    rows = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "; ".join(r[-1] for r in rows)


def run(b: Bench, row: Row) -> None:
    households = need("pickuppoint.services.households.records", "search", "count", "Query")
    from pickuppoint.services.context import Context

    path = big_db(b)
    ctx = Context.open(path, "bench")
    con = raw(path)
    try:
        groups = keystrokes(con)

        def program(text: str) -> int:
            q = households.Query(text=text)
            with ctx.read() as s:
                if hasattr(households, "first_page"):  # what the page's model runs
                    return len(households.first_page(s, q, LIMIT, households.COUNT_CAP)[1])
                households.count(s, q)
                return len(households.search(s, q, 0, LIMIT))

        def floor(text: str) -> int:
            n = 0
            for sql, p in floor_queries(con, text):
                con.execute(sql.replace("SELECT *", "SELECT count(*)"), p).fetchone()
                n += len(con.execute(sql + f" LIMIT {LIMIT}", p).fetchall())
            return n

        texts = [t for _g, ts in groups for t in ts]
        for t in texts:  # warm the caches and both code paths
            program(t)
            floor(t)
        times: dict[str, tuple[list[float], list[float]]] = {t: ([], []) for t in texts}
        found: dict[str, tuple[int, int]] = {}
        for _ in range(b.sizes.search_repeats):
            for t in texts:  # interleaved, so both sides see the same machine load
                tp, n_p = timed(lambda: program(t))  # noqa: B023 - called at once
                tf, n_f = timed(lambda: floor(t))  # noqa: B023
                times[t][0].append(tp)
                times[t][1].append(tf)
                found[t] = (n_p, n_f)
        lines = ["Median of the repeats for each keystroke; `plan` is SQLite's query plan for "
                 "the program's query (SCAN = reads the whole table).", "",
                 "| typed | keystroke | program | floor | rows (program / floor) "
                 "| program's plan |",
                 "|---|---|---|---|---|---|"]
        worst_p = worst_f = 0.0
        worst_text = ""
        for group, ts in groups:
            for t in ts:
                mp, mf = median(times[t][0]), median(times[t][1])
                if mp > worst_p:
                    worst_p, worst_text = mp, t
                worst_f = max(worst_f, mf)
                lines.append(f"| {group} | `{t}` | {ms(mp)} | {ms(mf)} | {found[t][0]} / "
                             f"{found[t][1]} | {_program_plan(households, con, t)} |")
        every_p = [v for t in texts for v in times[t][0]]
        lines += ["", f"All keystrokes: program p50 {ms(percentile(every_p, 50))}, p99 "
                  f"{ms(percentile(every_p, 99))}, max {ms(max(every_p))}."]
        b.detail("Household search per keystroke", lines)
        row.project = f"{ms(worst_p)} (slowest keystroke: `{worst_text}`)"
        row.floor = ms(worst_f)
        row.ratio = worst_p / worst_f
        row.judge(worst_p <= TARGET_S)
    finally:
        con.close()
        ctx.close()


def _program_plan(households, con: sqlite3.Connection, text: str) -> str:  # noqa: ANN001
    """The plan of the program's own query (through its private helper, when it has one)."""
    try:
        from pickuppoint.services.households import search as household_search

        return " / ".join(_plan(con, sql, params)
                          for sql, params in household_search.plans(households.Query(text=text)))
    except Exception as exc:  # noqa: BLE001 - a diagnostic only
        return f"? ({type(exc).__name__})"


SPECS = [Spec("search", "household search per keystroke",
              lambda s: f"{s.households:,} households", "≤ 50 ms", run)]

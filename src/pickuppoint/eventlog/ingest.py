"""Taking records written at other sites into this database (the ground sync builds on).

    ingest(session, records, personal_rows, *, registry) -> IngestResult

Contract:
- `session` is an open write session (`Database.write_session()`); nothing is committed here,
  so the caller's transaction takes all of a file or none of it.
- `records`: mappings with the columns of table `record` as another tool reads them: `id`,
  `site_id`, `seq`, `hlc` (ints), `wall`, `operator`, `kind`, `payload` (the JSON text exactly as
  stored and hashed at its site: never re-encoded) and `hash`. Any order; duplicates allowed.
- `personal_rows`: mappings `record_id`, `salt` (hex), `fields` (canonical JSON text, or a dict)
  for records whose payload carries a `personal` digest; each must match its digest.
- A record already here with the same stored bytes changes nothing (counted in `known`); the
  same id with other bytes, a second record at a site's seq, a record that breaks its site's
  hash chain (checked against every neighbour, stored or in the batch, that is known), a record
  of this database's own site that it does not hold, or a malformed record: `IngestRefused`
  (a `UserError` whose message names the first problem; `.problems` lists them all) and nothing
  is written.
- New records are stored with their entity, each foreign site's `last_seq`/`last_hash` move to
  the end of its gapless run (`contiguous`), this site's clock observes the newest record, and
  the derived state becomes what the fold of all records in `(hlc, site_id, seq)` order gives:
  records that sort after everything stored for their entity are applied as they come; an
  entity that received a record sorting before one it had is replayed from its records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from pickuppoint.errors import UserError
from pickuppoint.eventlog import clock, fold
from pickuppoint.eventlog.log import INSERT_RECORD, Rec, apply, dbapi, gc_paused, loads, record_hash
from pickuppoint.eventlog.personal import DIGEST_KEY, digest
from pickuppoint.eventlog.registry import Registry
from pickuppoint.i18n import translate

COLUMNS = ("id", "site_id", "seq", "hlc", "wall", "operator", "kind", "payload", "hash")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX = re.compile(r"^(?:[0-9a-f]{2})+$")


class IngestRefused(UserError):
    def __init__(self, problems: list[str]):
        super().__init__(problems[0])
        self.problems = problems


@dataclass
class IngestResult:
    stored: int = 0  # new records stored and applied
    known: int = 0  # already here with the same bytes
    rederived: int = 0  # entities replayed because a record of theirs arrived late
    personal: int = 0  # personal rows stored
    contiguous: dict[str, int] = field(default_factory=dict)  # site -> gapless up to this seq
    missing: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # site -> gaps

    def to_json(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "known": self.known,
            "rederived": self.rederived,
            "personal": self.personal,
            "contiguous": self.contiguous,
            "missing": {s: [list(g) for g in gaps] for s, gaps in self.missing.items()},
        }


def _checked(raw: Mapping[str, Any]) -> tuple[tuple[Any, ...] | None, Any, str]:
    """The record's columns as a tuple and its payload read, or None and why it is malformed."""
    try:
        row = tuple(raw[c] for c in COLUMNS)
    except (KeyError, TypeError):
        return None, None, translate("Ingest", "文件里有一条记录缺少必要的内容。")
    rid, site, seq, hlc, wall, operator, kind, payload, hash_ = row
    ok = (
        isinstance(rid, str)
        and 0 < len(rid) <= 64
        and isinstance(site, str)
        and 0 < len(site) <= 12
        and type(seq) is int
        and seq >= 1
        and type(hlc) is int
        and hlc >= 0
        and isinstance(wall, str)
        and isinstance(operator, str)
        and isinstance(kind, str)
        and isinstance(payload, str)
        and isinstance(hash_, str)
        and bool(_HEX64.match(hash_))
    )
    if not ok:
        return None, None, translate("Ingest", "记录 {id} 的格式不对。").format(id=str(rid)[:64])
    try:
        body = loads(payload)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return None, None, translate("Ingest", "记录 {id}（站点 {site} 第 {seq} 条）的内容不是有效的记录。").format(
            id=rid, site=site, seq=seq
        )
    return row, body, ""


def _stored(cur: Any, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = cur.execute(
            f"SELECT {', '.join(COLUMNS)} FROM record WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        ).fetchall()
        out.update((r[0], tuple(r)) for r in rows)
    return out


def ingest(
    session: Session,
    records: Iterable[Mapping[str, Any]],
    personal_rows: Iterable[Mapping[str, Any]] = (),
    *,
    registry: Registry,
) -> IngestResult:
    """Store records from other sites and bring the derived state up to them (see the module
    docstring for the contract)."""
    with gc_paused():
        return _ingest(session, records, personal_rows, registry)


def _ingest(
    session: Session, records: Iterable[Mapping[str, Any]], personal_rows: Iterable[Mapping[str, Any]],
    registry: Registry,
) -> IngestResult:
    cur = dbapi(session)
    problems: list[str] = []
    batch: dict[str, tuple[Any, ...]] = {}
    bodies: dict[str, Any] = {}  # id -> its payload, read once
    for raw in records:
        row, body, why = _checked(raw)
        if row is None:
            problems.append(why)
            continue
        bodies.setdefault(row[0], body)
        other = batch.setdefault(row[0], row)
        if other != row:
            problems.append(translate("Ingest", "文件里记录 {id} 出现了两次，内容却不同。").format(id=row[0]))
    result = IngestResult()
    me = cur.execute("SELECT site_id, last_hlc FROM site WHERE is_self = 1").fetchone()
    stored = _stored(cur, list(batch))
    new: dict[str, tuple[Any, ...]] = {}
    for rid, row in batch.items():
        if rid in stored:
            if stored[rid] != row:
                problems.append(
                    translate("Ingest", "记录 {id}（站点 {site} 第 {seq} 条）与本机已有的同一条记录内容不同。").format(
                        id=rid, site=row[1], seq=row[2]
                    )
                )
            else:
                result.known += 1
        elif row[1] == me[0]:
            problems.append(
                translate(
                    "Ingest", "文件里有本站点（{site}）第 {seq} 条记录，本机却没有：这份文件不是本站点写的。"
                ).format(site=row[1], seq=row[2])
            )
        else:
            new[rid] = row
    by_site: dict[str, dict[int, tuple[Any, ...]]] = {}
    for row in new.values():
        seqs = by_site.setdefault(row[1], {})
        if row[2] in seqs:
            problems.append(
                translate("Ingest", "站点 {site} 的第 {seq} 条记录有两条不同的。").format(site=row[1], seq=row[2])
            )
        seqs[row[2]] = row
    for site, seqs in sorted(by_site.items()):
        taken = {q for (q,) in cur.execute("SELECT seq FROM record WHERE site_id = ? AND seq BETWEEN ? AND ?",
                                           (site, min(seqs), max(seqs)))}
        for seq, row in sorted(seqs.items()):
            if seq in taken:
                problems.append(
                    translate("Ingest", "站点 {site} 的第 {seq} 条记录与本机已有的不是同一条。").format(
                        site=site, seq=seq
                    )
                )
                continue
            prev = "" if seq == 1 else (seqs[seq - 1][8] if seq - 1 in seqs else _hash_at(cur, site, seq - 1))
            if prev is not None and record_hash(prev, row[:8]) != row[8]:
                problems.append(
                    translate("Ingest", "站点 {site} 的第 {seq} 条记录与它前面的记录接不上（被改动过）。").format(
                        site=site, seq=seq
                    )
                )
            if seq + 1 not in seqs:
                after = cur.execute(
                    "SELECT id, site_id, seq, hlc, wall, operator, kind, payload, hash "
                    "FROM record WHERE site_id = ? AND seq = ?",
                    (site, seq + 1),
                ).fetchone()
                if after is not None and record_hash(row[8], after[:8]) != after[8]:
                    problems.append(
                        translate("Ingest", "站点 {site} 的第 {seq} 条记录与本机已有的下一条接不上。").format(
                            site=site, seq=seq
                        )
                    )
    personal = _personal(cur, personal_rows, new, bodies, problems)
    if problems:
        raise IngestRefused(problems)
    if not new:
        refresh = _store_personal(cur, personal, result, new)
        if refresh:
            fold.settle(session, registry, fold.rederive(session, registry, refresh))
        return result

    fields = {rid: loads(body) for rid, _salt, body in personal}
    for rid in new:
        if rid not in fields:  # sent before, in another file
            got = cur.execute("SELECT fields FROM personal WHERE record_id = ?", (rid,)).fetchone()
            if got is not None:
                fields[rid] = loads(got[0])
    recs = []
    for row in new.values():
        payload = bodies[row[0]]
        recs.append(
            Rec(*row[:7], payload, row[8], row[7], registry.entity_of(session, row[6], payload), fields.get(row[0]))
        )
    recs.sort(key=lambda r: r.key)
    latest = _latest(cur, sorted({r.entity for r in recs if r.entity}))
    cur.executemany(
        INSERT_RECORD,
        [(r.id, r.site_id, r.seq, r.hlc, r.wall, r.operator, r.kind, r.body, r.hash, r.entity) for r in recs],
    )
    refresh = _store_personal(cur, personal, result, new)
    late = sorted({r.entity for r in recs if r.entity in latest and r.key < latest[r.entity]} | set(refresh))
    in_order = [r for r in recs if r.entity not in set(late)]
    apply(session, in_order, registry, settle=False)
    replayed = fold.rederive(session, registry, late) if late else []
    for fn in registry.settle:
        fn(session, in_order + replayed)
    result.stored, result.rederived = len(recs), len(late)

    newest = max(r.hlc for r in recs)
    cur.execute("UPDATE site SET last_hlc = ? WHERE is_self = 1", (clock.observe(me[1], newest),))
    for site in sorted(by_site):
        _advance(cur, site, max(r.hlc for r in recs if r.site_id == site), result)
    return result


def _latest(cur: Any, entities: list[str]) -> dict[str, tuple[int, str, int]]:
    """The place in clock order of each entity's last stored record (entities with none left
    out): one query per 500 entities (most have no record yet, or a few)."""
    latest: dict[str, tuple[int, str, int]] = {}
    for start in range(0, len(entities), 500):
        chunk = entities[start : start + 500]
        for entity, *key in cur.execute(
            f"SELECT entity, hlc, site_id, seq FROM record WHERE entity IN ({', '.join('?' * len(chunk))})", chunk
        ):
            key = tuple(key)
            if entity not in latest or key > latest[entity]:
                latest[entity] = key
    return latest


def _hash_at(cur: Any, site: str, seq: int) -> str | None:
    row = cur.execute("SELECT hash FROM record WHERE site_id = ? AND seq = ?", (site, seq)).fetchone()
    return row[0] if row else None


def _advance(cur: Any, site: str, newest_hlc: int, result: IngestResult) -> None:
    """Move a foreign site's `last_seq`/`last_hash` to the end of its gapless run of records."""
    cur.execute("INSERT OR IGNORE INTO site (site_id, is_self) VALUES (?, 0)", (site,))
    last_seq, last_hash, last_hlc = cur.execute(
        "SELECT last_seq, last_hash, last_hlc FROM site WHERE site_id = ?", (site,)
    ).fetchone()
    later = cur.execute(
        "SELECT seq, hash FROM record WHERE site_id = ? AND seq > ? ORDER BY seq", (site, last_seq)
    ).fetchall()
    i = 0
    while i < len(later) and later[i][0] == last_seq + 1:  # the gapless run goes on
        last_seq, last_hash = later[i]
        i += 1
    cur.execute(
        "UPDATE site SET last_seq = ?, last_hash = ?, last_hlc = ? WHERE site_id = ?",
        (last_seq, last_hash, max(last_hlc, newest_hlc), site),
    )
    result.contiguous[site] = last_seq
    gaps, expected = [], last_seq + 1
    for seq, _hash in later[i:]:
        if seq > expected:
            gaps.append((expected, seq - 1))
        expected = seq + 1
    if gaps:
        result.missing[site] = gaps


def _personal(
    cur: Any, rows: Iterable[Mapping[str, Any]], new: dict[str, tuple[Any, ...]], bodies: Mapping[str, Any],
    problems: list[str],
) -> list[tuple[str, str, str]]:
    out = []
    for raw in rows:
        try:
            rid, salt, fields = raw["record_id"], raw["salt"], raw["fields"]
        except (KeyError, TypeError):
            problems.append(translate("Ingest", "文件里有一条个人信息缺少必要的内容。"))
            continue
        if not isinstance(fields, str):
            from pickuppoint.eventlog.log import canonical

            fields = canonical(dict(fields)) if isinstance(fields, Mapping) else ""
        if isinstance(rid, str) and rid in new:
            body = bodies[rid]
        else:  # its record came in an earlier file
            stored = cur.execute("SELECT payload FROM record WHERE id = ?", (rid,)).fetchone() if isinstance(
                rid, str) else None
            try:
                body = loads(stored[0]) if stored and stored[0] else None
            except ValueError:
                body = None
        expected = body.get(DIGEST_KEY) if isinstance(body, dict) else None
        if expected is None or not isinstance(salt, str) or not _HEX.match(salt) or digest(salt, fields) != expected:
            problems.append(translate("Ingest", "记录 {id} 的个人信息与记录不符。").format(id=str(rid)[:64]))
            continue
        out.append((rid, salt, fields))
    return out


def _store_personal(
    cur: Any, rows: list[tuple[str, str, str]], result: IngestResult, new: Mapping[str, Any]
) -> list[str]:
    """Store personal rows; returns the entities of records stored earlier that now got
    theirs (their names appear once those entities are replayed)."""
    refresh: set[str] = set()
    fresh = [row for row in rows if row[0] in new]  # their records are new: no personal row yet
    if fresh:
        cur.executemany("INSERT OR IGNORE INTO personal (record_id, salt, fields) VALUES (?, ?, ?)", fresh)
        result.personal += cur.rowcount  # summed over the rows (a row given twice counts once)
    for rid, salt, fields in rows:
        if rid in new:
            continue
        cur.execute("INSERT OR IGNORE INTO personal (record_id, salt, fields) VALUES (?, ?, ?)", (rid, salt, fields))
        if cur.rowcount:
            result.personal += 1
            entity = cur.execute("SELECT entity FROM record WHERE id = ?", (rid,)).fetchone()
            if entity and entity[0]:
                refresh.add(entity[0])
    return sorted(refresh)

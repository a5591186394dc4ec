"""Importing sync files: batches on the coordinator, update files on a point.

For each file, in this order, before anything is written:
1. the plain header is read: our format and version, the right kind for this database, this
   deployment, addressed to this site, from a known signer (a point enrolled here, whose key is
   pinned at its first batch; on a point, the coordinator of its setup file);
2. a file whose batch id was imported before is compared by SHA-256: the same bytes are
   `already-imported` (nothing decrypted, nothing applied), other bytes are refused (`replayed`);
3. the Ed25519 signature is checked over every byte of the file (streaming).
Then one write transaction: the body is opened chunk by chunk (a chunk that fails, a body cut
short, a record of another site, a seq out of order, a count or last hash different from the
header's all refuse the file and roll the transaction back), records go to the log's `ingest`
(or are held after a gap), the high-water mark moves, and the file is marked imported; all of
it commits together or not at all. A refused file is copied into the quarantine folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from pickuppoint.eventlog import clock
from pickuppoint.eventlog.log import dbapi
from pickuppoint.services.operators.roles import require
from pickuppoint.services.sync import crypto, fileformat, settings
from pickuppoint.services.sync.apply import RecordsRefused, apply_lines, registry
from pickuppoint.services.sync.files import quarantine, quarantine_folder, refusal
from pickuppoint.services.sync.gaps import release_held

Progress = Callable[[int, int, str], None]


class Refusal(Exception):
    def __init__(self, reason: str, **details: object):
        super().__init__(reason)
        self.reason = reason
        self.details = details


class Cancelled(Exception):
    """The import was cancelled: the file being read was rolled back."""


@dataclass
class FileResult:
    file: str
    status: str  # imported | already-imported | rejected
    new_records: int = 0
    reason: str = ""
    message: str = ""
    site_id: str = ""
    held: int = 0
    quarantined: str = ""
    pinned: str = ""  # the point's key fingerprint, when this file was its first
    kinds: set[str] = field(default_factory=set)  # record kinds it brought (pages redraw on them)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "status": self.status,
                               "new_records": self.new_records}
        if self.status == "rejected":
            out["reason"] = self.reason
            out["message"] = self.message
        if self.site_id:
            out["site_id"] = self.site_id
        if self.held:
            out["held"] = self.held
        if self.pinned:
            out["pinned_fingerprint"] = self.pinned
        return out


def import_files(ctx, paths: Iterable[Path | str], progress: Progress | None = None,  # noqa: ANN001
                 is_cancelled: Callable[[], bool] | None = None) -> list[FileResult]:
    """Import files one by one (each in its own transaction). Cancelling stops before the next
    file, or rolls back the one being read."""
    with ctx.read() as s:
        hub = settings.load(s).role == "coordinator"
    require(ctx, "sync" if hub else "sync.point")
    paths = [Path(p) for p in paths]
    results: list[FileResult] = []
    for i, path in enumerate(paths):
        if is_cancelled is not None and is_cancelled():
            break
        if progress is not None:
            progress(i, len(paths), path.name)
        try:
            results.append(import_file(ctx, path, is_cancelled))
        except Cancelled:
            break
    if progress is not None:
        progress(len(results), len(paths), "")
    kinds = {"sync.imported", *(k for r in results for k in r.kinds)} if any(
        r.status == "imported" for r in results) else set()
    if kinds:
        for listener in list(ctx._listeners):  # noqa: SLF001 - pages redraw on this
            listener(kinds)
    return results


def import_file(ctx, path: Path, is_cancelled: Callable[[], bool] | None = None) -> FileResult:  # noqa: ANN001
    path = Path(path)
    try:
        return _import(ctx, path, is_cancelled)
    except Refusal as exc:
        reason, details = exc.reason, exc.details
    except fileformat.FormatError as exc:
        reason, details = exc.reason, {}
    except crypto.CryptoError:
        reason, details = "body", {}
    except RecordsRefused as exc:
        reason, details = "records", {"detail": str(exc)}
    except OSError:
        reason, details = "unreadable", {}
    kept = quarantine(path, quarantine_folder(ctx.db.path)) if path.is_file() else None
    return FileResult(str(path), "rejected", 0, reason, refusal(reason, path, **details),
                      str(details.get("site", "")), quarantined=str(kept or ""))


def _import(ctx, path: Path, is_cancelled: Callable[[], bool] | None) -> FileResult:  # noqa: ANN001
    if not path.is_file():
        raise Refusal("unreadable")
    header, _, _ = fileformat.read_header(path)
    with ctx.read() as s:
        me = settings.load(s)
        expect = "batch" if me.role == "coordinator" else "update"
        if me.role == "coordinator":
            settings.require_coordinator(me)
        else:
            settings.require_point(me)
        signer = _check_header(s, me, header, expect)
        known = s.execute(text("SELECT sha256 FROM sync_file WHERE batch_id = :b"),
                          {"b": str(header.get("batch_id"))}).first()
    site = str(header["site_id"])
    if known is not None:
        if fileformat.file_sha256(path) == known[0]:
            return FileResult(str(path), "already-imported", 0, site_id=site)
        raise Refusal("replayed", site=site)
    opened = fileformat.open_signed(path, lambda _h: signer)
    key = crypto.open_from(me.agree_key, crypto.unb64(str(header.get("ephemeral", ""))))
    with ctx.db.write_session() as s:
        again = s.execute(text("SELECT sha256 FROM sync_file WHERE batch_id = :b"),
                          {"b": header["batch_id"]}).first()
        if again is not None:  # another window imported it meanwhile
            if again[0] == opened.sha256:
                return FileResult(str(path), "already-imported", 0, site_id=site)
            raise Refusal("replayed", site=site)
        kinds: set[str] = set()
        body = _kinds(checked(opened.lines(key), header, path, is_cancelled), kinds)
        pinned = ""
        if expect == "batch":
            pinned = s.execute(text("SELECT sign_public FROM sync_point WHERE site_id = :s"),
                               {"s": site}).scalar_one()
            pinned = "" if pinned else crypto.fingerprint(crypto.unb64(header["signer"]))
            new, held = _take_batch(s, header, body, registry(ctx))
        else:
            new, held = _take_update(s, header, body, registry(ctx))
        s.execute(text(
            "INSERT INTO sync_file (batch_id, sha256, kind, site_id, seq_from, seq_to, records, "
            "new_records, file_name, imported_at) VALUES (:b, :h, :k, :s, :f, :t, :n, :new, :name, :at)"),
            {"b": header["batch_id"], "h": opened.sha256, "k": expect, "s": site,
             "f": int(header["seq_from"]), "t": int(header["seq_to"]), "n": int(header["records"]),
             "new": new, "name": path.name, "at": clock.utc_now_iso()})
    return FileResult(str(path), "imported", new, site_id=site, held=held, pinned=pinned, kinds=kinds)


def _kinds(lines: Iterator[list[Any]], into: set[str]) -> Iterator[list[Any]]:
    for line in lines:
        if line[0] == "r":
            into.add(line[7])
        yield line


def _check_header(s: Session, me: settings.Me, header: dict[str, Any], expect: str) -> bytes:
    """The public key that must have signed this file; refuses what is not for us."""
    try:
        kind, site, to = str(header["kind"]), str(header["site_id"]), str(header["to"])
        deployment, signer = str(header["deployment"]), crypto.unb64(str(header["signer"]))
        for field in ("seq_from", "seq_to", "records"):
            if type(header[field]) is not int or header[field] < 0:
                raise Refusal("header")
        str(header["batch_id"])
    except (KeyError, crypto.CryptoError) as exc:
        raise Refusal("header") from exc
    if kind != expect:
        raise Refusal("wrong-kind", kind=kind)
    if kind == "batch" and header.get("filtered") is not None:
        raise Refusal("header")  # a point's batch carries all of its records in a row
    if deployment != me.deployment:
        raise Refusal("other-deployment", site=site)
    if to.upper() != me.site_id.upper():
        raise Refusal("not-for-us", site=site)
    if expect == "update":
        if site != me.hub.site_id:
            raise Refusal("unknown-signer", site=site)
        if signer != me.hub.sign_public:
            raise Refusal("key-changed", site=site)
        have = int(settings.get(s, settings.UPDATE_VERSION, "0") or 0)
        version = header.get("update_version")
        if type(version) is not int:
            raise Refusal("header")
        known = s.execute(text("SELECT 1 FROM sync_file WHERE batch_id = :b"),
                          {"b": str(header["batch_id"])}).first()
        if version <= have and known is None:
            raise Refusal("older-update", version=version, have=have)
        return signer
    point = s.execute(text("SELECT sign_public FROM sync_point WHERE site_id = :s"), {"s": site}).first()
    if point is None:
        raise Refusal("unknown-signer", site=site)
    if point.sign_public and crypto.unb64(point.sign_public) != signer:
        raise Refusal("key-changed", site=site)
    return signer


def checked(lines: Iterator[list[Any]], header: dict[str, Any], path: Path,  # noqa: ARG001
            is_cancelled: Callable[[], bool] | None) -> Iterator[list[Any]]:
    """The body's lines, checked against the header as they pass: every record of the header's
    site, seqs consecutive from seq_from (in a `filtered` file: rising, within the range), a
    personal row only after a record; at the end the count, the last seq and (unfiltered) the last
    hash. Any difference raises (and rolls back)."""
    site = header["site_id"]
    filtered = header.get("filtered") is True
    expect_seq = header["seq_from"]
    count, last_hash, after_record = 0, header.get("chain_from", ""), False
    for i, line in enumerate(lines):
        if is_cancelled is not None and i % 4096 == 0 and is_cancelled():
            raise Cancelled()
        tag = line[0]
        if tag == "r":
            if len(line) != 10 or line[2] != site:
                raise Refusal("forged", site=site)
            if (line[3] != expect_seq if not filtered
                    else type(line[3]) is not int or not expect_seq <= line[3] <= header["seq_to"]):
                raise Refusal("chain", site=site)
            expect_seq = line[3] + 1
            count += 1
            last_hash = line[9]
            after_record = True
        elif tag == "p":
            if not after_record:
                raise Refusal("body")
            after_record = False
        elif i != 0:
            raise Refusal("body")
        yield line
    if count != header["records"] or (count and not filtered and expect_seq - 1 != header["seq_to"]):
        raise Refusal("count", site=site)
    if count and not filtered and last_hash != header.get("chain_to"):
        raise Refusal("chain", site=site)


def _take_batch(s: Session, header: dict[str, Any], body: Iterator[list[Any]],
                reg: Any) -> tuple[int, int]:
    site = header["site_id"]
    point = s.execute(text("SELECT contiguous_to, sign_public FROM sync_point WHERE site_id = :s"),
                      {"s": site}).one()
    mark = point.contiguous_to
    seq_from = header["seq_from"]
    if seq_from - 1 <= mark and seq_from > 1:
        before = s.execute(text("SELECT hash FROM record WHERE site_id = :s AND seq = :q"),
                           {"s": site, "q": seq_from - 1}).first()
        if before is not None and before[0] != header.get("chain_from"):
            raise Refusal("chain", site=site)
    if seq_from <= mark + 1:
        new, held = apply_lines(s, body, reg), 0
        mark = max(mark, header["seq_to"])
    else:
        new = held = _hold(s, site, body)
    mark, released = release_held(s, site, mark, reg)
    now = clock.utc_now_iso()
    s.execute(text(
        "UPDATE sync_point SET contiguous_to = :m, has_hub_seq = max(has_hub_seq, :hub), "
        "last_batch_at = :at, last_batch_records = :n, "
        "sign_public = CASE WHEN sign_public = '' THEN :pub ELSE sign_public END, "
        "fingerprint = CASE WHEN fingerprint = '' THEN :fp ELSE fingerprint END, "
        "pinned_at = coalesce(pinned_at, :at), agree_public = :agree WHERE site_id = :s"),
        {"m": mark, "hub": int(header.get("hub_seq") or 0), "at": now, "n": header["records"],
         "pub": header["signer"], "fp": crypto.fingerprint(crypto.unb64(header["signer"])),
         "agree": str(header.get("agree", "")), "s": site})
    return new + released, held


def _hold(s: Session, site: str, body: Iterator[list[Any]]) -> int:
    """Records after a gap wait in `sync_held` (with their personal rows) until it closes."""
    cur = dbapi(s)
    rows: list[tuple[Any, ...]] = []
    pending: list[Any] | None = None
    before = cur.execute("SELECT count(*) FROM sync_held WHERE site_id = ?", (site,)).fetchone()[0]

    def flush() -> None:
        cur.executemany("INSERT OR IGNORE INTO sync_held (site_id, seq, line, personal) "
                        "VALUES (?, ?, ?, ?)", rows)
        rows.clear()

    for line in body:
        if line[0] == "r":
            if pending is not None:
                rows.append(pending)
            pending = [site, line[3], json.dumps(line, ensure_ascii=False), None]
        elif line[0] == "p" and pending is not None:
            pending[3] = json.dumps(line[1], ensure_ascii=False)
            rows.append(pending)
            pending = None
        if len(rows) >= 5000:
            flush()
    if pending is not None:
        rows.append(pending)
    flush()
    after = cur.execute("SELECT count(*) FROM sync_held WHERE site_id = ?", (site,)).fetchone()[0]
    return after - before


def _take_update(s: Session, header: dict[str, Any], body: Iterator[list[Any]],
                 reg: Any) -> tuple[int, int]:
    first = next(body, None)
    if first is None or first[0] != "m" or not isinstance(first[1], dict):
        raise Refusal("body")
    meta = first[1]
    new = apply_lines(s, body, reg)
    acked = int(settings.get(s, settings.ACKED, "0") or 0)
    ack = meta.get("ack")
    if type(ack) is not int or meta.get("update_version") != header["update_version"]:
        raise Refusal("body")
    settings.put(s, settings.ACKED, str(max(acked, ack)))
    settings.put(s, settings.UPDATE_VERSION, str(header["update_version"]))
    seen = int(settings.get(s, settings.HUB_SEEN, "0") or 0)
    settings.put(s, settings.HUB_SEEN, str(max(seen, header["seq_to"])))
    return new, 0

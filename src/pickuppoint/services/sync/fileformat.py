"""Reading and writing sync files (docs/sync-format.md describes the bytes).

    MAGIC (9 bytes) | header length (4 bytes, big-endian) | header (canonical JSON, UTF-8)
    | body: ChaCha20-Poly1305 STREAM chunks (crypto.py) | Ed25519 signature (64 bytes)

The signature covers SHA-256 of every byte before it. The body, once opened, is JSON lines:
`["r", id, site_id, seq, hlc, wall, operator, kind, payload, hash]` for a record (payload is the
record's stored canonical JSON text), `["p", {...}]` for the personal row of the record just
before it, and `["m", {...}]` for what is not a record (setup: keys and site; update: resolutions).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pickuppoint.domain.recordformat import loads
from pickuppoint.services.sync import crypto

MAGIC = b"PPSYNC/1\n"
FORMAT = "pickuppoint-sync"
VERSION = 1
SIG = 64
MAX_HEADER = 64 * 1024
READ = 1024 * 1024


class FormatError(Exception):
    """The file is not a sync file we can read; `reason` is a stable id (see import_batch)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


_CANON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_LINE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def header_bytes(header: dict[str, Any]) -> bytes:
    return _CANON.encode(header).encode("utf-8")


def write_file(path: Path, header: dict[str, Any], body_key: bytes, lines: Iterable[Any],
               signer: Any, read_back: Callable[[Path], None] | None = None) -> str:
    """Write atomically: a temporary file in the same folder, fsynced, renamed, the folder
    fsynced; then `read_back(path)` (e.g. a full check) when given. Returns the file's SHA-256."""
    path = Path(path)
    hb = header_bytes(header)
    aad = hashlib.sha256(hb).digest()
    tmp = path.with_name(f".{path.name}.part")
    digest = hashlib.sha256()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            def put(data: bytes) -> None:
                digest.update(data)
                out.write(data)

            put(MAGIC + len(hb).to_bytes(4, "big") + hb)
            for sealed in crypto.encrypt_stream(body_key, aad, _encode_lines(lines)):
                put(sealed)
            out.write(crypto.sign_digest(signer, digest.digest()))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    if read_back is not None:
        read_back(path)
    return file_sha256(path)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; the rename is durable there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _encode_lines(lines: Iterable[Any]) -> Iterator[bytes]:
    batch: list[str] = []
    size = 0
    for line in lines:
        text = _LINE.encode(line)
        batch.append(text)
        size += len(text)
        if size >= crypto.CHUNK:
            yield ("\n".join(batch) + "\n").encode("utf-8")
            batch, size = [], 0
    if batch:
        yield ("\n".join(batch) + "\n").encode("utf-8")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(READ):
            h.update(block)
    return h.hexdigest()


@dataclass
class Opened:
    """A file whose header was read and whose signature checks out against `header['signer']`
    (who the signer is, and whether to trust it, is the caller's business)."""

    path: Path
    header: dict[str, Any]
    header_raw: bytes
    body_start: int
    body_end: int
    sha256: str

    def lines(self, key: bytes) -> Iterator[list[Any]]:
        """The body's lines, opened chunk by chunk (a chunk that fails raises CryptoError)."""
        aad = hashlib.sha256(self.header_raw).digest()
        tail = b""
        for plain in crypto.decrypt_stream(key, aad, self._sealed()):
            tail += plain
            if b"\n" not in plain:
                continue
            cut = tail.rindex(b"\n")
            yield from _decode_lines(tail[:cut])
            tail = tail[cut + 1:]
        if tail:
            raise FormatError("body", "last line not ended")

    def _sealed(self) -> Iterator[bytes]:
        with open(self.path, "rb") as f:
            f.seek(self.body_start)
            left = self.body_end - self.body_start
            step = crypto.CHUNK + crypto.TAG
            while left > 0:
                piece = f.read(min(step, left))
                if not piece:
                    raise FormatError("truncated", "file shorter than it was")
                left -= len(piece)
                yield piece


def _decode_lines(raw: bytes) -> list[list[Any]]:
    """Complete lines at once: JSON text never holds a raw newline, so the lines joined by commas
    are one JSON array (one parse per chunk instead of one per line)."""
    try:
        lines = loads("[" + raw.decode("utf-8").replace("\n", ",") + "]")
    except (ValueError, UnicodeDecodeError) as exc:
        raise FormatError("body", "a line is not JSON") from exc
    for line in lines:
        if type(line) is not list or not line or line[0] not in ("r", "p", "m"):
            raise FormatError("body", "a line of unknown kind")
    return lines


def read_header(path: Path) -> tuple[dict[str, Any], bytes, int]:
    """(header, its raw bytes, where the body starts) without checking anything else."""
    with open(path, "rb") as f:
        head = f.read(len(MAGIC) + 4)
        if len(head) < len(MAGIC) + 4 or head[:len(MAGIC)] != MAGIC:
            raise FormatError("not-sync-file")
        n = int.from_bytes(head[len(MAGIC):], "big")
        if n > MAX_HEADER:
            raise FormatError("header", "header too long")
        raw = f.read(n)
    if len(raw) != n:
        raise FormatError("truncated", "header cut short")
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise FormatError("header", "header is not JSON") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise FormatError("header", "not our format")
    if header.get("version") != VERSION:
        raise FormatError("version", str(header.get("version")))
    return header, raw, len(MAGIC) + 4 + n


def open_signed(path: Path, signer_public: Callable[[dict[str, Any]], bytes]) -> Opened:
    """Read the header, ask `signer_public(header)` for the key that must have signed (it may
    raise to refuse), and check the signature over the whole file, streaming."""
    path = Path(path)
    header, raw, start = read_header(path)
    size = path.stat().st_size
    if size < start + crypto.TAG + SIG:
        raise FormatError("truncated", "no body or signature")
    public = signer_public(header)
    digest = hashlib.sha256()
    whole = hashlib.sha256()
    end = size - SIG
    with open(path, "rb") as f:
        left = end
        while left > 0:
            block = f.read(min(READ, left))
            if not block:
                raise FormatError("truncated", "file changed while read")
            digest.update(block)
            whole.update(block)
            left -= len(block)
        signature = f.read(SIG)
        whole.update(signature)
    if len(signature) != SIG:
        raise FormatError("truncated", "signature cut short")
    try:
        crypto.check_digest(public, digest.digest(), signature)
    except crypto.CryptoError as exc:
        raise FormatError("signature") from exc
    return Opened(path, header, raw, start, end, whole.hexdigest())

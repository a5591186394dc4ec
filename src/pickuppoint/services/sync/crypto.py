"""The cryptography of sync files, all from `cryptography` (nothing written by hand here).

- Signing: Ed25519. A file is signed over SHA-256 of everything before the signature, with a
  context prefix (`SIGN_CONTEXT`), so a 200 MB file is signed and checked while streaming.
- Encrypting to a recipient: an ephemeral X25519 key agreed with the recipient's X25519 public
  key, HKDF-SHA256 to a 32-byte file key, then the body in 64 KiB chunks under ChaCha20-Poly1305
  (age's STREAM construction): nonce = 11-byte big-endian chunk counter + 1 byte last-chunk flag,
  associated data = SHA-256 of the file's plain header. A cut-short, reordered or spliced body
  fails to decrypt.
- Enrolment setup files: a one-time code of 16 characters from an alphabet without look-alikes,
  stretched by Scrypt (memory-hard) to the key of the same STREAM.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Iterable, Iterator

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CHUNK = 64 * 1024
TAG = 16
SIGN_CONTEXT = b"pickuppoint sync file v1\n"
HKDF_INFO = b"pickuppoint sync body v1"
# no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: what survives being read aloud or copied by hand
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY"
CODE_LENGTH = 16  # 23^16 ~ 2^72 before scrypt's cost
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # 32 MiB of memory per guess


class CryptoError(Exception):
    """A signature or a chunk that does not check out (the caller turns it into a reason)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise CryptoError("bad base64") from exc


# --- keys -------------------------------------------------------------------------------------

def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def raw_public(key: Ed25519PublicKey | X25519PublicKey | Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    if isinstance(key, (Ed25519PrivateKey, X25519PrivateKey)):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def new_agreement_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def signing_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def agreement_key(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def verify_key(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise CryptoError("bad public key") from exc


def fingerprint(public_raw: bytes) -> str:
    """What a person compares: the first 80 bits of SHA-256 of the public key, in groups of 4."""
    digest = base64.b32encode(hashlib.sha256(public_raw).digest()).decode("ascii")[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


# --- signatures over a stream -----------------------------------------------------------------

def sign_digest(key: Ed25519PrivateKey, sha256_digest: bytes) -> bytes:
    return key.sign(SIGN_CONTEXT + sha256_digest)


def check_digest(public_raw: bytes, sha256_digest: bytes, signature: bytes) -> None:
    try:
        verify_key(public_raw).verify(signature, SIGN_CONTEXT + sha256_digest)
    except InvalidSignature as exc:
        raise CryptoError("bad signature") from exc


# --- file keys ----------------------------------------------------------------------------------

def seal_to(recipient_x25519_public: bytes) -> tuple[bytes, bytes]:
    """A fresh file key for a recipient: (ephemeral public key to put in the header, key)."""
    eph = X25519PrivateKey.generate()
    eph_pub = raw_public(eph)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_x25519_public))
    return eph_pub, _hkdf(shared, eph_pub + recipient_x25519_public)


def open_from(recipient: X25519PrivateKey, eph_public: bytes) -> bytes:
    try:
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(eph_public))
    except ValueError as exc:
        raise CryptoError("bad ephemeral key") from exc
    return _hkdf(shared, eph_public + raw_public(recipient))


def _hkdf(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO).derive(shared)


def new_enrolment_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def show_code(code: str) -> str:
    """`K7MQ-4XCA-...`: the code as shown and printed (groups of 4)."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise_code(typed: str) -> str:
    """What a person typed: spaces, dashes and case do not matter."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def code_key(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        normalise_code(code).encode("ascii", "replace"))


def new_salt() -> bytes:
    return os.urandom(16)


# --- STREAM -------------------------------------------------------------------------------------

def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(key: bytes, aad: bytes, plain_chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Re-cut the plaintext into CHUNK-sized pieces and seal each; the last one (possibly
    empty) carries the last-chunk flag, so every body ends with exactly one flagged chunk."""
    aead = ChaCha20Poly1305(key)
    buf = bytearray()
    counter = 0
    for piece in plain_chunks:
        buf += piece
        while len(buf) > CHUNK:  # keep at least one byte back: the last chunk is never full-less
            yield aead.encrypt(_nonce(counter, False), bytes(buf[:CHUNK]), aad)
            del buf[:CHUNK]
            counter += 1
    yield aead.encrypt(_nonce(counter, True), bytes(buf), aad)


def decrypt_stream(key: bytes, aad: bytes, sealed: Iterable[bytes]) -> Iterator[bytes]:
    """`sealed` yields the body cut into CHUNK + TAG pieces (the last may be shorter). Raises
    CryptoError on a chunk that does not open, a body that ends before its last chunk, or
    anything after it."""
    aead = ChaCha20Poly1305(key)
    counter = 0
    pending: bytes | None = None
    for piece in sealed:
        if pending is not None:
            yield _open(aead, counter, False, pending, aad)
            counter += 1
        pending = piece
    if pending is None:
        raise CryptoError("no body")
    yield _open(aead, counter, True, pending, aad)


def _open(aead: ChaCha20Poly1305, counter: int, last: bool, sealed: bytes, aad: bytes) -> bytes:
    if len(sealed) < TAG or (not last and len(sealed) != CHUNK + TAG):
        raise CryptoError("chunk cut short")
    try:
        return aead.decrypt(_nonce(counter, last), sealed, aad)
    except InvalidTag as exc:
        raise CryptoError("chunk does not open") from exc

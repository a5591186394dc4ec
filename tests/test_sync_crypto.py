"""The cryptography of sync files: chunks that cannot be cut, reordered or forged."""

from __future__ import annotations

import os

import pytest

from pickuppoint.services.sync import crypto


def _sealed(key: bytes, aad: bytes, data: bytes) -> list[bytes]:
    return list(crypto.encrypt_stream(key, aad, [data]))


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1,
                                  3 * crypto.CHUNK, 3 * crypto.CHUNK + 17])
def test_stream_round_trip_at_chunk_edges(size: int) -> None:
    key, aad, data = os.urandom(32), b"header", os.urandom(size)
    sealed = _sealed(key, aad, data)
    assert all(len(c) == crypto.CHUNK + crypto.TAG for c in sealed[:-1])
    assert b"".join(crypto.decrypt_stream(key, aad, sealed)) == data


def test_a_body_cut_at_a_chunk_boundary_is_detected() -> None:
    key, aad = os.urandom(32), b"h"
    sealed = _sealed(key, aad, os.urandom(3 * crypto.CHUNK + 5))
    for keep in range(1, len(sealed)):
        with pytest.raises(crypto.CryptoError):
            list(crypto.decrypt_stream(key, aad, sealed[:keep]))


def test_reordered_or_repeated_chunks_and_another_header_are_detected() -> None:
    key, aad = os.urandom(32), b"h"
    sealed = _sealed(key, aad, os.urandom(3 * crypto.CHUNK + 5))
    for bad in ([sealed[1], sealed[0], *sealed[2:]], [sealed[0], sealed[0], *sealed[2:]]):
        with pytest.raises(crypto.CryptoError):
            list(crypto.decrypt_stream(key, aad, bad))
    with pytest.raises(crypto.CryptoError):
        list(crypto.decrypt_stream(key, b"another header", sealed))


def test_file_key_agreement_opens_only_for_the_recipient() -> None:
    recipient, other = crypto.new_agreement_key(), crypto.new_agreement_key()
    eph, key = crypto.seal_to(crypto.raw_public(recipient))
    assert crypto.open_from(recipient, eph) == key
    assert crypto.open_from(other, eph) != key


def test_signature_checks_digest_and_key() -> None:
    signer = crypto.new_signing_key()
    digest = os.urandom(32)
    sig = crypto.sign_digest(signer, digest)
    crypto.check_digest(crypto.raw_public(signer), digest, sig)
    with pytest.raises(crypto.CryptoError):
        crypto.check_digest(crypto.raw_public(signer), os.urandom(32), sig)
    with pytest.raises(crypto.CryptoError):
        crypto.check_digest(crypto.raw_public(crypto.new_signing_key()), digest, sig)


def test_enrolment_codes_are_long_and_free_of_look_alikes() -> None:
    codes = {crypto.new_enrolment_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) >= 12
        assert not set(code) & set("0O1IL2Z5S8BUV")
    code = next(iter(codes))
    shown = crypto.show_code(code)
    assert crypto.normalise_code(shown.lower().replace("-", " ")) == code
    salt = crypto.new_salt()
    assert crypto.code_key(shown.lower(), salt) == crypto.code_key(code, salt)
    assert crypto.code_key(code[:-1] + ("3" if code[-1] != "3" else "4"), salt) != crypto.code_key(code, salt)


def test_fingerprint_is_what_a_person_can_compare() -> None:
    pub = crypto.raw_public(crypto.new_signing_key())
    fp = crypto.fingerprint(pub)
    assert len(fp.split()) == 4 and all(len(g) == 4 for g in fp.split())
    assert fp == crypto.fingerprint(pub)

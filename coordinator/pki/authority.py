"""A farm's own certificate authority, with the `cryptography` library.

    ca = Authority.create("printfarm CA")
    server = ca.issue("broker.lan", hosts=["broker.lan", "192.168.1.5"])   # server
    client = ca.issue("shelf-1")                                            # client
    write_pair(server, folder / "broker")        # broker.crt, broker.key (mode 600)

Keys are ECDSA P-256 (Mosquitto, OpenSSL, Python and browsers all take them). The CA is
valid for ten years, the certificates it issues for 825 days (the longest Apple's
systems accept from a private CA).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificatePublicKeyTypes,
    PrivateKeyTypes,
    PublicKeyTypes,
)
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_T = TypeVar("_T")
CA_DAYS = 3650
LEAF_DAYS = 825
_BACKDATE = dt.timedelta(minutes=5)  # a clock a little behind still accepts a new one


class CertificateError(ValueError):
    """A certificate or key that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True)
class Issued:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=not ca,  # ECDHE key exchange with an EC certificate
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def subject_alt_names(hosts: list[str]) -> x509.SubjectAlternativeName:
    """DNS names and IP addresses (an IP is written as an IP entry, as TLS checks it)."""
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


@dataclass(frozen=True, slots=True)
class Authority:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @classmethod
    def create(cls, name: str) -> Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(name))
            .issuer_name(_name(name))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + dt.timedelta(days=CA_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
            .sign(key, hashes.SHA256())
        )
        return cls(cert, key)

    @classmethod
    def load(cls, cert_file: Path, key_file: Path) -> Authority:
        cert, key = load_pair(cert_file, key_file)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise CertificateError(f"{key_file}: expected an EC key, as `printfarm certs` makes")
        return cls(cert, key)

    def revocation_list(
        self, revoked: list[x509.RevokedCertificate]
    ) -> x509.CertificateRevocationList:
        """A CRL of `revoked`, valid as long as the CA (an expired CRL would make the
        broker refuse every client)."""
        now = dt.datetime.now(dt.UTC)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.certificate.subject)
            .last_update(now - _BACKDATE)
            .next_update(self.certificate.not_valid_after_utc)
        )
        for entry in revoked:
            builder = builder.add_revoked_certificate(entry)
        return builder.sign(self.key, hashes.SHA256())

    def issue(self, common_name: str, hosts: list[str] | None = None) -> Issued:
        """A server certificate for `hosts` (its SANs) when given, else a client one."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        usage = ExtendedKeyUsageOID.SERVER_AUTH if hosts else ExtendedKeyUsageOID.CLIENT_AUTH
        ca_key_id = x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key())
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + dt.timedelta(days=LEAF_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(ca=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .add_extension(ca_key_id, critical=False)
        )
        if hosts:
            builder = builder.add_extension(subject_alt_names(hosts), critical=False)
        return Issued(builder.sign(self.key, hashes.SHA256()), key)


# -- files -------------------------------------------------------------------------------
def _write(path: Path, data: bytes, mode: int) -> None:
    """Whole or absent, and never readable by others, not even for a moment."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_certificate(cert: x509.Certificate, path: Path) -> None:
    _write(path, cert.public_bytes(serialization.Encoding.PEM), 0o644)


def write_crl(crl: x509.CertificateRevocationList, path: Path) -> None:
    _write(path, crl.public_bytes(serialization.Encoding.PEM), 0o644)


def revoked_entry(cert: x509.Certificate) -> x509.RevokedCertificate:
    return (
        x509.RevokedCertificateBuilder()
        .serial_number(cert.serial_number)
        .revocation_date(dt.datetime.now(dt.UTC) - _BACKDATE)
        .build()
    )


def write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),  # the services start unattended; mode 600 guards it
    )
    _write(path, pem, 0o600)


def pair_paths(stem: Path) -> tuple[Path, Path]:
    """`stem`.crt and `stem`.key (added, not replacing a suffix: ids may hold dots)."""
    return stem.with_name(f"{stem.name}.crt"), stem.with_name(f"{stem.name}.key")


def write_pair(issued: Issued | Authority, stem: Path) -> tuple[Path, Path]:
    """`stem`.crt and `stem`.key; returns their paths."""
    cert, key = pair_paths(stem)
    write_key(issued.key, key)
    write_certificate(issued.certificate, cert)
    return cert, key


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise CertificateError(f"{path}: cannot read it ({e.strerror})") from e


def _load(path: Path, parse: Callable[[bytes], _T], what: str) -> _T:
    pem = _read(path)
    try:
        return parse(pem)
    except ValueError as e:
        raise CertificateError(f"{path}: not a PEM {what}") from e


def load_certificate(path: Path) -> x509.Certificate:
    return _load(path, x509.load_pem_x509_certificate, "certificate")


def load_crl(path: Path) -> x509.CertificateRevocationList:
    return _load(path, x509.load_pem_x509_crl, "certificate revocation list")


def load_pair(cert_file: Path, key_file: Path) -> tuple[x509.Certificate, PrivateKeyTypes]:
    """A certificate and its key (any type); CertificateError unless they belong together."""
    cert = load_certificate(cert_file)
    pem = _read(key_file)
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as e:  # TypeError: the key wants a passphrase
        raise CertificateError(f"{key_file}: not an unencrypted PEM private key") from e
    if _public_der(key.public_key()) != _public_der(cert.public_key()):
        raise CertificateError(f"{key_file} is not the key of {cert_file}")
    return cert, key


def _public_der(key: PublicKeyTypes | CertificatePublicKeyTypes) -> bytes:
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )

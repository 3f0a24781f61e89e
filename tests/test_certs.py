"""`printfarm certs init|add-agent`: the files it writes, and the lines it prints.

The command runs as a real process; the certificates are then read back with
`cryptography` and checked against the CA that signed them.
"""

from __future__ import annotations

import ipaddress
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from broker_config import AGENT_PORT, COORDINATOR_PORT
from broker_config.add_agent import PRODUCTION_DIR
from broker_config.listeners import TlsFiles, certificate_listeners
from coordinator.pki.authority import load_certificate, load_crl, pair_paths
from coordinator.pki.farm import FarmCerts, init_farm

PRINTFARM = [sys.executable, "-c", "from coordinator.cli import app; app()"]


def _printfarm(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PRINTFARM, *args], capture_output=True, text=True, timeout=60, check=False
    )


def _cn(cert: x509.Certificate) -> str:
    return str(cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def _sans(cert: x509.Certificate) -> set[str]:
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    ips = {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}
    return ips | set(names.get_values_for_type(x509.DNSName))


def _usage(cert: x509.Certificate) -> list[x509.ObjectIdentifier]:
    return list(cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)


@pytest.fixture
def farm(tmp_path: Path) -> tuple[FarmCerts, str]:
    done = _printfarm(
        "certs", "init", str(tmp_path / "farm"),
        "--broker-host", "broker.lan", "--broker-host", "192.168.1.5",
        "--agent", "shelf-1", "--agent", "shelf.2", "--coordinator-host", "farm.lan",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return FarmCerts(tmp_path / "farm"), done.stdout


def test_init_writes_private_keys_and_certificates(farm: tuple[FarmCerts, str]) -> None:
    certs, _ = farm
    stems = [
        certs.folder / "ca", certs.stem("broker"), certs.stem("coordinator"),
        certs.stem("https"), certs.agent("shelf-1"), certs.agent("shelf.2"),
    ]  # fmt: skip
    for stem in stems:
        cert, key = pair_paths(stem)
        assert stat.S_IMODE(key.stat().st_mode) == 0o600, key
        assert stat.S_IMODE(cert.stat().st_mode) == 0o644, cert
    assert certs.agents() == ["shelf-1", "shelf.2"]
    assert list(load_crl(certs.crl)) == []  # Mosquitto's crlfile, empty to begin with


def test_the_ca_signs_every_certificate_for_its_job(farm: tuple[FarmCerts, str]) -> None:
    certs, _ = farm
    ca = load_certificate(certs.ca_cert)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca

    def issued(stem: Path) -> x509.Certificate:
        cert = load_certificate(pair_paths(stem)[0])
        cert.verify_directly_issued_by(ca)  # raises unless the CA signed it
        return cert

    broker = issued(certs.stem("broker"))
    assert _sans(broker) == {"broker.lan", "192.168.1.5"}
    assert _usage(broker) == [ExtendedKeyUsageOID.SERVER_AUTH]
    https = issued(certs.stem("https"))
    assert _sans(https) == {"farm.lan"}
    for agent_id in ("shelf-1", "shelf.2"):
        agent = issued(certs.agent(agent_id))
        assert _cn(agent) == agent_id  # Mosquitto's use_identity_as_username reads this
        assert _usage(agent) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    assert _cn(issued(certs.stem("coordinator"))) == "coordinator"  # the ACL's user


def test_an_ip_address_is_an_ip_entry_and_the_defaults_are_loopback(tmp_path: Path) -> None:
    assert _printfarm("certs", "init", str(tmp_path / "f")).returncode == 0
    broker = load_certificate(pair_paths(FarmCerts(tmp_path / "f").stem("broker"))[0])
    names = broker.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("127.0.0.1")]
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]


def test_init_prints_the_lines_that_use_the_files_and_never_a_key(
    farm: tuple[FarmCerts, str],
) -> None:
    certs, out = farm
    folder = certs.folder.resolve()
    tls = TlsFiles(
        folder / "broker.crt", folder / "broker.key", folder / "ca.crt", folder / "ca.crl"
    )
    listeners = certificate_listeners(
        (AGENT_PORT, COORDINATOR_PORT), None, PRODUCTION_DIR / "acl",
        PRODUCTION_DIR / "coordinators.passwd", tls,
    )  # fmt: skip
    assert "\n".join(listeners) in out  # what the broker tests run is what is printed
    assert "use_identity_as_username true" in out
    assert (
        '[broker.tls]\nca_file = "ca.crt"\ncert_file = "shelf.2.crt"\nkey_file = "shelf.2.key"'
        in out
    )
    assert f"--broker-cert {folder}/coordinator.crt" in out
    assert f"--tls-cert {folder}/https.crt --tls-key {folder}/https.key" in out
    assert "--public-url https://farm.lan:8080" in out
    assert "PRIVATE KEY" not in out


def test_init_refuses_a_folder_with_a_ca_unless_forced(farm: tuple[FarmCerts, str]) -> None:
    certs, _ = farm
    before = certs.ca_cert.read_bytes()
    again = _printfarm("certs", "init", str(certs.folder))
    assert again.returncode == 2
    assert "already has a CA" in again.stderr
    assert "--force" in again.stderr
    assert certs.ca_cert.read_bytes() == before
    forced = _printfarm("certs", "init", str(certs.folder), "--agent", "shelf-9", "--force")
    assert forced.returncode == 0, forced.stderr
    assert certs.ca_cert.read_bytes() != before
    assert certs.agents() == ["shelf-9"]  # the old CA's agent certificates are gone


def test_add_agent_issues_from_the_existing_ca(farm: tuple[FarmCerts, str]) -> None:
    certs, _ = farm
    done = _printfarm("certs", "add-agent", str(certs.folder), "shelf-3")
    assert done.returncode == 0, done.stderr
    assert 'cert_file = "shelf-3.crt"' in done.stdout
    cert = load_certificate(pair_paths(certs.agent("shelf-3"))[0])
    cert.verify_directly_issued_by(load_certificate(certs.ca_cert))
    assert _cn(cert) == "shelf-3"
    assert stat.S_IMODE(pair_paths(certs.agent("shelf-3"))[1].stat().st_mode) == 0o600
    again = _printfarm("certs", "add-agent", str(certs.folder), "shelf-3")
    assert again.returncode == 2
    assert "already has a certificate" in again.stderr


def test_revoke_lists_the_certificate_and_reissue_revokes_the_old_one(
    farm: tuple[FarmCerts, str],
) -> None:
    certs, _ = farm
    ca = load_certificate(certs.ca_cert)
    first = load_certificate(pair_paths(certs.agent("shelf-1"))[0])
    reissued = _printfarm("certs", "add-agent", str(certs.folder), "shelf-1", "--force")
    assert reissued.returncode == 0, reissued.stderr
    second = load_certificate(pair_paths(certs.agent("shelf-1"))[0])
    revoked = _printfarm("certs", "revoke", str(certs.folder), "shelf.2")
    assert revoked.returncode == 0, revoked.stderr
    assert "systemctl reload mosquitto" in revoked.stdout
    crl = load_crl(certs.crl)
    assert crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    assert crl.get_revoked_certificate_by_serial_number(first.serial_number) is not None
    assert crl.get_revoked_certificate_by_serial_number(second.serial_number) is None
    assert len(list(crl)) == 2
    assert certs.agents() == ["shelf-1"]  # shelf.2's files are gone
    assert crl.next_update_utc is not None
    assert crl.next_update_utc >= ca.not_valid_after_utc  # never stale before the CA


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add-agent", "{dir}", "coordinator"], "is a user of its own, not an agent id"),
        (["add-agent", "{dir}", "printfarm-coordinator-1"], "coordinators' client ids"),
        (["add-agent", "{dir}", "a/b"], "invalid agent id"),
        (["add-agent", "{dir}/nowhere", "shelf-4"], "has no CA"),
        (["init", "{dir}/new", "--broker-host", "bad host"], "a DNS name or an IP address"),
    ],
)
def test_names_that_cannot_be_identities_are_refused(
    tmp_path: Path, args: list[str], message: str
) -> None:
    certs = init_farm(tmp_path / "farm")
    done = _printfarm("certs", *(a.format(dir=certs.folder) for a in args))
    assert done.returncode == 2
    assert message in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr

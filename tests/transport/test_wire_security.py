"""Security of the wire, for real: TLS and mutual TLS with certificates made at test time,
bearer tokens, plaintext refused off this machine, credential files read safely, and no token
or secret in any message."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import anyio
import pytest
import trustme
from conftest import HODEI_RUN, Hodei, clean_env
from control_plane import control_plane, spool_count

from hodei_worker.events import from_dict
from hodei_worker.events._proto import envelope
from hodei_worker.transport import AddressError, Outbox, Record, endpoint, is_local, read_token
from hodei_worker.transport._publisher import Publisher, RefusedError

CONTROL = Path(HODEI_RUN).with_name("hodei-control-plane")


def _event_bytes(event_id: str) -> bytes:
    event = from_dict({"event_type": "JobCompleted", "job_id": "job-s", "worker_id": "w",
                       "correlation_id": "c", "exit_code": 0, "command": "true", "arguments": [],
                       "working_dir": "/", "execution_time_ms": 1,
                       "occurred_at": "2026-11-28T10:00:00.000Z"})
    return envelope(event, event_id).SerializeToString()


class Pki:
    """A CA, a server certificate for 127.0.0.1 and localhost, and a client certificate, as
    PEM files in a directory."""

    def __init__(self, where: Path) -> None:
        self.ca = trustme.CA()
        server = self.ca.issue_cert("127.0.0.1", "localhost")
        client = self.ca.issue_cert("worker-1.hodei.test")
        self.ca_pem = where / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_pem))
        self.server_cert, self.server_key = where / "server.pem", where / "server.key"
        server.private_key_pem.write_to_path(str(self.server_key))
        self.server_cert.write_bytes(b"".join(p.bytes() for p in server.cert_chain_pems))
        self.client_cert, self.client_key = where / "client.pem", where / "client.key"
        client.private_key_pem.write_to_path(str(self.client_key))
        self.client_cert.write_bytes(b"".join(p.bytes() for p in client.cert_chain_pems))
        other = trustme.CA()
        self.other_ca_pem = where / "other-ca.pem"
        other.cert_pem.write_to_path(str(self.other_ca_pem))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


def _publish(address: str, spool: Path, **options: object) -> tuple[int, str | None]:
    """Publishes one event from a fresh spool with ``options`` (endpoint()'s); returns how
    many remain and the publisher's last error."""
    event_id = str(uuid.uuid4())
    with Outbox(spool) as outbox:
        outbox.append([Record(event_id, "job-s", _event_bytes(event_id))])
        publisher = Publisher(outbox, endpoint(address, **options))  # type: ignore[arg-type]

        async def attempt() -> None:
            with anyio.move_on_after(3):
                await publisher.run(until_empty=True)

        try:
            anyio.run(attempt)
        except RefusedError as exc:
            return outbox.count(), str(exc)
        return outbox.count(), publisher.progress.last_error


def test_tls_delivery(tmp_path: Path, pki: Pki) -> None:
    """Over TLS with the control plane's CA, the event is delivered and stored."""
    with control_plane(tmp_path, "--tls-cert", str(pki.server_cert), "--tls-key", str(pki.server_key)) as cp:
        remaining, _ = _publish(cp.address, tmp_path / "spool", tls_ca=str(pki.ca_pem))
        assert remaining == 0
        assert len(cp.stored()) == 1


def test_tls_refuses_a_server_signed_by_another_ca(tmp_path: Path, pki: Pki) -> None:
    """A client that trusts another CA does not deliver, and nothing is stored."""
    with control_plane(tmp_path, "--tls-cert", str(pki.server_cert), "--tls-key", str(pki.server_key)) as cp:
        remaining, error = _publish(cp.address, tmp_path / "spool", tls_ca=str(pki.other_ca_pem))
        assert remaining == 1
        assert error
        assert cp.stored() == []


def test_mutual_tls_requires_a_client_certificate(tmp_path: Path, pki: Pki) -> None:
    """With mutual TLS, a client without a certificate is refused and one with a certificate
    signed by the CA delivers."""
    with control_plane(tmp_path, "--tls-cert", str(pki.server_cert), "--tls-key", str(pki.server_key),
                       "--tls-ca", str(pki.ca_pem)) as cp:
        without, _ = _publish(cp.address, tmp_path / "a", tls_ca=str(pki.ca_pem))
        assert without == 1
        assert cp.stored() == []
        with_cert, _ = _publish(cp.address, tmp_path / "b", tls_ca=str(pki.ca_pem),
                                tls_cert=str(pki.client_cert), tls_key=str(pki.client_key))
        assert with_cert == 0
        assert len(cp.stored()) == 1


def test_token_required_wrong_or_missing_is_unauthenticated(tmp_path: Path) -> None:
    """A control plane with a token refuses a missing or wrong one with UNAUTHENTICATED and
    stores nothing; the right one delivers; the admin service is guarded too."""
    (tmp_path / "server-token").write_text("right-token-123\n")
    (tmp_path / "wrong-token").write_text("wrong-token-456\n")
    with control_plane(tmp_path, "--token-file", str(tmp_path / "server-token")) as cp:
        missing, error = _publish(cp.address, tmp_path / "a")
        assert missing == 1
        assert error is not None
        assert "UNAUTHENTICATED" in error
        wrong, error = _publish(cp.address, tmp_path / "b", token_file=str(tmp_path / "wrong-token"))
        assert wrong == 1
        assert error is not None
        assert "UNAUTHENTICATED" in error
        assert cp.stored() == []
        right, _ = _publish(cp.address, tmp_path / "c", token_file=str(tmp_path / "server-token"))
        assert right == 0
        assert len(cp.stored()) == 1
        refused = subprocess.run([str(CONTROL), "events", "--control-plane", cp.address],
                                 capture_output=True, env=clean_env(), timeout=30)
        allowed = subprocess.run([str(CONTROL), "events", "--control-plane", cp.address,
                                  "--token-file", str(tmp_path / "server-token")],
                                 capture_output=True, env=clean_env(), timeout=30)
    assert refused.returncode != 0
    assert b"UNAUTHENTICATED" in refused.stderr
    assert allowed.returncode == 0
    assert len(allowed.stdout.splitlines()) == 1


def test_refused_token_keeps_event_and_status_and_never_shows_token(hodei: Hodei, tmp_path: Path) -> None:
    """hodei-run with a token the control plane refuses: the job's status stands, the event
    stays spooled, stderr says it was refused, and the token is nowhere in what it wrote."""
    token = "tok-" + uuid.uuid4().hex
    (tmp_path / "server-token").write_text("the-real-token\n")
    (tmp_path / "token").write_text(token + "\n")
    spool = tmp_path / "spool"
    with control_plane(tmp_path, "--token-file", str(tmp_path / "server-token")) as cp:
        result = hodei.run("--control-plane", cp.address, "--spool-dir", str(spool),
                           "--token-file", str(tmp_path / "token"), "--log-level", "debug",
                           "--", "sh", "-c", "exit 2", check=False)
        assert cp.stored() == []
    assert result.returncode == 2
    assert b"refused" in result.stderr
    assert spool_count(spool) == 1
    written = result.stderr + result.stdout + (result.event_bytes or b"")
    written += b"".join(p.read_bytes() for p in spool.iterdir() if p.is_file())
    assert token.encode() not in written


@pytest.mark.parametrize("address", ["127.0.0.1:5", "localhost:5", "[::1]:5", "unix:/run/x.sock"])
def test_plaintext_allowed_on_this_machine(address: str) -> None:
    """Loopback addresses and unix sockets may be plaintext."""
    assert is_local(address)
    assert endpoint(address).address == address


def test_plaintext_refused_off_this_machine_unless_insecure() -> None:
    """A plaintext address that is not on this machine is refused, naming --control-plane,
    unless --insecure is given (only checked: nothing is sent anywhere)."""
    with pytest.raises(AddressError) as caught:
        endpoint("cp.example.invalid:50051")
    assert caught.value.option == "--control-plane"
    assert "--insecure" in str(caught.value)
    assert endpoint("cp.example.invalid:50051", insecure=True).address == "cp.example.invalid:50051"


@pytest.mark.parametrize("address", ["host", ":80", "h:99999", "h:0", "[zz]:1", "unix:", "a b:1", "h:-1"])
def test_bad_addresses_are_named(address: str) -> None:
    """Malformed addresses are refused with the option's name."""
    with pytest.raises(AddressError) as caught:
        endpoint(address)
    assert caught.value.option == "--control-plane"


def test_token_files_are_read_safely_and_never_quoted(tmp_path: Path) -> None:
    """A token file must be a small regular file of one printable word; every refusal names
    --token-file and never contains the file's contents."""
    secret = "sup3r-" + uuid.uuid4().hex
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    cases = {
        "fifo": fifo,
        "dir": tmp_path,
        "missing": tmp_path / "missing",
    }
    (tmp_path / "spaces").write_text(f"{secret} and more\n")
    (tmp_path / "empty").write_text("\n")
    (tmp_path / "big").write_bytes(secret.encode() + b"x" * (2 * 1024 * 1024))
    cases.update({name: tmp_path / name for name in ("spaces", "empty", "big")})
    for name, path in cases.items():
        with pytest.raises(AddressError) as caught:
            read_token(str(path))
        assert caught.value.option == "--token-file", name
        assert secret not in str(caught.value), name
    (tmp_path / "good").write_text(secret + "\r\n")
    assert read_token(str(tmp_path / "good")) == secret


def test_tls_options_need_each_other_and_readable_files(tmp_path: Path, pki: Pki) -> None:
    """--tls-cert without --tls-key (and the reverse) and unreadable TLS files are refused by
    name before anything connects."""
    with pytest.raises(AddressError, match="--tls-key"):
        endpoint("127.0.0.1:1", tls_cert=str(pki.client_cert))
    with pytest.raises(AddressError, match="--tls-cert"):
        endpoint("127.0.0.1:1", tls_key=str(pki.client_key))
    with pytest.raises(AddressError, match="--tls-ca"):
        endpoint("127.0.0.1:1", tls_ca=str(tmp_path / "nope.pem"))


def test_hodei_run_refuses_bad_wire_options_before_running(hodei: Hodei, tmp_path: Path) -> None:
    """A bad --control-plane or TLS option is an ERR_1009 naming it, exit 125, and the job
    never runs."""
    flag = tmp_path / "ran"
    for args, named in ((["--control-plane", "cp.example.invalid:1"], "--control-plane"),
                        (["--control-plane", "127.0.0.1:1", "--tls-ca", str(tmp_path / "no.pem")], "--tls-ca"),
                        (["--tls-ca", str(tmp_path / "no.pem")], "--tls-ca")):
        result = hodei.run(*args, "--", "touch", str(flag))
        assert result.returncode == 125
        assert result.event is not None
        assert result.event["error_code"] == "ERR_1009"
        assert result.reason["field"] == named
        assert not flag.exists()


def test_control_plane_serve_refuses_plaintext_off_loopback(tmp_path: Path) -> None:
    """``serve`` on an address that is not this machine's loopback needs TLS or --insecure."""
    done = subprocess.run([str(CONTROL), "serve", "--listen", "0.0.0.0:0", "--db", str(tmp_path / "db")],
                          capture_output=True, env=clean_env(), timeout=30)
    assert done.returncode == 2
    assert b"--listen" in done.stderr

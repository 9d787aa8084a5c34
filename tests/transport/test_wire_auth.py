"""Transport security driven in-process: TLS, mutual TLS and bearer tokens through Publisher and ListEvents, token files, hodei-run refused."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio
import grpc
import pytest
import trustme

from hodei_worker._generated import control_plane_pb2, control_plane_pb2_grpc
from hodei_worker.controlplane import EventStore, serve
from hodei_worker.controlplane._server import Listening
from hodei_worker.transport import AddressError, Endpoint, Outbox, Record, endpoint
from hodei_worker.transport._channel import open_channel
from hodei_worker.transport._outbox import Dropped, dropped_envelope
from hodei_worker.transport._publisher import Publisher, RefusedError

SECRET = "s3cr3t-token-value-7f1d"
OTHER = "another-token-0b2c"


@dataclass(frozen=True)
class Certs:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    other_ca: Path


@pytest.fixture
def certs(tmp_path: Path) -> Certs:
    ca = trustme.CA()
    server = ca.issue_cert("127.0.0.1", "localhost")
    client = ca.issue_cert("worker.test")
    paths = {name: tmp_path / f"{name}.pem" for name in
             ("ca", "server_cert", "server_key", "client_cert", "client_key", "other_ca")}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    server.private_key_pem.write_to_path(str(paths["server_key"]))
    paths["server_cert"].write_bytes(b"".join(b.bytes() for b in server.cert_chain_pems))
    client.private_key_pem.write_to_path(str(paths["client_key"]))
    paths["client_cert"].write_bytes(b"".join(b.bytes() for b in client.cert_chain_pems))
    trustme.CA().cert_pem.write_to_path(str(paths["other_ca"]))
    return Certs(**paths)


@asynccontextmanager
async def control_plane(ep: Endpoint, store: EventStore) -> AsyncIterator[Listening]:
    found: list[Listening] = []
    up = anyio.Event()

    def ready(listening: Listening) -> None:
        found.append(listening)
        up.set()

    async with anyio.create_task_group() as tg:
        tg.start_soon(serve, ep, store, ready)
        await up.wait()
        yield found[0]
        tg.cancel_scope.cancel()


def _spool(tmp_path: Path, n: int = 2) -> tuple[Outbox, list[str]]:
    box = Outbox(tmp_path / "spool")
    ids = []
    for i in range(n):
        event_id, payload = dropped_envelope(Dropped(i + 1, 0.0, 0.0))
        box.append([Record(event_id, "job", payload)])
        ids.append(event_id)
    return box, ids


async def _publish(box: Outbox, ep: Endpoint, seconds: float = 3.0) -> bool:
    """Whether the publisher emptied the outbox within ``seconds``."""
    with anyio.move_on_after(seconds):
        await Publisher(box, ep).run(until_empty=True)
        return True
    return False


def _deliver(tmp_path: Path, server: Callable[[str], Endpoint], client: Callable[[str], Endpoint],
             seconds: float = 3.0) -> tuple[bool, int, int]:
    """Runs a control plane and one publish; (emptied, stored, left in spool)."""
    store = EventStore(tmp_path / "cp.sqlite3")
    box, _ = _spool(tmp_path)

    async def main() -> bool:
        async with control_plane(server("127.0.0.1:0"), store) as where:
            return await _publish(box, client(where.address), seconds)

    try:
        done = anyio.run(main)
        return done, store.count(), box.count()
    finally:
        box.close()
        store.close()


def test_tls_delivers(tmp_path: Path, certs: Certs) -> None:
    """A publisher trusting the server's CA delivers over TLS and the events are stored."""
    done, stored, left = _deliver(
        tmp_path,
        lambda a: endpoint(a, tls_cert=str(certs.server_cert), tls_key=str(certs.server_key), listen=True),
        lambda a: endpoint(a, tls_ca=str(certs.ca)))
    assert (done, stored, left) == (True, 2, 0)


def test_mtls_accepts_client_with_certificate(tmp_path: Path, certs: Certs) -> None:
    """Under mutual TLS a client presenting a certificate from the CA is accepted."""
    done, stored, left = _deliver(
        tmp_path,
        lambda a: endpoint(a, tls_ca=str(certs.ca), tls_cert=str(certs.server_cert),
                           tls_key=str(certs.server_key), listen=True),
        lambda a: endpoint(a, tls_ca=str(certs.ca), tls_cert=str(certs.client_cert),
                           tls_key=str(certs.client_key)))
    assert (done, stored, left) == (True, 2, 0)


def test_mtls_refuses_client_without_certificate(tmp_path: Path, certs: Certs) -> None:
    """Under mutual TLS a client without a certificate delivers nothing and its events stay spooled."""
    done, stored, left = _deliver(
        tmp_path,
        lambda a: endpoint(a, tls_ca=str(certs.ca), tls_cert=str(certs.server_cert),
                           tls_key=str(certs.server_key), listen=True),
        lambda a: endpoint(a, tls_ca=str(certs.ca)), seconds=1.5)
    assert (done, stored, left) == (False, 0, 2)


def test_client_trusting_another_ca_stores_nothing(tmp_path: Path, certs: Certs) -> None:
    """A client trusting another CA fails the handshake: nothing stored, everything still spooled."""
    done, stored, left = _deliver(
        tmp_path,
        lambda a: endpoint(a, tls_cert=str(certs.server_cert), tls_key=str(certs.server_key), listen=True),
        lambda a: endpoint(a, tls_ca=str(certs.other_ca)), seconds=1.5)
    assert (done, stored, left) == (False, 0, 2)


def _token_file(tmp_path: Path, token: str, name: str = "token") -> str:
    path = tmp_path / name
    path.write_text(token + "\n")
    return str(path)


@pytest.mark.parametrize("token", [None, OTHER])
def test_wrong_or_missing_token_is_unauthenticated(tmp_path: Path, token: str | None) -> None:
    """A wrong or missing bearer token is refused with UNAUTHENTICATED and nothing is stored."""
    store = EventStore(tmp_path / "cp.sqlite3")
    box, _ = _spool(tmp_path)
    server = endpoint("127.0.0.1:0", token_file=_token_file(tmp_path, SECRET, "server-token"), listen=True)

    async def main() -> None:
        async with control_plane(server, store) as where:
            client = endpoint(where.address, token_file=_token_file(tmp_path, token) if token else None)
            with pytest.raises(RefusedError) as err:
                await Publisher(box, client).run(until_empty=True)
            assert "UNAUTHENTICATED" in str(err.value)
            assert SECRET not in str(err.value)
            channel = open_channel(client)
            try:
                stub = control_plane_pb2_grpc.ControlPlaneAdminStub(channel)  # type: ignore[no-untyped-call]
                with pytest.raises(grpc.aio.AioRpcError) as listed:
                    async for _ in stub.ListEvents(control_plane_pb2.ListEventsRequest(),
                                                   metadata=client.metadata()):
                        pass
                assert listed.value.code() == grpc.StatusCode.UNAUTHENTICATED
            finally:
                await channel.close()

    try:
        anyio.run(main)
        assert store.count() == 0
        assert box.count() == 2
    finally:
        box.close()
        store.close()


def test_right_token_is_accepted_for_publish_and_list(tmp_path: Path) -> None:
    """The right bearer token delivers the events and lists them over ListEvents."""
    store = EventStore(tmp_path / "cp.sqlite3")
    box, ids = _spool(tmp_path)
    token = _token_file(tmp_path, SECRET)

    async def main() -> list[str]:
        async with control_plane(endpoint("127.0.0.1:0", token_file=token, listen=True), store) as where:
            client = endpoint(where.address, token_file=token)
            assert await _publish(box, client)
            channel = open_channel(client)
            try:
                stub = control_plane_pb2_grpc.ControlPlaneAdminStub(channel)  # type: ignore[no-untyped-call]
                return [s.envelope.event_id async for s in
                        stub.ListEvents(control_plane_pb2.ListEventsRequest(), metadata=client.metadata())]
            finally:
                await channel.close()

    try:
        assert anyio.run(main) == ids
        assert store.count() == 2
    finally:
        box.close()
        store.close()


def test_plaintext_refused_off_loopback() -> None:
    """Plaintext to a non-loopback address is refused naming --control-plane unless insecure."""
    with pytest.raises(AddressError) as err:
        endpoint("10.1.2.3:50051")
    assert str(err.value).startswith("--control-plane:")
    assert not endpoint("10.1.2.3:50051", insecure=True).tls
    for address in ("127.0.0.1:1", "localhost:2", "[::1]:3", "unix:/tmp/x.sock"):
        assert endpoint(address).address == address


@pytest.mark.parametrize("address", ["host", ":80", "h:99999", "[zz]:1", "unix:"])
def test_bad_address_forms(address: str) -> None:
    """Malformed addresses raise AddressError naming the option."""
    with pytest.raises(AddressError) as err:
        endpoint(address)
    assert err.value.option == "--control-plane"
    assert repr(address) in str(err.value)


def _bad_token_files(tmp_path: Path) -> dict[str, str]:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    big = tmp_path / "big"
    big.write_text(SECRET * (2 * 1024 * 1024 // len(SECRET)))
    empty = tmp_path / "empty"
    empty.write_text("")
    spaced = tmp_path / "spaced"
    spaced.write_text(f"{SECRET} {SECRET}\n")
    return {"fifo": str(fifo), "dir": str(tmp_path), "oversize": str(big), "empty": str(empty),
            "spaces": str(spaced)}


def test_bad_token_files_are_refused_without_the_secret(tmp_path: Path) -> None:
    """FIFO, directory, oversize, empty and spaced token files raise AddressError naming --token-file, not the secret."""
    for kind, path in _bad_token_files(tmp_path).items():
        with pytest.raises(AddressError) as err:
            endpoint("127.0.0.1:1", token_file=path)
        assert err.value.option == "--token-file", kind
        assert SECRET not in str(err.value), kind


def test_hodei_run_with_bad_token_file_keeps_the_secret_out(tmp_path: Path) -> None:
    """hodei-run refuses a bad token file with a message naming --token-file and never printing the secret."""
    spaced = _bad_token_files(tmp_path)["spaces"]
    events = tmp_path / "event.json"
    proc = subprocess.run(
        [sys.executable, "-m", "hodei_worker", "--control-plane", "127.0.0.1:1", "--token-file", spaced,
         "--spool-dir", str(tmp_path / "spool"), "--event-file", str(events), "--", "true"],
        capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "--token-file" in proc.stderr
    assert SECRET not in proc.stderr + proc.stdout
    if events.exists():
        assert SECRET not in events.read_text()


def test_hodei_run_refused_token_keeps_status_and_event(tmp_path: Path) -> None:
    """Against a server wanting another token, hodei-run keeps the job's status, spools the event, says so, and leaks no token."""
    store = EventStore(tmp_path / "cp.sqlite3")
    spool = tmp_path / "spool"
    events = tmp_path / "event.json"
    token = _token_file(tmp_path, SECRET)

    async def main() -> subprocess.CompletedProcess[str]:
        server = endpoint("127.0.0.1:0", token_file=_token_file(tmp_path, OTHER, "server-token"), listen=True)
        async with control_plane(server, store) as where:
            return await anyio.to_thread.run_sync(lambda: subprocess.run(
                [sys.executable, "-m", "hodei_worker", "--control-plane", where.address,
                 "--token-file", token, "--publish-timeout", "5s", "--spool-dir", str(spool),
                 "--event-file", str(events), "--", "sh", "-c", "exit 3"],
                capture_output=True, text=True, timeout=60))

    try:
        proc = anyio.run(main)
        assert proc.returncode == 3, proc.stderr
        assert "refused" in proc.stderr
        assert SECRET not in proc.stderr + proc.stdout
        assert SECRET not in events.read_text()
        for f in spool.iterdir():
            assert SECRET.encode() not in f.read_bytes()
        with Outbox(spool) as box:
            assert box.count() == 1
        assert store.count() == 0
    finally:
        store.close()

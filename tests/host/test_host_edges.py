"""The supervisor host at its edges: a run asked for twice, a peer that stops reading, output
past its limit. A real host process, real unix socket peers, real jobs and files."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest
from anyio.abc import SocketAttribute
from conftest import clean_env, wait_for
from test_host_program import HostProc, event, run, sh

from hodei_worker.host import OVERFLOW, RECEIVED, HostId, HostLink, parse


@pytest.fixture
def host(tmp_path: Path) -> Iterator[HostProc]:
    """A host serving from a new 0700 directory, stopped and reaped when the test ends."""
    directory = tmp_path / "hosts"
    directory.mkdir(mode=0o700)
    started = HostProc(directory, clean_env(), tmp_path)
    yield started
    started.stop()


def test_a_run_asked_for_again_after_it_ended_is_not_run_again(
        host: HostProc, tmp_path: Path) -> None:
    """The same run sent again once it ended (a restarted daemon that never heard of its end)
    is not started a second time: its journal's first claim is the run's only one."""
    peer = host.connect()
    runs = tmp_path / "runs"
    job = run("twice", tmp_path, *sh(f"echo ran >> {runs}"))
    peer.send(job)
    peer.ended("twice")
    peer.send(job)
    peer.until(lambda ms: [m for m in ms if m.get("ended") == "twice"][1:], what="the second answer")
    assert runs.read_text() == "ran\n"
    assert event(tmp_path, "twice")["exit_code"] == 0
    claims = [k for k, _ in parse((tmp_path / "twice.journal").read_bytes()) if k == RECEIVED]
    assert len(claims) == 2


def test_a_peer_that_stops_reading_hears_everything_once_it_reads_again(
        host: HostProc, tmp_path: Path) -> None:
    """A peer that reads nothing while its host starts and ends hundreds of jobs (more news
    than its socket's buffer holds) is kept: once it reads, it hears every job start and end,
    on the same connection."""
    peer = host.connect()
    peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    keys = [f"quick-{i}" for i in range(400)]
    peer.send(*(run(key, tmp_path, "true") for key in keys))
    wait_for(lambda: all((tmp_path / f"{key}.journal").exists()
                         and any(k == b"E" for k, _ in parse((tmp_path / f"{key}.journal").read_bytes()))
                         for key in keys), timeout=120, what="every job's end in its journal")
    time.sleep(0.5)  # news of the last ends waits for the peer
    peer.ended(*keys)
    assert not peer.closed
    for key in keys:
        assert [("started" in m, "ended" in m) for m in peer.about(key)] == [(True, False), (False, True)]


def test_output_past_the_limit_is_counted_not_written_and_the_job_goes_on(
        host: HostProc, tmp_path: Path) -> None:
    """A run with an output limit: its stdout file (unmasked, so otherwise the job's own)
    holds only the limit's bytes, the job writes on to its own end, and how much was dropped
    is in its journal before its event."""
    peer = host.connect()
    job = run("big", tmp_path, *sh("head -c 50000 /dev/zero | tr '\\0' x; echo fine >&2; exit 3"))
    peer.send({**job, "limit": 1000})
    peer.ended("big")
    assert (tmp_path / "big.out").read_bytes() == b"x" * 1000
    assert (tmp_path / "big.err").read_bytes() == b"fine\n"
    assert event(tmp_path, "big")["exit_code"] == 3
    entries = parse((tmp_path / "big.journal").read_bytes())
    overflow = [json.loads(data) for kind, data in entries if kind == OVERFLOW]
    assert overflow == [{"stdout": 49000}]
    assert [k for k, _ in entries].index(OVERFLOW) < [k for k, _ in entries].index(b"E")


def test_a_broken_connection_to_a_live_host_is_made_again_and_its_job_followed_to_its_end(
        host: HostProc, tmp_path: Path) -> None:
    """The daemon's connection to its host breaks (shut down for real on the daemon's side)
    while the host and its job live: the daemon's link connects again, asks what runs, and
    hears the job's end when it really ends: a broken connection is not a dead host."""
    job = run("napper", tmp_path, *sh("sleep 2; echo done"))
    journal = tmp_path / "napper.journal"

    async def follow() -> tuple[bool, bool]:
        link = await HostLink.connect(HostId(host.pid, host.ready["start_time"], host.socket))
        async with anyio.create_task_group() as tg:
            tg.start_soon(link.serve)
            watch = await link.run("napper", job["plan"], Path(job["stdout"]), Path(job["stderr"]),
                                   None, journal)
            await watch.started.wait()
            link._stream.extra(SocketAttribute.raw_socket).shutdown(socket.SHUT_RDWR)
            await watch.ended.wait()
            ended_for_real = any(kind == b"E" for kind, _ in parse(journal.read_bytes()))
            gone = link.gone.is_set()
            await link.aclose()
            tg.cancel_scope.cancel()
        return ended_for_real, gone

    assert anyio.run(follow) == (True, False)
    assert event(tmp_path, "napper")["exit_code"] == 0
    assert (tmp_path / "napper.out").read_bytes() == b"done\n"

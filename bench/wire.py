"""Durable delivery to the control plane, measured: events/s from outbox commit to ack over
loopback, beside a plain grpc.aio stream with no outbox, and the memory of publishing a large
backlog. It prints figures and ratios; it asserts nothing.

    python bench/wire.py [--events 100000] [--writers 200] [--backlog 100000]

All three run against the reference control plane (``hodei-control-plane serve``, its own
process, storing every event in SQLite with ``synchronous=FULL`` before it acks):

- plain stream: events built in memory and streamed in batches of 100, many batches in flight;
  nothing is on the worker's disk, so a crash loses whatever was not acknowledged yet;
- durable: ``--writers`` concurrent writers each append their events one by one through the
  group commit (every event fsynced into the outbox before it can be sent), while the
  publisher streams the outbox; timed from the first append to the last ack;
- backlog: an outbox holding ``--backlog`` events delivered by ``hodei-run flush`` in a process
  of its own, whose peak RSS is sampled throughout.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import anyio
import psutil

from hodei_worker._generated import events_pb2
from hodei_worker.events import from_json
from hodei_worker.events._proto import envelope
from hodei_worker.transport import GroupCommit, Outbox, Record, endpoint
from hodei_worker.transport._channel import open_channel
from hodei_worker.transport._publisher import METHOD, Publisher, frame

BIN = Path(sys.executable).parent
SAMPLE = (
    '{"event_type":"JobExecutionError","job_id":"job","worker_id":"worker-1",'
    '"correlation_id":"corr","error_code":"ERR_1002","severity":"USER",'
    '"failure_reason":{"type":"PERMISSION_DENIED","path":"/srv/app/build.sh","operation":"execute"},'
    '"exit_code":126,"command":"./build.sh","arguments":["--release"],"working_dir":"/srv/app",'
    '"execution_time_ms":12,"suggested_actions":["Make it executable: chmod +x /srv/app/build.sh",'
    '"Run \'hodei-run explain ERR_1002\' for the whole guide"],"occurred_at":"2026-11-28T11:04:51.977Z",'
    '"classification":{"rule":"spawn.not-executable","evidence":"EACCES executing /srv/app/build.sh"},'
    '"stderr_tail":"","resource_usage":{"cpu_user_ms":3},"oom_detection":"cgroup-v1","leftovers_stopped":0}'
)
"""A typical failure event (about 600 bytes on the wire)."""


def _payloads(n: int) -> list[tuple[str, str, bytes]]:
    """``n`` distinct envelopes: (event_id, job_id, bytes), over 50 jobs."""
    msg = envelope(from_json(SAMPLE), "")
    out = []
    for i in range(n):
        event_id = str(uuid.uuid4())
        msg.event_id = event_id
        msg.job_execution_error.job_id = f"job-{i % 50}"
        out.append((event_id, f"job-{i % 50}", msg.SerializeToString()))
    return out


class ControlPlane:
    """The reference control plane in a process of its own."""

    def __init__(self, directory: Path) -> None:
        log = (directory / "control-plane.log").open("wb")
        self.proc = subprocess.Popen([str(BIN / "hodei-control-plane"), "serve", "--listen",
                                      "127.0.0.1:0", "--db", str(directory / "cp.sqlite3")],
                                     stderr=log, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not (found := re.search(rb"listening on (\S+) ", (directory / "control-plane.log").read_bytes())):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise SystemExit("the control plane did not start")
            time.sleep(0.05)
        self.address = found.group(1).decode()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait()


async def plain_stream(address: str, payloads: list[tuple[str, str, bytes]]) -> float:
    """Events/s of a bare stream: batches of 100, up to 50 batches unacknowledged."""
    channel = open_channel(endpoint(address))
    call = channel.stream_stream(METHOD, request_serializer=None,
                                 response_deserializer=events_pb2.EventAck.FromString)()
    room = anyio.Semaphore(50)
    start = time.perf_counter()

    async def receive() -> None:
        acked = 0
        async for ack in call:
            acked += len(ack.event_ids)
            room.release()
            if acked >= len(payloads):
                return

    async with anyio.create_task_group() as tg:
        tg.start_soon(receive)
        for i in range(0, len(payloads), 100):
            await room.acquire()
            await call.write(frame([p for _, _, p in payloads[i:i + 100]]))
    elapsed = time.perf_counter() - start
    await call.done_writing()
    await channel.close()
    return len(payloads) / elapsed


async def durable(address: str, spool: Path, payloads: list[tuple[str, str, bytes]],
                  writers: int) -> tuple[float, int]:
    """Events/s from the first append to the last ack, every event fsynced before it is sent;
    and how many transactions the group commit needed."""
    with Outbox(spool) as outbox:
        publisher = Publisher(outbox, endpoint(address))
        commit = GroupCommit(outbox)
        share = [payloads[w::writers] for w in range(writers)]
        start = time.perf_counter()

        async def writer(mine: list[tuple[str, str, bytes]]) -> None:
            for event_id, job_id, payload in mine:
                await commit.append(Record(event_id, job_id, payload))
                publisher.notify()

        async with anyio.create_task_group() as tg:
            tg.start_soon(commit.run)
            tg.start_soon(lambda: publisher.run(until_empty=False))
            async with anyio.create_task_group() as writing:
                for mine in share:
                    writing.start_soon(writer, mine)
            while publisher.progress.acked < len(payloads):  # noqa: ASYNC110 - sampling a counter, the bench's only clock
                await anyio.sleep(0.005)
            elapsed = time.perf_counter() - start
            tg.cancel_scope.cancel()
        return len(payloads) / elapsed, commit.commits


def backlog(address: str, spool: Path, payloads: list[tuple[str, str, bytes]]) -> tuple[float, float]:
    """``hodei-run flush`` of a full outbox: events/s and its peak RSS in MiB."""
    with Outbox(spool) as outbox:
        for i in range(0, len(payloads), 5000):
            outbox.append([Record(e, j, p) for e, j, p in payloads[i:i + 5000]])
    start = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "hodei-run"), "flush", "--control-plane", address,
                             "--spool-dir", str(spool), "--publish-timeout", "0"])
    peak = 0
    watched = psutil.Process(proc.pid)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            try:
                peak = max(peak, watched.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = proc.wait()
    stop.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"hodei-run flush failed with status {status}")
    return len(payloads) / (time.perf_counter() - start), peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--writers", type=int, default=200)
    parser.add_argument("--backlog", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="hodei-bench-wire-") as tmp:
        root = Path(tmp)
        cp = ControlPlane(root)
        try:
            plain = anyio.run(plain_stream, cp.address, _payloads(args.events))
            rate, commits = anyio.run(durable, cp.address, root / "spool-a", _payloads(args.events),
                                      args.writers)
            flush_rate, peak = backlog(cp.address, root / "spool-b", _payloads(args.backlog))
        finally:
            cp.stop()
    print(f"{'delivery over loopback, to the reference control plane':<60} {'events/s':>10} {'vs plain':>9}")
    print(f"{'plain grpc.aio stream, no outbox (batches of 100)':<60} {plain:>10,.0f} {1:>8.2f}x")
    print(f"{f'durable: outbox fsync (group commit, {args.writers} writers) to ack':<60} {rate:>10,.0f} {rate / plain:>8.2f}x")
    print(f"{f'  ({args.events:,} events in {commits:,} transactions)':<60}")
    print(f"{f'hodei-run flush of a {args.backlog:,}-event backlog':<60} {flush_rate:>10,.0f} {flush_rate / plain:>8.2f}x")
    print(f"{'  its peak RSS':<60} {peak:>8.1f} MiB")


if __name__ == "__main__":
    main()

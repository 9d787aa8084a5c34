"""The rig for the agent's tests: a stand-in server on loopback and the real ``hodei-worker
agent`` started as a process with the environment the platform gives a worker container."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
from standin import JobRecord, StandIn, WorkerRecord, agent_env, serve

from hodei_worker._generated import worker_agent_pb2 as pb

HODEI_WORKER = Path(sys.executable).with_name("hodei-worker")
PY = sys.executable


def shell(*argv: str, **fields: object) -> pb.RunJobCommand:
    """A RunJobCommand that runs ``argv`` without a shell."""
    command = pb.RunJobCommand(**fields)  # type: ignore[arg-type]
    command.command.shell.cmd = argv[0]
    command.command.shell.args.extend(argv[1:])
    return command


@dataclass
class AgentProcess:
    """One ``hodei-worker agent`` process."""

    proc: subprocess.Popen[bytes]
    worker_id: str
    state_dir: Path
    stderr_path: Path

    def wait(self, timeout: float = 60.0) -> int:
        return self.proc.wait(timeout)

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text("utf-8", "replace")

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)


class Rig:
    """The stand-in, its server, and the agents started against it."""

    def __init__(self, tmp_path: Path, credentials: grpc.ServerCredentials | None = None) -> None:
        self.tmp_path = tmp_path
        self.credentials = credentials
        self.standin = StandIn()
        self.server, self.port = serve(self.standin, 0, credentials)
        self.agents: list[AgentProcess] = []

    def restart_server(self) -> None:
        """Stops the stand-in and starts a new one on the same port: every session is gone."""
        self.server.stop(0).wait()
        self.standin = StandIn()
        self.server, port = serve(self.standin, self.port, self.credentials)
        assert port == self.port

    def stop_server(self) -> None:
        """Stops serving; the stand-in keeps what it knows (tokens, sessions) for :meth:`resume`."""
        self.server.stop(0).wait()

    def resume(self) -> None:
        """Serves the same stand-in again on the same port."""
        self.server, port = serve(self.standin, self.port, self.credentials)
        assert port == self.port

    def start(self, *args: str, worker_id: str | None = None, token: str | None = None,
              env: dict[str, str] | None = None) -> AgentProcess:
        """Starts an agent with a fresh token, or as worker ``worker_id`` with ``token`` (none
        issued); ``env`` adds or replaces variables."""
        if worker_id is not None and token is not None:
            issued = token
        else:
            worker_id, issued = self.standin.issue_token(worker_id)
        state = self.tmp_path / f"state-{len(self.agents)}"
        full = {k: v for k, v in os.environ.items() if not k.startswith("HODEI_")}
        full.update(agent_env(self.port, worker_id, issued))
        full.update(env or {})
        stderr = self.tmp_path / f"agent-{len(self.agents)}.stderr"
        with open(stderr, "wb") as sink:
            proc = subprocess.Popen([str(HODEI_WORKER), "agent", "--state-dir", str(state), *args],
                                    env=full, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink)
        agent = AgentProcess(proc, worker_id, state, stderr)
        self.agents.append(agent)
        return agent

    def worker(self, agent: AgentProcess) -> WorkerRecord:
        return self.standin.workers[agent.worker_id]

    def job(self, job_id: str) -> JobRecord:
        return self.standin.jobs[job_id]

    def run(self, command: pb.RunJobCommand, *args: str, timeout: float = 60.0) -> tuple[JobRecord, AgentProcess]:
        """Submits ``command`` to a new agent and waits for the agent to leave."""
        agent = self.start(*args)
        job_id = self.standin.submit(agent.worker_id, command)
        status = self.finish(agent, timeout)
        assert status == 0, agent.stderr
        return self.job(job_id), agent

    def finish(self, agent: AgentProcess, timeout: float = 60.0) -> int:
        """The agent's exit status, once the stand-in has taken all it sent (its stream's last
        messages are read on a thread of their own, maybe after the agent has exited)."""
        status = agent.wait(timeout)
        worker = self.standin.workers.get(agent.worker_id)
        if worker is not None:
            assert self.standin.wait(lambda: worker.outbox is None, timeout)
        return status

    def wait_state(self, job_id: str, *states: str, timeout: float = 30.0) -> None:
        assert self.standin.wait(lambda: self.standin.jobs[job_id].state in states, timeout), \
            f"job {job_id} is {self.standin.jobs[job_id].state}, not {states}"

    def wait_line(self, job_id: str, text: str, timeout: float = 30.0) -> None:
        assert self.standin.wait(lambda: text in self.standin.jobs[job_id].text(), timeout), \
            f"no line {text!r} from job {job_id}: {self.standin.jobs[job_id].text()[-5:]}"

    def close(self) -> None:
        for agent in self.agents:
            if agent.proc.poll() is None:
                agent.proc.send_signal(signal.SIGTERM)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    agent.proc.wait(30)
                if agent.proc.poll() is None:
                    agent.proc.kill()
                    agent.proc.wait()
        self.server.stop(0)


def rig_for(tmp_path: Path, credentials: grpc.ServerCredentials | None = None) -> Iterator[Rig]:
    """The ``rig`` fixture's body: a rig, closed (every agent stopped) after the test."""
    r = Rig(tmp_path, credentials)
    try:
        yield r
    finally:
        r.close()


__all__ = ["PY", "AgentProcess", "Rig", "grpc", "pb", "rig_for", "shell"]

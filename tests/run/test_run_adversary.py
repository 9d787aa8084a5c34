"""hodei-run tried in bulk as an adversary would: random option values, random job behaviour
and output (secrets cut at random places, binary noise, leftovers), and terminations at random
moments. Whatever the draw, the invariants hold: one valid event, an exit status that agrees
with it, no secret in any output or event, no traceback, and nothing left behind (no process,
no cgroup, no temporary file). Each case is drawn from a fixed seed, so a failure replays."""

from __future__ import annotations

import json
import os
import random
import signal
import time
import uuid

import pytest
from conftest import PROBES, PY, Hodei, assert_none_left, holds, wait_for
from test_run_hardened import cgroup_dirs, expected_status


def _secret(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(6, 40)))


@pytest.mark.parametrize("seed", range(24))
def test_random_runs_keep_the_invariants(hodei: Hodei, seed: int) -> None:
    """A drawn run (options, job, output, secrets, a termination at a drawn moment) ends with
    a valid event, a status that agrees, no secret shown, and nothing left behind."""
    rng = random.Random(seed)
    secrets = [_secret(rng) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:  # one secret the prefix of another
        secrets.append(secrets[0] + _secret(rng))
    marker = f"{4000 + seed}.{uuid.uuid4().int % 10**9:09d}"
    job_id = f"adv-{seed}-{uuid.uuid4().hex[:8]}"
    options = ["--job-id", job_id, "--kill-grace", rng.choice(["0.2s", "1s"])]
    options += rng.choice([[], ["--timeout", "0.5s"], ["--timeout", "3s"]])
    options += rng.choice([[], ["--memory", "256M"]])
    options += rng.choice([[], ["--cgroup", "off"]])
    options += rng.choice([[], ["--quiet"], ["--log-level", "info"], ["--log-level", "debug"]])
    env = {f"ADV_SECRET_{i}": value for i, value in enumerate(secrets)}
    for i in range(len(secrets)):
        options += ["--secret", f"S{i}=env:ADV_SECRET_{i}"]
    ending = rng.choice(["exit", "sleep", "signal"])
    running = hodei.start(*options, "--", PY, str(PROBES / "adversary_job.py"), str(seed),
                          marker, ending, *secrets, env=env)
    if rng.random() < 0.6:
        # From hodei-run's first line of code on (the interpreter's own start before it is
        # the one window no Python program can close).
        wait_for(lambda: holds(running.pid, signal.SIGTERM), interval=0.0005, what="hodei-run's code")
        time.sleep(rng.uniform(0, 0.8))
        sig = rng.choice([signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT])
        if running.proc.poll() is None:
            os.kill(running.pid, sig)
    result = running.finish(timeout=60)  # event, schema, no temporary file, summary line
    assert result.event is not None
    assert result.returncode == expected_status(result.event), result.stderr[-500:]
    assert b"hodei_worker" + os.sep.encode() not in result.stderr  # no traceback of ours
    event_text = json.dumps(result.event)
    for value in secrets:
        assert value.encode() not in result.stdout
        assert value.encode() not in result.stderr
        assert value not in event_text
    assert_none_left(marker)
    assert not cgroup_dirs(job_id)

"""``hodei-run [OPTIONS] -- COMMAND [ARG...]``: validate, supervise, classify, report, exit."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import uuid
from collections.abc import Sequence
from typing import Any, Final

import anyio

from .. import _logging
from .._masking import Masker
from ..classify import Observation, classify
from ..events import Event, Identity, build_event, summary_line, to_dict
from ..supervise import JobSpec, Limits, Reaper, become_subreaper, supervise
from . import _settings
from ._settings import InputError, Settings

EXIT_HODEI_FAILED: Final = 125
"""hodei-run itself could not do its work: validation, configuration, secret, internal."""
_OWN_FAILURES: Final = frozenset({"ERR_1008", "ERR_1009", "ERR_1010", "ERR_1011"})

log = _logging.get_logger("hodei.run")


def exit_status(event: Event) -> int:
    """The status hodei-run exits with: the job's, 124 on timeout, 126/127 when the command
    cannot be executed or found, 128+N on signal N, 125 when hodei-run could not do its work."""
    code = getattr(event, "error_code", None)
    if code in _OWN_FAILURES or not 0 <= event.exit_code <= 255:
        return EXIT_HODEI_FAILED
    return event.exit_code


def _mask_deep(value: Any, masker: Masker) -> Any:
    if isinstance(value, str):
        return masker.text(value)
    if isinstance(value, dict):
        return {k: _mask_deep(v, masker) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_deep(v, masker) for v in value]
    return value


def write_event_file(path: str, data: dict[str, Any]) -> None:
    """Writes the event atomically: a temporary file in the same directory, fsynced, renamed."""
    import json
    import tempfile

    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".hodei-event-", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # as any file we write would be, not mkstemp's 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


async def _supervise(spec: JobSpec, early_signals: Sequence[int]) -> Observation:
    reaper = Reaper()
    async with anyio.create_task_group() as tg:
        await tg.start(reaper.run)
        try:
            obs = await supervise(spec, reaper, early_signals=early_signals)
        finally:
            tg.cancel_scope.cancel()
    return obs


def _cgroup_name(job_id: str) -> str:
    """A directory name for the job's cgroups: the job id made safe (a job id may hold '/'
    or '..'), plus a random part so two runs of one job never share a cgroup."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", job_id)[:64].lstrip(".")
    return f"hodei-{safe}-{uuid.uuid4().hex[:8]}"


def _spec(settings: Settings) -> JobSpec:
    return JobSpec(
        argv=settings.command,
        env=settings.env,
        name=_cgroup_name(settings.job_id),
        workdir=settings.workdir,
        timeout_ms=settings.timeout_ms or None,
        kill_grace_ms=settings.kill_grace_ms,
        limits=Limits(settings.memory, settings.cpus, settings.pids),
        secrets=tuple(s.value for s in settings.secrets),
        use_cgroups=settings.cgroup == "auto",
    )


def _salvaged_command(argv: list[str]) -> tuple[str, tuple[str, ...]]:
    if "--" in argv:
        rest = argv[argv.index("--") + 1:]
        if rest:
            return rest[0], tuple(rest[1:])
    return "", ()


def _innermost(exc: BaseException) -> BaseException:
    """The error itself, out of the task groups' exception groups that carry a single one."""
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return exc


def _say(text: str) -> None:
    """Writes to our stderr; if nobody reads it any more, the event file still has it all."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(text)
        sys.stderr.flush()


def run_command(argv: list[str], environ: dict[str, str] | None = None,
                early_signals: Sequence[int] = ()) -> int:
    """Runs hodei-run; returns its exit status. ``early_signals`` (still growing until the
    supervisor's own handlers are in place) holds terminations received while starting."""
    env = dict(os.environ if environ is None else environ)
    try:
        settings: Settings | None = _settings.load(argv, env)
        problem, partial = None, {}
    except InputError as exc:
        settings, problem, partial = None, exc.problem, exc.partial
    if settings is not None:
        masker = Masker(s.value for s in settings.secrets)
        _logging.configure(settings.log_level if not settings.quiet else "error",
                           settings.log_format, masker)
        ids = {"job_id": settings.job_id, "worker_id": settings.worker_id,
               "correlation_id": settings.correlation_id, "event_file": settings.event_file}
    else:
        # Refused: mask the secrets resolved before the problem, and honour the ids, event
        # file and log settings that were settled.
        masker = Masker(s.value for s in partial.get("secrets", ()))
        _logging.configure(partial.get("log_level") or "warning", partial.get("log_format"), masker)
        ids = {k: partial.get(k) for k in ("job_id", "worker_id", "correlation_id", "event_file")}
    publish = settings.publish if settings is not None else partial.get("publish")
    who = Identity(ids["job_id"] or str(uuid.uuid4()), ids["worker_id"] or str(uuid.uuid4()),
                   ids["correlation_id"] or str(uuid.uuid4()))

    if settings is None:
        command, arguments = _salvaged_command(argv)
        assert problem is not None
        obs = Observation(command, arguments, os.getcwd(), pre_spawn_error=problem)
    else:
        become_subreaper()
        spec = _spec(settings)
        try:
            obs = anyio.run(_supervise, spec, early_signals)
        except Exception as exc:  # the supervisor broke; the job is already stopped by now
            log.exception("supervisor.failed")
            cause = _innermost(exc)
            obs = Observation(spec.argv[0], spec.argv[1:], settings.workdir or os.getcwd(),
                              internal_error=masker.text(f"{type(cause).__name__}: {cause}"))

    failure = classify(obs)
    event = build_event(obs, failure, who)
    data = _mask_deep(to_dict(event), masker)
    if ids.get("event_file"):
        try:
            write_event_file(str(ids["event_file"]), data)
        except OSError as exc:
            log.error("event_file.write_failed", path=ids["event_file"], error=str(exc))
            _say(f"hodei-run: cannot write the event file {ids['event_file']}: {exc.strerror}\n")
    if settings is None or not settings.quiet:  # a refusal is always said, even with --quiet
        # The job's stderr may have ended mid-line; the summary starts a line of its own.
        newline = "\n" if obs.stderr_tail and not obs.stderr_tail.endswith(b"\n") else ""
        _say(newline + masker.text(summary_line(event)) + "\n")
    if publish is not None:  # after the summary: the outcome is known before delivery ends
        from ._publish import deliver

        deliver(publish, data)
    return exit_status(event)

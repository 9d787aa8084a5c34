"""A run's report: its settings settled (or the refusal), its supervisor's launch, and its
event: every secret masked, classified, written; hodei-run and the supervisor host both use it."""

from __future__ import annotations

import contextlib
import enum
import os
import re
from collections.abc import Mapping, Sequence

from .. import _logging
from .._ids import uuid4
from .._masking import Masker
from .._nonblocking import say
from ..supervise import Launch, Limits
from . import _settings
from ._files import UnsafeFile, event_file_target
from ._settings import InputError, Settings, split_argv

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

    from ..classify import Observation
    from ..events import Event
    from ._plan import Plan

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


_VOCABULARY: Final = frozenset({
    ("event_type",), ("error_code",), ("severity",), ("occurred_at",), ("oom_detection",),
    ("failure_reason", "type"), ("failure_reason", "signal"), ("failure_reason", "killed_with"),
    ("failure_reason", "errno_name"), ("failure_reason", "operation"),
    ("failure_reason", "stage"), ("classification", "rule"),
})
"""The event's own words (its structure, the catalogue's names, signal names, timestamps):
never masked, whatever the secrets, so a one-character secret cannot garble the event. Every
other string (ids, command, paths, messages, evidence, output) is a value and is masked."""


def mask_event(value: Any, masker: Masker, where: tuple[str, ...] = ()) -> Any:
    """The event's data with every secret masked in its values, never in its keys or
    vocabulary (:data:`_VOCABULARY`)."""
    if isinstance(value, str):
        return value if where in _VOCABULARY else masker.text(value)
    if isinstance(value, dict):
        return {k: mask_event(v, masker, (*where, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_event(v, masker, where) for v in value]
    return value


def _mask_bytes_text(value: Any, masker: Masker) -> Any:
    import dataclasses  # the observation's, loaded with it

    if isinstance(value, enum.Enum):  # a StrEnum is a str, and a name of ours: kept
        return value
    if isinstance(value, str):
        return masker.text(value)
    if isinstance(value, bytes):
        return masker.bytes(value)
    if isinstance(value, tuple):
        return tuple(_mask_bytes_text(v, masker) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: _mask_bytes_text(getattr(value, f.name), masker)
            for f in dataclasses.fields(value)
            if isinstance(getattr(value, f.name), (str, bytes))
            and not isinstance(getattr(value, f.name), enum.Enum)
        })
    return value


def mask_observation(obs: Observation, masker: Masker) -> Observation:
    """The observation with every secret masked in its text, before anything is derived
    from it: evidence and tails are cut from masked text, so a cut never shows part of a
    secret. Enum members (stages, detection methods) are left as they are."""
    if not masker.active:
        return obs
    import dataclasses  # the observation's, loaded with it

    changes = {}
    for f in dataclasses.fields(obs):
        value = getattr(obs, f.name)
        if isinstance(value, enum.Enum):
            continue
        if isinstance(value, (str, bytes, tuple)) or (
                dataclasses.is_dataclass(value) and not isinstance(value, type)):
            changes[f.name] = _mask_bytes_text(value, masker)
    return dataclasses.replace(obs, **changes)


def _temporary_beside(target: str) -> tuple[int, str]:
    """A new file of our own (mode 0600, never an existing one) beside ``target``: its fd and
    path. (What ``tempfile.mkstemp`` does, without importing it on every run.)"""
    directory = os.path.dirname(target) or "."
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    while True:
        tmp = os.path.join(directory, f".hodei-event-{uuid4()[:13]}")
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:  # pragma: no cover - 48 random bits taken already
            continue


def write_event_file(path: str, data: dict[str, Any], sync: bool = True) -> None:
    """Writes the event atomically: a temporary file in the same directory, fsynced (unless
    not ``sync``), renamed.

    Symlinks are followed (the link stays, its target is replaced); anything that is not a
    regular file is never replaced (UnsafeFile)."""
    import json

    target = event_file_target(path)
    fd, tmp = _temporary_beside(target)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # as any file we write would be, not mkstemp's 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _cgroup_name(job_id: str) -> str:
    """A directory name for the job's cgroups: the job id made safe (a job id may hold '/'
    or '..'), plus a random part so two runs of one job never share a cgroup."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", job_id)[:64].lstrip(".")
    return f"hodei-{safe}-{uuid4()[:8]}"


def launch(settings: Settings, pass_fds: tuple[int, ...] = (), sweep_stale: bool = True,
             hosted: bool = False) -> Launch:
    """The supervisor's spec for a run with ``settings``; ``hosted``: for a process that
    supervises many jobs (it neither owns every descendant nor hands out its terminal)."""
    return Launch(
        argv=settings.command,
        env=settings.env,
        name=_cgroup_name(settings.job_id),
        workdir=settings.workdir,
        timeout_ms=settings.timeout_ms or None,
        kill_grace_ms=settings.kill_grace_ms,
        limits=Limits(settings.memory, settings.cpus, settings.pids),
        secrets=tuple(s.value for s in settings.secrets),
        use_cgroups=settings.cgroup == "auto",
        sweep_stale=sweep_stale,
        pass_fds=pass_fds,
        own_all_descendants=not hosted,
        foreground_tty=not hosted,
    )


def _salvaged_command(argv: list[str]) -> str:
    """A refused run's command word. Its arguments are left out of the event: the secrets
    that would mask them may be the very thing that could not be resolved."""
    _, command = split_argv(argv)
    return command[0] if command else ""


def conclude(obs: Observation, masker: Masker, ids: dict[str, Any]) -> tuple[Event, dict[str, Any]]:
    """The run's event, and its data as written and published, from what the supervisor
    observed: every secret masked in the observation before anything is derived from it, and
    in the data. ``ids``: ``job_id``, ``worker_id`` and ``correlation_id`` (new ones where
    missing)."""
    from ..classify import classify
    from ..events import Identity, build_event, to_dict

    who = Identity(ids.get("job_id") or uuid4(), ids.get("worker_id") or uuid4(),
                   ids.get("correlation_id") or uuid4())
    if not masker.active:  # no secret: nothing to mask (most jobs)
        event = build_event(obs, classify(obs), who)
        return event, to_dict(event)
    obs = mask_observation(obs, masker)
    event = build_event(obs, classify(obs), who)
    return event, mask_event(to_dict(event), masker)


def settle(argv: list[str], env: Mapping[str, str]) -> tuple[Settings | None, Any, dict[str, Any], Masker, dict[str, Any]]:
    """Reads a run's command line: its settings (None when refused), the problem that refused
    it, what was settled before the problem, the masker of the secrets resolved, and the ids
    and event file to report under (those settled, when refused)."""
    try:
        settings: Settings | None = _settings.load(argv, dict(env))
        problem, partial = None, {}
    except InputError as exc:
        settings, problem, partial = None, exc.problem, exc.partial
    return _settled(settings, problem, partial)


def settle_plan(plan: Plan, env: Mapping[str, str]) -> tuple[Settings | None, Any, dict[str, Any], Masker, dict[str, Any]]:
    """:func:`settle` for a plan (a supervisor host's job): its secrets resolved in ``env``."""
    try:
        settings: Settings | None = _settings.from_plan(plan, env)
        problem, partial = None, {}
    except InputError as exc:
        settings, problem, partial = None, exc.problem, exc.partial
    return _settled(settings, problem, partial)


def _settled(settings: Settings | None, problem: Any, partial: dict[str, Any]) -> tuple[Settings | None, Any, dict[str, Any], Masker, dict[str, Any]]:
    if settings is not None:
        masker = Masker(s.value for s in settings.secrets)
        ids = {"job_id": settings.job_id, "worker_id": settings.worker_id,
               "correlation_id": settings.correlation_id, "event_file": settings.event_file}
    else:
        # Refused: mask the secrets resolved before the problem, and honour the ids, event
        # file and log settings that were settled.
        masker = Masker(s.value for s in partial.get("secrets", ()))
        ids = {k: partial.get(k) for k in ("job_id", "worker_id", "correlation_id", "event_file")}
    return settings, problem, partial, masker, ids


def refused(argv: list[str], problem: Any, command: str | None = None,
            workdir: str | None = None) -> Observation:
    """The observation of a run of ``argv`` (or of ``command``, for a plan) refused before
    anything started."""
    from ..classify import Observation

    return Observation(_salvaged_command(argv) if command is None else command, (),
                       workdir or os.getcwd(), pre_spawn_error=problem)


def broken(argv: Sequence[str], workdir: str | None, masker: Masker, exc: BaseException) -> Observation:
    """The observation of a run of ``argv`` whose supervision broke (its job stopped by
    then, if it had started)."""
    from ..classify import Observation

    return Observation(argv[0] if argv else "", tuple(argv[1:]), workdir or os.getcwd(),
                       internal_error=masker.text(f"{type(exc).__name__}: {exc}"))


def save_event(path: str, data: dict[str, Any], masker: Masker, sync: bool = True) -> None:
    """Writes the event file (:func:`write_event_file`); a failure is logged and said on
    stderr, never raised: the run's outcome is still told by its exit status."""
    try:
        write_event_file(path, data, sync)
    except UnsafeFile as exc:
        log.error("event_file.refused", path=path, error=str(exc))
        say(f"hodei-run: the event file was not written: {masker.text(str(exc))}\n")
    except OSError as exc:
        log.error("event_file.write_failed", path=path, error=str(exc))
        say(f"hodei-run: cannot write the event file {masker.text(path)}: {exc.strerror}\n")

"""A run of hodei-run from its command line: settle, supervise, report, deliver."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence

from .. import _logging
from .._masking import Masker
from .._nonblocking import say
from ..supervise import Reaper, become_subreaper, inherited_fds, supervise
from ._report import broken, conclude, exit_status, launch, log, refused, save_event, settle


def _load_reporting() -> None:
    """Imports what records the run and turns it into the event (the observation, the
    classifier, the event shapes) while the job's process joins its cgroups: time the kernel
    makes us wait anyway."""
    with contextlib.suppress(Exception):  # imported again where used, and raised there
        from .. import events  # noqa: F401 - the event shapes and the summary line
        from ..classify import Observation, classify  # noqa: F401 - loaded on first use


def _save_termination_log(path: str, summary: str, data: dict[str, object],
                          masker: Masker) -> None:
    """Writes the termination message (``--termination-log``); a failure is said on stderr,
    never raised: the run's outcome is still told by its exit status."""
    from ._termination import TerminationLogError, write

    try:
        write(path, summary, data)
    except TerminationLogError as exc:
        say(f"hodei-run: the termination log was not written: {masker.text(str(exc))}\n")
    except OSError as exc:
        say(f"hodei-run: cannot write the termination log {masker.text(path)}: {exc.strerror}\n")


def run_command(argv: list[str], environ: dict[str, str] | None = None,
                early_signals: Sequence[int] = (), sweep_stale: bool = True) -> int:
    """Runs hodei-run; returns its exit status. ``early_signals`` (still growing until the
    supervisor's own handlers are in place) holds terminations received while starting;
    ``sweep_stale``: see :attr:`Launch.sweep_stale`."""
    env = dict(os.environ if environ is None else environ)
    given_fds = inherited_fds()  # before we open any of our own (those are close-on-exec)
    settings, problem, partial, masker, ids = settle(argv, env)
    if settings is not None:
        _logging.configure(settings.log_level if not settings.quiet else "error",
                           settings.log_format, masker)
    else:
        _logging.configure(partial.get("log_level") or "warning", partial.get("log_format"), masker)
    publish = settings.publish if settings is not None else partial.get("publish")

    if settings is None:
        assert problem is not None
        obs = refused(argv, problem)
    else:
        become_subreaper()
        spec = launch(settings, given_fds, sweep_stale)
        try:
            obs = supervise(spec, Reaper(), early_signals=early_signals, meanwhile=_load_reporting)
        except Exception as exc:  # the supervisor broke; the job is already stopped by now
            log.exception("supervisor.failed")
            obs = broken(spec.argv, spec.workdir, masker, exc)

    from ..events import from_dict, summary_line

    event, data = conclude(obs, masker, ids)
    if ids.get("event_file"):
        save_event(str(ids["event_file"]), data, masker)
    summary = summary_line(from_dict(data))
    termination_log = settings.termination_log if settings else partial.get("termination_log")
    if termination_log:
        _save_termination_log(termination_log, summary, data, masker)
    if settings is None or not settings.quiet:  # a refusal is always said, even with --quiet
        # The job's stderr may have ended mid-line; the summary starts a line of its own.
        newline = "\n" if obs.stderr_tail and not obs.stderr_tail.endswith(b"\n") else ""
        say(newline + summary + "\n")
    if publish is not None:  # after the summary: the outcome is known before delivery ends
        from ._publish import deliver

        deliver(publish, data)
    return exit_status(event)

"""hodei-run's delivery of its event to the control plane (and ``hodei-run flush``'s).

The event is committed to the spool (the outbox on disk) before anything is sent, then sent
and waited for up to ``--publish-timeout``; what is not acknowledged by then stays in the
spool for ``hodei-run flush`` (or the next run's publisher) to deliver. Delivery never changes
the job's exit status. gRPC is imported here only, and only when a control plane is named.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Mapping

from .. import _logging
from .._frozen import frozen
from .._ids import uuid4
from .._nonblocking import say

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from typing import Any, Final

    from ..transport import Endpoint

log = _logging.get_logger("hodei.publish")

DEFAULT_PUBLISH_TIMEOUT_MS: Final = 10_000
SYSTEM_SPOOL: Final = "/var/spool/hodei-worker"
_INTERRUPTING: Final = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def default_spool_dir(environ: Mapping[str, str]) -> str:
    """``/var/spool/hodei-worker`` for root; ``$XDG_STATE_HOME/hodei-worker/spool`` (or
    ``~/.local/state/hodei-worker/spool``) for anyone else, so it works unprivileged."""
    if os.geteuid() == 0:
        return SYSTEM_SPOOL
    state = environ.get("XDG_STATE_HOME") or os.path.join(
        environ.get("HOME") or os.path.expanduser("~"), ".local", "state")
    return os.path.join(state, "hodei-worker", "spool")


@frozen
class PublishSettings:
    """Where the final event goes, and how long hodei-run waits for its acknowledgement."""

    endpoint: Endpoint
    spool_dir: str
    timeout_ms: int


def publish_settings(values: Mapping[str, Any], environ: Mapping[str, str],
           invalid: Callable[[str, str], Exception]) -> PublishSettings | None:
    """The publish settings from resolved option values (``None`` without a control plane);
    every file is read and every rule checked now, before anything runs. ``invalid(subject,
    message)`` makes the error to raise."""
    address = values.get("control_plane")
    if not address:
        for key in ("tls_ca", "tls_cert", "tls_key", "token_file"):
            if values.get(key):
                raise invalid("--" + key.replace("_", "-"), "needs --control-plane")
        return None
    from ..transport import AddressError, endpoint

    try:
        ep = endpoint(address, tls_ca=values.get("tls_ca"), tls_cert=values.get("tls_cert"),
                      tls_key=values.get("tls_key"), token_file=values.get("token_file"),
                      insecure=bool(values.get("insecure")))
    except AddressError as exc:
        raise invalid(exc.option, exc.reason) from None
    spool = values.get("spool_dir") or default_spool_dir(environ)
    timeout = values.get("publish_timeout")
    return PublishSettings(ep, spool, DEFAULT_PUBLISH_TIMEOUT_MS if timeout is None else timeout)


def spool_event(spool_dir: str, data: Mapping[str, Any]) -> str:
    """Commits the (already masked) event to the spool; returns its event id. Raises
    SpoolError when the spool cannot take it."""
    from ..events import envelope, from_dict
    from ..transport import Outbox, Record

    event_id = uuid4()
    payload = envelope(from_dict(data), event_id).SerializeToString()
    with Outbox(spool_dir) as outbox:
        outbox.append([Record(event_id, str(data["job_id"]), payload)])
    return event_id


async def publish(settings: PublishSettings, job_id: str | None) -> tuple[int, str | None]:
    """Sends the spool's events (``job_id``'s only, when given) until none is left or the
    timeout; returns how many remain and the last failure."""
    import anyio

    from ..transport import Outbox, Publisher

    with Outbox(settings.spool_dir) as outbox:
        publisher = Publisher(outbox, settings.endpoint, job_id=job_id)
        interrupted: list[str] = []
        async with anyio.create_task_group() as tg:
            async def stop_on_signal() -> None:
                # A termination while waiting for the acknowledgement ends the wait, not the
                # event: it stays in the spool.
                with anyio.open_signal_receiver(*_INTERRUPTING) as received:
                    async for sig in received:
                        interrupted.append(signal.Signals(sig).name)
                        tg.cancel_scope.cancel()

            tg.start_soon(stop_on_signal)
            with anyio.move_on_after(settings.timeout_ms / 1000 if settings.timeout_ms else None):
                await publisher.run(until_empty=True)
            tg.cancel_scope.cancel()
        error = f"interrupted by {interrupted[0]}" if interrupted else publisher.progress.last_error
        return outbox.count(job_id), error


def deliver(settings: PublishSettings, data: Mapping[str, Any]) -> None:
    """Spools the final event and waits for its acknowledgement; says so on stderr when it
    stays in the spool. Never raises: delivery does not change how the job ended."""
    import anyio

    from ..transport import SpoolError, TransportError

    job_id = str(data["job_id"])
    try:
        spool_event(settings.spool_dir, data)
    except SpoolError as exc:
        log.info("publish.spool_failed", spool=exc.path, error=exc.reason)
        say(f"hodei-run: cannot keep the event for the control plane: {exc}\n")
        return
    try:
        remaining, error = anyio.run(publish, settings, job_id)
    except TransportError as exc:
        remaining, error = 1, str(exc)
    except Exception as exc:  # a broken publisher must not turn into a traceback over the job
        log.exception("publish.failed")
        remaining, error = 1, f"{type(exc).__name__}: {exc}"
    if remaining:
        log.info("publish.not_acknowledged", address=settings.endpoint.address,
                 spool=settings.spool_dir, error=error)
        where = settings.endpoint.address
        if error and error.startswith("interrupted"):
            what = f"stopped waiting for the control plane at {where} ({error})"
        else:
            what = (f"the control plane at {where} did not acknowledge the event within "
                    f"{settings.timeout_ms / 1000:g}s{f' ({error})' if error else ''}")
        say(f"hodei-run: {what}; it stays in {settings.spool_dir}: deliver it with "
             f"'hodei-run flush --control-plane {where} --spool-dir {settings.spool_dir}'\n")

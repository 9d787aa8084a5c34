"""``hodei-run flush``: delivers every event a spool holds to the control plane."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from .. import _logging, run
from .._nonblocking import say

EXIT_UNDELIVERED: Final = 1
"""Events remain in the spool."""
EXIT_USAGE: Final = 2
"""Bad options."""

FLUSH_OPTIONS: Final = ("control-plane", "spool-dir", "publish-timeout", "tls-ca", "tls-cert",
                        "tls-key", "token-file", "insecure", "log-format", "log-level")


def flush(argv: list[str], environ: Mapping[str, str]) -> int:
    """``hodei-run flush``: delivers everything in a spool; exits 0 once it is empty."""
    import anyio

    from ..transport import TransportError

    options = [o for o in run.OPTIONS if o.name in FLUSH_OPTIONS]
    parser = run.build_parser(
        "hodei-run flush", options,
        description="Deliver every event a spool holds to the control plane; exit 0 once the "
                    "spool is empty, 1 while events remain.")

    def refused(subject: str, message: str) -> run.OptionError:
        return run.OptionError(subject, message, "flag")

    if run.wants_help(argv):
        parser.print_help()
        return 0
    try:
        given = run.read_flags(argv, options, " (see hodei-run flush --help)")
        # The [run] table of the config file, as hodei-run reads it.
        config_path, config = run.read_config(given.get("config"), environ, "run",
                                              [o.key for o in run.OPTIONS])
        values = {o.key: run.resolve(o, given.get(o.key), environ, config, config_path, "run")[0]
                  for o in options}
        if not values["control_plane"]:
            raise refused("--control-plane", "is required: where to deliver")
        settings = run.publish_settings(values, environ, refused)
    except run.OptionError as exc:
        say(f"hodei-run flush: {exc}\n")
        return EXIT_USAGE
    assert settings is not None
    _logging.configure(values["log_level"], values["log_format"])
    if not Path(settings.spool_dir, "outbox.sqlite3").exists():
        say(f"hodei-run flush: {settings.spool_dir} holds no spool: nothing to deliver\n")
        return 0
    try:
        remaining, error = anyio.run(run.publish, settings, None)
    except TransportError as exc:
        say(f"hodei-run flush: {exc}\n")
        return EXIT_UNDELIVERED
    if remaining:
        say(f"hodei-run flush: {remaining} event(s) remain in {settings.spool_dir}"
             f"{f' ({error})' if error else ''}\n")
        return EXIT_UNDELIVERED
    return 0

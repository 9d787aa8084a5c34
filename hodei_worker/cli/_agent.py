"""``hodei-worker agent``: its configuration, logging and exit statuses (the agent itself is
``hodei_worker.agent``)."""

from __future__ import annotations

import asyncio
import os
from typing import Final

from ..agent import ConfigError, load, parser

EX_CONFIG: Final = 78


def main(argv: list[str]) -> int:
    """``hodei-worker agent [OPTIONS]``; returns the exit status (0 once it has left, 78 for
    configuration and tokens that retrying cannot fix)."""
    if any(a in ("-h", "--help") for a in argv):
        parser().print_help()
        return 0
    from ..agent import Agent, Fatal, say

    try:
        config, level = load(argv, os.environ)
    except ConfigError as exc:
        say(f"ERR_1010 CONFIGURATION_ERROR {exc.key}: {exc.message}")
        return EX_CONFIG
    from .. import _logging

    _logging.configure(level, "json")
    try:
        return asyncio.run(Agent(config).run())
    except Fatal as exc:
        say(exc.line)
        return exc.status

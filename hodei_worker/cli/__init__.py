"""Thin entrypoints: argument parsing and exit statuses; the work happens elsewhere."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """``hodei-run``: ``explain [CODE]`` or ``[OPTIONS] -- COMMAND [ARG...]``."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["explain"]:
        from ._explain import explain

        try:
            return explain(args[1:])
        except BrokenPipeError:  # `hodei-run explain | head`: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from ._run import run_command

    return run_command(args)

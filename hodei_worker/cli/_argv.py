"""Command lines read as people write them: an option's value may start with ``-``."""

from __future__ import annotations

import argparse


def value_flags(p: argparse.ArgumentParser) -> set[str]:
    """The options of ``p`` (and of its subcommands) that take one value."""
    flags: set[str] = set()
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                flags |= value_flags(sub)
        elif action.nargs is None and action.option_strings:
            flags.update(action.option_strings)
    return flags


def joined(argv: list[str], takes: set[str]) -> list[str]:
    """``argv`` with each option in ``takes`` joined to its value (``--drain-timeout=-1s``):
    argparse would take a value that starts with ``-`` for an option of its own."""
    out: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            out += [word, *words]
            break
        following = next(words, None) if word in takes else None
        out.append(word if following is None else f"{word}={following}")
    return out

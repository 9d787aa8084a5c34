"""The one options engine of every command: a table of options, each a flag (``--kill-grace``),
a variable (``HODEI_KILL_GRACE``) and a key of the command's table in the config file
(``[run] kill_grace``), read in that order of precedence, parsed by the option's own function.

Anything wrong raises :class:`OptionError` naming the flag, variable or key, and saying which
of the three it came from; each command turns it into its own refusal (an event for hodei-run,
one line and exit 78 for the daemon, 2 for the control plane's commands).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence

from .._frozen import frozen
from ._files import UnsafeFile, read_regular

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    import argparse
    from typing import Any, Final

DEFAULT_CONFIG: Final = "/etc/hodei/worker.toml"
"""The config file of every command, unless ``--config`` or ``$HODEI_CONFIG`` names another."""
FLAG: Final = "flag"
ENV: Final = "env"
CONFIG: Final = "config"


class OptionError(Exception):
    """A bad option: ``subject`` names it (``--timeout``, ``HODEI_TIMEOUT``, ``run.timeout`` or
    ``config``), ``origin`` is where it came from (:data:`FLAG`, :data:`ENV`, :data:`CONFIG`)."""

    def __init__(self, subject: str, message: str, origin: str) -> None:
        super().__init__(f"{subject}: {message}")
        self.subject = subject
        self.message = message
        self.origin = origin


@functools.cache
def _spellings(name: str) -> tuple[str, str, str]:
    """An option's flag, variable and key, spelled once."""
    return f"--{name}", "HODEI_" + name.upper().replace("-", "_"), name.replace("-", "_")


@frozen
class Option:
    """One setting: its name is the flag (``--kill-grace``), the variable (``HODEI_KILL_GRACE``)
    and the config key (``kill_grace``)."""

    name: str
    parse: Callable[[str], Any]
    default: Any
    help: str
    kind: str = "value"
    """``value``, ``flag`` (no argument), ``list`` (repeatable) or ``map`` (``K=V,K=V``; a
    table in the config file)."""
    metavar: str | None = None

    @property
    def flag(self) -> str:
        return _spellings(self.name)[0]

    @property
    def env(self) -> str:
        return _spellings(self.name)[1]

    @property
    def key(self) -> str:
        return _spellings(self.name)[2]


def parse_flag(text: str) -> bool:
    """A yes/no value: ``1``/``true``/``yes``/``on`` or ``0``/``false``/``no``/``off``/empty."""
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"{text!r} is not true or false")


def parse_text(text: str) -> str:
    """Any text but the empty one, without NUL."""
    if not text:
        raise ValueError("must not be empty")
    if "\0" in text:
        raise ValueError("holds a NUL byte")
    return text


def choice(*allowed: str) -> Callable[[str], str]:
    """A parser that takes one of ``allowed``, as written."""
    def parse(text: str) -> str:
        if text not in allowed:
            raise ValueError(f"{text!r} is not {', '.join(allowed[:-1])} or {allowed[-1]}")
        return text
    return parse


def split_command(words: Sequence[str], options: Iterable[Option]) -> tuple[list[str], list[str] | None]:
    """A command line's options and the command after them: options end at ``--`` or at the
    first word that is neither an option nor an option's value (as ``env``, ``nice`` and
    ``timeout`` read theirs), so the command's own options are never taken for ours. The
    command is None when none was given."""
    takes = {o.flag for o in options if o.kind != "flag"} | {"--config"}
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            return list(words[:i]), list(words[i + 1:])
        if not word.startswith("-") or word == "-":
            return list(words[:i]), list(words[i:])
        i += 2 if word in takes else 1
    return list(words), None


def read_flags(words: Sequence[str], options: Iterable[Option], hint: str = "",
               words_out: list[str] | None = None) -> dict[str, Any]:
    """The options given on a command line: key → the flag's text (``"true"`` for a flag,
    a list for a repeatable option), for those given; ``config`` for ``--config``. Each option
    is spelled whole, its value after ``=`` or as the next word (whatever that word is: the
    option's parser judges it). A word that is no option is refused, or kept in ``words_out``
    when one is given. Raises OptionError naming the word at fault; ``hint`` ends the message
    of an unknown one."""
    by_flag = {o.flag: o for o in options}
    found: dict[str, Any] = {}
    i = 0
    while i < len(words):
        word = words[i]
        name, equals, value = word.partition("=")
        if name == "--config":
            option: Option | None = _CONFIG_OPTION
        else:
            option = by_flag.get(name)
        if option is None and words_out is not None and not word.startswith("-"):
            words_out.append(word)
            i += 1
            continue
        if option is None:
            what = "unknown option" if word.startswith("-") else "stray argument"
            raise OptionError(word, f"{what} {word!r}{hint}", FLAG)
        i += 1
        if option.kind == "flag":
            if equals:
                raise OptionError(name, "takes no value", FLAG)
            found[option.key] = "true"
            continue
        if not equals:
            if i >= len(words):
                raise OptionError(name, "expected a value after it", FLAG)
            value = words[i]
            i += 1
        if option.kind == "list":
            found.setdefault(option.key, []).append(value)
        else:
            found[option.key] = value
    return found


_CONFIG_OPTION: Final = Option("config", str, None, "the config file")


def wants_help(words: Sequence[str]) -> bool:
    """Whether the command line asks for help (``-h`` or ``--help`` among its options)."""
    return any(w in ("-h", "--help") for w in words)


def build_parser(prog: str, options: Iterable[Option], *, usage: str | None = None,
                 description: str | None = None, command: bool = False) -> argparse.ArgumentParser:
    """The help of a command line of ``options`` and ``--config`` (with the command's words
    after them when ``command``). Only help is read with it: :func:`read_flags` reads the
    options (argparse costs a run a few milliseconds it need not pay)."""
    import argparse

    class _Formatter(argparse.HelpFormatter):
        """argparse's formatter at a fixed width: argparse makes one for every option it
        adds, and each would ask the terminal for its size."""

        def __init__(self, prog: str) -> None:
            super().__init__(prog, width=78)

    class _Parser(argparse.ArgumentParser):
        """Help and usage, the only text shown, at the terminal's width."""

        def format_usage(self) -> str:
            self.formatter_class = argparse.HelpFormatter
            return super().format_usage()

        def format_help(self) -> str:
            self.formatter_class = argparse.HelpFormatter
            return super().format_help()

    p = _Parser(prog=prog, formatter_class=_Formatter, usage=usage, description=description,
                exit_on_error=False, allow_abbrev=False)
    for o in options:
        if o.kind == "flag":
            p.add_argument(o.flag, action="store_const", const="true", default=None, help=o.help)
        elif o.kind == "list":
            p.add_argument(o.flag, action="append", default=None, help=o.help, metavar=o.metavar)
        else:
            p.add_argument(o.flag, default=None, help=o.help, metavar=o.metavar)
    p.add_argument("--config", default=None, metavar="PATH",
                   help=f"the config file (default: $HODEI_CONFIG or {DEFAULT_CONFIG})")
    if command:
        p.add_argument("command", nargs=argparse.REMAINDER, help="the command and its arguments")
    return p


def read_config(explicit: str | None, environ: Mapping[str, str], table: str,
                known: Iterable[str]) -> tuple[str, dict[str, Any]]:
    """The config file's path and its ``[table]``, whose keys must all be ``known``: the file
    ``explicit`` names, else ``$HODEI_CONFIG`` (both must exist), else :data:`DEFAULT_CONFIG`
    if it exists. Raises OptionError."""
    path = explicit or environ.get("HODEI_CONFIG") or DEFAULT_CONFIG
    required = bool(explicit or environ.get("HODEI_CONFIG"))
    if not required and not os.path.exists(path):  # the usual case, without loading a parser
        return path, {}
    import tomllib

    def refused(message: str, subject: str = "config") -> OptionError:
        return OptionError(subject, message, CONFIG)

    if "\0" in path:
        raise refused("the config file's path holds a NUL byte")
    try:
        data = tomllib.loads(read_regular(path).decode("utf-8"))
    except FileNotFoundError:
        if required:
            raise refused(f"config file {path} does not exist") from None
        return path, {}
    except UnsafeFile as exc:
        raise refused(f"cannot use the config file: {exc}") from None
    except UnicodeDecodeError:
        raise refused(f"{path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise refused(f"{path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise refused(f"cannot read {path}: {exc.strerror}") from None
    found = data.get(table, {})
    if not isinstance(found, dict):
        raise refused(f"{path}: [{table}] must be a table", table)
    allowed = set(known)
    for key in found:
        if key not in allowed:
            raise refused(f"{path}: unknown key {key!r}", f"{table}.{key}")
    return path, found


def _scalar(value: Any) -> bool:
    return isinstance(value, (bool, int, float, str))


def _config_text(value: Any) -> str:
    """A TOML scalar as the text a flag would have had (``true``, ``30``, ``0.5``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) > 10**15:
        raise TypeError("is too large a number")
    return str(value)


def config_values(option: Option, value: Any) -> list[str]:
    """A config value as the strings a flag would have had. Raises TypeError."""
    if option.kind in ("list", "map") and isinstance(value, dict) and all(
            _scalar(v) for v in value.values()):
        pairs = [f"{k}={_config_text(v)}" for k, v in value.items()]
        return pairs if option.kind == "list" else [",".join(pairs)]
    if option.kind == "list":
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        raise TypeError("must be a table of strings or a list of strings")
    if _scalar(value):
        return [_config_text(value)]
    raise TypeError(f"must be a string or a number, not {type(value).__name__}")


def resolve(option: Option, given: Any, environ: Mapping[str, str], config: Mapping[str, Any],
            config_path: str, table: str) -> tuple[Any, tuple[str, str] | None]:
    """The option's value from the first source that sets it (``given`` on the command line,
    its variable, its key in ``config``), parsed; and that source, as (subject, origin), or
    None for the default. Raises OptionError naming the flag, variable or key."""
    if given is not None:
        raw, subject, origin = (given if isinstance(given, list) else [given]), option.flag, FLAG
    elif option.env in environ:
        value = environ[option.env]
        raw = [v for v in value.splitlines() if v] if option.kind == "list" else [value]
        subject, origin = option.env, ENV
    elif option.key in config:
        subject, origin = f"{table}.{option.key}", CONFIG
        try:
            raw = config_values(option, config[option.key])
        except TypeError as exc:
            raise OptionError(subject, f"{config_path}: {exc}", origin) from None
    else:
        return option.default, None
    try:
        parsed = [option.parse(v) for v in raw]
    except (ValueError, OverflowError) as exc:
        where = f"{config_path}: " if origin == CONFIG else ""
        raise OptionError(subject, f"{where}{exc}", origin) from None
    return (tuple(parsed) if option.kind == "list" else parsed[-1]), (subject, origin)

"""A run: its settings (from hodei-run's command line, ``HODEI_*`` variables and the config
file, or from a control plane's ``JobSpec`` through a :class:`Plan`), and its report (secrets
masked, classified, the event written and delivered). hodei-run and the supervisor host both
run jobs through it.

Names load on first use: hodei-run's start-up imports only what a run needs before its job
starts.
"""

from __future__ import annotations

from .. import lazy_attributes

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ._command import run_command
    from ._files import UnsafeFile, kind_of
    from ._jobspec import (
        JOB_MARKER,
        MAX_SPEC_BYTES,
        job_base_env,
        plan_from_spec,
        spec_problem,
        with_base_env,
    )
    from ._options import (
        DEFAULT_CONFIG,
        Option,
        OptionError,
        build_parser,
        choice,
        parse_flag,
        parse_text,
        read_config,
        read_flags,
        resolve,
        split_command,
        wants_help,
    )
    from ._plan import Plan, SecretSource, plan_from_dict, plan_to_dict
    from ._publish import PublishSettings, deliver, publish, publish_settings
    from ._report import (
        broken,
        conclude,
        exit_status,
        launch,
        mask_event,
        refused,
        save_event,
        settle,
        settle_plan,
        write_event_file,
    )
    from ._settings import OPTIONS, InputError, Settings, from_plan, help_text, load, split_argv

_LAZY = {
    "run_command": "_command",
    "UnsafeFile": "_files", "kind_of": "_files",
    "JOB_MARKER": "_jobspec", "plan_from_spec": "_jobspec", "spec_problem": "_jobspec",
    "MAX_SPEC_BYTES": "_jobspec", "job_base_env": "_jobspec", "with_base_env": "_jobspec",
    "Plan": "_plan", "SecretSource": "_plan", "plan_from_dict": "_plan", "plan_to_dict": "_plan",
    "PublishSettings": "_publish", "deliver": "_publish", "publish": "_publish",
    "publish_settings": "_publish",
    "broken": "_report", "conclude": "_report", "exit_status": "_report", "launch": "_report",
    "mask_event": "_report", "settle": "_report", "refused": "_report", "save_event": "_report",
    "settle_plan": "_report", "write_event_file": "_report",
    "OPTIONS": "_settings", "InputError": "_settings", "Settings": "_settings",
    "from_plan": "_settings", "help_text": "_settings", "load": "_settings",
    "split_argv": "_settings", "read_flags": "_options", "split_command": "_options", "wants_help": "_options",
    "DEFAULT_CONFIG": "_options", "Option": "_options", "OptionError": "_options",
    "build_parser": "_options", "choice": "_options", "parse_flag": "_options",
    "parse_text": "_options", "read_config": "_options", "resolve": "_options",
}


__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "JOB_MARKER",
    "MAX_SPEC_BYTES",
    "DEFAULT_CONFIG",
    "OPTIONS",
    "InputError",
    "Option",
    "OptionError",
    "Plan",
    "PublishSettings",
    "SecretSource",
    "Settings",
    "UnsafeFile",
    "broken",
    "build_parser",
    "choice",
    "conclude",
    "deliver",
    "exit_status",
    "job_base_env",
    "from_plan",
    "help_text",
    "kind_of",
    "launch",
    "load",
    "mask_event",
    "plan_from_dict",
    "plan_from_spec",
    "plan_to_dict",
    "publish",
    "publish_settings",
    "read_config",
    "read_flags",
    "refused",
    "resolve",
    "run_command",
    "save_event",
    "settle",
    "settle_plan",
    "spec_problem",
    "split_argv",
    "split_command",
    "wants_help",
    "with_base_env",
    "parse_flag",
    "parse_text",
    "write_event_file",
]

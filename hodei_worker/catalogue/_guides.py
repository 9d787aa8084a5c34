"""Troubleshooting guides: symptoms, diagnosis, fixes and actions for each error code."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._model import Group, Guide

GUIDES: Final[Mapping[str, Guide]] = {
    "ERR_1001": Guide(
        symptoms=(
            "The job stops at once, before doing any of its work",
            "stderr shows 'command not found' or '<name>: not found'",
            "Exit status 127: exec found no program by that name",
        ),
        diagnosis=(
            "Take the program name from stderr and check it for typos",
            "Run command -v <name> as the worker user to see if PATH resolves it",
            "Compare the job's PATH, --env overrides included, with the program's location",
            "For a script, check that the interpreter on its #! line exists",
        ),
        fixes=(
            "command -v <name> || echo 'not on PATH'",
            'echo "$PATH"; ls -l /usr/local/bin/<name>',
            "hodei-run --env PATH=/opt/tool/bin:/usr/bin:/bin -- <name>",
            "sudo apt-get install -y <package>",
        ),
        actions=(
            "Install the missing program on the worker or in its image",
            "Call the program by its absolute path",
            "Add the program's directory to the job's PATH",
        ),
        typical_exit_code="127",
    ),
    "ERR_1002": Guide(
        symptoms=(
            "stderr shows 'Permission denied' (EACCES) or 'Operation not permitted'",
            "Exit status 126: the program exists but could not be executed",
            "The failure happens on the first read, write or exec of the named path",
        ),
        diagnosis=(
            "Take the path and the operation (read, write, execute) from the event",
            "Check the file's owner and mode, and its execute bit if the job runs it",
            "Check that every parent directory lets the worker user traverse it (x bit)",
            "Check the mount is not noexec and that SELinux or AppArmor allow the access",
        ),
        fixes=(
            "ls -la /path/to/script.sh && id",
            "chmod +x /path/to/script.sh",
            "namei -l /path/to/script.sh",
            "findmnt -T /path/to/script.sh -o TARGET,OPTIONS",
        ),
        actions=(
            "Give the worker user the access the job needs",
            "Set the execute bit on scripts the job runs",
            "Let the worker user traverse every parent directory",
            "Move scripts off noexec mounts or run them through their interpreter",
        ),
        typical_exit_code="126",
    ),
    "ERR_1003": Guide(
        symptoms=(
            "stderr shows 'No such file or directory' (ENOENT)",
            "Exit status 2, which many tools use when an input file is absent",
            "The job cannot start at all when its working directory is missing",
        ),
        diagnosis=(
            "Take the missing path from stderr or the event and check its spelling",
            "Confirm the working directory exists and is the one the job expects",
            "Resolve relative paths against that directory, not your own shell's",
            "Check that an earlier step really created the file before this one ran",
        ),
        fixes=(
            "ls -la /expected/path/file.csv",
            "hodei-run --workdir /srv/jobs/build -- ./run.sh",
            "mkdir -p /expected/path",
            "realpath -m data/input.csv",
        ),
        actions=(
            "Correct the path named in the error",
            "Use absolute paths or set the working directory explicitly",
            "Create the directories the job needs before it uses them",
            "Make sure the step that produces the file runs first",
        ),
        typical_exit_code="2",
    ),
    "ERR_1004": Guide(
        symptoms=(
            "fork or exec fails with EAGAIN, ENOMEM or EMFILE before the program runs",
            "stderr may show 'Resource temporarily unavailable' or 'Too many open files'",
            "No exit status: the process never started (the platform reports -1)",
        ),
        diagnosis=(
            "Read the errno in the event: EAGAIN, ENOMEM and EMFILE hit different limits",
            "For EAGAIN, compare the process count with ulimit -u and the cgroup pids.max",
            "For ENOMEM, check free memory and the memory limit of the job's cgroup",
            "For EMFILE, compare the open descriptors with the soft nofile limit",
        ),
        fixes=(
            "ulimit -a && cat /proc/<pid>/limits",
            "free -m && ls /proc/<pid>/fd | wc -l",
            "hodei-run --pids 1024 --memory 2G -- ./job.sh",
            "worker soft nofile 65536   # line in /etc/security/limits.conf",
        ),
        actions=(
            "Check how much memory and how many processes the worker has free",
            "Raise the pid, memory or open-file limit that was reached",
            "Look for runaway processes or leaked descriptors on the worker",
            "Retry once the worker has spare capacity",
        ),
        typical_exit_code=None,
    ),
    "ERR_1005": Guide(
        symptoms=(
            "The job was still running when its time limit ran out",
            "hodei-run sent SIGTERM to the whole job, then SIGKILL after the grace period",
            "Exit status 124, the same value the timeout(1) command uses",
        ),
        diagnosis=(
            "Compare this run's duration with earlier runs of the same job",
            "Look at the last output before the kill for a hung or slow step",
            "Check for waits on the network, a lock or input that never arrives",
            "Check whether the worker was short of CPU, memory or disk I/O at the time",
        ),
        fixes=(
            "hodei-run --timeout 2h -- ./job.sh",
            "hodei-run --timeout 30m --kill-grace 1m -- ./job.sh",
            "time ./job.sh",
            "trap 'cleanup; exit 143' TERM   # in the script, to stop cleanly",
        ),
        actions=(
            "Raise the timeout if the job really needs longer",
            "Find and speed up the slow step",
            "Check the job for endless loops or waits",
            "Split a long job into shorter steps",
        ),
        typical_exit_code="124",
    ),
    "ERR_1006": Guide(
        symptoms=(
            "The job ends abruptly without reporting an error of its own",
            "Exit status 128+N: 137 for SIGKILL, 143 for SIGTERM, 139 for SIGSEGV",
            "Status 137 by itself cannot tell an OOM kill from an outside kill -9",
        ),
        diagnosis=(
            "Work out the signal: the status minus 128, or the signal named in the event",
            "For SIGKILL, check the event: hodei-run reads the cgroup OOM-kill counter",
            "If no OOM kill was counted, look for an outside sender: a person or a script",
            "For SIGSEGV or SIGABRT, look for a crash in the program or a core dump",
        ),
        fixes=(
            "dmesg -T | grep -i -E 'oom|killed process'",
            "grep oom_kill /sys/fs/cgroup/<job-cgroup>/memory.events",
            "hodei-run --memory 4G -- ./job.sh",
            "coredumpctl list",
        ),
        actions=(
            "Raise the memory limit if the job was OOM-killed",
            "Look for memory leaks or oversized inputs in the job",
            "Find out who sent the signal if it came from outside",
            "Handle SIGTERM in job scripts so they exit cleanly",
        ),
        typical_exit_code="128+N (137 for SIGKILL, 143 for SIGTERM)",
    ),
    "ERR_1007": Guide(
        symptoms=(
            "The command ran to its end but reported failure",
            "Exit status between 1 and 125, with a meaning the program defines",
            "stderr usually explains the failure in the program's own words",
        ),
        diagnosis=(
            "Read the stderr tail in the event for the program's error message",
            "Look up what that exit status means in the program's documentation",
            "In a script or pipeline, find which step returned the status",
            "Rerun that step by hand with the same environment and working directory",
        ),
        fixes=(
            './script.sh 2>&1 | tee job.log; echo "exit=${PIPESTATUS[0]}"',
            "set -euo pipefail   # at the top of bash scripts",
            "bash -x ./script.sh",
        ),
        actions=(
            "Read the job's output for the program's error message",
            "Check what the exit status means for this program",
            "Fix the failing step in the job",
            "Make scripts stop and report at the first failing step",
        ),
        typical_exit_code="1-125",
    ),
    "ERR_1008": Guide(
        symptoms=(
            "The worker or its supervisor failed, not the job's own command",
            "The event points at hodei-run or the worker host rather than the program",
            "Often transient: the same job succeeds when it runs again",
        ),
        diagnosis=(
            "Retry the job once; a passing fault in the worker rarely repeats",
            "Read the worker's own logs around the time of the failure",
            "Check the worker host: load, free memory, free disk and cgroup mounts",
            "Check that the worker can reach the control plane over the network",
        ),
        fixes=(
            "journalctl -u 'hodei*' --since '-1h'",
            "uptime && free -m && df -h",
            "findmnt -t cgroup2,cgroup",
        ),
        actions=(
            "Retry the job, as this is usually transient",
            "Review the worker's logs for the underlying fault",
            "Check the health of the worker host",
            "Report it to the operators if it keeps happening",
        ),
        typical_exit_code=None,
    ),
    "ERR_1009": Guide(
        symptoms=(
            "The job is rejected before anything runs",
            "The error names the field of the job definition that is invalid",
            "No process was started, so there is no exit status",
        ),
        diagnosis=(
            "Take the field name and the reason from the error",
            "Compare the field's value with the type and range it must have",
            "Check the other fields for the same kind of mistake before resubmitting",
        ),
        fixes=(
            "hodei-run --cpus 2 --memory 1G -- ./job.sh   # positive values, with units",
            "hodei-run --timeout 90s -- ./job.sh   # a duration with a unit",
            "hodei-run --env NAME=value -- ./job.sh   # KEY=VALUE, no spaces",
        ),
        actions=(
            "Correct the field named in the error",
            "Check the job definition against the expected format",
            "Resubmit once every field is valid",
        ),
        typical_exit_code=None,
    ),
    "ERR_1010": Guide(
        symptoms=(
            "hodei-run stops before starting the job and names a configuration key",
            "The error says which config file was read, /etc/hodei/worker.toml by default",
            "Every job on the worker that reads the same file can fail the same way",
        ),
        diagnosis=(
            "Take the key and the file from the error message",
            "Check that the file is valid TOML and readable by the worker user",
            "Check the key's spelling and that its value has the expected type",
            "Check whether --config pointed hodei-run at a different file",
        ),
        fixes=(
            "ls -l /etc/hodei/worker.toml",
            "python3 -c 'import sys,tomllib; tomllib.load(sys.stdin.buffer)' <worker.toml",
            "grep -n '<key>' /etc/hodei/worker.toml",
            "hodei-run --config /path/to/worker.toml -- ./job.sh",
        ),
        actions=(
            "Fix or add the configuration key named in the error",
            "Check the configuration file's syntax",
            "Make sure the worker reads the intended configuration file",
            "Ask an operator if the setting is managed centrally",
        ),
        typical_exit_code=None,
    ),
    "ERR_1011": Guide(
        symptoms=(
            "hodei-run could not resolve a secret and did not start the job",
            "The error names the secret and its source, never the secret's value",
            "The variable the job expects is missing from its environment",
        ),
        diagnosis=(
            "Take the secret's name and its source (file: or env:) from the error",
            "For a file: source, check the file exists and the worker user can read it",
            "For an env: source, check the variable is set in hodei-run's environment",
            "Check the --secret option reads NAME=file:PATH or NAME=env:VAR",
        ),
        fixes=(
            "ls -l /run/secrets/db_password",
            "sudo -u <worker-user> test -r /run/secrets/db_password && echo readable",
            'test -n "${DB_PASSWORD+x}" && echo set   # checks it, never prints it',
            "hodei-run --secret DB_PASSWORD=file:/run/secrets/db_password -- ./job.sh",
        ),
        actions=(
            "Create the secret at the source the job names",
            "Give the worker user read access to the secret",
            "Correct the job's --secret option",
            "Resubmit once the secret resolves",
        ),
        typical_exit_code=None,
    ),
    "ERR_1012": Guide(
        symptoms=(
            "stderr shows 'No space left on device' (ENOSPC) or 'Disk quota exceeded'",
            "Writes fail with 'Read-only file system' (EROFS)",
            "Reads or writes fail with 'Input/output error' (EIO) on a bad disk or share",
        ),
        diagnosis=(
            "Check free space and free inodes on the filesystem the job writes to",
            "Check whether that filesystem is mounted, or was remounted, read-only",
            "Check the worker user's disk quota if quotas are enabled",
            "Look in the kernel log for disk or network storage errors",
        ),
        fixes=(
            "df -h /path/to/output && df -i /path/to/output",
            "findmnt -T /path/to/output -o TARGET,SOURCE,OPTIONS",
            "quota -s",
            "dmesg -T | grep -i -E 'i/o error|ext4|xfs|nfs'",
        ),
        actions=(
            "Free space or inodes on the full filesystem",
            "Check the storage is mounted read-write",
            "Test that the job's directories are writable",
            "Report disk or storage faults to the operators",
        ),
        typical_exit_code="1-125",
    ),
    "ERR_1099": Guide(
        symptoms=(
            "The job failed but no classification rule matched it",
            "The event carries the stderr tail and the classifier's evidence",
            "Any exit status is possible",
        ),
        diagnosis=(
            "Read the stderr tail in the event for the real error message",
            "Read the event's classification evidence to see what was observed",
            "Check whether a known code should have matched (hodei-run explain CODE)",
            "Reproduce the run by hand with the same command, directory and environment",
        ),
        fixes=(
            "hodei-run explain ERR_1099",
            './job.sh 2>&1 | tail -n 50; echo "exit=${PIPESTATUS[0]}"',
            "dmesg -T | tail -n 50",
        ),
        actions=(
            "Read the stderr tail and the classification evidence in the event",
            "Reproduce the failure by hand to find its cause",
            "Report the event so a classification rule can be added",
        ),
        typical_exit_code=None,
    ),
}
"""Guides for the execution codes, keyed by ``ERR_nnnn``."""

GROUP_GUIDES: Final[Mapping[Group, Guide]] = {
    Group.SCHEDULING: Guide(
        symptoms=(
            "The job never reaches a worker: scheduling failed before dispatch",
            "No provider is available, suitable, healthy or has room for the job",
            "No process ran, so there is no exit status",
        ),
        diagnosis=(
            "Check whether any provider is available and healthy at all",
            "Compare the job's CPU, memory and label needs with what providers offer",
            "Check whether suitable providers are simply full right now",
            "For an internal scheduler error (ERR_4006), escalate to operators at once",
        ),
        fixes=(
            "nproc && free -h   # what one worker can offer",
            "hodei-run --cpus 1 --memory 1G -- ./job.sh   # ask for less",
        ),
        actions=(
            "Check which providers are available",
            "Review the job's resource requirements",
            "Relax the job's scheduling constraints where possible",
            "Wait for capacity to free up, then resubmit",
        ),
        typical_exit_code=None,
    ),
}
"""Guides shared by every code of a group, used where a code has none of its own."""

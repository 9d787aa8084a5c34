"""Starting the job's main process inside its cgroups, and turning the OS's refusal into a
SpawnFailure.

The job must be counted in its cgroups from its first instruction, so it joins them itself,
between fork and exec (``_exec.become``): the supervisor never moves its own process, so any
number of supervisions can spawn at once in one process. Python code may run between fork and
exec only where no other thread can hold a lock the child would need, so :func:`spawn` picks
one of four ways, each a module of its own:

- **plain** (``_start_plain``), when there is no cgroup to join: ``subprocess``'s C code forks (vfork where it
  can) and executes without running any Python in the child, safe beside any thread;
- **fork** (``_start_fork``), when this process has exactly one thread (``/proc/self/task``) and it is the main
  one: nothing else can create a thread while that one is busy here, so the forked copy is a
  consistent single-threaded process (hodei-run spawns this way: its relays start later);
- **exec trampoline** (``_start_trampoline``), otherwise (a daemon with relay threads and an event loop): a fresh
  interpreter runs ``_exec.py`` (built-in modules only, a few ms), started by ``subprocess``'s
  C code, which runs no Python in the child, so it is safe beside any number of threads.

The last two run the same child code (``_exec.become``), and so does the fourth, for a
supervisor host that has a **spawner** (``_spawner``): a small process that clones the child
for the host, as the host's own child, from far fewer pages than a fork of the host copies.

Exec failures come back as ``subprocess`` reports them (an OSError with the precise errno and
the path) over a close-on-exec pipe; a failure to join a cgroup is the supervisor's own
(:class:`SpawnSetupError`), never the job's. Not chosen: ``clone3`` with ``CLONE_INTO_CGROUP``
covers cgroup v2 only (the memory controller is often still on v1) and, called through ctypes,
returns into Python in the child just as ``fork`` does; moving the supervisor itself into the
job's cgroups for the spawn serialises concurrent spawns and charges the supervisor's threads.

Measured on the development host (v1 memory, v2 membership; medians of 30 spawns of
``true``): plain 2 ms; fork into the cgroups 15 ms; trampoline into them 39 ms; the former way
(the supervisor moving itself in and out around a ``Popen``) 14 ms. Joining costs one RCU grace
period of the kernel's cgroup migration lock, whichever process migrates.

Call :func:`spawn` from the thread that reaps (the supervisor's own): it waits for the failed child
itself, and the reaper must not collect that exit first. It blocks until the child has
executed the job (the trampoline's start-up, a few ms, plus the cgroup migration).
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module: plain numbers, no enums
import contextlib
import errno
import os
import re
import stat
import threading
from collections.abc import Callable, Mapping, Sequence

from ..classify import SpawnStage
from ._reaper import Reaper
from ._spawner import Spawner
from ._wait import Steps, drive

TYPE_CHECKING = False  # ``typing`` is for the type checker: importing it costs every start-up
if TYPE_CHECKING:
    from ..classify import SpawnFailure


class SpawnSetupError(RuntimeError):
    """The child could not join the job's cgroups or be started at all: the supervisor's
    failure, not the job's."""


def _single_threaded() -> bool:
    """Whether the calling thread is this process's only one, and the main one."""
    try:
        alone = len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False
    return alone and threading.current_thread() is threading.main_thread()


def _found_first(candidates: list[bytes]) -> list[bytes]:
    """``candidates`` with the leading ones that do not exist moved last: the child's search
    then starts where the program is, instead of failing an exec per directory before it
    (each one costs the child more than a stat costs here). What runs, and the error when
    nothing can, are the same as for the search in order. A relative directory (looked up
    from the job's working directory, which is not this one's) stops the skipping."""
    for i, path in enumerate(candidates):
        if not os.path.isabs(path) or os.path.exists(path):
            return candidates[i:] + candidates[:i]
    return candidates


def _request(argv: Sequence[str], env: Mapping[str, str], workdir: str | None,
             cgroup_procs: Sequence[str], keep_fds: Sequence[int]) -> dict[str, object]:
    """What the child needs, as bytes (the trampoline gets it marshalled)."""
    encoded_env = {}
    for key, value in env.items():
        k = os.fsencode(key)
        if b"=" in k:
            raise ValueError("illegal environment variable name")
        encoded_env[k] = os.fsencode(value)
    program = os.fsencode(argv[0])
    if os.path.dirname(program):
        candidates = [program]
    else:  # the search execvpe does, on the job's PATH
        candidates = _found_first([os.path.join(os.fsencode(d), program)
                                   for d in os.get_exec_path(dict(env))])
    return {
        "procs": [os.fsencode(p) for p in cgroup_procs],
        "workdir": os.fsencode(workdir) if workdir is not None else None,
        "candidates": candidates,
        "argv": [os.fsencode(a) for a in argv],
        "env": encoded_env,
        "keep": sorted(keep_fds),
    }


def spawn(argv: Sequence[str], env: Mapping[str, str], workdir: str | None,
          stdout: int | None, stderr: int, cgroup_procs: Sequence[str] = (),
          keep_fds: Sequence[int] = (), meanwhile: Callable[[], None] | None = None,
          spawner: Spawner | None = None) -> int:
    """:func:`spawn_steps`, waiting on this thread for the child to report."""
    return drive(spawn_steps(argv, env, workdir, stdout, stderr, cgroup_procs, keep_fds, meanwhile,
                             spawner=spawner))


def spawn_steps(argv: Sequence[str], env: Mapping[str, str], workdir: str | None,
                stdout: int | None, stderr: int, cgroup_procs: Sequence[str] = (),
                keep_fds: Sequence[int] = (),
                meanwhile: Callable[[], None] | None = None,
                reaper: Reaper | None = None, stdin: int | None = None,
                spawner: Spawner | None = None) -> Steps[int]:
    """Starts ``argv`` (no shell) in a process group of its own, counted in the cgroups whose
    ``cgroup.procs`` files are given from its first instruction; stdin is ``stdin``, or
    inherited when it is None, as is stdout when ``stdout`` is None, and the descriptors ``keep_fds`` (above 2) at their
    numbers; every other descriptor is closed. Returns its pid, once it has executed the
    program.

    ``meanwhile`` runs while the child joins its cgroups (the kernel makes the first migration
    of a process wait for an RCU grace period, often 10 ms or more): work that does not need
    the job, done in that wait instead of after it. It must not raise.

    Raises OSError as ``subprocess.Popen`` does when the program cannot be started (errno,
    message, and the working directory or program as filename), SpawnSetupError when the
    child could not join a cgroup. While the child joins its cgroups and executes the job,
    it yields a wait for its report pipe: whoever drives it may do other work meanwhile.
    With a ``reaper``, the child is expected by it from its fork on (whoever reaps in that
    wait keeps its exit for it), and forgotten if it never became the job. With a
    ``spawner`` (a supervisor host's), the child is cloned by it when it can serve: same child
    code, same parent, fewer pages copied (see ``_spawner``)."""
    # Each way's module is loaded when first used: a process uses one or two of them.
    if not cgroup_procs:
        from ._start_plain import start_plain

        pid = start_plain(argv, env, workdir, stdout, stderr, keep_fds, stdin)
        if reaper is not None:
            reaper.expect(pid)
        if meanwhile is not None:
            _meanwhile(meanwhile, pid)
        return pid
    request = _request(argv, env, workdir, cgroup_procs, keep_fds)
    err_r, err_w = os.pipe()
    try:
        try:
            cloned = None
            if spawner is not None and not keep_fds:
                cloned = spawner.spawn(request, err_w, 0 if stdin is None else stdin,
                                       1 if stdout is None else stdout, stderr)
            if cloned is None and _single_threaded():
                from ._start_fork import start_forked

                pid = start_forked(request, err_w, stdout, stderr, stdin)
            elif cloned is None:
                from ._start_trampoline import start_trampolined

                try:
                    pid = start_trampolined(request, err_w, stdout, stderr, stdin)
                except OSError as exc:
                    if exc.filename is None:  # fork itself failed (EAGAIN, ENOMEM): the job's
                        raise                 # refusal, as for any other way
                    raise SpawnSetupError(f"cannot start the exec trampoline: {exc}") from exc
            else:
                pid = cloned
            if reaper is not None:  # before any wait: whatever reaps meanwhile keeps its exit
                reaper.expect(pid)
        finally:
            os.close(err_w)
        if meanwhile is not None:
            _meanwhile(meanwhile, pid)
        report = bytearray()
        while True:
            try:
                yield None, err_r
            except GeneratorExit:  # abandoned while the child starts: it must not run alone
                with contextlib.suppress(OSError):
                    os.kill(pid, _signal.SIGKILL)
                raise
            chunk = os.read(err_r, 64)
            if not chunk:
                break
            report += chunk
    finally:
        os.close(err_r)
    if not report:
        return pid
    if reaper is not None:
        reaper.forget(pid)
    else:
        os.waitpid(pid, 0)  # it has exited or is about to: nothing else may reap it
    stage, _, number_hex = bytes(report).partition(b":")
    number = int(number_hex or b"0", 16)
    if stage == b"cgroup" or number == 0:
        reason = os.strerror(number) if number else "unknown error"
        raise SpawnSetupError(f"the job's process could not be started at its {stage.decode()} "
                              f"stage: {reason}")
    filename = {b"chdir": workdir, b"exec": argv[0]}.get(stage)
    raise OSError(number, os.strerror(number), filename)


def _meanwhile(work: Callable[[], None], pid: int) -> None:
    """Runs ``work`` while the child ``pid`` starts; if it raises, the child (not yet anybody
    else's to stop) is killed and reaped before the error goes on."""
    try:
        work()
    except BaseException:
        for kill in (os.killpg, os.kill):  # its group, once it leads one; itself, before
            with contextlib.suppress(OSError):
                kill(pid, _signal.SIGKILL)
        os.waitpid(pid, 0)
        raise


def _interpreter(program: str) -> str | None:
    """The interpreter named on the ``#!`` line of ``program``, if it is a regular file that
    has one (never opening a FIFO or a device, which could block or have side effects)."""
    try:
        fd = os.open(program, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, 256).split(b"\n", 1)[0]
    except OSError:
        return None
    finally:
        os.close(fd)
    if not head.startswith(b"#!"):
        return None
    # As the kernel reads it: words split on spaces and tabs only, so a Windows line ending
    # stays part of the interpreter's name ("/bin/sh\r"), which is the whole diagnosis.
    words = [w for w in re.split(rb"[ \t]+", head[2:]) if w]
    return words[0].decode("utf-8", "replace") if words else None


def spawn_failure(exc: OSError, argv: Sequence[str], env: Mapping[str, str],
                  workdir: str | None) -> SpawnFailure:
    """What an OSError from :func:`spawn` means: which stage failed, on which path."""
    from ..classify import SpawnFailure
    number = exc.errno or 0
    message = exc.strerror or str(exc)
    program = argv[0]
    if workdir is not None and exc.filename == workdir and program != workdir:
        return SpawnFailure(number, SpawnStage.CHDIR, workdir, message)
    if exc.filename is None:
        return SpawnFailure(number, SpawnStage.FORK, program, message)
    if "/" in program:
        resolved: str | None = os.path.abspath(os.path.join(workdir or os.getcwd(), program))
    else:
        import shutil

        resolved = shutil.which(program, path=env.get("PATH", os.defpath))
    # ENOENT for a program that exists means its #! interpreter is missing.
    missing = number == errno.ENOENT and resolved is not None and os.path.exists(resolved)
    interpreter = _interpreter(resolved) if missing and resolved else None
    return SpawnFailure(number, SpawnStage.EXEC, resolved or program, message,
                        interpreter=interpreter)

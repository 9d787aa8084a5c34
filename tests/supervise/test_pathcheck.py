"""The check of the paths a failed job's stderr names: which tokens are looked at, and what a
real file system says about them (a read-only and a full tmpfs, a directory nobody may enter),
and the whole way through hodei-run, whose event then says why a tool's reasonless sentence
failed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Result

from hodei_worker.supervise import _pathcheck
from hodei_worker.supervise._pathcheck import check, checks, named_paths

CHECKER = Path(_pathcheck.__file__)
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _need_mounts() -> None:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare(1) to mount a tmpfs in a private mount namespace")


def _in_namespace(prepare: str, mount: Path, stderr_text: str, cwd: Path) -> list[dict[str, object]]:
    """The checker run as a script (as the corpus generator runs it) inside a private mount
    namespace where ``prepare`` mounted a tmpfs at ``mount``."""
    err = cwd / "stderr.txt"
    err.write_text(stderr_text)
    script = f'{prepare} && exec "{sys.executable}" "{CHECKER}" "{err}" "{cwd}"'
    out = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                         env={**os.environ, "M": str(mount)}, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return list(json.loads(out))


class TestNamedPaths:
    def test_quoted_bare_and_punctuated_paths(self) -> None:
        """Quoted and bare paths are taken without their quotes and punctuation, the last named
        first, with and without a ``:line:column``; words and URLs are not paths."""
        text = ("jpegtran: can't open /data/in.jpg for reading\n"
                "Erreur lors de l'ouverture du fichier « audio/intro.ogg ».\n"
                "see https://example.org/help; src/x.c:12:3: error\n")
        found = named_paths(text)
        assert found[:2] == ["src/x.c:12:3", "src/x.c"]
        assert "audio/intro.ogg" in found
        assert "/data/in.jpg" in found
        assert not [p for p in found if "://" in p or p in ("can't", "open", "for")]

    def test_a_word_written_on_after_a_colon_is_not_part_of_the_path(self) -> None:
        """A path followed by ":word" without a space (gcov's "x.gcno:cannot open notes file") is
        checked without the word too; a PATH-style list keeps its colons."""
        found = named_paths("/x/a.gcno:cannot open notes file\nPATH is /usr/bin:/bin\n")
        assert "/x/a.gcno" in found
        assert "/usr/bin:/bin" in found
        assert "/usr/bin" not in found

    def test_terminal_colours_are_not_part_of_a_path(self) -> None:
        """A path printed in colour is checked without the escape sequences around it."""
        found = named_paths("\x1b[31m[!] RollupError: Could not resolve \x1b[1msrc/main.js\x1b[22m\n")
        assert "src/main.js" in found
        assert not [p for p in found if "\x1b" in p]

    def test_bounded(self) -> None:
        """At most MAX_PATHS paths are checked, however many the tail names."""
        text = "\n".join(f"cannot open /d/f{i}.txt" for i in range(100))
        assert len(named_paths(text)) == _pathcheck.MAX_PATHS


class TestCheck:
    def test_missing_file_and_directory(self, tmp_path: Path) -> None:
        """A missing file in an existing writable directory, and one whose directory is missing."""
        missing = check("in.jpg", str(tmp_path))
        assert missing is not None
        assert (missing["exists"], missing["parent_exists"], missing["writable"]) == (False, True, True)
        gone = check("nowhere/in.jpg", str(tmp_path))
        assert gone is not None
        assert (gone["exists"], gone["parent_exists"]) == (False, False)

    def test_kernel_trees_are_not_looked_at(self, tmp_path: Path) -> None:
        """Paths below /proc, /sys and /dev are never checked."""
        assert check("/proc/self/status", str(tmp_path)) is None
        assert check("/dev/null", str(tmp_path)) is None

    def test_read_only_tmpfs(self, tmp_path: Path) -> None:
        """On a real read-only tmpfs, a file to be made there is missing, not writable, and its
        file system read-only."""
        _need_mounts()
        mount = tmp_path / "ro"
        mount.mkdir()
        found = _in_namespace('mount -t tmpfs -o size=64k,ro none "$M"', mount,
                              f"can't open {mount}/out.jpg for writing\n", tmp_path)
        (out,) = [c for c in found if c["path"] == f"{mount}/out.jpg"]
        assert (out["exists"], out["writable"], out["read_only"], out["full"]) == (False, False, True, False)

    def test_full_tmpfs(self, tmp_path: Path) -> None:
        """On a real tmpfs filled up, the file system is full."""
        _need_mounts()
        mount = tmp_path / "full"
        mount.mkdir()
        fill = 'mount -t tmpfs -o size=64k none "$M" && (dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null; true)'
        found = _in_namespace(fill, mount, f"Error opening output file {mount}/x.webp!\n", tmp_path)
        (out,) = [c for c in found if c["path"] == f"{mount}/x.webp"]
        assert (out["exists"], out["read_only"], out["full"]) == (False, False, True)

    def test_a_directory_the_user_may_not_enter(self, tmp_path: Path) -> None:
        """As nobody, a file below a root-only directory is neither known to exist nor readable."""
        if os.geteuid() != 0 or not shutil.which("setpriv"):
            pytest.skip("needs root and setpriv(1) to check as the user nobody")
        base = Path(tempfile.mkdtemp(prefix="hodei-pathcheck-"))  # pytest's own is root-only
        try:
            os.chmod(base, 0o755)
            private = base / "private"
            private.mkdir(mode=0o700)
            (private / "photo.jpg").write_bytes(b"x")
            err = base / "stderr.txt"
            err.write_text(f"can't open {private}/photo.jpg\n")
            os.chmod(err, 0o644)
            out = subprocess.run([*NOBODY, sys.executable, "-", str(err), "/"],
                                 input=CHECKER.read_text(), capture_output=True, text=True,
                                 timeout=60, check=True, cwd=base)
        finally:
            shutil.rmtree(base)
        (found,) = [c for c in json.loads(out.stdout) if c["path"] == f"{private}/photo.jpg"]
        assert (found["exists"], found["readable"]) == (None, False)

    def test_checks_of_a_tail(self, tmp_path: Path) -> None:
        """checks() looks at each path a tail names once, relative to the job's directory."""
        (tmp_path / "in.txt").write_text("x")
        found = {c["path"]: c for c in checks(b"cannot read in.txt\ncannot open out/x.txt\n", str(tmp_path))}
        assert found["in.txt"]["exists"] is True
        assert found["in.txt"]["readable"] is True
        assert found["out/x.txt"]["parent_exists"] is False


class TestThroughHodeiRun:
    def test_reasonless_write_on_a_read_only_mount(self, tmp_path: Path,
                                                  run_hodei: Callable[..., Result]) -> None:
        """A tool that only says it could not open its output, on a real read-only mount: the
        event says ERR_1012, decided by the check, and its evidence says the file system is
        read-only."""
        _need_mounts()
        mount = tmp_path / "ro"
        mount.mkdir()
        wrapper = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                   'mount -t tmpfs -o size=64k,ro none "$0" && exec "$@"', str(mount)]
        r = run_hodei("--", "sh", "-c", f"echo 'Error opening output WebP file {mount}/logo.webp!' >&2; exit 1",
                      wrapper=wrapper)
        assert r.event is not None
        assert r.event["error_code"] == "ERR_1012", r.event
        assert r.event["classification"]["rule"] == "stderr.checked"
        assert f"{mount}/logo.webp is on a read-only file system" in r.event["classification"]["evidence"]
        assert r.reason["path"] == f"{mount}/logo.webp"

    def test_the_text_decides_where_the_check_finds_nothing(self, tmp_path: Path,
                                                           run_hodei: Callable[..., Result]) -> None:
        """A missing input named by a reasonless sentence: ERR_1003, the check saying it is not
        there; a stated errno is never second-guessed by a check."""
        r = run_hodei("--", "sh", "-c", "echo \"can't open data/in.jpg\" >&2; exit 1", cwd=tmp_path)
        assert r.event is not None
        assert (r.event["error_code"], r.event["classification"]["rule"]) == ("ERR_1003", "stderr.checked")
        assert "neither data/in.jpg nor its directory exists" in r.event["classification"]["evidence"]
        (tmp_path / "ro.txt").write_text("x")
        stated = run_hodei("--", "sh", "-c", "echo 'cannot open ro.txt: No such file or directory' >&2; exit 1",
                           cwd=tmp_path)
        assert stated.event is not None
        assert (stated.event["error_code"], stated.event["classification"]["rule"]) != ("ERR_1003", "stderr.checked")

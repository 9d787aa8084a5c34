"""The job's output reaches the caller byte for byte, secrets masked everywhere, the event's
stderr tail bounded and valid UTF-8; argv reaches the job exactly."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import PROBES, PY

ALL_BYTES = bytes(range(256)) * 64
SECRET = "s3cr3t-Value-9f2c"


def _write(tmp_path: Path, data: bytes, status: int, *streams: str) -> list[str]:
    """The job that writes ``data`` to each of ``streams`` and exits with ``status``."""
    path = tmp_path / "data"
    path.write_bytes(data)
    return [PY, str(PROBES / "write_file_to.py"), str(path), str(status), *streams]


class TestPassThrough:
    """stdout and stderr reach the caller unchanged."""

    def test_stdout_binary_safe(self, run_hodei, tmp_path: Path) -> None:
        """All 256 byte values written to stdout arrive unchanged."""
        r = run_hodei("--", *_write(tmp_path, ALL_BYTES, 0, "stdout"))
        assert r.returncode == 0
        assert r.stdout == ALL_BYTES

    def test_stderr_binary_safe(self, run_hodei, tmp_path: Path) -> None:
        """All 256 byte values written to stderr arrive unchanged (nothing else with --quiet)."""
        r = run_hodei("--quiet", "--", *_write(tmp_path, ALL_BYTES, 0, "stderr"))
        assert r.returncode == 0
        assert r.stderr == ALL_BYTES

    def test_binary_safe_while_masking(self, run_hodei, tmp_path: Path) -> None:
        """With a secret to mask, output without the secret still arrives byte for byte."""
        r = run_hodei("--quiet", "--secret", "TOKEN=env:SRC", "--",
                      *_write(tmp_path, ALL_BYTES, 0, "stdout", "stderr"), env={"SRC": SECRET})
        assert r.returncode == 0
        assert r.stdout == ALL_BYTES
        assert r.stderr == ALL_BYTES

    def test_stdin_reaches_job(self, run_hodei) -> None:
        """The caller's stdin is the job's stdin."""
        r = run_hodei("--", "cat", input=ALL_BYTES)
        assert r.stdout == ALL_BYTES

    def test_argv_exact_no_shell(self, run_hodei) -> None:
        """The command's arguments arrive exactly, with no shell expansion or splitting."""
        args = ["$HOME", "*", "a b", "", "'q'", "--", "--timeout", "x;y", "é"]
        r = run_hodei("--", PY, "-c", "import sys, json; print(json.dumps(sys.argv[1:]))", *args)
        assert r.returncode == 0
        assert json.loads(r.stdout) == args
        assert r.event["arguments"][2:] == args

    def test_shell_option(self, run_hodei) -> None:
        """--shell runs the single command string with /bin/sh -c."""
        r = run_hodei("--shell", "--", "echo $((40 + 2)) | tr 4 x")
        assert r.returncode == 0
        assert r.stdout == b"x2\n"

    def test_large_stderr_line(self, run_hodei, tmp_path: Path) -> None:
        """A 50 MB stderr line without newline passes through whole; the tail is at most 4096 bytes."""
        size = 50 * 1024 * 1024
        r = run_hodei("--", *_write(tmp_path, b"x" * size + b"END-OF-LINE", 1, "stderr"),
                      timeout=120)
        assert r.returncode == 1
        body = b"x" * size + b"END-OF-LINE"
        assert r.stderr[: len(body)] == body
        assert r.stderr.count(b"x") == size + r.stderr[len(body):].count(b"x")
        tail = r.event["stderr_tail"]
        assert 0 < len(tail.encode("utf-8")) <= 4096
        assert tail.endswith("END-OF-LINE")

    def test_summary_on_its_own_line(self, run_hodei) -> None:
        """The summary line starts a line of its own even when the job's stderr lacks a final newline."""
        r = run_hodei("--", "sh", "-c", "printf 'no newline' >&2; exit 1")
        assert r.returncode == 1
        assert r.stderr.startswith(b"no newline")
        assert r.stderr_lines[-1].startswith(b"hodei-run: ERR_1007"), r.stderr

    @pytest.mark.parametrize("junk", [
        b"\xff\xfe bad \xc3\x28 \xed\xa0\x80 \xf0\x9f\n",
        "é".encode() * 3000 + b"\n",   # the 4096-byte cut falls inside a character
        b"\xe2\x82" * 3000,
    ])
    def test_non_utf8_stderr_keeps_event_valid(self, run_hodei, tmp_path: Path,
                                               junk: bytes) -> None:
        """Non-UTF-8 or cut-up stderr bytes leave the event valid JSON in valid UTF-8."""
        r = run_hodei("--", *_write(tmp_path, junk, 2, "stderr"))
        assert r.returncode == 2
        assert r.stderr.startswith(junk)
        r.event_bytes.decode("utf-8")  # strict
        tail = r.event["stderr_tail"]
        assert tail
        assert len(tail.encode("utf-8")) <= 4096


class TestSecrets:
    """Every secret value is masked as *** in stdout, stderr, the event and the logs."""

    def test_secret_injected_and_masked(self, run_hodei, tmp_path: Path) -> None:
        """The job gets the secret's value; stdout, stderr, event and logs only show ***."""
        r = run_hodei("--log-level", "debug", "--secret", "TOKEN=env:SRC", "--",
                      PY, str(PROBES / "print_token_everywhere.py"), SECRET, env={"SRC": SECRET})
        assert r.returncode == 1
        digest = hashlib.sha256(SECRET.encode()).hexdigest()
        assert r.stdout == f"hash {digest}\nout ***\n".encode()
        assert b"err ***\n" in r.stderr
        assert SECRET.encode() not in r.stderr
        assert SECRET.encode() not in r.event_bytes
        assert "***" in r.event["stderr_tail"]
        assert r.event["arguments"][-1] == "***"
        assert b'"job.started"' in r.stderr  # debug logs were on, and masked with the rest

    def test_secret_from_file(self, run_hodei, tmp_path: Path) -> None:
        """A file secret (trailing newline dropped) is injected and masked in the output."""
        path = tmp_path / "token"
        path.write_text(SECRET + "\n")
        r = run_hodei("--secret", f"API_KEY=file:{path}", "--", "sh", "-c",
                      'echo "[$API_KEY]"; echo "[$API_KEY]" >&2')
        assert r.returncode == 0
        assert r.stdout == b"[***]\n"
        assert r.stderr.startswith(b"[***]\n")
        assert SECRET.encode() not in r.stderr

    @pytest.mark.parametrize("stream", ["stdout", "stderr"])
    def test_secret_split_across_writes(self, run_hodei, stream: str) -> None:
        """A secret written in two halves with a pause between is still masked."""
        half = len(SECRET) // 2
        r = run_hodei("--secret", "TOKEN=env:SRC", "--",
                      PY, str(PROBES / "write_token_in_halves.py"), stream, str(half),
                      env={"SRC": SECRET})
        data = r.stdout if stream == "stdout" else r.stderr
        assert data.startswith(b"before *** after\n")
        assert SECRET[:half].encode() not in r.stdout + r.stderr
        assert SECRET.encode() not in r.event_bytes
        if stream == "stderr":
            assert r.event["stderr_tail"] == "before *** after\n"

    def test_partial_secret_prefix_not_swallowed(self, run_hodei) -> None:
        """Output ending in a prefix of a secret (that never completes) is still delivered."""
        prefix = SECRET[:5]
        r = run_hodei("--secret", "TOKEN=env:SRC", "--", "printf", f"x{prefix}",
                      env={"SRC": SECRET})
        assert r.stdout == f"x{prefix}".encode()

    def test_two_secrets_masked(self, run_hodei) -> None:
        """Each of several secrets is masked."""
        r = run_hodei("--secret", "A=env:SA", "--secret", "B=env:SB", "--", "sh", "-c",
                      'echo "$A $B"', env={"SA": "alpha-secret-1", "SB": "beta-secret-22"})
        assert r.stdout == b"*** ***\n"

    def test_secret_in_failing_summary(self, run_hodei) -> None:
        """A secret in the last stderr line a pattern reads never appears in the summary/event."""
        r = run_hodei("--secret", "TOKEN=env:SRC", "--", "sh", "-c",
                      f'echo "No such file or directory: /tmp/{SECRET}" >&2; exit 1',
                      env={"SRC": SECRET})
        assert r.returncode == 1
        assert SECRET.encode() not in r.stderr
        assert SECRET.encode() not in r.event_bytes

"""Compiles ``proto/hodei/worker/v1/*.proto`` (and the platform's agent protocol,
``proto/hodei/agent/v1/*.proto``) into ``hodei_worker/_generated/``.

Run it after changing a ``.proto`` file (``python proto/generate.py``) and commit the result;
a test fails while the committed modules are stale. ``--check`` compares without writing
(exit 1 and the stale file names when they differ). grpcio-tools is needed only here, never at
run time.

protoc writes absolute imports (``from hodei.worker.v1 import events_pb2``) that assume
``hodei`` is a top-level package; they are rewritten to relative ones so the generated
modules live inside ``hodei_worker`` without a ``hodei`` package on ``sys.path``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTO_ROOT = ROOT / "proto"
SOURCE = PROTO_ROOT / "hodei" / "worker" / "v1"
SOURCES = (SOURCE, PROTO_ROOT / "hodei" / "agent" / "v1")
TARGET = ROOT / "hodei_worker" / "_generated"
_ABSOLUTE = re.compile(r"^from hodei\.(?:worker|agent)\.v1 import ", re.MULTILINE)
_KEEP = {"__init__.py"}


def proto_files() -> list[Path]:
    """The contract's files, in a stable order."""
    return sorted(p for source in SOURCES for p in source.glob("*.proto"))


def compile_into(out: Path) -> dict[str, bytes]:
    """Runs protoc over the contract into ``out``; returns each generated file's bytes by name."""
    import grpc_tools
    from grpc_tools import protoc

    includes = Path(grpc_tools.__file__).parent / "_proto"
    args = ["protoc", f"-I{PROTO_ROOT}", f"-I{includes}", f"--python_out={out}",
            f"--pyi_out={out}", f"--grpc_python_out={out}"]
    args += [str(p.relative_to(PROTO_ROOT)) for p in proto_files()]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    produced: dict[str, bytes] = {}
    for path in sorted(p for s in SOURCES for p in (out / s.relative_to(PROTO_ROOT)).iterdir()):
        if path.name.endswith("_pb2_grpc.py") and "class " not in path.read_text("utf-8"):
            continue  # a file with no service: protoc writes an empty stub module
        text = _ABSOLUTE.sub("from . import ", path.read_text("utf-8"))
        produced[path.name] = text.encode("utf-8")
    return produced


def generate() -> dict[str, bytes]:
    """The generated modules as they should be committed."""
    with tempfile.TemporaryDirectory() as tmp:
        return compile_into(Path(tmp))


def stale(expected: dict[str, bytes], target: Path = TARGET) -> list[str]:
    """Names of committed files that differ from ``expected``, are missing, or are extra."""
    present = {p.name for p in target.iterdir() if p.is_file() and p.name not in _KEEP}
    wrong = [name for name, data in expected.items()
             if not (target / name).is_file() or (target / name).read_bytes() != data]
    return sorted(set(wrong) | (present - set(expected)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    expected = generate()
    if args.check:
        names = stale(expected)
        for name in names:
            print(f"stale: hodei_worker/_generated/{name}", file=sys.stderr)
        return 1 if names else 0
    TARGET.mkdir(exist_ok=True)
    for name in stale(expected):
        path = TARGET / name
        if name in expected:
            path.write_bytes(expected[name])
        else:
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The contract's lint: comments, names and field-number hygiene of ``proto/hodei/worker/v1``.

    python proto/lint.py [--update-lock] [--root DIR]

It compiles the protos with source information (grpcio-tools' protoc) and checks:

- every message, field, oneof, enum, enum value, service and rpc has a leading comment;
- messages, enums and services are PascalCase, fields snake_case, enum values UPPER_SNAKE_CASE
  (the value names of ErrorCode, Severity and JobFailureReason are the platform's own and carry
  no prefix, so no prefix is required of any enum);
- every enum has a zero value; the package is ``hodei.worker.v1`` and its files live in
  ``hodei/worker/v1/``;
- field numbers are never reused: ``proto/fields.lock`` records every field and enum value
  that ever existed (number, name, type); a locked number now used by another name or type,
  or a locked field gone without ``reserved`` for both its number and its name, fails. A new
  field fails until ``--update-lock`` records it (commit the lock with the proto change).

Exit 0 when clean, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from google.protobuf import descriptor_pb2

HERE = Path(__file__).resolve().parent
PACKAGE = "hodei.worker.v1"
_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
_UPPER = re.compile(r"^[A-Z][A-Z0-9_]*$")
_TYPES = {v: k.removeprefix("TYPE_").lower()
          for k, v in descriptor_pb2.FieldDescriptorProto.Type.items()}
# Source-info paths: FileDescriptorProto.message_type=4, enum_type=5, service=6;
# DescriptorProto.field=2, nested_type=3, enum_type=4, oneof_decl=8; enum value=2; method=2.


def compile_set(root: Path) -> descriptor_pb2.FileDescriptorSet:
    """The contract under ``root`` (a folder holding ``hodei/worker/v1``), compiled."""
    import grpc_tools
    from grpc_tools import protoc

    includes = Path(grpc_tools.__file__).parent / "_proto"
    files = sorted(str(p.relative_to(root)) for p in (root / "hodei" / "worker" / "v1").glob("*.proto"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "set.pb"
        if protoc.main(["protoc", f"-I{root}", f"-I{includes}", "--include_source_info",
                        f"--descriptor_set_out={out}", *files]) != 0:
            raise SystemExit("protoc failed")
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


def _comments(fd: descriptor_pb2.FileDescriptorProto) -> dict[tuple[int, ...], str]:
    return {tuple(loc.path): loc.leading_comments.strip() for loc in fd.source_code_info.location}


def _field_type(field: descriptor_pb2.FieldDescriptorProto) -> str:
    kind = _TYPES[field.type]
    if field.type_name:
        kind = f"{kind} {field.type_name.lstrip('.')}"
    if field.label == descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED:
        kind = f"repeated {kind}"
    return kind


def _messages(prefix: str, path: tuple[int, ...], messages: list[descriptor_pb2.DescriptorProto],
              tag: int) -> Iterator[tuple[str, tuple[int, ...], descriptor_pb2.DescriptorProto]]:
    for i, msg in enumerate(messages):
        here = (*path, tag, i)
        name = f"{prefix}.{msg.name}"
        if msg.options.map_entry:
            continue
        yield name, here, msg
        yield from _messages(name, here, list(msg.nested_type), 3)


def _enums(prefix: str, path: tuple[int, ...],
           owner: descriptor_pb2.FileDescriptorProto | descriptor_pb2.DescriptorProto,
           tag: int) -> Iterator[tuple[str, tuple[int, ...], descriptor_pb2.EnumDescriptorProto]]:
    for i, enum in enumerate(owner.enum_type):
        yield f"{prefix}.{enum.name}", (*path, tag, i), enum


def entries(fds: descriptor_pb2.FileDescriptorSet) -> dict[str, str]:
    """Every field and enum value: ``Message.field = NUMBER`` → ``name type``."""
    found: dict[str, str] = {}
    for fd, _ in _files(fds):
        for name, _, msg in _messages(fd.package, (), list(fd.message_type), 4):
            for field in msg.field:
                found[f"{name}#{field.number}"] = f"{field.name} {_field_type(field)}"
        for name, _, enum in _all_enums(fd):
            for value in enum.value:
                found[f"{name}#{value.number}"] = value.name
    return found


def _files(fds: descriptor_pb2.FileDescriptorSet) -> Iterator[tuple[descriptor_pb2.FileDescriptorProto, dict[tuple[int, ...], str]]]:
    for fd in fds.file:
        if fd.name.startswith("hodei/"):
            yield fd, _comments(fd)


def _all_enums(fd: descriptor_pb2.FileDescriptorProto) -> Iterator[tuple[str, tuple[int, ...], descriptor_pb2.EnumDescriptorProto]]:
    yield from _enums(fd.package, (), fd, 5)
    for name, path, msg in _messages(fd.package, (), list(fd.message_type), 4):
        yield from _enums(name, path, msg, 4)


def style_problems(fds: descriptor_pb2.FileDescriptorSet) -> list[str]:
    """Missing comments, names against the conventions, package and layout."""
    problems: list[str] = []

    def need_comment(comments: dict[tuple[int, ...], str], path: tuple[int, ...], what: str) -> None:
        if not comments.get(path):
            problems.append(f"{what}: no comment")

    for fd, comments in _files(fds):
        if fd.package != PACKAGE:
            problems.append(f"{fd.name}: package {fd.package!r} is not {PACKAGE}")
        if not fd.name.startswith(PACKAGE.replace(".", "/") + "/"):
            problems.append(f"{fd.name}: not in {PACKAGE.replace('.', '/')}/")
        for name, path, msg in _messages(fd.package, (), list(fd.message_type), 4):
            need_comment(comments, path, f"message {name}")
            if not _PASCAL.match(msg.name):
                problems.append(f"message {name}: not PascalCase")
            for j, field in enumerate(msg.field):
                need_comment(comments, (*path, 2, j), f"field {name}.{field.name}")
                if not _SNAKE.match(field.name):
                    problems.append(f"field {name}.{field.name}: not snake_case")
            for k, oneof in enumerate(msg.oneof_decl):
                if oneof.name.startswith("_"):
                    continue  # proto3 `optional` makes a synthetic oneof
                need_comment(comments, (*path, 8, k), f"oneof {name}.{oneof.name}")
        for name, path, enum in _all_enums(fd):
            need_comment(comments, path, f"enum {name}")
            if not _PASCAL.match(enum.name):
                problems.append(f"enum {name}: not PascalCase")
            if not any(v.number == 0 for v in enum.value):
                problems.append(f"enum {name}: no zero value")
            for j, value in enumerate(enum.value):
                need_comment(comments, (*path, 2, j), f"enum value {name}.{value.name}")
                if not _UPPER.match(value.name):
                    problems.append(f"enum value {name}.{value.name}: not UPPER_SNAKE_CASE")
        for i, service in enumerate(fd.service):
            name = f"{fd.package}.{service.name}"
            need_comment(comments, (6, i), f"service {name}")
            if not _PASCAL.match(service.name):
                problems.append(f"service {name}: not PascalCase")
            for j, method in enumerate(service.method):
                need_comment(comments, (6, i, 2, j), f"rpc {name}.{method.name}")
                if not _PASCAL.match(method.name):
                    problems.append(f"rpc {name}.{method.name}: not PascalCase")
    return problems


def _reserved(fds: descriptor_pb2.FileDescriptorSet) -> dict[str, tuple[set[int], set[str]]]:
    reserved: dict[str, tuple[set[int], set[str]]] = {}
    for fd, _ in _files(fds):
        for name, _, msg in _messages(fd.package, (), list(fd.message_type), 4):
            numbers = {n for r in msg.reserved_range for n in range(r.start, r.end)}
            reserved[name] = (numbers, set(msg.reserved_name))
        for name, _, enum in _all_enums(fd):
            numbers = {n for r in enum.reserved_range for n in range(r.start, r.end + 1)}
            reserved[name] = (numbers, set(enum.reserved_name))
    return reserved


def read_lock(path: Path) -> dict[str, str]:
    """The lock: ``Message#NUMBER = name type`` lines (``#`` comments and blanks skipped)."""
    lock: dict[str, str] = {}
    if not path.exists():
        return lock
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        key, _, value = line.partition(" = ")
        lock[key.strip()] = value.strip()
    return lock


def lock_problems(fds: descriptor_pb2.FileDescriptorSet, lock: dict[str, str]) -> list[str]:
    """Numbers reused, locked fields removed without ``reserved``, and fields not yet locked."""
    current = entries(fds)
    reserved = _reserved(fds)
    problems: list[str] = []
    for key, was in sorted(lock.items()):
        owner, _, number = key.rpartition("#")
        now = current.get(key)
        old_name = was.split()[0]
        if now is None:
            numbers, names = reserved.get(owner, (set(), set()))
            if owner not in reserved:
                continue  # the whole message or enum is gone: its numbers can't be reused
            if int(number) not in numbers or old_name not in names:
                problems.append(f"{owner}: field {old_name} = {number} was removed without "
                                f"reserved {number} and reserved \"{old_name}\"")
        elif now != was:
            problems.append(f"{owner}: number {number} was {was!r} and is now {now!r} "
                            "(never reuse or retype a field number)")
    for key in sorted(current.keys() - lock.keys()):
        owner, _, number = key.rpartition("#")
        problems.append(f"{owner}: {current[key]} = {number} is not in fields.lock "
                        "(python proto/lint.py --update-lock, and commit the lock)")
    return problems


def write_lock(path: Path, fds: descriptor_pb2.FileDescriptorSet) -> None:
    """Adds the current fields to the lock; never drops a line (removed fields stay locked)."""
    lock = read_lock(path)
    lock.update({k: v for k, v in entries(fds).items() if k not in lock})
    header = ("# Every field and enum value the contract ever had: Message#NUMBER = name type.\n"
              "# Written by `python proto/lint.py --update-lock`; never edit or remove a line.\n")
    path.write_text(header + "".join(f"{k} = {v}\n" for k, v in sorted(lock.items())), "utf-8")


def lint(root: Path, lock_path: Path) -> list[str]:
    """Every problem of the contract under ``root`` against the lock at ``lock_path``."""
    fds = compile_set(root)
    return style_problems(fds) + lock_problems(fds, read_lock(lock_path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update-lock", action="store_true", help="record new fields in the lock")
    parser.add_argument("--root", type=Path, default=HERE, help="the folder holding hodei/worker/v1")
    parser.add_argument("--lock", type=Path, default=None, help="the lock file (default ROOT/fields.lock)")
    args = parser.parse_args(argv)
    lock_path = args.lock or args.root / "fields.lock"
    if args.update_lock:
        write_lock(lock_path, compile_set(args.root))
    problems = lint(args.root, lock_path)
    for problem in problems:
        print(f"proto lint: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

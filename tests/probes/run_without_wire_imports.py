"""Runs `hodei-run --quiet -- true` in-process (run_command, no control plane) and prints its
status and which of grpc, google.protobuf and sqlite3 it imported ("none" when none).

Used by tests/transport/test_wire_delivery.py: a run that publishes nothing never imports the
wire's modules. It imports nothing itself beyond sys.
"""

import sys


def main() -> None:
    from hodei_worker.run import run_command

    status = run_command(["--quiet", "--", "true"])
    loaded = [m for m in ("grpc", "google.protobuf", "sqlite3") if m in sys.modules]
    print(status, ",".join(loaded) or "none")


if __name__ == "__main__":
    main()

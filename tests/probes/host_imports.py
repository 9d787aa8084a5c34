"""Imports the daemon's supervisor host (hodei_worker.host._server) and prints whether it loaded
what a run needs ("True") and which of the daemon's modules it loaded ("none" when none).

Used by tests/run/test_run_regressions.py (TestWhatARunLoads): the host loads hodei-run's code
and none of the daemon's gRPC, protobuf, event loop, SQLite or hashing.
"""

import sys


def main() -> None:
    from hodei_worker.host import _server  # noqa: F401  (what it imports is the point)

    wanted = ("hodei_worker.run._report", "hodei_worker.supervise._supervisions")
    unwanted = ("grpc", "google.protobuf", "asyncio", "anyio", "sqlite3", "hashlib",
                "hodei_worker.daemon._worker", "hodei_worker.daemon._jobdir",
                "hodei_worker.host._client", "hodei_worker.run._jobspec")
    print(all(m in sys.modules for m in wanted),
          ",".join(m for m in unwanted if m in sys.modules) or "none")


if __name__ == "__main__":
    main()

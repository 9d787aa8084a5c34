"""A job drawn from a seed, as tests/run/test_run_adversary.py runs it under hodei-run: it may
leave a sleeping child behind (in its own session or not), writes a drawn mix of secrets cut at
drawn places, binary noise and plain lines to stdout and stderr, then ends as told: it exits
with a drawn status, sleeps, or kills itself with a drawn signal.

Arguments: SEED MARKER ENDING SECRET...; MARKER is the sleeping child's duration (the test
finds leftovers by it), ENDING one of exit, sleep, signal.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time


def main(argv: list[str]) -> None:
    rng = random.Random(int(argv[1]))
    marker, ending = argv[2], argv[3]
    secrets = [s.encode() for s in argv[4:]]
    if rng.random() < 0.3:
        subprocess.Popen(["sleep", marker], start_new_session=rng.random() < 0.5)
    for _ in range(rng.randint(1, 12)):
        fd = rng.choice((1, 2))
        kind = rng.random()
        if kind < 0.5:
            data = rng.choice(secrets)
            cut = rng.randint(0, len(data))
            pieces = [b"<" + data[:cut], data[cut:] + b">\n"]
        elif kind < 0.8:
            pieces = [bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))]
        else:
            pieces = [b"plain line %d\n" % rng.randrange(1000)]
        for piece in pieces:
            try:
                os.write(fd, piece)
            except OSError:
                sys.exit(9)
            if rng.random() < 0.5:
                time.sleep(0.01)
    if ending == "sleep":
        time.sleep(5)
    elif ending == "signal":
        os.kill(os.getpid(), rng.choice((signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1)))
    sys.exit(rng.randrange(4))


if __name__ == "__main__":
    main(sys.argv)

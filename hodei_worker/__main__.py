"""``python -m hodei_worker``: the same as ``hodei-run``."""

import sys

from .cli import main

sys.exit(main())

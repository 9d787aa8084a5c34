"""``python -m hodei_worker.host DIR``: the supervisor host (see ``_server``)."""

import sys

from ._server import main

sys.exit(main())

"""hodei-worker: the worker side of the Hodei Job Platform.

Folders tell what each part does:

- ``catalogue``: data, every platform error code with its severity and guide;
- ``classify``: pure, an observation of one run becomes one classified outcome;
- ``events``: pure, the JSON shapes of ``JobExecutionError`` and ``JobCompleted``;
- ``supervise``: the only code that spawns, signals, reads cgroups and reaps;
- ``cli``: thin entrypoints (``hodei-run``).
"""

__version__ = "0.1.0"

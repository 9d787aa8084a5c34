"""``hodei-worker agent``: a worker for the Hodei platform's worker image.

The platform starts one worker container per job and gives it its server, a one-time token and
its ids in the environment; the agent registers, takes the job over the platform's worker
stream (package ``hodei``, ``WorkerAgentService``), runs it in the supervisor host with
hodei-run's guarantees, sends its output and result, and leaves. See docs/agent.md.
"""

from ._config import AgentConfig, ConfigError, load, parser
from ._session import Agent, say
from ._wire import Fatal

__all__ = ["Agent", "AgentConfig", "ConfigError", "Fatal", "load", "parser", "say"]

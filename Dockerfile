# hodei-worker's images, one target each (docs/containers.md has the commands, checked):
#   run     hodei-run is PID 1: the container's command is the job
#             podman build --target run -t hodei-worker:run .
#             podman run --rm hodei-worker:run ./run-job.sh
#   agent   the Hodei platform's worker (hodei-worker agent): one container per job
#             podman build --target agent -t hodei-worker:agent .
#   worker  the daemon, with a HEALTHCHECK on its gRPC health service
#             podman build --format docker --target worker -t hodei-worker:worker .
#             podman run -d -v hodei-state:/var/lib/hodei-worker hodei-worker:worker \
#                 --control-plane cp.example.internal:50051 --tls-ca /etc/hodei/ca.pem
# BASE: a Debian-like image with python3 (3.11 or later) and its venv module; the official slim
# Python image unless said otherwise. images/base.sh makes one from Debian packages alone.
# Both stages must use the same BASE: the virtual environment refers to the base's python3.
ARG BASE=docker.io/library/python:3.11-slim-bookworm

# --- build: the project and its dependencies, installed into a virtual environment ----------
FROM ${BASE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PIP_ROOT_USER_ACTION=ignore
RUN python3 -m venv /opt/hodei
WORKDIR /src
COPY pyproject.toml README.md ./
COPY hodei_worker ./hodei_worker
COPY images/healthcheck.py /opt/hodei/bin/hodei-healthcheck
# The installers leave the environment once it is made: the final image has no pip, no
# setuptools and no compiler.
RUN /opt/hodei/bin/pip install . \
 && /opt/hodei/bin/python -m pip uninstall --yes --quiet setuptools pip \
 && chmod 0755 /opt/hodei/bin/hodei-healthcheck \
 && /opt/hodei/bin/hodei-run --quiet -- true

# --- runtime: the environment on a clean base, run as an unprivileged user -------------------
FROM ${BASE} AS runtime
COPY --from=build /opt/hodei /opt/hodei
ENV PATH=/opt/hodei/bin:$PATH PYTHONDONTWRITEBYTECODE=1
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/hodei \
        --shell /usr/sbin/nologin hodei \
 && install -d -o hodei -g hodei /work

# --- run: hodei-run as PID 1 (it reaps orphans and forwards the stop signal to the job) -----
# Options come from HODEI_* variables (HODEI_TIMEOUT=30m, HODEI_MEMORY=2G, ...). A job that
# needs root says so: podman run --user root ...
FROM runtime AS run
USER hodei
WORKDIR /work
ENTRYPOINT ["hodei-run", "--"]
CMD ["sh", "-c", "echo 'give the job as the container command' >&2; exit 2"]

# --- worker: the daemon; its state (job records, the outbox) belongs on a volume -----------
# The health service listens on HODEI_HEALTH_LISTEN (the container's own loopback); the
# HEALTHCHECK asks it, through grpc_health, whether the worker takes jobs. (podman keeps a
# HEALTHCHECK only when it builds with --format docker.)
FROM runtime AS worker
ENV HODEI_STATE_DIR=/var/lib/hodei-worker HODEI_HEALTH_LISTEN=127.0.0.1:8081
RUN install -d -o hodei -g hodei -m 0700 /var/lib/hodei-worker
USER hodei
WORKDIR /work
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["hodei-healthcheck"]
ENTRYPOINT ["hodei-worker"]

# --- agent: the Hodei platform's worker image (docs/agent.md) -------------------------------
# Name it as the platform's HODEI_WORKER_IMAGE: the platform starts one container per job and
# gives it its server, a one-time token and its ids in the environment (HODEI_*).
FROM runtime AS agent
ENV HODEI_STATE_DIR=/var/lib/hodei-worker
RUN install -d -o hodei -g hodei -m 0700 /var/lib/hodei-worker
USER hodei
WORKDIR /work
ENTRYPOINT ["hodei-worker", "agent"]

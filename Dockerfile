# A worker image whose entrypoint is hodei-run, as PID 1: the container's command is the job.
# Options come from HODEI_* variables (HODEI_TIMEOUT=30m, HODEI_MEMORY=2G, HODEI_EVENT_FILE=...).
#   docker build -t hodei-worker .
#   docker run --rm -e HODEI_TIMEOUT=10m hodei-worker ./run-job.sh
# The same image runs the worker daemon as a long-lived container:
#   docker run -d -v hodei-state:/var/lib/hodei-worker --entrypoint hodei-worker hodei-worker \
#       --control-plane cp.example.internal:50051 --tls-ca /etc/hodei/ca.pem
FROM python:3.11-slim
WORKDIR /tmp/hodei-worker-src
COPY pyproject.toml README.md ./
COPY hodei_worker ./hodei_worker
RUN pip install --no-cache-dir . && rm -rf /tmp/hodei-worker-src
WORKDIR /work
ENTRYPOINT ["hodei-run", "--"]
CMD ["sh", "-c", "echo 'give the job as the container command' >&2; exit 2"]

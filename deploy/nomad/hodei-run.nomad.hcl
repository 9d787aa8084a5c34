# One command run through hodei-run as a Nomad batch job, with the exec driver (raw_exec works
# the same, without the chroot and the task's own cgroup).
#
# hodei-run must be installed on the client where the exec driver's chroot sees it: a system
# install (pip install hodei-worker as root) puts it in /usr/local/bin, inside /usr, which the
# chroot copies; /opt is not. The task's stderr ends with hodei-run's summary line, the event
# is kept in the allocation's directory:
#
#     nomad job run deploy/nomad/hodei-run.nomad.hcl
#     nomad alloc logs -stderr -job hodei-example
#     nomad alloc fs -job hodei-example run/local/hodei-event.json
job "hodei-example" {
  type        = "batch"
  datacenters = ["dc1"]

  group "job" {
    count = 1

    # hodei-run has classified the failure: a USER error (ERR_1001..ERR_1007) is not retried
    # on the same client, nor elsewhere.
    restart {
      attempts = 0
      mode     = "fail"
    }

    reschedule {
      attempts  = 0
      unlimited = false
    }

    task "run" {
      driver = "exec"

      config {
        command = "/usr/local/bin/hodei-run"
        args = [
          "--timeout", "30m",
          "--kill-grace", "20s",
          "--event-file", "local/hodei-event.json",
          "--secret", "DB_PASSWORD=file:secrets/db-password",
          "--",
          "sh", "-c", "echo 'connecting to the database' && exit 3",
        ]
      }

      # Nomad's SIGTERM on stop reaches hodei-run, which forwards it to the job, waits
      # --kill-grace, stops what is left and writes its event: give it longer than the grace.
      kill_signal  = "SIGTERM"
      kill_timeout = "30s"

      # The job's secret, from Nomad Variables, into the task's secrets/ directory (not in the
      # job's environment until hodei-run injects it; masked in every event and log line).
      template {
        data        = "{{ with nomadVar \"nomad/jobs/hodei-example\" }}{{ .db_password }}{{ end }}"
        destination = "secrets/db-password"
        perms       = "0400"
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}

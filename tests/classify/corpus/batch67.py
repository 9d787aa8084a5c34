"""Sealed batch 67: HPC job launchers, MPI and cluster shells as batch jobs run them (Open MPI's
mpirun/mpiexec/orterun, ompi_info and the mpicc/mpicxx/mpif90 wrappers, Slurm client commands
without a reachable controller, pdsh/pdcp, ClusterShell's clush/clubak/nodeset, hwloc tools,
likwid-pin, munge/unmunge/mungekey and xjobs)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (86.4% of codes, 89/103), then worked on."""
F = f"{R}/batch67"
L = f"{R}/locked"
RD = f"{R}/rootdir"

NOBODY = "nobody"
ROOTOK = {"OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1"}
SL = {"SLURM_CONF": f"{F}/slurm/slurm.conf"}

MUNGED = ("umask 022; mkdir -m 700 m && mkdir -m 700 m/etc m/log m/lib m/run && "
          "mungekey -c -k $PWD/m/etc/munge.key && "
          "munged --key-file=$PWD/m/etc/munge.key --socket=$PWD/m/run/munge.sock "
          "--log-file=$PWD/m/log/munged.log --pid-file=$PWD/m/run/munged.pid "
          "--seed-file=$PWD/m/lib/munged.seed -f 2>/dev/null && sleep 1; ")
STOP = "; rc=$?; kill $(cat m/run/munged.pid); sleep 1; exit $rc"

FIXTURES = r"""
mkdir -p slurm src bin hosts topo jobs
cat > slurm/slurm.conf <<'X'
ClusterName=hpc
SlurmctldHost=localhost
SlurmctldPort=6917
SlurmdPort=6918
AuthType=auth/munge
NodeName=node[01-04] CPUs=2 State=UNKNOWN
PartitionName=batch Nodes=node[01-04] Default=YES MaxTime=INFINITE State=UP
X
cat > slurm/broken.conf <<'X'
ClusterName=hpc
SlurmctldHost=localhost
SlurmctldPort=6917
NodeName=node[01-04] CPUs=two State=UNKNOWN
PartitionName=batch Nodes=node[01-04 Default=YES State=UP
X
printf '#!/bin/bash\n#SBATCH -N 1\n#SBATCH -t 00:10:00\nsrun ./cfd-solver input.nml\n' > jobs/job.sh
printf 'module load openmpi\nsrun ./cfd-solver input.nml\n' > jobs/noshebang.sh
printf '#!/bin/bash\n#SBATCH -N 1\n#SBATCH --time=tomorrow\nsrun hostname\n' > jobs/badtime.sh
cp jobs/job.sh jobs/private.sh && chmod 600 jobs/private.sh
cat > src/hello.c <<'X'
#include <mpi.h>
#include <stdio.h>
int main(int argc, char **argv) {
    int rank;
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    printf("rank %d\n", rank);
    MPI_Finalize();
    return 0;
}
X
cat > src/bad.c <<'X'
#include <mpi.h>
int main(int argc, char **argv) {
    MPI_Init(&argc, &argv)
    MPI_Finalize();
    return 0;
}
X
cat > src/halo.c <<'X'
#include <mpi.h>
#include "halo_exchange.h"
int main(int argc, char **argv) { MPI_Init(&argc, &argv); MPI_Finalize(); return 0; }
X
cat > src/abort.c <<'X'
#include <mpi.h>
#include <stdio.h>
int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    fprintf(stderr, "solver: residual diverged at step 12\n");
    MPI_Abort(MPI_COMM_WORLD, 3);
    return 0;
}
X
cat > src/seg.c <<'X'
#include <mpi.h>
int main(int argc, char **argv) {
    int *p = 0;
    MPI_Init(&argc, &argv);
    *p = 42;
    MPI_Finalize();
    return 0;
}
X
printf 'int main() { return 0; }\n' > src/ok.cpp
printf 'program heat\n  use mpi\n  implicit none\n  integer :: ierr\n  call MPI_Init(ierr)\n  call MPI_Finalise(ierr)\nend program heat\n' > src/heat.f90
mpicc -o bin/abort src/abort.c
mpicc -o bin/seg src/seg.c
mpicc -o bin/hello src/hello.c
printf '#!/bin/sh\necho started\n' > bin/noexec.sh
chmod 644 bin/noexec.sh
/usr/bin/python3 - <<'X'
d = bytearray(open("/bin/true", "rb").read()); d[18:20] = (0xB7).to_bytes(2, "little")
open("bin/solver-arm64", "wb").write(d)
X
chmod 755 bin/solver-arm64
printf 'localhost slots=2\n' > hosts/hostfile
printf 'localhost slots=two\n' > hosts/badhostfile
printf -- '-np 1 hodei-postproc\n' > hosts/appfile
printf '<?xml version="1.0"?>\n<topology version="2.0">\n  <object type="Machine"\n' > topo/broken.xml
lstopo-no-graphics --of xml topo/machine.xml
chmod -R a+rX .
chmod 600 jobs/private.sh
"""

CASES = [
    # --- mpirun / mpiexec / orterun --------------------------------------------------------
    dict(id="mpirun-exe-not-found", tool="mpirun", env=ROOTOK,
         script="mpirun -np 2 hodei-cfd-solver input.nml",
         code="ERR_1001", command="hodei-cfd-solver",
         why="The application mpirun was asked to launch is not installed or not on PATH."),
    dict(id="mpirun-exe-path-missing", tool="mpirun", env=ROOTOK,
         script="mpirun -np 1 /nonexistent/bin/cfd-solver",
         code="ERR_1001", command="/nonexistent/bin/cfd-solver",
         why="The program to launch, named by its path, does not exist."),
    dict(id="mpirun-exe-not-executable", tool="mpirun", user=NOBODY,
         script=f"mpirun -np 1 {F}/bin/noexec.sh",
         code="ERR_1002", path=f"{F}/bin/noexec.sh",
         why="The script to launch has no execute permission, so mpirun cannot execute it.", miss="Open MPI says the same 'could not access or execute' for a program that is missing and one that may not be run"),
    dict(id="mpirun-exec-format", tool="mpirun", env=ROOTOK,
         script=f"mpirun -np 1 {F}/bin/solver-arm64",
         code="ERR_1004",
         why="The solver binary was built for another architecture and execve fails with "
             "Exec format error.", miss="Open MPI's report of an execve failure does not name the errno, and its status 131 reads as a signal"),
    dict(id="mpirun-hostfile-missing", tool="mpirun", env=ROOTOK,
         script="mpirun --hostfile /nonexistent/hosts/hostfile -np 1 hostname",
         code="ERR_1003", path="/nonexistent/hosts/hostfile",
         why="The hostfile the job names does not exist.", miss="the missing hostfile is in an earlier box; the last box is a generic internal error"),
    dict(id="mpirun-appfile-missing", tool="mpirun", env=ROOTOK,
         script="mpirun --app /nonexistent/run/appfile",
         code="ERR_1003", path="/nonexistent/run/appfile",
         why="The appfile describing the job's processes does not exist."),
    dict(id="mpirun-wdir-missing", tool="mpirun", env=ROOTOK,
         script="mpirun -np 1 --wdir /nonexistent/scratch/run42 hostname",
         code="ERR_1003", path="/nonexistent/scratch/run42",
         why="The working directory the ranks should start in does not exist.", miss="the box's first line is cut before it says which directory, and its status 135 reads as a signal"),
    dict(id="mpirun-thread-limit", tool="mpirun", user=NOBODY,
         script="ulimit -u 1; mpirun -np 1 hostname",
         code="ERR_1004",
         why="Under a one-process limit mpirun cannot start its progress thread.", miss="PMIx's internal error codes do not say that a thread could not be created"),
    dict(id="neg-mpirun-run-as-root", tool="mpirun",
         script="mpirun -np 1 hostname",
         code="ERR_1007",
         why="Open MPI refuses to run as root unless told to: the tool's own policy, not a "
             "permission problem of the system."),
    dict(id="neg-mpirun-not-enough-slots", tool="mpirun", env=ROOTOK,
         script="mpirun -np 64 hostname",
         code="ERR_1007",
         why="The job asks for more ranks than there are slots: a wrong request, not a "
             "process the OS could not create."),
    dict(id="neg-mpirun-rank-nonzero-exit", tool="mpirun", env=ROOTOK,
         script="mpirun -np 2 sh -c 'test -f /nonexistent/converged.flag'",
         code="ERR_1007",
         why="The ranks ran and one exited non-zero: the job's own failure."),
    dict(id="neg-mpirun-mpi-abort", tool="mpirun", env=ROOTOK,
         script=f"mpirun -np 2 {F}/bin/abort",
         code="ERR_1007",
         why="The solver called MPI_Abort after its residual diverged: the job's own failure."),
    dict(id="neg-mpirun-segfault", tool="mpirun", env=ROOTOK,
         script=f"mpirun -np 1 {F}/bin/seg",
         code="ERR_1007",
         why="A rank dereferenced a null pointer and died of SIGSEGV: a bug in the job's code."),
    dict(id="neg-mpirun-unknown-option", tool="mpirun", env=ROOTOK,
         script="mpirun --npernode-bogus 2 hostname",
         code="ERR_1007",
         why="A mistyped option: a usage error."),
    dict(id="neg-mpirun-unknown-host", tool="mpirun", env=ROOTOK,
         script="mpirun -np 1 --host cn042 hostname",
         code="ERR_1007",
         why="The remote node's name does not resolve, so no daemon starts there: a "
             "network/DNS failure."),
    dict(id="neg-mpirun-bad-hostfile", tool="mpirun", env=ROOTOK,
         script=f"mpirun --hostfile {F}/hosts/badhostfile -np 1 hostname",
         code="ERR_1007",
         why="The hostfile exists but its slots value is not a number: bad input."),
    dict(id="mpiexec-not-found", tool="mpiexec", env=ROOTOK,
         script="mpiexec -n 2 ./lbm_sim --steps 1000",
         code="ERR_1001", command="./lbm_sim",
         why="The program to launch does not exist in the job's directory."),
    dict(id="neg-mpiexec-mca-unknown-component", tool="mpiexec", env=ROOTOK,
         script=f"mpiexec --mca pml ucx_hodei -n 1 {F}/bin/hello",
         code="ERR_1007",
         why="The job asks for a transport component Open MPI does not have: an unknown "
             "name in the tool's own world."),
    dict(id="orterun-appfile-missing-program", tool="orterun", env=ROOTOK,
         script=f"orterun --app {F}/hosts/appfile",
         code="ERR_1001", command="hodei-postproc",
         why="The appfile names a post-processing program that is not installed."),
    dict(id="neg-ompi-info-unknown-framework", tool="ompi_info",
         script="ompi_info --param infiniband all --level 9",
         code="ERR_1007",
         why="The framework asked for does not exist in Open MPI: an unknown name."),
    dict(id="neg-ompi-info-unknown-option", tool="ompi_info",
         script="ompi_info --show-everything",
         code="ERR_1007",
         why="An unknown option: a usage error."),
    # --- wrapper compilers -----------------------------------------------------------------
    dict(id="mpicc-source-missing", tool="mpicc",
         script="mpicc -O2 -o solver src/solver.c",
         code="ERR_1003", path="src/solver.c",
         why="The source file to compile does not exist."),
    dict(id="mpicc-compiler-missing", tool="mpicc", env={"OMPI_CC": "icx"},
         script=f"mpicc -O2 -c {F}/src/hello.c -o hello.o",
         code="ERR_1001", command="icx",
         why="The wrapper is told to use a compiler that is not installed."),
    dict(id="mpicxx-compiler-missing", tool="mpicxx", env={"OMPI_CXX": "clang++-17"},
         script=f"mpicxx -c {F}/src/ok.cpp -o ok.o",
         code="ERR_1001", command="clang++-17",
         why="The wrapper is told to use a C++ compiler that is not installed."),
    dict(id="neg-mpicc-syntax-error", tool="mpicc",
         script=f"mpicc -c {F}/src/bad.c -o bad.o",
         code="ERR_1007",
         why="The source has a missing semicolon: a compile error in the job's code."),
    dict(id="mpicc-header-missing", tool="mpicc",
         script=f"mpicc -c {F}/src/halo.c -o halo.o",
         code="ERR_1003", path="halo_exchange.h",
         why="The project's own header the source includes is missing from the checkout."),
    dict(id="mpicc-output-dir-missing", tool="mpicc",
         script=f"mpicc -o /nonexistent/bin/hello {F}/src/hello.c",
         code="ERR_1003", path="/nonexistent/bin/hello",
         why="The directory the linked program should go to does not exist."),
    dict(id="mpicc-output-denied", tool="mpicc", user=NOBODY,
         script=f"mpicc -o {RD}/hello {F}/src/hello.c",
         code="ERR_1002", path=f"{RD}/hello",
         why="The job's user may not write into the output directory."),
    dict(id="mpicc-output-rofs", tool="mpicc", mount="ro",
         script=f"mpicc -o $M/hello {F}/src/hello.c",
         code="ERR_1012", path="$M/hello",
         why="The output goes to a read-only file system."),
    dict(id="mpicc-output-full", tool="mpicc", mount="full",
         script=f"mpicc -g -O0 -o $M/hello {F}/src/hello.c",
         code="ERR_1012",
         why="The disk the program is written to is full."),
    dict(id="mpicc-fork-limit", tool="mpicc", user=NOBODY,
         script=f"ulimit -u 1; mpicc -c {F}/src/hello.c -o /tmp/hodei-b67-hello.o",
         code="ERR_1004",
         why="Under a one-process limit the wrapper cannot start the compiler.", miss="the wrapper reports an unknown error number from the failed compiler start"),
    dict(id="neg-mpicc-undefined-reference", tool="mpicc",
         script="printf '#include <mpi.h>\\nvoid halo(void);\\nint main(int c,char**v){MPI_Init(&c,&v);halo();MPI_Finalize();return 0;}\\n' > main.c && mpicc -o main main.c",
         code="ERR_1007",
         why="A function the program calls is defined nowhere: a link error in the job's code."),
    dict(id="neg-mpicc-library-missing", tool="mpicc",
         script=f"mpicc -o hello {F}/src/hello.c -lpetsc_hodei",
         code="ERR_1007",
         why="The library to link against is not installed: a missing dependency."),
    dict(id="neg-mpif90-unknown-routine", tool="mpif90",
         script=f"mpif90 -o heat {F}/src/heat.f90",
         code="ERR_1007",
         why="The program calls a misspelt MPI routine and does not link: the job's own code."),
    dict(id="mpif90-source-missing", tool="mpif90",
         script="mpif90 -O2 -c src/advect.f90",
         code="ERR_1003", path="src/advect.f90",
         why="The Fortran source to compile does not exist."),
    dict(id="de-mpicc-source-missing", tool="mpicc", lang="de_DE.UTF-8",
         script="mpicc -O2 -o solver src/solver.c",
         code="ERR_1003", path="src/solver.c",
         why="The source file to compile does not exist."),
    dict(id="fr-mpicxx-output-dir-missing", tool="mpicxx", lang="fr_FR.UTF-8",
         script=f"mpicxx -o /nonexistent/bin/ok {F}/src/ok.cpp",
         code="ERR_1003", path="/nonexistent/bin/ok",
         why="The directory the linked program should go to does not exist."),
    dict(id="es-mpicc-output-denied", tool="mpicc", lang="es_ES.UTF-8", user=NOBODY,
         script=f"mpicc -o {RD}/hello {F}/src/hello.c",
         code="ERR_1002", path=f"{RD}/hello",
         why="The job's user may not write into the output directory."),
    dict(id="it-neg-pdsh-remote-ls-missing", tool="pdsh", lang="it_IT.UTF-8",
         script="pdsh -S -R exec -w cn01 ls /nonexistent/scratch/run42",
         code="ERR_1007",
         why="The remote command ran and failed; pdsh only relays its node's output, and the "
             "job's own check failed."),
    dict(id="pt-mpicc-source-missing", tool="mpicc", lang="pt_BR.UTF-8",
         script="mpicc -O2 -c src/stencil.c",
         code="ERR_1003", path="src/stencil.c",
         why="The source file to compile does not exist."),
    # --- Slurm clients ---------------------------------------------------------------------
    dict(id="neg-sbatch-no-config-source", tool="sbatch",
         script="sbatch --wrap='srun hostname'",
         code="ERR_1007",
         why="There is no slurm.conf and no DNS SRV record points to a controller: the "
             "cluster cannot be reached."),
    dict(id="neg-sbatch-controller-down", tool="sbatch", env=SL,
         script=f"sbatch {F}/jobs/job.sh",
         code="ERR_1007",
         why="The controller does not answer on its port: a service that is not running."),
    dict(id="sbatch-script-missing", tool="sbatch", env=SL,
         script="sbatch /nonexistent/jobs/train.sh",
         code="ERR_1003", path="/nonexistent/jobs/train.sh",
         why="The batch script to submit does not exist."),
    dict(id="neg-sbatch-no-shebang", tool="sbatch", env=SL,
         script=f"sbatch {F}/jobs/noshebang.sh",
         code="ERR_1007",
         why="The batch script lacks its #! line: bad input."),
    dict(id="neg-sbatch-invalid-time", tool="sbatch", env=SL,
         script=f"sbatch {F}/jobs/badtime.sh",
         code="ERR_1007",
         why="The script's time limit is not a valid time: bad input."),
    dict(id="neg-sbatch-unknown-option", tool="sbatch", env=SL,
         script=f"sbatch --gpus-per-nodes=2 {F}/jobs/job.sh",
         code="ERR_1007",
         why="A mistyped option: a usage error."),
    dict(id="neg-srun-controller-down", tool="srun", env=SL,
         script="srun -N 2 -n 4 hostname",
         code="ERR_1007",
         why="srun cannot reach the controller to allocate nodes: a service that does not answer."),
    dict(id="neg-squeue-controller-down", tool="squeue", env=SL,
         script="squeue -u root -t RUNNING",
         code="ERR_1007",
         why="The controller does not answer: a service that is not running."),
    dict(id="neg-sinfo-controller-down", tool="sinfo", env=SL,
         script="sinfo -p batch",
         code="ERR_1007",
         why="The controller does not answer: a service that is not running."),
    dict(id="neg-scontrol-controller-down", tool="scontrol", env=SL,
         script="scontrol show job 4242",
         code="ERR_1007",
         why="The controller does not answer: a service that is not running."),
    dict(id="neg-sacct-storage-disabled", tool="sacct", env=SL,
         script="sacct -j 4242 --format=JobID,State,ExitCode",
         code="ERR_1007",
         why="The cluster keeps no accounting database, so sacct has nothing to ask: the "
             "tool's own failure."),
    dict(id="neg-salloc-controller-down", tool="salloc", env=SL,
         script="salloc -N 1 -t 5 true",
         code="ERR_1007",
         why="salloc cannot reach the controller: a service that does not answer."),
    dict(id="neg-scancel-controller-down", tool="scancel", env=SL,
         script="scancel 4242",
         code="ERR_1007",
         why="scancel cannot reach the controller: a service that does not answer."),
    dict(id="sinfo-config-missing", tool="sinfo", env={"SLURM_CONF": "/nonexistent/slurm/slurm.conf"},
         script="sinfo",
         code="ERR_1003", path="/nonexistent/slurm/slurm.conf",
         why="The slurm.conf the job points to does not exist."),
    dict(id="scontrol-config-unreadable", tool="scontrol", user=NOBODY,
         env={"SLURM_CONF": f"{L}/slurm.conf"},
         script="scontrol ping",
         code="ERR_1002", path=f"{L}/slurm.conf",
         why="The configuration lies in a directory the job's user may not enter."),
    dict(id="neg-scontrol-broken-config", tool="scontrol", env={"SLURM_CONF": f"{F}/slurm/broken.conf"},
         script="scontrol show partition",
         code="ERR_1007",
         why="slurm.conf has a malformed value: bad configuration data."),
    dict(id="neg-sacctmgr-no-dbd", tool="sacctmgr", env=SL,
         script="sacctmgr -i add account physics",
         code="ERR_1007",
         why="There is no accounting daemon to talk to: the tool's own failure."),
    dict(id="neg-sbcast-outside-job", tool="sbcast", env=SL,
         script=f"sbcast {F}/jobs/job.sh /tmp/job.sh",
         code="ERR_1007",
         why="sbcast only works inside a job allocation and none was given: a usage error."),
    # --- pdsh / pdcp -----------------------------------------------------------------------
    dict(id="pdsh-exec-not-found", tool="pdsh",
         script="pdsh -S -R exec -w cn[01-02] hodei-node-health %h",
         code="ERR_1001", command="hodei-node-health",
         why="The per-node command pdsh runs is not installed.", miss="pdsh's recap of each node's exit code follows the execvp error"),
    dict(id="pdsh-hostlist-file-missing", tool="pdsh",
         script="pdsh -S -w ^/nonexistent/etc/compute-nodes uptime",
         code="ERR_1003", path="/nonexistent/etc/compute-nodes",
         why="The file holding the node list does not exist."),
    dict(id="pdsh-hostlist-file-denied", tool="pdsh", user=NOBODY,
         script=f"pdsh -S -R exec -w ^{L}/secret.txt true",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The node list file lies in a directory the job's user may not enter."),
    dict(id="pdsh-thread-limit", tool="pdsh", user=NOBODY,
         script="ulimit -u 1; pdsh -S -R exec -w cn[01-04] true",
         code="ERR_1004",
         why="Under a one-process limit pdsh cannot create its worker threads."),
    dict(id="neg-pdsh-unknown-host", tool="pdsh",
         script="pdsh -S -R ssh -w cn01 uptime",
         code="ERR_1007",
         why="The node name does not resolve: a network/DNS failure."),
    dict(id="neg-pdsh-gethostbyname", tool="pdsh",
         script="pdsh -w cn[01-02] uptime",
         code="ERR_1007",
         why="The node names do not resolve: a network/DNS failure."),
    dict(id="neg-pdsh-remote-cat-missing", tool="pdsh",
         script="pdsh -S -R exec -w cn01 cat /nonexistent/var/log/slurmd.log",
         code="ERR_1007",
         why="The remote command ran and failed; pdsh only relays its node's output, and the "
             "job's own check failed."),
    dict(id="neg-pdsh-unknown-rcmd", tool="pdsh",
         script="pdsh -R mrsh -w cn01 uptime",
         code="ERR_1007",
         why="The remote command module asked for is not available in this pdsh: an "
             "unknown name in the tool's own world."),
    dict(id="pdcp-source-missing", tool="pdcp",
         script="pdcp -w cn[01-04] /nonexistent/dist/app.tar.gz /tmp",
         code="ERR_1003", path="/nonexistent/dist/app.tar.gz",
         why="The file to copy to the nodes does not exist."),
    # --- ClusterShell ----------------------------------------------------------------------
    dict(id="clush-exec-not-found", tool="clush",
         script="clush -S -R exec -w cn[01-02] hodei-node-health %h",
         code="ERR_1001", command="hodei-node-health",
         why="The per-node command is not installed."),
    dict(id="clush-copy-source-missing", tool="clush",
         script="clush -S -w cn[01-02] --copy /nonexistent/dist/app.tar.gz --dest /tmp",
         code="ERR_1003", path="/nonexistent/dist/app.tar.gz",
         why="The file to copy to the nodes does not exist."),
    dict(id="clush-thread-limit", tool="clush", user=NOBODY,
         script="ulimit -u 1; clush -S -R exec -w cn[01-02] true",
         code="ERR_1004",
         why="Under a one-process limit clush cannot start its threads."),
    dict(id="neg-clush-unknown-host", tool="clush",
         script="clush -S -w cn01 uptime",
         code="ERR_1007",
         why="The node name does not resolve: a network/DNS failure."),
    dict(id="neg-clush-remote-false", tool="clush",
         script="clush -S -R exec -w cn[01-02] test -d /nonexistent/scratch",
         code="ERR_1007",
         why="The remote check ran on each node and failed: the job's own check."),
    dict(id="neg-nodeset-parse-error", tool="nodeset",
         script="nodeset -e 'cn[01-16,cn[20-24]'",
         code="ERR_1007",
         why="The node range is malformed: bad input."),
    dict(id="neg-clubak-bad-input", tool="clubak",
         script="printf 'cn01 load 0.5\\ncn02 load 0.7\\n' | clubak -b",
         code="ERR_1007",
         why="The lines have no 'node:' prefix that clubak expects: bad input."),
    dict(id="neg-clubak-unknown-option", tool="clubak",
         script="printf 'cn01: ok\\n' | clubak --gather",
         code="ERR_1007",
         why="An unknown option: a usage error."),
    # --- hwloc -----------------------------------------------------------------------------
    dict(id="hwloc-bind-exec-not-found", tool="hwloc-bind",
         script="hwloc-bind core:0 -- hodei-stream-bench",
         code="ERR_1001", command="hodei-stream-bench",
         why="The program to bind and run is not installed.", miss="details: 'execvp: No such file or directory' does not name the program"),
    dict(id="neg-hwloc-bind-no-such-core", tool="hwloc-bind",
         script="hwloc-bind core:63 -- true",
         code="ERR_1007",
         why="The core asked for does not exist on this machine: a wrong request."),
    dict(id="lstopo-export-dir-missing", tool="lstopo",
         script="lstopo-no-graphics --of xml /nonexistent/topo/node.xml",
         code="ERR_1003", path="/nonexistent/topo/node.xml",
         why="The directory the topology should be exported to does not exist."),
    dict(id="lstopo-export-denied", tool="lstopo", user=NOBODY,
         script=f"lstopo-no-graphics --of xml {RD}/node.xml",
         code="ERR_1002", path=f"{RD}/node.xml",
         why="The job's user may not write into the target directory."),
    dict(id="lstopo-export-rofs", tool="lstopo", mount="ro",
         script="lstopo-no-graphics --of xml $M/node.xml",
         code="ERR_1012", path="$M/node.xml",
         why="The target is on a read-only file system."),
    dict(id="lstopo-export-full", tool="lstopo", mount="full",
         script="lstopo-no-graphics --of xml $M/node.xml",
         code="ERR_1012",
         why="The disk the topology is written to is full."),
    dict(id="neg-lstopo-broken-xml", tool="lstopo",
         script=f"lstopo-no-graphics -i {F}/topo/broken.xml",
         code="ERR_1007",
         why="The topology XML is truncated: bad input."),
    dict(id="neg-hwloc-info-broken-xml", tool="hwloc-info",
         script=f"hwloc-info --input {F}/topo/broken.xml",
         code="ERR_1007",
         why="The topology XML is truncated: bad input."),
    dict(id="neg-hwloc-distrib-unknown-option", tool="hwloc-distrib",
         script="hwloc-distrib --single-core 4",
         code="ERR_1007",
         why="An unknown option: a usage error."),
    dict(id="hwloc-annotate-input-missing", tool="hwloc-annotate",
         script="hwloc-annotate /nonexistent/topo/node.xml out.xml all info rack r12",
         code="ERR_1003", path="/nonexistent/topo/node.xml",
         why="The topology XML to annotate does not exist."),
    dict(id="neg-hwloc-annotate-bad-annotation", tool="hwloc-annotate",
         script=f"hwloc-annotate {F}/topo/machine.xml out.xml all Info rack r12",
         code="ERR_1007",
         why="The annotation type is not one hwloc-annotate knows: a usage error."),
    # --- likwid ----------------------------------------------------------------------------
    dict(id="likwid-pin-not-found", tool="likwid-pin",
         script="likwid-pin -c 0,1 ./stream_bench",
         code="ERR_1001", command="./stream_bench",
         why="The benchmark to pin and run does not exist."),
    dict(id="neg-likwid-pin-bad-domain", tool="likwid-pin",
         script="likwid-pin -c S3:0-3 true",
         code="ERR_1007",
         why="The job names a socket the machine does not have: a wrong request."),
    # --- munge -----------------------------------------------------------------------------
    dict(id="neg-munge-daemon-not-running", tool="munge",
         script="munge -n",
         code="ERR_1007",
         why="munged is not running, so its socket is missing: a service that is not running."),
    dict(id="neg-unmunge-daemon-not-running", tool="unmunge",
         script="echo 'MUNGE:AwQDAACx:' | unmunge",
         code="ERR_1007",
         why="munged is not running, so its socket is missing: a service that is not running."),
    dict(id="neg-unmunge-bad-credential", tool="unmunge",
         script=MUNGED + "echo 'MUNGE:AwQFAAB3bad3bad3bad:' | unmunge -S $PWD/m/run/munge.sock" + STOP,
         code="ERR_1007",
         why="The credential handed to unmunge is corrupt: bad input data."),
    dict(id="neg-unmunge-replayed", tool="unmunge",
         script=MUNGED + "munge -n -S $PWD/m/run/munge.sock > cred && "
                "unmunge -S $PWD/m/run/munge.sock < cred >/dev/null && "
                "unmunge -S $PWD/m/run/munge.sock < cred 1>&2" + STOP,
         code="ERR_1007",
         why="The same credential is decoded twice and munged rejects the replay: an "
             "authentication failure."),
    dict(id="unmunge-input-missing", tool="unmunge",
         script="unmunge -i /nonexistent/cred/job.cred",
         code="ERR_1003", path="/nonexistent/cred/job.cred",
         why="The credential file to decode does not exist."),
    dict(id="munge-input-missing", tool="munge",
         script="munge -i /nonexistent/payload/job.json",
         code="ERR_1003", path="/nonexistent/payload/job.json",
         why="The payload file to encode does not exist."),
    dict(id="mungekey-dir-missing", tool="mungekey",
         script="mungekey --create --keyfile /nonexistent/munge/munge.key",
         code="ERR_1003", path="/nonexistent/munge/munge.key",
         why="The directory for the new key does not exist."),
    dict(id="mungekey-denied", tool="mungekey", user=NOBODY,
         script=f"mungekey --create --keyfile {RD}/munge.key",
         code="ERR_1002", path=f"{RD}/munge.key",
         why="The job's user may not write into the key's directory."),
    dict(id="mungekey-rofs", tool="mungekey", mount="ro",
         script="mungekey --create --keyfile $M/munge.key",
         code="ERR_1012", path="$M/munge.key",
         why="The key goes to a read-only file system."),
    dict(id="mungekey-disk-full", tool="mungekey", mount="full",
         script="mungekey --create --bits 8192 --keyfile $M/munge.key",
         code="ERR_1012", path="$M/munge.key",
         why="The file system is full and the new key cannot be written."),
    dict(id="neg-mungekey-exists", tool="mungekey",
         script="mungekey -c -k munge.key && mungekey -c -k munge.key",
         code="ERR_1007",
         why="The key already exists and mungekey will not overwrite it: the tool's own refusal."),
    dict(id="xjobs-command-not-found", tool="xjobs",
         script="printf 'hodei-render frame1\\nhodei-render frame2\\n' | xjobs -j 2",
         code="ERR_1001", command="hodei-render",
         why="The program each job line runs is not installed."),
    dict(id="xjobs-script-missing", tool="xjobs",
         script="xjobs -s /nonexistent/jobs/render.list",
         code="ERR_1003", path="/nonexistent/jobs/render.list",
         why="The job list file does not exist."),
    dict(id="xjobs-list-denied", tool="xjobs", user=NOBODY,
         script=f"xjobs -s {L}/secret.txt",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="The job list lies in a directory the job's user may not enter."),
    dict(id="xjobs-fork-limit", tool="xjobs", user=NOBODY,
         script="printf 'true\\ntrue\\n' > list; ulimit -u 1; xjobs -j 2 -s list",
         code="ERR_1004",
         why="Under a one-process limit xjobs cannot fork its jobs."),
]

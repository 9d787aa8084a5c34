"""Sealed batch 47: language package managers and installers (ghc-pkg, raco, nimble, R CMD,
virtualenv, mix)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (76.1% of codes, 70/92), then worked on."""
D = f"{R}/batch47"
L = f"{R}/locked"
RD = f"{R}/rootdir"

FIXTURES = r"""
# --- R packages -------------------------------------------------------------------------------
mkdir -p okpkg/R badpkg/R deppkg/R cpkg/R cpkg/src descpkg/R rhome/.R
cat > okpkg/DESCRIPTION <<'EOF'
Package: okpkg
Version: 1.0
Title: Small Helpers
Description: Small helpers for the build.
Author: Build Team
Maintainer: Build Team <build@example.org>
License: MIT
EOF
echo 'export(add)' > okpkg/NAMESPACE
echo 'add <- function(a, b) a + b' > okpkg/R/add.R
sed s/okpkg/badpkg/ okpkg/DESCRIPTION > badpkg/DESCRIPTION
cp okpkg/NAMESPACE badpkg/
printf 'add <- function(a, b) {\n  a + + b\n  if (a > ) b\n}\n' > badpkg/R/add.R
sed s/okpkg/deppkg/ okpkg/DESCRIPTION > deppkg/DESCRIPTION
echo 'Imports: hodeiStats' >> deppkg/DESCRIPTION
cp okpkg/NAMESPACE okpkg/R/add.R deppkg/ && mv deppkg/add.R deppkg/R/
sed s/okpkg/cpkg/ okpkg/DESCRIPTION > cpkg/DESCRIPTION
cp okpkg/NAMESPACE cpkg/ && cp okpkg/R/add.R cpkg/R/
echo 'int twice(int x) { return 2 * x; }' > cpkg/src/twice.c
echo 'CC=hodei-cc' > rhome/.R/Makevars
printf 'Package: descpkg\nVersion: one.two\nTitle: Broken\nLicense: MIT\n' > descpkg/DESCRIPTION
cp okpkg/NAMESPACE descpkg/ && cp okpkg/R/add.R descpkg/R/
# --- ghc-pkg --------------------------------------------------------------------------------
printf 'name: utils\nversion: x.y\n' > badver.conf
printf 'name: utils\nversion: 1.0\nid: utils-1.0\nkey: utils-1.0\nexposed: True\ndepends: hodei-core-2.1-abc\n' > dep.conf
# --- racket ---------------------------------------------------------------------------------
mkdir -p rkt
printf '#lang racket/base\n(displayln "ok")\n' > rkt/ok.rkt
printf '#lang racket/base\n(define (area w h)\n  (* w h)\n(displayln (area 2 3))\n' > rkt/unbalanced.rkt
printf '#lang racket/base\n(require hodei/json-utils)\n(displayln 1)\n' > rkt/needs.rkt
printf '#lang racket/base\n(require rackunit)\n(check-equal? (+ 1 1) 3 "addition")\n' > rkt/math-test.rkt
for i in 1 2 3 4; do printf '#lang racket/base\n(provide v%s)\n(define v%s %s)\n' $i $i $i > rkt/m$i.rkt; done
raco make rkt/ok.rkt
# --- nim ------------------------------------------------------------------------------------
mkdir -p nimproj/src nimbad/src nimdep/src
printf 'version = "0.1.0"\nauthor = "build"\ndescription = "tool"\nlicense = "MIT"\nsrcDir = "src"\nbin = @["app"]\n' > nimproj/app.nimble
echo 'echo "hello"' > nimproj/src/app.nim
cp nimproj/app.nimble nimbad/
printf 'proc area(w, h: int): int =\n  w * h\necho area(2, "3")\n' > nimbad/src/app.nim
cp nimproj/app.nimble nimdep/ && echo 'requires "hodeinosuchpkg >= 1.0"' >> nimdep/app.nimble
cp nimproj/src/app.nim nimdep/src/
# --- mix ------------------------------------------------------------------------------------
mkdir -p mixok/lib mixbad/lib mixdep/lib mixtest/lib mixtest/test
cat > mixok/mix.exs <<'EOF'
defmodule Ok.MixProject do
  use Mix.Project
  def project, do: [app: :ok, version: "0.1.0", deps: []]
end
EOF
echo 'defmodule Ok do def hi, do: :hi end' > mixok/lib/ok.ex
sed s/Ok.MixProject/Bad.MixProject/ mixok/mix.exs > mixbad/mix.exs
printf 'defmodule Bad do\n  def hi(x) do\n    case x do\n      1 -> :one\n  end\nend\n' > mixbad/lib/bad.ex
cat > mixdep/mix.exs <<'EOF'
defmodule Dep.MixProject do
  use Mix.Project
  def project, do: [app: :dep, version: "0.1.0", deps: [{:jason, "~> 1.4"}]]
end
EOF
cp mixok/lib/ok.ex mixdep/lib/
sed s/Ok.MixProject/T.MixProject/ mixok/mix.exs > mixtest/mix.exs
cp mixok/lib/ok.ex mixtest/lib/
echo 'ExUnit.start()' > mixtest/test/test_helper.exs
printf 'defmodule OkTest do\n  use ExUnit.Case\n  test "hi" do\n    assert Ok.hi() == :hello\n  end\nend\n' > mixtest/test/ok_test.exs
# --- opam / opam-installer ----------------------------------------------------------------
printf 'opam-version: "2.0"\nname: "billing"\nbuild: [make\n' > bad.opam
printf 'bin: [ "hodei-tool" ]\n' > listed.install
mkdir -p inst && printf '#!/bin/sh\necho ok\n' > inst/tool && chmod +x inst/tool
printf 'bin: [ "tool" ]\n' > inst/tool.install
# --- stack, pear, pecl, gacutil, pipenv, dh_virtualenv ------------------------------------
mkdir -p hsproj && printf 'resolver: lts-21.25\npackages: [.]\n' > hsproj/stack.yaml
printf 'name: hsproj\nversion: 0.1.0\ncabal-version: >=1.10\nbuild-type: Simple\nexecutable hsproj\n  main-is: Main.hs\n  build-depends: base\n  default-language: Haskell2010\n' > hsproj/hsproj.cabal
echo 'main = putStrLn "hi"' > hsproj/Main.hs
echo 'public class Helper { public static int Twice(int x) { return 2 * x; } }' > Helper.cs
mcs -target:library -out:Hodei.Utils.dll Helper.cs
echo 'this is not an assembly' > Broken.dll
printf '[[source]]\nurl = "http://127.0.0.1:9/simple"\nverify_ssl = false\nname = "local"\n\n[packages]\nrequests = "*"\n' > Pipfile.refused
printf '[packages\nrequests = "*"\n' > Pipfile.bad
mkdir -p dhv/debian && printf 'Source: billing\nMaintainer: Build <b@example.org>\n\nPackage: billing\nArchitecture: any\n' > dhv/debian/control
echo 13 > dhv/debian/compat
# --- chicken-install, flit -----------------------------------------------------------------
mkdir -p egg-nosrc egg-bad
printf '((synopsis "Billing helpers") (license "BSD") (components (extension billing)))\n' > egg-nosrc/billing.egg
cp egg-nosrc/billing.egg egg-bad/
printf '(module billing (total)\n  (import scheme)\n  (define (total xs) (apply + xs))\n' > egg-bad/billing.scm
mkdir -p flit-bad && printf '[project\nname = "billing"\nversion = "1.0"\n' > flit-bad/pyproject.toml
chmod -R a+rX .
"""

NOBODY = "nobody"

CASES = [
    # --- ghc-pkg ------------------------------------------------------------------------------
    dict(id="ghc-pkg-register-missing", tool="ghc-pkg",
         script="ghc-pkg init db && ghc-pkg --package-db=db register pkgs/utils.conf",
         code="ERR_1003", path="pkgs/utils.conf",
         why="the package description file to register does not exist"),
    dict(id="ghc-pkg-db-missing", tool="ghc-pkg",
         script="ghc-pkg --package-db=build/package.db list", code="ERR_1003",
         path="build/package.db", why="the package database named on the command line does not exist"),
    dict(id="neg-ghc-pkg-unknown-package", tool="ghc-pkg", script="ghc-pkg describe hodei-utils",
         code="ERR_1007", why="the package is unknown to the database, a name inside the tool's world"),
    dict(id="neg-ghc-pkg-bad-version", tool="ghc-pkg",
         script=f"ghc-pkg init db && ghc-pkg --package-db=db register {D}/badver.conf",
         code="ERR_1007", why="the package description has a malformed version field"),
    dict(id="neg-ghc-pkg-init-exists", tool="ghc-pkg", script="ghc-pkg init db && ghc-pkg init db",
         code="ERR_1007", why="the database was already created; the tool refuses to overwrite it"),
    dict(id="neg-ghc-pkg-missing-dep", tool="ghc-pkg",
         script=f"ghc-pkg init db && ghc-pkg --package-db=db register {D}/dep.conf",
         code="ERR_1007", why="the package depends on a package id that is not registered"),
    dict(id="ghc-pkg-init-rofs", tool="ghc-pkg", script="ghc-pkg init $M/package.db",
         code="ERR_1012", mount="ro", why="the database directory is created on a read-only mount"),
    dict(id="ghc-pkg-init-inodes", tool="ghc-pkg", script="ghc-pkg init $M/package.db",
         code="ERR_1012", mount="inodes", why="the filesystem has no inodes left for the database"),
    dict(id="ghc-pkg-init-denied", tool="ghc-pkg", script=f"ghc-pkg init {RD}/package.db",
         code="ERR_1002", user=NOBODY, why="the job's user may not create a directory in the root-owned one"),
    dict(id="ghc-pkg-db-locked", tool="ghc-pkg", script=f"ghc-pkg --package-db={L}/package.db list",
         code="ERR_1002", user=NOBODY, why="the database lies in a directory the job's user may not enter"),
    # --- raco ---------------------------------------------------------------------------------
    dict(id="raco-make-missing", tool="raco", script="raco make src/main.rkt", code="ERR_1003",
         why="the module to compile does not exist"),
    dict(id="raco-pkg-install-missing-dir", tool="raco",
         script="raco pkg install --scope user --no-setup --link vendor/json-utils/", code="ERR_1003",
         why="the package directory to install does not exist"),
    dict(id="neg-raco-pkg-refused", tool="raco",
         script="raco pkg install --scope user --no-setup http://127.0.0.1:9/json-utils.zip",
         code="ERR_1007", why="the package server on loopback does not answer (connection refused)"),
    dict(id="neg-raco-make-unbalanced", tool="raco", script=f"cp {D}/rkt/unbalanced.rkt . && raco make unbalanced.rkt",
         code="ERR_1007", why="the module has an unbalanced parenthesis, a syntax error"),
    dict(id="neg-raco-make-missing-collection", tool="raco", script=f"cp {D}/rkt/needs.rkt . && raco make needs.rkt",
         code="ERR_1007", why="the module requires a collection that is not installed, a missing dependency"),
    dict(id="neg-raco-test-fail", tool="raco", script=f"cp {D}/rkt/math-test.rkt . && raco test math-test.rkt",
         code="ERR_1007", why="a unit test check fails"),
    dict(id="raco-exe-rofs", tool="raco", script=f"raco exe -o $M/app {D}/rkt/ok.rkt", code="ERR_1012",
         mount="ro", why="the executable is written to a read-only mount"),
    dict(id="raco-exe-full", tool="raco", script=f"raco exe -o $M/app {D}/rkt/ok.rkt", code="ERR_1012",
         mount="full", why="the executable is written to a full filesystem"),
    dict(id="raco-exe-denied", tool="raco", script=f"export HOME=$PWD; raco exe -o {RD}/app {D}/rkt/ok.rkt",
         code="ERR_1002", user=NOBODY, why="the job's user may not write into the root-owned directory"),
    dict(id="neg-raco-unknown-command", tool="raco", script="raco bundle-all src", code="ERR_1007",
         why="raco has no such command, a usage error"),
    dict(id="neg-raco-pkg-remove-unknown", tool="raco", script="raco pkg remove --scope user json-utils",
         code="ERR_1007", why="the package to remove is not installed, a name unknown to the tool"),
    dict(id="raco-make-fork", tool="raco",
         script=f"export HOME=$PWD; cp {D}/rkt/m*.rkt . && ulimit -u 1; raco make -j 4 m1.rkt m2.rkt m3.rkt m4.rkt",
         code="ERR_1004", user=NOBODY, why="the parallel build cannot start its workers under the process limit"),
    # --- nimble -------------------------------------------------------------------------------
    dict(id="nimble-build-no-project", tool="nimble", script="nimble build 1>&2", code="ERR_1003",
         why="the directory holds no .nimble project file"),
    dict(id="nimble-build-nim-missing", tool="nimble",
         script=f"export HOME=$PWD; cp -r {D}/nimproj . && cd nimproj && mkdir $HOME/bin && ln -s /usr/bin/nimble $HOME/bin/ && PATH=$HOME/bin nimble build 1>&2",
         code="ERR_1001", command="nim", why="the Nim compiler nimble runs is not on PATH"),
    dict(id="neg-nimble-build-type-error", tool="nimble",
         script=f"export HOME=$PWD; cp -r {D}/nimbad . && cd nimbad && nimble build 1>&2",
         code="ERR_1007", why="the program has a type error, the compiler rejects it"),
    dict(id="neg-nimble-install-refused", tool="nimble",
         script="export HOME=$PWD; nimble install -y https://127.0.0.1:9/json-utils.git 1>&2",
         code="ERR_1007", why="nimble cannot work out how to fetch the package URL it was given"),
    dict(id="neg-nimble-dep-unknown", miss="a package list that could not be downloaded is reported with the OS's ENOENT words", tool="nimble",
         script=f"export HOME=$PWD; cp -r {D}/nimdep . && cd nimdep && nimble build -y --offline 1>&2",
         code="ERR_1007", why="the package list needed to resolve a required package cannot be downloaded"),
    dict(id="nimble-build-denied", tool="nimble",
         script=f"export HOME=$PWD; cd {D}/nimproj && nimble build 1>&2", code="ERR_1002", user=NOBODY,
         why="the job's user may not write the binary into the root-owned project directory"),
    dict(id="nimble-build-fork", tool="nimble",
         script=f"export HOME=$PWD; cp -r {D}/nimproj . && cd nimproj && ulimit -u 1; exec nimble build 1>&2",
         code="ERR_1004", user=NOBODY, why="nimble cannot start the compiler under the process limit"),
    dict(id="neg-nimble-unknown-command", tool="nimble", script=f"cp -r {D}/nimproj . && cd nimproj && nimble deploy-all 1>&2", code="ERR_1007",
         why="nimble has no such command, a usage error"),
    # --- R CMD INSTALL / build ----------------------------------------------------------------
    dict(id="r-build-missing-dir", tool="R", script="R CMD build pkgs/okpkg 1>&2", code="ERR_1003",
         path="pkgs/okpkg", why="the package source directory to build does not exist"),
    dict(id="r-install-lib-missing", tool="R", script=f"R CMD INSTALL -l {D}/site-library {D}/okpkg",
         code="ERR_1003", path=f"{D}/site-library", why="the library directory to install into does not exist"),
    dict(id="r-install-lib-full", miss='R warns of the full disk while closing connections, then ends with its own lazy-loading failure and cleanup', tool="R", script=f"R CMD INSTALL -l $M {D}/okpkg", code="ERR_1012",
         mount="full", why="the library directory's filesystem is full"),
    dict(id="r-install-lib-denied", tool="R", script=f"R CMD INSTALL -l {RD} {D}/okpkg", code="ERR_1002",
         user=NOBODY, why="the job's user may not write into the root-owned library directory"),
    dict(id="r-install-cc-missing", tool="R",
         script=f"mkdir lib && HOME={D}/rhome R CMD INSTALL -l lib {D}/cpkg", code="ERR_1001",
         command="hodei-cc", why="the C compiler configured for package builds is not installed"),
    dict(id="neg-r-install-syntax", tool="R", script=f"mkdir lib && R CMD INSTALL -l lib {D}/badpkg",
         code="ERR_1007", why="the package's R code has a syntax error"),
    dict(id="neg-r-install-dep-missing", tool="R", script=f"mkdir lib && R CMD INSTALL -l lib {D}/deppkg",
         code="ERR_1007", why="the package imports a package that is not installed, a missing dependency"),
    dict(id="neg-r-install-bad-description", tool="R",
         script=f"mkdir lib && R CMD INSTALL -l lib {D}/descpkg", code="ERR_1007",
         why="the package's DESCRIPTION file is malformed"),
    dict(id="r-build-rofs", tool="R", script=f"cd $M && R CMD build {D}/okpkg", code="ERR_1012",
         mount="ro", why="the source tarball is written into a read-only mount"),
    dict(id="r-install-fork", tool="R", script=f"mkdir lib && ulimit -u 1; R CMD INSTALL -l lib {D}/okpkg",
         code="ERR_1004", user=NOBODY, why="R cannot start its helper processes under the process limit"),
    dict(id="de-r-build-missing-dir", tool="R", script="R CMD build pkgs/okpkg 1>&2", code="ERR_1003",
         lang="de_DE.UTF-8", path="pkgs/okpkg", why="the package source directory to build does not exist"),
    dict(id="fr-r-install-lib-missing", miss='the path check recorded the path with the words before the French apostrophe, so it found nothing', tool="R", script=f"R CMD INSTALL -l {D}/site-library {D}/okpkg",
         code="ERR_1003", lang="fr_FR.UTF-8", path=f"{D}/site-library",
         why="the library directory to install into does not exist"),
    dict(id="neg-es-r-install-syntax", tool="R", script=f"mkdir lib && R CMD INSTALL -l lib {D}/badpkg",
         code="ERR_1007", lang="es_ES.UTF-8", why="the package's R code has a syntax error"),
    # --- virtualenv ---------------------------------------------------------------------------
    dict(id="virtualenv-python-missing", miss="the interpreter is named only as python_spec='x', which is not read for the detail", tool="virtualenv", script="virtualenv -p hodei-python9 venv 1>&2",
         code="ERR_1001", command="hodei-python9", why="the interpreter asked for is not installed"),
    dict(id="virtualenv-rofs", tool="virtualenv", script="virtualenv $M/venv", code="ERR_1012",
         mount="ro", why="the environment is created on a read-only mount"),
    dict(id="virtualenv-full", tool="virtualenv", script="virtualenv $M/venv 1>&2", code="ERR_1012",
         mount="full", why="the environment is created on a full filesystem"),
    dict(id="virtualenv-inodes", tool="virtualenv", script="virtualenv $M/venv 1>&2", code="ERR_1012",
         mount="inodes", why="the filesystem has no inodes left for the environment"),
    dict(id="virtualenv-denied", tool="virtualenv", script=f"export HOME=$PWD; virtualenv {RD}/venv",
         code="ERR_1002", user=NOBODY, why="the job's user may not create the environment in the root-owned directory"),
    dict(id="neg-virtualenv-unknown-option", tool="virtualenv", script="virtualenv --with-pip=23 venv",
         code="ERR_1007", why="an unknown option, a usage error"),
    dict(id="virtualenv-fork", tool="virtualenv", script="export HOME=$PWD; ulimit -u 1; exec virtualenv venv 1>&2",
         code="ERR_1004", user=NOBODY, why="virtualenv cannot start the interpreter under the process limit"),
    # --- mix ----------------------------------------------------------------------------------
    dict(id="mix-no-project", tool="mix", script="mix compile", code="ERR_1003",
         why="the directory holds no mix.exs project file"),
    dict(id="neg-mix-unknown-task", tool="mix", script=f"cp -r {D}/mixok . && cd mixok && mix release.deploy",
         code="ERR_1007", why="the task is unknown to mix, a name inside the tool's world"),
    dict(id="neg-mix-syntax", tool="mix", script=f"cp -r {D}/mixbad . && cd mixbad && mix compile 1>&2",
         code="ERR_1007", why="the source has a missing end, a syntax error"),
    dict(id="neg-mix-test-fail", tool="mix", script=f"cp -r {D}/mixtest . && cd mixtest && mix test 1>&2",
         code="ERR_1007", why="an ExUnit assertion fails"),
    dict(id="mix-build-full", tool="mix",
         script=f"cp -r {D}/mixok . && cd mixok && MIX_BUILD_PATH=$M/_build mix compile",
         code="ERR_1012", mount="full", why="the build directory's filesystem is full"),
    dict(id="mix-new-rofs", tool="mix", script="mix new $M/billing", code="ERR_1012", mount="ro",
         why="the new project is created on a read-only mount"),
    dict(id="mix-fork", tool="mix",
         script=f"export HOME=$PWD; cp -r {D}/mixok . && cd mixok && ulimit -u 1; mix compile",
         code="ERR_1004", user=NOBODY, why="the Erlang VM cannot create its threads under the process limit"),
    # --- opam / opam-installer ----------------------------------------------------------------
    dict(id="opam-lint-missing", tool="opam", script="opam lint billing.opam", code="ERR_1003",
         path="billing.opam", why="the opam file to check does not exist"),
    dict(id="neg-opam-lint-parse", tool="opam", script=f"opam lint {D}/bad.opam 1>&2", code="ERR_1007",
         why="the opam file has a parse error"),
    dict(id="neg-opam-init-refused", tool="opam",
         script="export OPAMROOT=$PWD/root; opam init --bare -n --disable-sandboxing http://127.0.0.1:9/repo",
         code="ERR_1007", why="the repository on loopback does not answer; the download fails"),
    dict(id="neg-opam-not-initialised", tool="opam", script="export OPAMROOT=$PWD/root; opam install dune",
         code="ERR_1007", why="opam was never initialised for this root; a setup step of the job is missing"),
    dict(id="opam-installer-missing", tool="opam-installer", script="opam-installer --prefix=$PWD/p billing.install",
         code="ERR_1003", path="billing.install", why="the .install file does not exist"),
    dict(id="opam-installer-rofs", tool="opam-installer",
         script=f"cd {D}/inst && opam-installer --prefix=$M/usr tool.install", code="ERR_1012", mount="ro",
         why="the install prefix is on a read-only mount"),
    dict(id="opam-installer-denied", tool="opam-installer",
         script=f"cd {D}/inst && opam-installer --prefix={RD}/usr tool.install", code="ERR_1002", user=NOBODY,
         why="the job's user may not create the prefix in the root-owned directory"),
    # --- stack ----------------------------------------------------------------------------------
    dict(id="stack-yaml-missing", tool="stack",
         script="export STACK_ROOT=$PWD/.stack; stack --stack-yaml ci/stack.yaml build", code="ERR_1003",
         why="the stack.yaml named on the command line does not exist"),
    dict(id="neg-stack-offline", tool="stack",
         script=f"export STACK_ROOT=$PWD/.stack; cp -r {D}/hsproj . && cd hsproj && stack --no-install-ghc build",
         code="ERR_1007", why="the snapshot cannot be downloaded: the host name does not resolve"),
    dict(id="stack-root-rofs", tool="stack",
         script=f"export STACK_ROOT=$M/stack; cp -r {D}/hsproj . && cd hsproj && stack --no-install-ghc build",
         code="ERR_1012", mount="ro", why="stack's root directory is on a read-only mount"),
    # --- lein -----------------------------------------------------------------------------------
    dict(id="lein-no-project", tool="lein", script="export HOME=$PWD; lein compile", code="ERR_1003",
         why="the directory holds no project.clj"),
    dict(id="neg-lein-unknown-task", tool="lein",
         script="export HOME=$PWD; echo '(defproject app \"0.1.0\")' > project.clj && lein uberjar-deploy",
         code="ERR_1007", why="the task is unknown to leiningen"),
    dict(id="neg-lein-deps-offline", tool="lein",
         script="export HOME=$PWD; echo '(defproject app \"0.1.0\" :dependencies [[cheshire \"5.12.0\"]])' > project.clj && lein -o deps",
         code="ERR_1007", why="the dependency is not in the local repository and offline mode forbids fetching it"),
    # --- pear / pecl ----------------------------------------------------------------------------
    dict(id="pear-package-missing", tool="pear", script="pear package package2.xml 1>&2", code="ERR_1003",
         path="package2.xml", why="the package description file does not exist"),
    dict(id="neg-pear-install-refused", tool="pear",
         script="pear install http://127.0.0.1:9/Net_URL2-2.2.0.tgz 1>&2", code="ERR_1007",
         why="the package server on loopback refuses the connection"),
    dict(id="neg-pecl-install-refused", tool="pecl",
         script="pecl install http://127.0.0.1:9/redis-5.3.7.tgz 1>&2", code="ERR_1007",
         why="the extension cannot be downloaded from a loopback address nobody listens on"),
    dict(id="pecl-package-missing", tool="pecl", script="pecl package 1>&2", code="ERR_1003",
         path="package.xml", why="the directory holds no package.xml to package"),
    # --- gacutil --------------------------------------------------------------------------------
    dict(id="gacutil-missing", miss="Mono's 'The system cannot find the file specified.' names the file in the sentence before it", tool="gacutil", script="gacutil -i bin/Release/Hodei.Billing.dll 1>&2",
         code="ERR_1003", path="bin/Release/Hodei.Billing.dll", why="the assembly to install does not exist"),
    dict(id="neg-gacutil-not-assembly", tool="gacutil", script=f"gacutil -i {D}/Broken.dll 1>&2",
         code="ERR_1007", why="the file is not a valid assembly"),
    dict(id="neg-gacutil-unsigned", tool="gacutil", script=f"gacutil -i {D}/Hodei.Utils.dll -root $PWD/gac 1>&2",
         code="ERR_1007", why="the assembly has no strong name, so the cache refuses it"),
    # --- pipenv ---------------------------------------------------------------------------------
    dict(id="pipenv-run-missing", tool="pipenv",
         script="export HOME=$PWD PIPENV_VENV_IN_PROJECT=1; touch Pipfile; pipenv run hodei-migrate",
         code="ERR_1001", command="hodei-migrate", why="the command to run is neither installed nor a Pipfile script"),
    dict(id="neg-pipenv-bad-pipfile", tool="pipenv",
         script=f"export HOME=$PWD PIPENV_VENV_IN_PROJECT=1; cp {D}/Pipfile.bad Pipfile && pipenv install",
         code="ERR_1007", why="the Pipfile is not valid TOML"),
    dict(id="neg-pipenv-index-refused", tool="pipenv",
         script=f"export HOME=$PWD PIPENV_VENV_IN_PROJECT=1; cp {D}/Pipfile.refused Pipfile && pipenv install",
         code="ERR_1007", why="the package index on loopback refuses the connection"),
    # --- dh_virtualenv --------------------------------------------------------------------------
    dict(id="dh-virtualenv-no-control", tool="dh_virtualenv", script="dh_virtualenv", code="ERR_1003",
         why="the directory is not a Debian source tree; debian/control is missing"),
    dict(id="dh-virtualenv-python-missing", miss="dh_virtualenv ends with Python's CalledProcessError for virtualenv, which names the interpreter only in its argument list", tool="dh_virtualenv",
         script=f"cp -r {D}/dhv . && cd dhv && dh_virtualenv --python /usr/bin/hodei-python9 1>&2",
         code="ERR_1001", command="/usr/bin/hodei-python9",
         why="the interpreter to build the virtualenv with is not installed"),
    # --- cpan ---------------------------------------------------------------------------------
    dict(id="cpan-config-missing", tool="cpan", script=f"export HOME=$PWD; cpan -j {D}/cpan/MyConfig.pm -l",
         code="ERR_1003", path=f"{D}/cpan/MyConfig.pm", why="the CPAN configuration file named with -j does not exist"),
    # --- chicken-install ----------------------------------------------------------------------
    dict(id="chicken-install-source-missing", tool="chicken-install",
         script=f"export HOME=$PWD; cp -r {D}/egg-nosrc . && cd egg-nosrc && chicken-install -n 1>&2",
         code="ERR_1003", path="billing.scm", why="the egg's component source file does not exist"),
    dict(id="neg-chicken-install-syntax", tool="chicken-install",
         script=f"export HOME=$PWD; cp -r {D}/egg-bad . && cd egg-bad && chicken-install -n 1>&2",
         code="ERR_1007", why="the egg's source has an unterminated list, a syntax error"),
    # --- flit -----------------------------------------------------------------------------------
    dict(id="flit-no-pyproject", tool="flit", script="flit build", code="ERR_1003", path="pyproject.toml",
         why="the directory holds no pyproject.toml"),
    dict(id="neg-flit-bad-toml", tool="flit", script=f"cp -r {D}/flit-bad . && cd flit-bad && flit build",
         code="ERR_1007", why="pyproject.toml is not valid TOML"),
    # --- haxelib --------------------------------------------------------------------------------
    dict(id="neg-haxelib-not-setup", tool="haxelib", script="export HOME=$PWD; haxelib install hxjson 1>&2",
         code="ERR_1007", why="haxelib was never set up for this user; a setup step of the job is missing"),
    dict(id="neg-haxelib-dns", tool="haxelib",
         script="export HOME=$PWD; haxelib setup $PWD/haxelib >/dev/null && haxelib install hxjson 1>&2",
         code="ERR_1007", why="the library server's host name does not resolve, a network failure"),
    dict(id="neg-haxelib-not-installed", tool="haxelib",
         script="export HOME=$PWD; haxelib setup $PWD/haxelib >/dev/null && haxelib path hodei-utils 1>&2",
         code="ERR_1007", why="the library is not installed, a missing dependency"),
    dict(id="neg-tlmgr-repo-refused", tool="tlmgr",
         script="export HOME=$PWD; tlmgr init-usertree && tlmgr --repository http://127.0.0.1:9/tlnet install siunitx",
         code="ERR_1007", why="the package repository on loopback does not answer"),
    dict(id="tlmgr-usertree-rofs", tool="tlmgr", script="export HOME=$M; tlmgr init-usertree",
         code="ERR_1012", mount="ro", why="the user tree is created on a read-only mount"),
]

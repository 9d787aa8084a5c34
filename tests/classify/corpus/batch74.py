"""Sealed batch 74: cross-compilation and running programs built for another architecture
(mingw-w64 compilers and binutils, cross gcc for aarch64/armhf/riscv64/arm-none-eabi and their
binutils, qemu user-mode emulators, setarch, dpkg-architecture, binfmt tools)."""

from __future__ import annotations

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (89.9% of codes, 80/89), then worked on."""
B = f"{R}/batch74"         # this batch's fixtures
L = f"{R}/locked"          # root-only directory
RD = f"{R}/rootdir"        # root-owned directory others cannot write into
NOBODY = "nobody"
U1 = "ulimit -u 1; "       # as nobody: no further process may be created

FIXTURES = r"""
mkdir -p src inc rc
printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' > src/hello.c
printf '#include <iostream>\nint main() { std::cout << "hello\\n"; }\n' > src/hello.cpp
printf 'int main(void) { return 0; }\n' > src/bare.c
printf '#include "build/config.h"\nint main(void) { return BUILD_ID; }\n' > src/uses_config.c
printf 'int main(void) {\n  int x = 1\n  return x;\n}\n' > src/syntax.c
printf '#include <windows.h>\nint main(void) { MessageBoxA(0, "hi", "app", 0); return 0; }\n' > src/win.c
printf '#include <sys/socket.h>\n#include <sys/epoll.h>\nint main(void) { return epoll_create1(0); }\n' > src/posix.c
printf '#include <winsock2.h>\nint main(void) { WSADATA d; return WSAStartup(MAKEWORD(2, 2), &d); }\n' > src/sock.c
printf '#include <thread>\nint main() { std::thread t([]{}); t.join(); }\n' > src/thread.cpp
cat > src/forker.c <<'EOF'
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) {
  pid_t p = fork();
  if (p < 0) { perror("fork"); return 1; }
  if (p == 0) _exit(0);
  waitpid(p, 0, 0);
  return 0;
}
EOF
cat > src/writer.c <<'EOF'
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  static char buf[65536];
  FILE *f = fopen(argv[1], "w");
  if (!f) { perror(argv[1]); return 1; }
  memset(buf, 'x', sizeof buf);
  for (int i = 0; i < 8; i++)
    if (fwrite(buf, 1, sizeof buf, f) != sizeof buf) { perror("write"); return 1; }
  if (fclose(f) != 0) { perror(argv[1]); return 1; }
  return 0;
}
EOF
cat > src/cfgread.c <<'EOF'
#include <stdio.h>
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "r");
  if (!f) { perror(argv[1]); return 2; }
  fclose(f);
  return 0;
}
EOF
cat > src/selftest.c <<'EOF'
#include <stdio.h>
int main(void) {
  fprintf(stderr, "selftest: checksum mismatch in block 7: expected 0x1f2e, got 0x0000\n");
  fprintf(stderr, "selftest: 1 of 12 checks failed (file not found errors: 0)\n");
  return 1;
}
EOF
printf '#define BUILD_ID 7\n' > inc/unused.h
printf '\tmovl $1, %%eax\n\tret\n' > src/x86.s
printf '\t.text\n\t.global f\nf:\n\tmov x0, #1\n\tret\n' > src/a64.s
printf '1 ICON "app.ico"\n' > rc/icon.rc
printf '1 VERSIONINFO\nFILEVERSION 1,0,0,0\nBEGIN\n  BLOCK "StringFileInfo"\n  BEGIN\n    BLOCK "040904b0"\n    BEGIN\n      VALUE "ProductName", "App"\n    END\n  END\nEND\n' > rc/version.rc
printf '1 VERSIONINFO\nFILEVERSION 1,0,0\nBEGIN\n  BLOCK "StringFileInfo"\n  BEGIN\n    VALUE ProductName = App\n  END\nEND\n' > rc/broken.rc
printf 'LIBRARY app\nEXPORTS\n  app_init\n  app_run @2\n' > rc/app.def
printf 'LIBRARY app\nEXPORTS\n  app_init @@ 1 == NONAME\n' > rc/broken.def
printf 'MessageId=1\nSymbolicName=MSG_START\nLanguage=English\nService started.\n.\n' > rc/msgs.mc
printf 'MessageId=1\nSymbolicName=MSG_START\nLanguage=Klingon\nService started.\n.\n' > rc/broken.mc
printf 'import "unknwn.idl";\n[object, uuid(12345678-1234-1234-1234-123456789abc)]\ninterface IApp : IUnknown {\n  HRESULT Run([in] int n);\n}\n' > rc/imports.idl
printf '[object, uuid(12345678-1234-1234-1234-123456789abc)]\ninterface IApp {\n  int Run([in] int n)\n}\n' > rc/broken.idl
printf 'not a portable executable\n' > rc/notpe.dll
head -c 4096 /dev/urandom > rc/blob.bin
aarch64-linux-gnu-gcc -O1 -static -o hello-arm64 src/hello.c
aarch64-linux-gnu-gcc -O1 -o hello-arm64-dyn src/hello.c
aarch64-linux-gnu-gcc -O1 -static -o forker-arm64 src/forker.c
aarch64-linux-gnu-gcc -O1 -static -o writer-arm64 src/writer.c
aarch64-linux-gnu-gcc -O1 -static -o cfgread-arm64 src/cfgread.c
aarch64-linux-gnu-gcc -O1 -static -o selftest-arm64 src/selftest.c
gcc -c -o host-x86.o src/bare.c
arm-none-eabi-gcc -mcpu=cortex-m4 -c -o m4.o src/bare.c
x86_64-w64-mingw32-gcc -O1 -o hello.exe src/hello.c
cat > src/migrate.c <<'EOF'
#include <stdio.h>
int main(void) {
  fprintf(stderr, "migrate: schema version 12 not found in database\n");
  fprintf(stderr, "migrate: access denied for upgrade from version 11, aborting\n");
  return 3;
}
EOF
x86_64-w64-mingw32-gcc -O1 -o migrate.exe src/migrate.c
WINEPREFIX="$PWD/wp" WINEDEBUG=-all wineboot -i >/dev/null 2>&1
mkdir -p pkg/debian
printf 'Source: app\nBuild-Depends: debhelper-compat (= 13), libssl-dev, zlib1g-dev\n\nPackage: app\nArchitecture: any\n' > pkg/debian/control
printf 'Source: app\nBuild-Depends: libssl-dev (>= \n\nPackage: app\nArchitecture: any\n' > rc/broken.control
chmod -R a+rX .
"""

CASES: list[dict[str, object]] = [
    # --- mingw-w64 C compiler (Windows targets) ----------------------------------------------------
    dict(id="mingw-gcc-source-missing", tool="x86_64-w64-mingw32-gcc",
         script="x86_64-w64-mingw32-gcc -o app.exe /nonexistent/src/main.c", code="ERR_1003",
         why="the source file to cross-compile does not exist", path="/nonexistent/src/main.c"),
    dict(id="mingw-gcc-posix-header", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -c -o posix.o {B}/src/posix.c", code="ERR_1003",
         why="a header the source includes does not exist in the Windows target's headers",
         path="sys/socket.h"),
    dict(id="mingw-gcc-project-header", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -I{B}/inc -c -o cfg.o {B}/src/uses_config.c",
         code="ERR_1003", why="the generated project header the source includes is missing",
         path="build/config.h"),
    dict(id="mingw-gcc-output-eacces", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -o {RD}/app.exe {B}/src/hello.c", code="ERR_1002",
         user=NOBODY, why="the output directory is not writable by the job's user",
         path=f"{RD}/app.exe"),
    dict(id="mingw-gcc-output-rofs", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -o $M/app.exe {B}/src/hello.c", code="ERR_1012",
         mount="ro", why="the executable is written to a read-only mount", path="$M/app.exe"),
    dict(id="mingw-gcc-fork-eagain", tool="x86_64-w64-mingw32-gcc",
         script=U1 + f"x86_64-w64-mingw32-gcc -c -o hello.o {B}/src/hello.c", code="ERR_1004",
         user=NOBODY, why="the process limit forbids the compiler passes the driver starts"),
    dict(id="neg-mingw-gcc-undefined-wsa", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -o sock.exe {B}/src/sock.c", code="ERR_1007",
         why="the link misses the Winsock import library: the project's own build mistake"),
    dict(id="neg-mingw-gcc-syntax", tool="x86_64-w64-mingw32-gcc",
         script=f"x86_64-w64-mingw32-gcc -c -o s.o {B}/src/syntax.c", code="ERR_1007",
         why="a syntax error in the project's source"),
    # --- mingw-w64 C++ compiler ------------------------------------------------------------------
    dict(id="mingw-gxx-source-missing", tool="x86_64-w64-mingw32-g++",
         script="x86_64-w64-mingw32-g++ -o app.exe /nonexistent/src/app.cpp", code="ERR_1003",
         why="the source file to cross-compile does not exist", path="/nonexistent/src/app.cpp"),
    dict(id="mingw-gxx-output-full", tool="x86_64-w64-mingw32-g++",
         script=f"x86_64-w64-mingw32-g++ -static -o $M/app.exe {B}/src/hello.cpp",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="neg-mingw-gxx-std-thread", tool="x86_64-w64-mingw32-g++",
         script=f"x86_64-w64-mingw32-g++ -c -o t.o {B}/src/thread.cpp", code="ERR_1007",
         why="std::thread is not available with this toolchain's thread model: a compile "
             "error in the project's code"),
    # --- mingw-w64 32-bit compiler --------------------------------------------------------------
    dict(id="mingw32-gcc-source-eacces", tool="i686-w64-mingw32-gcc",
         script=f"i686-w64-mingw32-gcc -x c -c -o s.o {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the source is in a directory the job's user cannot enter",
         path=f"{L}/secret.txt"),
    dict(id="mingw32-gcc-inodes", tool="i686-w64-mingw32-gcc",
         script=f"touch $M/a $M/b; i686-w64-mingw32-gcc -o $M/app.exe {B}/src/hello.c",
         code="ERR_1012", mount="inodes", why="the output filesystem has no inodes left"),
    dict(id="neg-mingw32-gcc-m64", tool="i686-w64-mingw32-gcc",
         script=f"i686-w64-mingw32-gcc -m64 -c -o h.o {B}/src/hello.c", code="ERR_1007",
         why="the 32-bit toolchain cannot build 64-bit code: a wrong option in the build"),
    # --- windres ---------------------------------------------------------------------------------
    dict(id="windres-rc-missing", tool="x86_64-w64-mingw32-windres",
         script="x86_64-w64-mingw32-windres /nonexistent/res/app.rc -O coff -o app.res",
         code="ERR_1003", why="the resource script does not exist",
         path="/nonexistent/res/app.rc"),
    dict(id="windres-icon-missing", tool="x86_64-w64-mingw32-windres",
         script=f"x86_64-w64-mingw32-windres {B}/rc/icon.rc -O coff -o icon.res",
         code="ERR_1003", why="the icon file the resource script names does not exist",
         path="app.ico"),
    dict(id="windres-preprocessor-missing", tool="x86_64-w64-mingw32-windres",
         script=f"x86_64-w64-mingw32-windres --preprocessor=hodei-rcpp {B}/rc/version.rc "
                "-O coff -o v.res",
         code="ERR_1001", why="the preprocessor windres runs is not installed",
         command="hodei-rcpp"),
    dict(id="windres-output-rofs", tool="x86_64-w64-mingw32-windres",
         script=f"x86_64-w64-mingw32-windres {B}/rc/version.rc -O coff -o $M/v.res",
         code="ERR_1012", mount="ro", why="the compiled resource goes to a read-only mount",
         path="$M/v.res"),
    dict(id="neg-windres-syntax", tool="x86_64-w64-mingw32-windres",
         script=f"x86_64-w64-mingw32-windres {B}/rc/broken.rc -O coff -o b.res",
         code="ERR_1007", why="a syntax error in the resource script"),
    # --- dlltool ---------------------------------------------------------------------------------
    dict(id="dlltool-def-missing", tool="x86_64-w64-mingw32-dlltool",
         script="x86_64-w64-mingw32-dlltool -d /nonexistent/app.def -l libapp.a",
         code="ERR_1003", why="the module-definition file does not exist",
         path="/nonexistent/app.def"),
    dict(id="neg-dlltool-machine", tool="x86_64-w64-mingw32-dlltool",
         script=f"x86_64-w64-mingw32-dlltool -m arm64ec -d {B}/rc/app.def -l libapp.a",
         code="ERR_1007", why="a machine type this dlltool does not support: a usage error"),
    dict(id="dlltool-output-eacces", tool="x86_64-w64-mingw32-dlltool",
         script=f"x86_64-w64-mingw32-dlltool -d {B}/rc/app.def -l {RD}/libapp.a",
         code="ERR_1002", user=NOBODY,
         why="the import library goes to a directory the job's user cannot write",
         path=f"{RD}/libapp.a"),
    # --- windmc, widl, gendef, mingw pkg-config --------------------------------------------------
    dict(id="windmc-mc-missing", tool="x86_64-w64-mingw32-windmc",
         script="x86_64-w64-mingw32-windmc /nonexistent/msgs.mc", code="ERR_1003",
         why="the message file does not exist", path="/nonexistent/msgs.mc"),
    dict(id="neg-windmc-language", tool="x86_64-w64-mingw32-windmc",
         script=f"x86_64-w64-mingw32-windmc {B}/rc/broken.mc", code="ERR_1007",
         why="the message file names a language that was not declared: bad input"),
    dict(id="widl-idl-missing", tool="x86_64-w64-mingw32-widl",
         script="x86_64-w64-mingw32-widl -h -o app.h /nonexistent/app.idl", code="ERR_1003",
         why="the interface definition file does not exist", path="/nonexistent/app.idl"),
    dict(id="widl-import-missing", tool="x86_64-w64-mingw32-widl",
         script=f"x86_64-w64-mingw32-widl -h -o app.h {B}/rc/imports.idl", code="ERR_1003",
         why="the system interface file the definition imports is not installed",
         path="unknwn.idl"),
    dict(id="neg-widl-syntax", tool="x86_64-w64-mingw32-widl",
         script=f"x86_64-w64-mingw32-widl -h -o app.h {B}/rc/broken.idl", code="ERR_1007",
         why="a syntax error in the interface definition"),
    dict(id="neg-mingw-pkg-config-missing-package", tool="x86_64-w64-mingw32-pkg-config",
         script="x86_64-w64-mingw32-pkg-config --cflags --libs zlib", code="ERR_1007",
         why="the target's zlib development files are not installed: a missing library "
             "dependency of the project"),
    # --- aarch64 cross compiler ------------------------------------------------------------------
    dict(id="a64-gcc-windows-header", tool="aarch64-linux-gnu-gcc",
         script=f"aarch64-linux-gnu-gcc -c -o win.o {B}/src/win.c", code="ERR_1003",
         why="the header the source includes does not exist for this target", path="windows.h"),
    dict(id="a64-gcc-fork-eagain", tool="aarch64-linux-gnu-gcc",
         script=U1 + f"aarch64-linux-gnu-gcc -o hello {B}/src/hello.c", code="ERR_1004",
         user=NOBODY, why="the process limit forbids the compiler passes the driver starts"),
    dict(id="a64-gcc-linker-missing", tool="aarch64-linux-gnu-gcc",
         script=f"aarch64-linux-gnu-gcc -fuse-ld=mold -o hello {B}/src/hello.c",
         code="ERR_1001", why="the linker the build asks for (mold) is not installed",
         command="ld"),
    dict(id="neg-a64-gcc-host-object", tool="aarch64-linux-gnu-gcc",
         script=f"aarch64-linux-gnu-gcc -o app {B}/host-x86.o", code="ERR_1007",
         why="an object built for the host is given to the aarch64 linker: the build mixes "
             "architectures, nothing was executed"),
    dict(id="neg-a64-gcc-march", tool="aarch64-linux-gnu-gcc",
         script=f"aarch64-linux-gnu-gcc -march=armv9.9-z -c -o h.o {B}/src/hello.c",
         code="ERR_1007", why="an invalid -march value in the build's flags"),
    # --- aarch64 C++ compiler, preprocessor and binutils --------------------------------------------
    dict(id="a64-gxx-source-missing", tool="aarch64-linux-gnu-g++",
         script="aarch64-linux-gnu-g++ -c -o app.o src/app.cpp", code="ERR_1003",
         why="the source file to cross-compile does not exist", path="src/app.cpp"),
    dict(id="a64-gxx-output-rofs", tool="aarch64-linux-gnu-g++",
         script=f"aarch64-linux-gnu-g++ -o $M/hello {B}/src/hello.cpp", code="ERR_1012",
         mount="ro", why="the executable is written to a read-only mount", path="$M/hello"),
    dict(id="neg-a64-gxx-m64", tool="aarch64-linux-gnu-g++",
         script=f"aarch64-linux-gnu-g++ -m64 -c -o h.o {B}/src/hello.cpp", code="ERR_1007",
         why="an x86-only option passed to the aarch64 compiler: a usage error in the build"),
    dict(id="a64-cpp-include-missing", tool="aarch64-linux-gnu-cpp",
         script=f"aarch64-linux-gnu-cpp -I{B}/inc {B}/src/uses_config.c -o out.i",
         code="ERR_1003", why="the header the source includes does not exist",
         path="build/config.h"),
    dict(id="a64-as-source-missing", tool="aarch64-linux-gnu-as",
         script="aarch64-linux-gnu-as -o start.o /nonexistent/boot/start.S", code="ERR_1003",
         why="the assembly source does not exist", path="/nonexistent/boot/start.S"),
    dict(id="a64-as-output-rofs", tool="aarch64-linux-gnu-as",
         script=f"aarch64-linux-gnu-as -o $M/a64.o {B}/src/a64.s", code="ERR_1012",
         mount="ro", why="the object file goes to a read-only mount"),
    dict(id="neg-a64-as-x86-source", tool="aarch64-linux-gnu-as",
         script=f"aarch64-linux-gnu-as -o x86.o {B}/src/x86.s", code="ERR_1007",
         why="x86 assembly given to the aarch64 assembler: bad input for this target"),
    dict(id="a64-objcopy-input-missing", tool="aarch64-linux-gnu-objcopy",
         script="aarch64-linux-gnu-objcopy -O binary build/firmware.elf firmware.bin",
         code="ERR_1003", why="the ELF file to convert does not exist",
         path="build/firmware.elf"),
    dict(id="a64-objcopy-output-full", tool="aarch64-linux-gnu-objcopy",
         script=f"aarch64-linux-gnu-objcopy {B}/hello-arm64 $M/hello-arm64", code="ERR_1012",
         mount="full", why="the output filesystem is full"),
    dict(id="neg-a64-objcopy-not-elf", tool="aarch64-linux-gnu-objcopy",
         script=f"aarch64-linux-gnu-objcopy -O binary {B}/rc/blob.bin out.bin",
         code="ERR_1007", why="the input is not an object file: bad input"),
    # --- armhf, riscv64 and bare-metal ARM compilers ---------------------------------------------
    dict(id="armhf-gcc-cc1plus-missing", tool="arm-linux-gnueabihf-gcc",
         script=f"arm-linux-gnueabihf-gcc -c -o hello.o {B}/src/hello.cpp", code="ERR_1001",
         why="the C++ compiler proper the driver runs is not installed", command="cc1plus"),
    dict(id="armhf-gcc-sysroot-header", tool="arm-linux-gnueabihf-gcc",
         script=f"arm-linux-gnueabihf-gcc -c -o hello.o {B}/src/hello.c", code="ERR_1003",
         why="the target's C library headers are not installed",
         path="bits/libc-header-start.h"),
    dict(id="armhf-gxx-not-installed", tool="arm-linux-gnueabihf-g++",
         script=f"arm-linux-gnueabihf-g++ -o hello {B}/src/hello.cpp", code="ERR_1001",
         why="the armhf C++ cross compiler is not installed",
         command="arm-linux-gnueabihf-g++"),
    dict(id="neg-armhf-gcc-mfpu", tool="arm-linux-gnueabihf-gcc",
         script=f"arm-linux-gnueabihf-gcc -mfpu=neon-vfp9 -c -o b.o {B}/src/bare.c",
         code="ERR_1007", why="an invalid -mfpu value in the build's flags"),
    dict(id="rv64-gcc-output-eacces", tool="riscv64-linux-gnu-gcc",
         script=f"riscv64-linux-gnu-gcc -c -o {RD}/bare.o {B}/src/bare.c", code="ERR_1002",
         user=NOBODY, why="the output directory is not writable by the job's user",
         path=f"{RD}/bare.o"),
    dict(id="neg-rv64-gcc-march", tool="riscv64-linux-gnu-gcc",
         script=f"riscv64-linux-gnu-gcc -march=rv64gcq_zhodei -c -o b.o {B}/src/bare.c",
         code="ERR_1007", why="an invalid -march string in the build's flags"),
    dict(id="eabi-gcc-specs-missing", tool="arm-none-eabi-gcc",
         script=f"arm-none-eabi-gcc -mcpu=cortex-m4 --specs=hodei-board.specs -c -o b.o "
                f"{B}/src/bare.c",
         code="ERR_1003", why="the spec file the build names does not exist",
         path="hodei-board.specs"),
    dict(id="eabi-gcc-newlib-header", tool="arm-none-eabi-gcc",
         script=f"arm-none-eabi-gcc -mcpu=cortex-m4 -c -o hello.o {B}/src/hello.c",
         code="ERR_1003", why="the bare-metal C library headers are not installed",
         path="stdio.h"),
    dict(id="neg-eabi-gcc-mcpu", tool="arm-none-eabi-gcc",
         script=f"arm-none-eabi-gcc -mcpu=cortex-m99 -c -o b.o {B}/src/bare.c",
         code="ERR_1007", why="an unknown CPU name in the build's flags"),
    dict(id="eabi-objcopy-input-missing", tool="arm-none-eabi-objcopy",
         script="arm-none-eabi-objcopy -O ihex build/stm32/firmware.elf firmware.hex",
         code="ERR_1003", why="the ELF file to convert does not exist",
         path="build/stm32/firmware.elf"),
    # --- qemu user-mode emulation --------------------------------------------------------------
    dict(id="qemu-a64-no-sysroot", tool="qemu-aarch64",
         script=f"qemu-aarch64 {B}/hello-arm64-dyn", code="ERR_1003",
         why="the target's dynamic loader does not exist without a sysroot",
         path="/lib/ld-linux-aarch64.so.1"),
    dict(id="qemu-a64-host-binary", tool="qemu-aarch64",
         script="qemu-aarch64 /bin/true", code="ERR_1004",
         why="an x86-64 program given to the aarch64 emulator: a binary for another "
             "architecture"),
    dict(id="qemu-a64-fork-eagain", tool="qemu-aarch64",
         script=U1 + f"qemu-aarch64 {B}/forker-arm64", code="ERR_1004", user=NOBODY,
         why="the process limit forbids the process the emulated program forks"),
    dict(id="qemu-a64-guest-enoent", tool="qemu-aarch64",
         script=f"qemu-aarch64 {B}/cfgread-arm64 /nonexistent/etc/app.conf", code="ERR_1003",
         why="the file the emulated program opens does not exist",
         path="/nonexistent/etc/app.conf"),
    dict(id="qemu-a64-guest-enospc", tool="qemu-aarch64",
         script=f"qemu-aarch64 {B}/writer-arm64 $M/out.bin", code="ERR_1012", mount="full",
         why="the emulated program writes to a full filesystem"),
    dict(id="qemu-a64-guest-rofs", tool="qemu-aarch64",
         script=f"qemu-aarch64 {B}/writer-arm64 $M/out.bin", code="ERR_1012", mount="ro",
         why="the emulated program writes to a read-only mount", path="$M/out.bin"),
    dict(id="neg-qemu-a64-cpu", tool="qemu-aarch64",
         script=f"qemu-aarch64 -cpu cortex-z99 {B}/hello-arm64", code="ERR_1007",
         why="an unknown CPU model named on the command line: a usage error"),
    dict(id="neg-qemu-a64-guest-fails", tool="qemu-aarch64",
         script=f"qemu-aarch64 {B}/selftest-arm64", code="ERR_1007",
         why="the emulated program's own failed self-test, whatever words it prints"),
    dict(id="qemu-a64-static-not-installed", tool="qemu-aarch64-static",
         script=f"qemu-aarch64-static {B}/hello-arm64", code="ERR_1001",
         why="the static emulator the job calls is not installed",
         command="qemu-aarch64-static"),
    dict(id="qemu-arm-a64-binary", tool="qemu-arm",
         script=f"qemu-arm {B}/hello-arm64", code="ERR_1004",
         why="a 64-bit ARM program given to the 32-bit ARM emulator: a binary for another "
             "architecture"),
    dict(id="qemu-rv64-a64-binary", tool="qemu-riscv64",
         script=f"qemu-riscv64 {B}/hello-arm64", code="ERR_1004",
         why="an aarch64 program given to the riscv64 emulator: a binary for another "
             "architecture"),
    dict(id="neg-qemu-rv64-option", tool="qemu-riscv64",
         script=f"qemu-riscv64 --hodei-trace {B}/hello-arm64", code="ERR_1007",
         why="an unknown option: a usage error"),
    # --- wine -------------------------------------------------------------------------------------
    dict(id="wine-exe-missing", tool="wine",
         script="wine /nonexistent/setup.exe", code="ERR_1003", env={"WINEPREFIX": f"{B}/wp"},
         why="the Windows program to run does not exist", path="/nonexistent/setup.exe"),
    dict(id="wine-cmd-not-found", tool="wine",
         script="wine cmd /c hodei-tool.exe --sync", code="ERR_1001",
         env={"WINEPREFIX": f"{B}/wp"},
         why="the Windows program the command interpreter is asked to run is not installed",
         command="hodei-tool.exe"),
    dict(id="wine-fork-eagain", tool="wine",
         script="mkdir p; " + U1 + f"WINEPREFIX=$PWD/p/wine wine {B}/hello.exe",
         code="ERR_1004",
         user=NOBODY, why="the process limit forbids the processes wine starts"),
    dict(id="wine-prefix-not-owned", tool="wine",
         script=f"wine {B}/hello.exe", code="ERR_1002", user=NOBODY,
         env={"WINEPREFIX": f"{B}/wp"},
         why="the wine prefix belongs to another user and wine refuses to use it",
         path=f"{B}/wp"),
    dict(id="neg-wine-program-fails", tool="wine",
         script=f"wine {B}/migrate.exe", code="ERR_1007", env={"WINEPREFIX": f"{B}/wp"},
         why="the Windows program's own failure, whatever words it prints", miss="the program's own 'access denied for upgrade from version 11' reads as a refusal by the OS"),
    # --- setarch ---------------------------------------------------------------------------------
    dict(id="setarch-cmd-missing", tool="setarch",
         script="setarch linux32 hodei-build32 --all", code="ERR_1001",
         why="the program to run under the personality is not installed",
         command="hodei-build32"),
    dict(id="neg-setarch-unknown-arch", tool="setarch",
         script="setarch sparc99 true", code="ERR_1007",
         why="an unknown architecture name: a usage error"),
    # --- dpkg-architecture, binfmt tools --------------------------------------------------------
    dict(id="dpkg-architecture-cmd-missing", tool="dpkg-architecture",
         script="dpkg-architecture -a arm64 -c hodei-cross-build", code="ERR_1001",
         why="the build command to run in the cross environment is not installed",
         command="hodei-cross-build"),
    dict(id="neg-dpkg-architecture-unknown-var", tool="dpkg-architecture",
         script="dpkg-architecture -a arm64 -q DEB_HOST_SYSROOT", code="ERR_1007",
         why="an unknown variable name asked for: a usage error"),
    dict(id="neg-arch-test-unsupported", tool="arch-test",
         script="arch-test -n armhf 1>&2", code="ERR_1007",
         why="the check says this machine cannot run armhf programs: the job's own check "
             "failed, nothing was missing"),
    dict(id="update-binfmts-import-missing", tool="update-binfmts",
         script="update-binfmts --importdir /nonexistent/binfmts --import qemu-aarch64",
         code="ERR_1003", user=NOBODY, why="the binfmt format file to import does not exist",
         path="/nonexistent/binfmts/qemu-aarch64"),
    dict(id="neg-update-binfmts-unknown", tool="update-binfmts",
         script="update-binfmts --display hodei-riscv64", code="ERR_1007",
         why="the format name is not in binfmt's database: an unknown name in the tool's "
             "own world"),
    dict(id="dpkg-checkbuilddeps-no-control", tool="dpkg-checkbuilddeps",
         script="dpkg-checkbuilddeps -a arm64", code="ERR_1003",
         why="the job runs outside a source package: debian/control does not exist",
         path="debian/control"),
    dict(id="neg-dpkg-checkbuilddeps-unmet", tool="dpkg-checkbuilddeps",
         script=f"cd {B}/pkg && dpkg-checkbuilddeps -a arm64", code="ERR_1007",
         why="the target architecture's build dependencies are not installed: missing "
             "library dependencies of the package"),
    dict(id="neg-dpkg-checkbuilddeps-parse", tool="dpkg-checkbuilddeps",
         script=f"dpkg-checkbuilddeps -a armhf {B}/rc/broken.control", code="ERR_1007",
         why="a malformed Build-Depends field in the package's control file"),
    # --- locales ---------------------------------------------------------------------------------
    dict(id="de-setarch-cmd-missing", tool="setarch",
         script="setarch linux32 hodei-build32", code="ERR_1001", lang="de_DE.UTF-8",
         why="the program to run under the personality is not installed (German)",
         command="hodei-build32"),
    dict(id="de-dpkg-architecture-cmd-missing", tool="dpkg-architecture",
         script="dpkg-architecture -a armhf -c hodei-cross-build", code="ERR_1001",
         lang="de_DE.UTF-8",
         why="the build command to run in the cross environment is not installed (German)",
         command="hodei-cross-build"),
    dict(id="neg-de-dpkg-checkbuilddeps-unmet", tool="dpkg-checkbuilddeps",
         script=f"cd {B}/pkg && dpkg-checkbuilddeps -a armhf", code="ERR_1007",
         lang="de_DE.UTF-8",
         why="the target architecture's build dependencies are not installed (German)"),
    dict(id="fr-a64-objcopy-input-missing", tool="aarch64-linux-gnu-objcopy",
         script="aarch64-linux-gnu-objcopy -O binary build/firmware.elf firmware.bin",
         code="ERR_1003", lang="fr_FR.UTF-8",
         why="the ELF file to convert does not exist (French)", path="build/firmware.elf"),
    dict(id="fr-dlltool-def-missing", tool="x86_64-w64-mingw32-dlltool",
         script="x86_64-w64-mingw32-dlltool -d /nonexistent/zlib.def -l libz.dll.a",
         code="ERR_1003", lang="fr_FR.UTF-8",
         why="the module-definition file does not exist (French)",
         path="/nonexistent/zlib.def"),
    dict(id="es-a64-as-source-missing", tool="aarch64-linux-gnu-as",
         script="aarch64-linux-gnu-as -o vectors.o /nonexistent/boot/vectors.S",
         code="ERR_1003", lang="es_ES.UTF-8",
         why="the assembly source does not exist (Spanish)", path="/nonexistent/boot/vectors.S"),
    dict(id="es-a64-objcopy-output-full", tool="aarch64-linux-gnu-objcopy",
         script=f"aarch64-linux-gnu-objcopy {B}/hello-arm64 $M/hello-arm64", code="ERR_1012",
         mount="full", lang="es_ES.UTF-8", why="the output filesystem is full (Spanish)"),
    dict(id="it-windres-rc-missing", tool="x86_64-w64-mingw32-windres",
         script="x86_64-w64-mingw32-windres /nonexistent/res/setup.rc -O coff -o setup.res",
         code="ERR_1003", lang="it_IT.UTF-8",
         why="the resource script does not exist (Italian)", path="/nonexistent/res/setup.rc"),
    dict(id="pt-a64-gcc-output-eacces", tool="aarch64-linux-gnu-gcc",
         script=f"aarch64-linux-gnu-gcc -o {RD}/app {B}/src/hello.c", code="ERR_1002",
         user=NOBODY, lang="pt_BR.UTF-8",
         why="the output directory is not writable by the job's user (Portuguese)",
         path=f"{RD}/app"),
]

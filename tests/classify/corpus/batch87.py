"""Sealed batch 87: retro computing toolchains and disk-image tools."""
import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
B = f"{R}/batch87"
L = f"{R}/locked"
RD = f"{R}/rootdir"
H = "export HOME=$PWD; "

FIXTURES = r"""
printf '.segment "CODE"\n  lda #1\n  rts\n' > ok.s
printf '  lda #\n  rts\n' > bad.s
printf '.include "hwregs.inc"\n  lda #1\n' > inc.s
printf 'int main(void) { return 0; }\n' > main.c
printf '#include "sprites.h"\nint main(void) { return 0; }\n' > incl.c
printf 'int main(void) { return 0 }\n' > bad.c
printf '* = $1000\n  lda #1\n  rts\n' > ok.a
printf '* = $1000\n  lda #1\n  jsr undefined_label\n' > undef.a
printf '* = $1000\n  !source "lib/kernal.a"\n' > src.a
printf '\torg $8000\n\tld a,1\n\tret\n' > ok.z80
printf '\torg $8000\n\tld q,1\n\tret\n' > bad.z80
printf '\tprocessor 6502\n\torg $1000\n\tlda #1\n\trts\n' > ok.dasm
printf '\tprocessor 6502\n\torg $1000\n\tlda (1,y)\n' > bad.dasm
python3 -c "
import sys
open('big.s','w').write('.segment \"CODE\"\n' + '  lda #1\n' * 30000)
open('big.a','w').write('* = \$1000\n' + '  lda #1\n' * 30000)
open('big.z80','w').write('\torg 0\n' + '\tld a,1\n' * 30000)
open('corrupt.img','wb').write(bytes((i * 37 + 11) % 256 for i in range(256256)))
open('junk.o','wb').write(b'this is not an object file\n' * 10)
open('junk.tzx','wb').write(b'not a tape image at all\n' * 10)
"
ca65 -o ok.o ok.s
printf '.import _helper\n.segment "CODE"\n  jsr _helper\n  rts\n' > imp.s
ca65 -o imp.o imp.s
printf '\tinclude "defs.inc"\n\torg $8000\n\tret\n' > inc.z80
mkfs.cpm -f ibm-3740 cpm.img
printf 'hello\n' > hello.txt
cpmcp -f ibm-3740 cpm.img hello.txt 0:hello.txt
dd if=/dev/zero of=hfs.img bs=1k count=800 status=none
hformat -l Work hfs.img >/dev/null
cp cpm.img cpm-ro.img
cp hfs.img hfs-ro.img
cp hfs.img hfs-private.img
chmod 600 hfs-private.img
chmod -R a+rX .
chmod 644 cpm-ro.img hfs-ro.img
chmod 600 hfs-private.img
"""

def c(id, tool, script, code, why, **kw):
    d = dict(id=id, tool=tool, script=script, code=code, why=why)
    d.update(kw)
    return d

NB = "nobody"
CASES = [
    # --- cc65 suite -----------------------------------------------------------------------------
    c("ca65-source-missing", "ca65", "ca65 src/main.s", "ERR_1003",
      "the assembly source the build names does not exist", path="src/main.s"),
    c("ca65-include-missing", "ca65", f"ca65 -o x.o {B}/inc.s", "ERR_1003",
      "the include file the source pulls in does not exist", path="hwregs.inc"),
    c("ca65-output-rofs", "ca65", f"ca65 -o $M/ok.o {B}/ok.s", "ERR_1012",
      "the object file goes to a read-only mount", mount="ro", path="$M/ok.o"),
    c("ca65-source-eacces", "ca65", f"ca65 -o x.o {L}/secret.txt", "ERR_1002",
      "the source is in a directory the job's user cannot enter", user=NB, path=f"{L}/secret.txt"),
    c("ca65-output-eacces", "ca65", f"ca65 -o {RD}/ok.o {B}/ok.s", "ERR_1002",
      "the output directory is not writable by the job's user", user=NB, path=f"{RD}/ok.o"),
    c("neg-ca65-syntax", "ca65", f"ca65 -o x.o {B}/bad.s", "ERR_1007",
      "the source has a syntax error: the job's own failure"),
    c("neg-ca65-bad-cpu", "ca65", f"ca65 --cpu z80 -o x.o {B}/ok.s", "ERR_1007",
      "an unknown CPU name in the tool's own options"),
    c("cc65-source-missing", "cc65", "cc65 -t c64 game.c", "ERR_1003",
      "the C source to compile does not exist", path="game.c"),
    c("cc65-include-missing", "cc65", f"cc65 -t c64 -o x.s {B}/incl.c", "ERR_1003",
      "the header the source includes does not exist", path="sprites.h"),
    c("cc65-output-rofs", "cc65", f"cc65 -t c64 -o $M/main.s {B}/main.c", "ERR_1012",
      "the generated assembly goes to a read-only mount", mount="ro", path="$M/main.s"),
    c("neg-cc65-syntax", "cc65", f"cc65 -t c64 -o x.s {B}/bad.c", "ERR_1007",
      "the C source has a syntax error: the job's own failure"),
    c("neg-cc65-unknown-target", "cc65", f"cc65 -t spectrum -o x.s {B}/main.c", "ERR_1007",
      "an unknown target system name in the tool's own world"),
    c("cl65-source-missing", "cl65", "cl65 -t c64 -o game.prg game.c", "ERR_1003",
      "the C source the build names does not exist", path="game.c"),
    c("cl65-output-rofs", "cl65", f"cl65 -t c64 -o $M/game.prg {B}/main.c", "ERR_1012",
      "the program image goes to a read-only mount", mount="ro"),
    c("cl65-output-eacces", "cl65", f"cp {B}/main.c .; cl65 -t c64 -o {RD}/game.prg main.c",
      "ERR_1002", "the output directory is not writable by the job's user", user=NB,
      path=f"{RD}/game.prg"),
    c("cl65-fork-eagain", "cl65", f"cp {B}/main.c .; ulimit -u 1; cl65 -t c64 -o game.prg main.c",
      "ERR_1004", "the driver cannot start the compiler under the process limit", user=NB),
    c("cl65-helper-missing", "cl65",
      f"mkdir bin; cp /usr/bin/cl65 bin/; cp {B}/main.c .; PATH=$PWD/bin ./bin/cl65 -t c64 -o g.prg main.c",
      "ERR_1001", "the compiler the driver runs is not installed beside it or on PATH",
      command="./bin/cc65"),
    c("neg-cl65-bad-option", "cl65", f"cl65 --optimise-harder -t c64 {B}/main.c", "ERR_1007",
      "an unknown option: a usage error"),
    c("neg-cl65-syntax", "cl65", f"cp {B}/bad.c .; cl65 -t c64 -o g.prg bad.c", "ERR_1007",
      "the program has a syntax error: the job's own failure"),
    c("ld65-object-missing", "ld65", "ld65 -t c64 -o game.prg main.o c64.lib", "ERR_1003",
      "the object file to link does not exist", path="main.o"),
    c("ld65-config-missing", "ld65", f"ld65 -C cfg/game.cfg -o game.prg {B}/ok.o", "ERR_1003",
      "the linker configuration file does not exist", path="cfg/game.cfg"),
    c("ld65-output-rofs", "ld65", f"ld65 -t none -o $M/game.bin {B}/ok.o", "ERR_1012",
      "the linked program goes to a read-only mount", mount="ro", path="$M/game.bin"),
    c("neg-ld65-bad-object", "ld65", f"ld65 -t c64 -o game.prg {B}/junk.o c64.lib", "ERR_1007",
      "the input is not an object file: corrupt input"),
    c("neg-ld65-unresolved", "ld65", f"ld65 -t none -o game.bin {B}/imp.o", "ERR_1007",
      "the program imports a symbol no object defines: the job's own failure"),
    c("ar65-library-missing", "ar65", "ar65 t lib/game.lib", "ERR_1003",
      "the library to list does not exist", path="lib/game.lib"),
    c("ar65-add-rofs", "ar65", f"ar65 a $M/game.lib {B}/ok.o", "ERR_1012",
      "the library is written to a read-only mount", mount="ro"),
    c("neg-ar65-not-library", "ar65", f"ar65 t {B}/junk.o", "ERR_1007",
      "the file is not a library: bad input"),
    c("da65-input-missing", "da65", "da65 rom/kernal.bin", "ERR_1003",
      "the binary to disassemble does not exist", path="rom/kernal.bin"),
    c("od65-input-missing", "od65", "od65 --dump-all build/main.o", "ERR_1003",
      "the object file to dump does not exist", path="build/main.o"),
    c("sim65-program-missing", "sim65", "sim65 test.prg", "ERR_1003",
      "the program to simulate does not exist", path="test.prg"),
    c("co65-input-missing", "co65", "co65 driver.o65", "ERR_1003",
      "the o65 driver to convert does not exist", path="driver.o65"),
    c("sp65-input-missing", "sp65", "sp65 -r sprite.pcx -c vic2-sprite -w sprite.s", "ERR_1003",
      "the picture to convert does not exist", path="sprite.pcx"),
    c("grc65-input-missing", "grc65", "grc65 res/app.grc", "ERR_1003",
      "the GEOS resource file does not exist", path="res/app.grc"),
    # --- xa65 ----------------------------------------------------------------------------------
    c("xa-output-rofs", "xa", f"xa -o $M/game.prg {B}/ok.a", "ERR_1012",
      "the output goes to a read-only mount", mount="ro"),
    c("neg-xa-syntax", "xa", f"xa -o x.prg {B}/bad.s", "ERR_1007",
      "the source has a syntax error: the job's own failure"),
    # --- acme, dasm, 64tass ---------------------------------------------------------------------
    c("acme-source-missing", "acme", "acme -o game.prg src/main.a", "ERR_1003",
      "the source to assemble does not exist", path="src/main.a"),
    c("acme-include-missing", "acme", f"acme -o game.prg {B}/src.a", "ERR_1003",
      "the source file the program pulls in does not exist", path="lib/kernal.a"),
    c("neg-acme-undefined", "acme", f"acme -o game.prg {B}/undef.a", "ERR_1007",
      "the program uses an undefined label: the job's own failure"),
    c("neg-acme-bad-option", "acme", f"acme --format t64 -o g.prg {B}/ok.a", "ERR_1007",
      "an unknown output format: a usage error"),
    c("dasm-output-rofs", "dasm", f"dasm {B}/ok.dasm -o$M/game.bin 1>&2", "ERR_1012",
      "the output goes to a read-only mount", mount="ro"),
    c("neg-dasm-syntax", "dasm", f"dasm {B}/bad.dasm -ogame.bin 1>&2", "ERR_1007",
      "the source has an illegal addressing mode: the job's own failure"),
    c("64tass-source-missing", "64tass", "64tass -o game.prg src/main.asm 1>&2", "ERR_1003",
      "the source to assemble does not exist", path="src/main.asm"),
    c("64tass-output-rofs", "64tass", f"64tass -o $M/game.prg {B}/ok.a 1>&2", "ERR_1012",
      "the program goes to a read-only mount", mount="ro", path="$M/game.prg"),
    c("neg-64tass-undefined", "64tass", f"64tass -o game.prg {B}/undef.a 1>&2", "ERR_1007",
      "the program uses an undefined label: the job's own failure"),
    # --- Z80 assemblers --------------------------------------------------------------------------
    c("pasmo-source-missing", "pasmo", "pasmo src/loader.asm loader.bin", "ERR_1003",
      "the source to assemble does not exist", path="src/loader.asm"),
    c("pasmo-output-rofs", "pasmo", f"pasmo {B}/ok.z80 $M/loader.bin", "ERR_1012",
      "the binary goes to a read-only mount", mount="ro"),
    c("neg-pasmo-syntax", "pasmo", f"pasmo {B}/bad.z80 x.bin", "ERR_1007",
      "the source names a register that does not exist: the job's own failure"),
    c("z80asm-source-missing", "z80asm", "z80asm -i src/boot.asm -o boot.bin", "ERR_1003",
      "the source to assemble does not exist", path="src/boot.asm"),
    c("z80asm-output-rofs", "z80asm", f"z80asm -i {B}/ok.z80 -o $M/boot.bin", "ERR_1012",
      "the binary goes to a read-only mount", mount="ro"),
    c("neg-z80asm-syntax", "z80asm", f"z80asm -i {B}/bad.z80 -o x.bin", "ERR_1007",
      "the source has a syntax error: the job's own failure"),
    # --- disk images ---------------------------------------------------------------------------
    c("cc1541-file-missing", "cc1541", "cc1541 -n DEMO -f GAME -w build/game.prg disk.d64",
      "ERR_1003", "the program to put on the disk image does not exist", path="build/game.prg"),
    c("cc1541-image-enospc", "cc1541", f"cc1541 -n DEMO -f GAME -w {B}/ok.o $M/disk.d64 1>&2",
      "ERR_1012", "the disk image is written to a full filesystem", mount="full"),
    c("cpmls-image-missing", "cpmls", "cpmls -f ibm-3740 images/system.img", "ERR_1003",
      "the disk image to list does not exist", path="images/system.img"),
    c("neg-cpmls-unknown-format", "cpmls", f"cpmls -f osborne9 {B}/cpm.img", "ERR_1007",
      "an unknown disk format name in the tool's own world"),
    c("cpmcp-source-missing", "cpmcp", f"cp {B}/cpm.img .; cpmcp -f ibm-3740 cpm.img build/game.com 0:",
      "ERR_1003", "the file to copy onto the image does not exist", path="build/game.com"),
    c("mkfs-cpm-rofs", "mkfs.cpm", "mkfs.cpm -f ibm-3740 $M/disk.img", "ERR_1012",
      "the new image goes to a read-only mount", mount="ro"),
    c("mkfs-cpm-enospc", "mkfs.cpm", "mkfs.cpm -f ibm-3740 $M/disk.img", "ERR_1012",
      "the new image does not fit on the full filesystem", mount="full"),
    c("neg-fsck-cpm-corrupt", "fsck.cpm", f"fsck.cpm -n -f ibm-3740 {B}/corrupt.img 1>&2", "ERR_1007",
      "the image is corrupt: the check reports the job's own bad data"),
    c("hmount-image-missing", "hmount", H + "hmount images/mac.hfs", "ERR_1003",
      "the HFS image to mount does not exist", path="images/mac.hfs"),
    c("hmount-image-eacces", "hmount", H + f"hmount {B}/hfs-private.img", "ERR_1002",
      "the image is readable only by root", user=NB, path=f"{B}/hfs-private.img"),
    c("neg-hmount-corrupt", "hmount", H + f"hmount {B}/corrupt.img", "ERR_1007",
      "the image is not an HFS volume: corrupt input"),
    c("hformat-rofs", "hformat", H + "hformat -l Games $M/existing.txt", "ERR_1012",
      "the image to format is on a read-only mount", mount="ro"),
    c("hformat-image-missing", "hformat", H + "hformat -l Games images/new.hfs", "ERR_1003",
      "the image file to format does not exist", path="images/new.hfs"),
    c("hcopy-source-missing", "hcopy", H + f"cp {B}/hfs.img .; hmount hfs.img >/dev/null; hcopy build/app.bin :",
      "ERR_1003", "the file to copy into the volume does not exist", path="build/app.bin"),
    c("neg-hls-no-volume", "hls", H + "hls", "ERR_1007",
      "no volume was mounted first: the job's own mistake"),
    c("tzxlist-input-missing", "tzxlist", "tzxlist tapes/game.tzx", "ERR_1003",
      "the tape image to list does not exist", path="tapes/game.tzx"),
    c("neg-tzxlist-corrupt", "tzxlist", f"tzxlist {B}/junk.tzx", "ERR_1007",
      "the file is not a tape image: corrupt input"),
    c("snapconv-input-missing", "snapconv", f"snapconv {B}/nope.z80 $M/game.szx", "ERR_1003",
      "the snapshot to convert does not exist", path=f"{B}/nope.z80"),
    # --- more: permissions, storage, wrong architecture ------------------------------------------
    c("cpmls-image-eacces", "cpmls", f"cpmls -f ibm-3740 {B}/hfs-private.img", "ERR_1002",
      "the image is readable only by root", user=NB, path=f"{B}/hfs-private.img"),
    c("mkfs-cpm-eacces", "mkfs.cpm", f"mkfs.cpm -f ibm-3740 {RD}/disk.img", "ERR_1002",
      "the directory for the new image is not writable by the job's user", user=NB),
    c("hformat-image-eacces", "hformat", H + f"hformat -l Games {B}/hfs-private.img", "ERR_1002",
      "the image to format is readable only by root", user=NB, path=f"{B}/hfs-private.img"),
    c("tzxlist-input-eacces", "tzxlist", f"tzxlist {L}/secret.txt", "ERR_1002",
      "the tape image is in a directory the job's user cannot enter", user=NB, path=f"{L}/secret.txt"),
    c("da65-output-rofs", "da65", f"da65 -o $M/kernal.s {B}/ok.o", "ERR_1012",
      "the disassembly goes to a read-only mount", mount="ro", path="$M/kernal.s"),
    c("pasmo-include-missing", "pasmo", f"pasmo {B}/inc.z80 x.bin", "ERR_1003",
      "the file the source includes does not exist"),
    c("z80asm-include-missing", "z80asm", f"z80asm -i {B}/inc.z80 -o x.bin", "ERR_1003",
      "the file the source includes does not exist"),
    c("cpmcp-image-enospc", "cpmcp", f"cpmcp -f ibm-3740 {B}/cpm.img 0:hello.txt $M/hello.txt", "ERR_1012",
      "the copied-out file goes to a full filesystem", mount="full"),
    c("hcopy-out-rofs", "hcopy", H + f"cp {B}/hfs.img .; hmount hfs.img >/dev/null; hcopy {B}/hello.txt : && hcopy :hello $M/hello.txt",
      "ERR_1012", "the file copied out of the volume goes to a read-only mount", mount="ro"),
    c("cl65-assembler-missing", "cl65",
      f"mkdir bin; cp /usr/bin/cl65 /usr/bin/cc65 bin/; cp {B}/main.c .; PATH=$PWD/bin ./bin/cl65 -t c64 -o g.prg main.c",
      "ERR_1001", "the assembler the driver runs after compiling is not installed", command="./bin/ca65"),
    c("cl65-linker-missing", "cl65",
      f"mkdir bin; cp /usr/bin/cl65 /usr/bin/ca65 bin/; cp {B}/ok.s .; PATH=$PWD/bin ./bin/cl65 -t none -o g.bin ok.s",
      "ERR_1001", "the linker the driver runs is not installed", command="./bin/ld65"),
    c("cl65-asm-fork-eagain", "cl65", f"cp {B}/ok.s .; ulimit -u 1; cl65 -t none -o g.bin ok.s",
      "ERR_1004", "the driver cannot start the assembler under the process limit", user=NB),
    c("neg-64tass-bad-option", "64tass", f"64tass --cpu=z80 -o g.prg {B}/ok.a 1>&2", "ERR_1007",
      "an unknown CPU name: a usage error"),
    c("neg-sim65-not-program", "sim65", f"sim65 {B}/junk.o", "ERR_1007",
      "the file is not a sim65 program: bad input"),
    c("neg-cc1541-bad-option", "cc1541", "cc1541 -Q disk.d64 1>&2", "ERR_1007",
      "an unknown option: a usage error"),
    c("neg-ca65-undefined-macro", "ca65", "printf '  ldx_ptr foo\\n' > m.s; ca65 -o m.o m.s", "ERR_1007",
      "the source uses a mnemonic or macro that does not exist: the job's own failure"),
]

"""Sealed batch 29: embedded/firmware toolchains, fonts and translation tooling."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (91.4% of codes, 74/81), then worked on."""
B = f"{R}/batch29"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
FONT = "/usr/share/fonts/truetype/lato/Lato-Medium.ttf"

FIXTURES = r"""
mkdir -p fw po dts font bin
printf '#include <avr/io.h>\nint main(void){ DDRB = 0xff; for(;;) PORTB ^= 1; }\n' > fw/main.c
printf 'int main(void){ int x = 1\n  return x;\n}\n' > fw/bad.c
printf '#include "board_config.h"\nint main(void){ return BOARD_ID; }\n' > fw/needs_header.c
printf 'void not_main(void){}\n' > fw/nomain.c
printf 'extern void init_clock(void);\nint main(void){ init_clock(); return 0; }\n' > fw/undef.c
avr-gcc -mmcu=atmega328p -Os -o fw/main.elf fw/main.c
avr-objcopy -O ihex fw/main.elf fw/main.hex
printf ':10000000GARBAGE0000000000000000000000000\n' > fw/corrupt.hex
printf 'this is not an elf file\n' > fw/notelf.elf
printf 'void main(void){ int a = ; }\n' > fw/bad8051.c
printf 'void main(void){ }\n' > fw/ok8051.c
printf '\tprocessor 16f84a\n\tinclude "p16f84a.inc"\n\torg 0\n\tmovlw 0x10\n\tgoto start\n\tend\n' > fw/badref.asm
printf '\tprocessor 16f84a\n\torg 0\nstart\tmovlw 0x10\n\tbogusop 3\n\tend\n' > fw/badop.asm
printf '\tprocessor 16f84a\n\torg 0\nstart\tmovlw 0x10\n\tgoto start\n\tend\n' > fw/ok.asm
printf '/dts-v1/;\n/ {\n\tcompatible = "acme,board";\n\tmodel = "Acme";\n\tmemory@0 { device_type = "memory"; reg = <0 0x1000>; };\n};\n' > dts/board.dts
printf '/dts-v1/;\n/ {\n\tcompatible = "acme,board"\n\tmodel = "Acme";\n};\n' > dts/bad.dts
printf '/dts-v1/;\n/include/ "soc.dtsi"\n/ { model = "Acme"; };\n' > dts/incl.dts
printf '/dts-v1/;\n/ { uart: serial@1000 { reg = <0x1000 0x100>; }; chosen { stdout-path = &gpio0; }; };\n' > dts/badref.dts
dtc -I dts -O dtb -o dts/board.dtb dts/board.dts
printf 'not a device tree blob at all, just text padding padding padding\n' > dts/garbage.dtb
printf '/dts-v1/;\n/ {\n\tdescription = "kernel";\n\t#address-cells = <1>;\n\timages { kernel { description = "k"; data = /incbin/("kernel.bin"); type = "kernel"; arch = "arm"; os = "linux"; compression = "none"; load = <0x80000>; entry = <0x80000>; }; };\n\tconfigurations { default = "conf"; conf { kernel = "kernel"; }; };\n};\n' > dts/image.its
head -c 4096 /dev/zero > dts/kernel.bin
head -c 2048 /dev/urandom > dts/random.bin
cat > po/hello.c <<'EOF'
#include <libintl.h>
#include <stdio.h>
#define _(s) gettext(s)
int main(void){ printf(_("Hello, world\n")); printf(_("File not found: %s\n"), "x"); printf(_("Permission denied\n")); return 0; }
EOF
printf 'int main(void){ puts(_("unterminated); return 0; }\n' > po/badstr.c
xgettext -k_ -o po/messages.pot po/hello.c
sed -i 's/charset=CHARSET/charset=UTF-8/' po/messages.pot
cat > po/de.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: de\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Hello, world\n"
msgstr "Hallo, Welt\n"

msgid "File not found: %s\n"
msgstr "Datei nicht gefunden: %s\n"
EOF
cat > po/broken.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Hello, world\n"
msgstr "Hallo, Welt\n"
msgid "Permission denied\n"
msgstr "Zugriff verweigert
EOF
cat > po/dup.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Disk full"
msgstr "Festplatte voll"

msgid "Disk full"
msgstr "Kein Speicherplatz"
EOF
cat > po/fuzzy.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: fr\n"

msgid "Cannot open %s: %s"
msgstr "Impossible d'ouvrir %d"

msgid "No space left on device"
msgstr "Plus de place sur le périphérique."
EOF
cat > po/badcharset.po <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=KOI8-BOGUS\n"

msgid "Read-only"
msgstr "Nur lesen"
EOF
msgfmt -o po/de.mo po/de.po
printf 'not a mo file, missing magic number\n' > po/corrupt.mo
cat > po/po4a.cfg <<'EOF'
[po4a_langs] de
[po4a_paths] po/doc.pot $lang:po/doc.$lang.po
[type: text] README $lang:README.$lang
EOF
printf 'Usage\n=====\n\nRun the tool.\n' > po/README
cat > po/po4a-missing.cfg <<'EOF'
[po4a_langs] de
[po4a_paths] doc.pot $lang:doc.$lang.po
[type: text] /nonexistent/manual.txt $lang:manual.$lang.txt
EOF
cat > po/page.xml <<'EOF'
<?xml version="1.0"?>
<page><title>Install</title><p>Run the installer.</p></page>
EOF
printf '<?xml version="1.0"?>\n<page><title>Install</title><p>Run the <b>installer.</p></page>\n' > po/badpage.xml
cat > po/app_de.ts <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Main</name>
<message><source>Open</source><translation>Öffnen</translation></message>
</context>
</TS>
EOF
printf '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de_DE">\n<context><name>Main</name>\n<message><source>Open</source><translation>Öffnen</translation>\n</context>\n</TS>\n' > po/bad_de.ts
printf 'caf\xe9 latin1 text\n' > po/latin1.txt
cp po/de.po po/checkme.po
cp po/fuzzy.po po/fr.po
cp "FONT_SRC" font/Lato.ttf
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf font/DejaVuSans.ttf
head -3 po/de.po > po/big.po
printf '\n' >> po/big.po
for i in $(seq 3000); do printf 'msgid "Message number %s of the catalog"\nmsgstr "Meldung Nummer %s des Katalogs"\n\n' $i $i; done >> po/big.po
printf 'not a font file, just some bytes that are not sfnt\n' > font/broken.ttf
cat > font/fonts.conf <<'EOF'
<?xml version="1.0"?>
<fontconfig><dir>DIRPLACE</dir><cachedir>DIRPLACE/cache</cachedir></fontconfig>
EOF
sed -i "s#DIRPLACE#$PWD/font#g" font/fonts.conf
printf '<?xml version="1.0"?>\n<fontconfig><dir>/tmp</dir>\n<match><test name="family"><string>x</string></test>\n</fontconfig>\n' > font/bad-fonts.conf
printf 'import fontforge\nf = fontforge.open("/nonexistent/fonts/Brand.sfd")\n' > font/open_missing.py
printf 'Open($1)\nSelect("A")\nSetWidth(\n' > font/bad.pe
printf 'Open($1)\nGenerate($2)\n' > font/gen.pe
cat > fw/avrdude-ok.conf <<'EOF'
# empty config
EOF
printf 'programmer\n  id = "broken"\n  type = ;\n' > fw/avrdude-bad.conf
printf 'adapter driver nosuchdriver\n' > fw/openocd-bad.cfg
printf 'source [find interface/hodei-board-v3.cfg]\n' > fw/openocd-missing.cfg
# a foreign-architecture "as" for the compiler driver to spawn
mkdir -p fw/badas
cp fw/main.elf fw/badas/as
chmod 755 fw/badas/as
chmod -R a+rX .
""".replace("FONT_SRC", FONT)

C = "C.UTF-8"


def case(id, tool, script, code, why, **kw):
    d = dict(id=id, tool=tool, script=script, code=code, why=why)
    d.update(kw)
    return d


CASES = [
    # --- avr-gcc / binutils-avr --------------------------------------------------------------
    case("avr-gcc-src-missing", "avr-gcc", "avr-gcc -mmcu=atmega328p -o fw.elf /nonexistent/src/main.c",
         "ERR_1003", "the source file given to the compiler does not exist",
         path="/nonexistent/src/main.c"),
    case("avr-gcc-header-missing", "avr-gcc", f"avr-gcc -mmcu=atmega328p -c {B}/fw/needs_header.c -o x.o",
         "ERR_1003", "an included header the build needs is missing from the tree",
         path="board_config.h"),
    case("avr-gcc-linker-script-missing", "avr-gcc",
         f"avr-gcc -mmcu=atmega328p -T /nonexistent/ld/atmega328p.x -o fw.elf {B}/fw/main.c",
         "ERR_1003", "the linker script named on the command line does not exist",
         path="/nonexistent/ld/atmega328p.x"),
    case("avr-gcc-as-wrong-arch", "avr-gcc",
         f"avr-gcc -mmcu=atmega328p -B {B}/fw/badas/ -c -o x.o {B}/fw/main.c",
         "ERR_1004", "the assembler the driver spawns is a binary for another architecture (exec format error)"),
    case("avr-gcc-fork-limit", "avr-gcc",
         f"ulimit -u 1; avr-gcc -mmcu=atmega328p -c -o /tmp/b29-x.o {B}/fw/main.c",
         "ERR_1004", "the driver could not fork its compiler proper under the process limit", user="nobody"),
    case("avr-gcc-out-denied", "avr-gcc", f"avr-gcc -mmcu=atmega328p -o {RD}/fw.elf {B}/fw/main.c",
         "ERR_1002", "the job's user may not write the output into a root-owned directory",
         user="nobody", path=f"{RD}/fw.elf"),
    case("avr-gcc-out-rofs", "avr-gcc", f"avr-gcc -mmcu=atmega328p -o $M/fw.elf {B}/fw/main.c",
         "ERR_1012", "the output goes to a read-only file system", mount="ro", path="$M/fw.elf"),
    case("avr-gcc-out-full", "avr-gcc", f"avr-gcc -mmcu=atmega328p -g3 -c -o $M/main.o {B}/fw/main.c",
         "ERR_1012", "the object file could not be written on a full disk", mount="full"),
    case("de-avr-gcc-src-missing", "avr-gcc", "avr-gcc -mmcu=atmega328p -c /nonexistent/firmware/main.c",
         "ERR_1003", "the source file does not exist (German messages)", lang="de_DE.UTF-8",
         path="/nonexistent/firmware/main.c"),
    case("neg-avr-gcc-syntax", "avr-gcc", f"avr-gcc -mmcu=atmega328p -c -o x.o {B}/fw/bad.c",
         "ERR_1007", "a syntax error in the job's own source"),
    case("neg-avr-gcc-undefined", "avr-gcc", f"avr-gcc -mmcu=atmega328p -o fw.elf {B}/fw/undef.c",
         "ERR_1007", "the link fails on an undefined reference in the job's own code"),
    case("neg-avr-gcc-unknown-mcu", "avr-gcc", f"avr-gcc -mmcu=atmega9999 -c -o x.o {B}/fw/main.c",
         "ERR_1007", "an unknown MCU name is a usage error of the job", miss="an unknown MCU name shows as its device-specs file missing, said with the OS's ENOENT"),
    case("avr-objcopy-out-full", "avr-objcopy", f"avr-objcopy -O binary --gap-fill 0xff --pad-to 0x20000 {B}/fw/main.elf $M/fw.bin",
         "ERR_1012", "the padded image does not fit on the full disk", mount="full"),
    case("neg-avr-objcopy-not-elf", "avr-objcopy", f"avr-objcopy -O ihex {B}/fw/notelf.elf out.hex",
         "ERR_1007", "the input is not an object file: bad input data"),
    case("avr-size-denied", "avr-size", f"avr-size {L}/secret.txt", "ERR_1002",
         "the job's user may not read the file in a root-only directory", user="nobody",
         path=f"{L}/secret.txt"),
    # --- avrdude ---------------------------------------------------------------------------------
    case("avrdude-config-missing", "avrdude",
         f"avrdude -C /nonexistent/etc/avrdude.conf -c dryrun -p m328p -U flash:w:{B}/fw/main.hex:i",
         "ERR_1003", "the configuration file passed with -C does not exist",
         path="/nonexistent/etc/avrdude.conf"),
    case("neg-avrdude-unknown-programmer", "avrdude",
         f"avrdude -c hodeiprog -p m328p -U flash:w:{B}/fw/main.hex:i",
         "ERR_1007", "an unknown programmer id is a usage error of the job"),
    case("sdcc-src-missing", "sdcc", "sdcc -mmcs51 /nonexistent/src/blink.c", "ERR_1003",
         "the source file does not exist", path="/nonexistent/src/blink.c"),
    case("neg-sdcc-syntax", "sdcc", f"cp {B}/fw/bad8051.c .; sdcc -mmcs51 -c bad8051.c",
         "ERR_1007", "a syntax error in the job's source"),
    case("neg-gpasm-undefined-symbol", "gpasm", f"cp {B}/fw/badref.asm .; gpasm badref.asm 1>&2",
         "ERR_1007", "a jump to a label the job's own source never defines"),
    case("neg-gpasm-bad-opcode", "gpasm", f"cp {B}/fw/badop.asm .; gpasm badop.asm 1>&2",
         "ERR_1007", "an unknown mnemonic in the job's own assembler source"),
    case("gpasm-out-rofs", "gpasm", f"cp {B}/fw/ok.asm .; gpasm -o $M/ok.hex ok.asm 1>&2",
         "ERR_1012", "the hex output goes to a read-only file system", mount="ro",
         path="$M/ok.cod"),
    case("gplink-obj-missing", "gplink", "gplink -o app.hex /nonexistent/build/main.o 1>&2", "ERR_1003",
         "the object file to link does not exist", path="/nonexistent/build/main.o"),
    # --- device tree compiler -------------------------------------------------------------------
    case("dtc-include-missing", "dtc", f"dtc -I dts -O dtb -o x.dtb {B}/dts/incl.dts",
         "ERR_1003", "the included .dtsi file does not exist", path="soc.dtsi"),
    case("neg-dtc-syntax", "dtc", f"dtc -I dts -O dtb -o x.dtb {B}/dts/bad.dts",
         "ERR_1007", "a syntax error in the device tree source"),
    case("neg-dtc-bad-ref", "dtc", f"dtc -I dts -O dtb -o x.dtb {B}/dts/badref.dts",
         "ERR_1007", "a reference to a label that the source does not define"),
    case("dtc-out-rofs", "dtc", f"dtc -I dts -O dtb -o $M/board.dtb {B}/dts/board.dts",
         "ERR_1012", "the blob goes to a read-only file system", mount="ro", path="$M/board.dtb"),
    case("dtc-out-inodes", "dtc", f"touch $M/f1 $M/f2 $M/f3 $M/f4 2>/dev/null || true; dtc -I dts -O dtb -o $M/board.dtb {B}/dts/board.dts",
         "ERR_1012", "no inodes left to create the output", mount="inodes", path="$M/board.dtb"),
    case("neg-fdtdump-garbage", "fdtdump", f"fdtdump {B}/dts/garbage.dtb", "ERR_1007",
         "the file is not a device tree blob: bad input"),
    case("fdtget-denied", "fdtget", f"fdtget {L}/secret.txt / model", "ERR_1002",
         "the job's user may not read a file in a root-only directory", user="nobody",
         path=f"{L}/secret.txt"),
    # --- mkimage --------------------------------------------------------------------------------
    case("mkimage-data-missing", "mkimage",
         "mkimage -A arm -O linux -T kernel -C none -a 0x80000 -e 0x80000 -n k -d /nonexistent/build/zImage uImage",
         "ERR_1003", "the kernel image to wrap does not exist", path="/nonexistent/build/zImage"),
    case("mkimage-dtc-missing", "mkimage",
         f"cp {B}/dts/image.its {B}/dts/kernel.bin .; mkdir nodtc; PATH=$PWD/nodtc /usr/bin/mkimage -f image.its out.itb",
         "ERR_1001", "mkimage spawns dtc to compile the image tree source and dtc is not on PATH",
         command="dtc"),
    case("mkimage-out-rofs", "mkimage",
         f"mkimage -A arm -O linux -T kernel -C none -a 0x80000 -e 0x80000 -n k -d {B}/dts/kernel.bin $M/uImage",
         "ERR_1012", "the image goes to a read-only file system", mount="ro",
         path="$M/uImage"),
    case("neg-mkimage-bad-type", "mkimage",
         f"mkimage -A arm -O linux -T hodeiboot -C none -d {B}/dts/kernel.bin uImage",
         "ERR_1007", "an unknown image type is a usage error"),
    # --- srecord --------------------------------------------------------------------------------
    case("srec-cat-missing", "srec_cat", "srec_cat /nonexistent/build/fw.hex -intel -o fw.bin -binary",
         "ERR_1003", "the input hex file does not exist", path="/nonexistent/build/fw.hex"),
    case("srec-cat-out-full", "srec_cat",
         f"srec_cat {B}/fw/main.hex -intel -fill 0xff 0 0x40000 -o $M/fw.bin -binary",
         "ERR_1012", "the filled image does not fit on the full disk", mount="full",
         path="$M/fw.bin"),
    case("neg-srec-cat-corrupt", "srec_cat", f"srec_cat {B}/fw/corrupt.hex -intel -o fw.bin -binary",
         "ERR_1007", "the Intel hex input is corrupt"),
    # --- openocd / sigrok -----------------------------------------------------------------------
    case("openocd-cfg-missing", "openocd", "openocd -f /nonexistent/boards/acme.cfg -c shutdown",
         "ERR_1003", "the board configuration file does not exist",
         path="/nonexistent/boards/acme.cfg"),
    case("openocd-source-missing", "openocd", f"openocd -f {B}/fw/openocd-missing.cfg -c shutdown",
         "ERR_1003", "the interface script the configuration sources is not installed",
         path="interface/hodei-board-v3.cfg"),
    case("neg-openocd-bad-driver", "openocd", f"openocd -f {B}/fw/openocd-bad.cfg -c shutdown",
         "ERR_1007", "an unknown adapter driver name in the job's configuration"),
    case("neg-sigrok-unknown-driver", "sigrok-cli", "sigrok-cli --driver hodei-la --scan",
         "ERR_1007", "an unknown driver name is a usage error"),
    case("sigrok-input-missing", "sigrok-cli", "sigrok-cli -i /nonexistent/captures/bus.sr --show",
         "ERR_1003", "the capture file does not exist", path="/nonexistent/captures/bus.sr"),
    # --- gettext --------------------------------------------------------------------------------
    case("xgettext-src-missing", "xgettext", "xgettext -k_ -o messages.pot /nonexistent/src/app.c",
         "ERR_1003", "the source file to extract from does not exist", path="/nonexistent/src/app.c"),
    case("fr-xgettext-src-missing", "xgettext", "xgettext -k_ -o messages.pot /nonexistent/src/app.c",
         "ERR_1003", "the source file does not exist (French messages)", lang="fr_FR.UTF-8",
         path="/nonexistent/src/app.c"),
    case("xgettext-out-inodes", "xgettext", f"touch $M/f1 $M/f2 $M/f3 $M/f4 2>/dev/null || true; xgettext -k_ -o $M/messages.pot {B}/po/hello.c",
         "ERR_1012", "no inodes left for the template", mount="inodes"),
    case("msgmerge-pot-missing", "msgmerge", f"msgmerge -o de.po {B}/po/de.po /nonexistent/po/messages.pot",
         "ERR_1003", "the template to merge does not exist", path="/nonexistent/po/messages.pot"),
    case("de-msgmerge-pot-missing", "msgmerge", f"msgmerge -o de.po {B}/po/de.po /nonexistent/po/messages.pot",
         "ERR_1003", "the template does not exist (German messages)", lang="de_DE.UTF-8",
         path="/nonexistent/po/messages.pot"),
    case("neg-msgmerge-broken-po", "msgmerge", f"msgmerge -o out.po {B}/po/broken.po {B}/po/messages.pot",
         "ERR_1007", "the translation file has an unterminated string"),
    case("neg-es-msgmerge-broken-po", "msgmerge", f"msgmerge -o out.po {B}/po/broken.po {B}/po/messages.pot",
         "ERR_1007", "the translation file is malformed (Spanish messages)", lang="es_ES.UTF-8"),
    case("msgmerge-out-denied", "msgmerge", f"msgmerge -o {RD}/de.po {B}/po/de.po {B}/po/messages.pot",
         "ERR_1002", "the job's user may not write into a root-owned directory", user="nobody",
         path=f"{RD}/de.po"),
    case("msginit-out-inodes", "msginit",
         f"touch $M/f1 $M/f2 $M/f3 $M/f4 2>/dev/null || true; msginit --no-translator -l de_DE -i {B}/po/messages.pot -o $M/de.po",
         "ERR_1012", "no inodes left to create the new translation", mount="inodes"),
    case("neg-msgcat-dup", "msgcat", f"msgcat -o out.po {B}/po/dup.po",
         "ERR_1007", "a duplicate message definition in the job's own file"),
    case("neg-msgunfmt-corrupt", "msgunfmt", f"msgunfmt {B}/po/corrupt.mo",
         "ERR_1007", "the file is not a valid message catalog"),
    case("neg-it-msgunfmt-corrupt", "msgunfmt", f"msgunfmt {B}/po/corrupt.mo",
         "ERR_1007", "the file is not a valid catalog (Italian messages)", lang="it_IT.UTF-8"),
    case("neg-msgconv-bad-charset", "msgconv", f"msgconv -t UTF-8 {B}/po/badcharset.po",
         "ERR_1007", "the file declares a charset that does not exist"),
    case("neg-pt-msgattrib-broken", "msgattrib", f"msgattrib --only-fuzzy {B}/po/broken.po",
         "ERR_1007", "the translation file is malformed (Portuguese messages)", lang="pt_BR.UTF-8"),
    # --- po4a / intltool / itstool --------------------------------------------------------------
    case("po4a-cfg-missing", "po4a", "po4a /nonexistent/po/po4a.cfg", "ERR_1003",
         "the po4a configuration file does not exist", path="/nonexistent/po/po4a.cfg"),
    case("po4a-master-missing", "po4a", f"cp {B}/po/po4a-missing.cfg .; po4a po4a-missing.cfg",
         "ERR_1003", "the master document the configuration names does not exist",
         path="/nonexistent/manual.txt"),
    case("po4a-msginit-missing", "po4a",
         f"mkdir -p po b; cp {B}/po/po4a.cfg {B}/po/README .; ln -s /usr/bin/perl b/perl; ln -s /bin/sh b/sh; PATH=$PWD/b perl /usr/bin/po4a po4a.cfg",
         "ERR_1001", "po4a runs the gettext tools (msginit) and they are not on PATH", command="msginit"),
    case("neg-itstool-bad-xml", "itstool", f"itstool -o out.pot {B}/po/badpage.xml",
         "ERR_1007", "the XML document is not well-formed"),
    # --- Qt linguist ----------------------------------------------------------------------------
    case("lrelease-ts-missing", "lrelease", "lrelease /nonexistent/i18n/app_de.ts -qm app_de.qm",
         "ERR_1003", "the translation source does not exist", path="/nonexistent/i18n/app_de.ts"),
    case("neg-lrelease-bad-ts", "lrelease", f"lrelease {B}/po/bad_de.ts -qm out.qm",
         "ERR_1007", "the .ts file is not well-formed XML"),
    case("lrelease-out-denied", "lrelease", f"lrelease {B}/po/app_de.ts -qm {RD}/app_de.qm",
         "ERR_1002", "the job's user may not write the .qm into a root-owned directory", user="nobody",
         path=f"{RD}/app_de.qm"),
    # --- translate-toolkit ----------------------------------------------------------------------
    # --- uconv ----------------------------------------------------------------------------------
    case("neg-uconv-bad-codepage", "uconv", f"uconv -f hodei-8 -t utf-8 {B}/po/latin1.txt",
         "ERR_1007", "an unknown codepage name is a usage error"),
    case("neg-uconv-illegal-bytes", "uconv", f"uconv --callback stop -f utf-8 -t ascii {B}/po/latin1.txt",
         "ERR_1007", "the input is not valid in the declared encoding: bad data"),
    # --- fonts ----------------------------------------------------------------------------------
    case("neg-fc-query-broken", "fc-query", f"fc-query {B}/font/broken.ttf", "ERR_1007",
         "the file is not a font"),
    case("neg-fc-match-bad-conf", "fc-match", f"FONTCONFIG_FILE={B}/font/bad-fonts.conf fc-match sans; exit 1",
         "ERR_1007", "the fontconfig configuration file is malformed XML"),
    case("neg-ttfautohint-broken", "ttfautohint", f"ttfautohint {B}/font/broken.ttf out.ttf",
         "ERR_1007", "the input is not a valid font"),
    case("ttfautohint-out-full", "ttfautohint", f"ttfautohint {B}/font/DejaVuSans.ttf $M/DejaVuSans-hinted.ttf",
         "ERR_1012", "the hinted font does not fit on the full disk", mount="full", miss="'invalid stream write' says a write failed, not why"),
    case("neg-otfinfo-broken", "otfinfo", f"otfinfo -i {B}/font/broken.ttf", "ERR_1007",
         "the file is not an OpenType font"),
    case("fonttools-merge-missing", "fonttools",
         f"fonttools merge {B}/font/Lato.ttf /nonexistent/fonts/Extra.ttf --output-file=merged.ttf",
         "ERR_1003", "one of the fonts to merge does not exist", path="/nonexistent/fonts/Extra.ttf"),
    case("fontforge-script-missing", "fontforge", "fontforge -lang=ff -script /nonexistent/scripts/build.pe",
         "ERR_1003", "the build script does not exist", path="/nonexistent/scripts/build.pe"),
    case("neg-fontforge-script-syntax", "fontforge",
         f"fontforge -lang=ff -script {B}/font/bad.pe {B}/font/Lato.ttf",
         "ERR_1007", "a syntax error in the job's own font script"),
    # --- more ---------------------------------------------------------------------------------
    case("sdcc-fork-limit", "sdcc", f"cp {B}/fw/ok8051.c .; ulimit -u 1; sdcc -mmcs51 -c ok8051.c",
         "ERR_1004", "under the process limit the compiler could not start its preprocessor (the message blames a file, but no process could be created)",
         user="nobody", miss="'Preproc file not found: Cannot allocate memory' says a file is missing and memory short; the process limit shows in neither"),
    case("fr-msgcat-in-missing", "msgcat", "msgcat -o all.po /nonexistent/po/fr.po", "ERR_1003",
         "the catalog to concatenate does not exist (French messages)", lang="fr_FR.UTF-8",
         path="/nonexistent/po/fr.po"),
    case("neg-xgettext-unknown-language", "xgettext", f"xgettext -L Klingon -o messages.pot {B}/po/hello.c",
         "ERR_1007", "an unknown source language name is a usage error"),
    case("lupdate-project-missing", "lupdate", "lupdate /nonexistent/app/app.pro -ts app_de.ts",
         "ERR_1003", "the Qt project file to scan does not exist", path="/nonexistent/app/app.pro"),
    case("fonttools-merge-out-full", "fonttools",
         f"fonttools merge {B}/font/Lato.ttf --output-file=$M/merged.ttf",
         "ERR_1012", "the merged font could not be written on a full disk", mount="full"),
    case("avr-gcc-wrapper-missing", "avr-gcc",
         f"avr-gcc -mmcu=atmega328p -wrapper hodei-ccache -c -o main.o {B}/fw/main.c",
         "ERR_1001", "the wrapper program the build puts in front of the compiler is not installed",
         command="hodei-ccache"),
    case("it-xgettext-out-denied", "xgettext", f"xgettext -k_ -o {RD}/messages.pot {B}/po/hello.c",
         "ERR_1002", "the job's user may not create the template in a root-owned directory (Italian messages)",
         user="nobody", lang="it_IT.UTF-8", path=f"{RD}/messages.pot"),
    case("pt-msginit-out-rofs", "msginit",
         f"msginit --no-translator -l pt_BR -i {B}/po/messages.pot -o $M/pt_BR.po",
         "ERR_1012", "the new translation goes to a read-only file system (Portuguese messages)",
         mount="ro", lang="pt_BR.UTF-8", path="$M/pt_BR.po"),
]

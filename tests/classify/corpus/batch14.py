"""Batch 14: network service configuration, accounting, file juggling and media tools (caddy,
keepalived, ipset, conntrack, chrony, hostapd, wpa_supplicant, smartctl, util-linux, hledger,
ledger, taskwarrior, stow, mmv, rename, trash-cli, qrencode, zbarimg, espeak-ng, abcm2ps,
timidity, pwgen, ssss)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (80.2% of codes, 69/86), then worked on."""
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
B = f"{R}/batch14"
NOBODY = "nobody"

FIXTURES = r"""
printf ':8080 {\n\treverse_proxy 127.0.0.1:9000\n\tno_such_directive on\n}\n' > bad.Caddyfile
printf ':8080 {\n\trespond "ok"\n}\n' > good.Caddyfile
printf 'global_defs {\n  router_id LB1\n}\nvrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 300\n  priority abc\n  virtual_ipaddress {\n    10.0.0.300/24\n  }\n' > bad-keepalived.conf
printf 'server 127.0.0.1 iburst\nmakestep 1.0 3\nnosuchdirective yes\n' > bad-chrony.conf
printf 'interface=wlan0\ndriver=nl80211\nssid=corp\nhw_mode=q\nchannel=999\nwpa=2\nwpa_passphrase=short\n' > bad-hostapd.conf
printf 'ctrl_interface=/run/wpa_supplicant\nnetwork={\n\tssid="corp"\n\tpsk="short"\n\tkey_mgmt=WPA-PSK\n}\n' > bad-wpa.conf
printf 'network={\n\tssid="corp"\n\tpsk="correct horse battery"\n}\n' > good-wpa.conf
printf '2024-01-05 groceries\n    expenses:food        42.00 EUR\n    assets:checking     -40.00 EUR\n' > unbalanced.journal
printf 'account assets:checking\naccount expenses:food\n\n2024-01-05 rent\n    expenses:rent        900 EUR\n    assets:checking\n' > undeclared.journal
printf '2024-01-05 groceries\n    expenses:food        42.00 EUR\n    assets:checking     -42.00 EUR\n' > good.journal
printf '2024/01/05 Groceries\n    Expenses:Food        $42.00\n    Assets:Checking     $-40.00\n' > unbalanced.ledger
printf 'include /nonexistent/ledger/2023.ledger\n\n2024/01/05 Groceries\n    Expenses:Food        $42.00\n    Assets:Checking\n' > include.ledger
printf '2024/13/45 Bad date\n    Expenses:Food        $1.00\n    Assets:Checking\n' > baddate.ledger
mkdir -p dotfiles/vim dotfiles/bash home-conflict
printf 'set number\n' > dotfiles/vim/.vimrc
printf 'alias ll="ls -l"\n' > dotfiles/bash/.bashrc
printf 'my own vimrc\n' > home-conflict/.vimrc
printf 'X:1\nT:Reel\nM:4/4\nL:1/8\nK:D\n|:d2fd Adfd|\n' > tune.abc
printf 'X:1\nT:Broken\nM:4/4\nL:1/8\nK:Qmaj\n|: d2 [fd | Ad } fd ))|\n' > broken.abc
printf 'MThd\000\000\000\006garbage garbage garbage\n' > broken.mid
printf 'this is not a gerber file at all\n' > broken.gbr
printf 'G04 simple*\n%%FSLAX24Y24*%%\n%%MOIN*%%\n%%ADD10C,0.010*%%\nD10*\nX0Y0D02*\nX10000Y10000D01*\nM02*\n' > board.gbr
qrencode -o qr.png 'hello'
printf '\211PNG\r\n\032\nthis is truncated' > broken.png
printf 'Hello from the build.\n' > speech.txt
printf '1-abcdef\n2-123456\n' > bad-shares.txt
mkdir -p addons
cp /bin/true addons/hledger-forecast
printf '\267\000' | dd of=addons/hledger-forecast bs=1 seek=18 conv=notrunc status=none
printf '#!/bin/sh\nhodei-fx-rates --update "$@"\n' > addons/hledger-rates
chmod 755 addons/*
printf 'README\n' > notes.txt
chmod -R a+rX .
"""

CASES = [
    # --- caddy -------------------------------------------------------------------------------
    dict(id="caddy-validate-missing", tool="caddy",
         script="caddy validate --config /nonexistent/etc/caddy/Caddyfile", code="ERR_1003",
         why="the Caddyfile to validate does not exist", path="/nonexistent/etc/caddy/Caddyfile"),
    dict(id="neg-caddy-validate-directive", tool="caddy",
         script=f"caddy validate --config {B}/bad.Caddyfile --adapter caddyfile", code="ERR_1007",
         why="the Caddyfile uses a directive caddy does not know: the config is wrong"),
    dict(id="caddy-fmt-missing", tool="caddy", script="caddy fmt /nonexistent/site/Caddyfile",
         code="ERR_1003", why="the file to format does not exist",
         path="/nonexistent/site/Caddyfile"),
    dict(id="caddy-validate-denied", tool="caddy", script=f"caddy validate --config {RF}",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the config file",
         path=RF),
    dict(id="caddy-fmt-overwrite-rofs", tool="caddy",
         script=f"cp {B}/good.Caddyfile . ; caddy fmt --overwrite $M/existing.txt",
         code="ERR_1012", mount="ro", why="formatting in place cannot write on a read-only file system"),
    dict(id="neg-caddy-adapt-unknown-adapter", tool="caddy",
         script=f"caddy adapt --config {B}/good.Caddyfile --adapter nginx", code="ERR_1007",
         why="the job asks for a config adapter caddy does not have: a usage error"),
    dict(id="caddy-threads-limit", tool="caddy", script="ulimit -u 1; caddy version",
         code="ERR_1004", user=NOBODY,
         why="under a process limit the Go runtime cannot create its threads"),
    # --- keepalived --------------------------------------------------------------------------
    dict(id="neg-keepalived-config-invalid", tool="keepalived",
         script=f"keepalived -t -l -f {B}/bad-keepalived.conf", code="ERR_1007",
         why="the configuration has invalid values and an unclosed block: the check fails"),
    # --- ipset / conntrack -------------------------------------------------------------------
    dict(id="ipset-list-eperm", tool="ipset", script="ipset list", code="ERR_1002", user=NOBODY,
         why="listing kernel IP sets needs privileges the job's user lacks"),
    dict(id="neg-ipset-bad-type", tool="ipset", script="ipset create blocklist hash:nosuch",
         code="ERR_1007", why="the set type does not exist: the command is wrong"),
    dict(id="neg-ipset-unknown-command", tool="ipset", script="ipset flushall blocklist",
         code="ERR_1007", why="the job uses a command ipset does not have"),
    dict(id="conntrack-list-eperm", tool="conntrack", script="conntrack -L", code="ERR_1002",
         user=NOBODY, why="reading the connection tracking table needs privileges"),
    dict(id="neg-conntrack-bad-proto", tool="conntrack", script="conntrack -L -p nosuchproto",
         code="ERR_1007", why="the protocol named does not exist: a usage error"),
    # --- chrony ------------------------------------------------------------------------------
    dict(id="chronyd-config-missing", tool="chronyd",
         script="chronyd -p -f /nonexistent/chrony/chrony.conf", code="ERR_1003",
         why="the configuration file to print does not exist",
         path="/nonexistent/chrony/chrony.conf"),
    dict(id="neg-chronyd-config-invalid", tool="chronyd", script=f"chronyd -p -f {B}/bad-chrony.conf",
         code="ERR_1007", why="the configuration has an unknown directive"),
    dict(id="neg-chronyc-no-daemon", tool="chronyc", script="chronyc -h 127.0.0.1 -p 1 tracking 1>&2; exit 1",
         code="ERR_1007", why="no chronyd answers: a service that is not running"),
    dict(id="neg-chronyc-bad-command", tool="chronyc", script="chronyc nosuchcommand 1>&2",
         code="ERR_1007", why="the chronyc command does not exist"),
    # --- hostapd / wpa_supplicant ------------------------------------------------------------
    dict(id="hostapd-config-missing", tool="hostapd", script="hostapd /nonexistent/hostapd/hostapd.conf 1>&2",
         code="ERR_1003", why="the access point configuration does not exist",
         path="/nonexistent/hostapd/hostapd.conf"),
    dict(id="neg-hostapd-config-invalid", tool="hostapd", script=f"hostapd {B}/bad-hostapd.conf 1>&2",
         code="ERR_1007", why="the configuration has invalid values: hostapd refuses it"),
    dict(id="wpa-config-missing", tool="wpa_supplicant",
         script="wpa_supplicant -i lo -D wext -c /nonexistent/wpa/wpa_supplicant.conf 1>&2",
         code="ERR_1003", why="the supplicant configuration does not exist",
         path="/nonexistent/wpa/wpa_supplicant.conf",
         miss="wpa_supplicant ends with a control event line (': CTRL-EVENT-...'), which reads as output the job went on with"),
    dict(id="neg-wpa-config-invalid", tool="wpa_supplicant",
         script=f"wpa_supplicant -i lo -D wext -c {B}/bad-wpa.conf 1>&2", code="ERR_1007",
         why="the network block has a passphrase too short: the configuration is wrong"),
    dict(id="wpa-config-denied", tool="wpa_supplicant",
         script=f"wpa_supplicant -i lo -D wext -c {RF} 1>&2", code="ERR_1002", user=NOBODY,
         why="the job's user may not read the configuration file", path=RF),
    # --- smartctl ----------------------------------------------------------------------------
    dict(id="smartctl-device-missing", tool="smartctl", script="smartctl -a /dev/hodei-disk0 1>&2",
         code="ERR_1003", why="the device node to query does not exist", path="/dev/hodei-disk0"),
    dict(id="neg-smartctl-not-a-disk", tool="smartctl", script="smartctl -i /dev/null 1>&2",
         code="ERR_1007", why="the device is not a disk smartctl understands: the job's own failure"),
    dict(id="neg-smartctl-bad-option", tool="smartctl", script="smartctl --test=nosuch /dev/null 1>&2",
         code="ERR_1007", why="the test type is not valid: a usage error"),
    # --- util-linux --------------------------------------------------------------------------
    dict(id="neg-lsblk-unknown-column", tool="lsblk", script="lsblk -o NAME,NOSUCHCOL",
         code="ERR_1007", why="the output column does not exist: a usage error"),
    dict(id="findmnt-fstab-missing", tool="findmnt", script="findmnt --verify --tab-file /nonexistent/etc/fstab",
         code="ERR_1003", why="the fstab file to verify does not exist", path="/nonexistent/etc/fstab"),
    dict(id="neg-findmnt-verify-bad", tool="findmnt",
         script="printf '/dev/nosuch /srv/data ext9 defaults 0 2\\nUUID=zzz /mnt/x xfs defaults 0 0\\n' > fstab; findmnt --verify --tab-file fstab 1>&2",
         code="ERR_1007", why="the fstab lines are wrong: the verification fails",
         miss="findmnt --verify lists a missing source device among its checks; the ENOENT it quotes reads as the job's missing file"),
    dict(id="blkid-denied", tool="blkid", script=f"blkid -p {RF}; r=$?; echo blkid exit $r >&2; exit $r",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the image to probe", path=RF),
    # --- hledger -----------------------------------------------------------------------------
    dict(id="hledger-journal-missing", tool="hledger", script="hledger -f /nonexistent/books/2024.journal balance",
         code="ERR_1003", why="the journal file does not exist", path="/nonexistent/books/2024.journal"),
    dict(id="neg-hledger-unbalanced", tool="hledger", script=f"hledger -f {B}/unbalanced.journal balance",
         code="ERR_1007", why="a transaction does not balance: bad input data"),
    dict(id="neg-hledger-strict-undeclared", tool="hledger",
         script=f"hledger -f {B}/undeclared.journal check accounts", code="ERR_1007",
         why="the journal uses an undeclared account: a failed check"),
    dict(id="hledger-journal-denied", tool="hledger", script=f"hledger -f {RF} balance",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the journal", path=RF),
    dict(id="hledger-output-rofs", tool="hledger",
         script=f"hledger -f {B}/good.journal balance -o $M/report.txt", code="ERR_1012",
         mount="ro", why="the report cannot be written on a read-only file system"),
    dict(id="hledger-output-full", tool="hledger",
         script=f"for i in $(seq 400); do cat {B}/good.journal; done > big.journal; hledger -f big.journal print -o $M/print.txt",
         code="ERR_1012", mount="full", why="the disk is full while writing the report"),
    dict(id="neg-hledger-unknown-command", tool="hledger", script=f"hledger -f {B}/good.journal balnce",
         code="ERR_1007", why="the command is misspelt: hledger knows no such command"),
    # --- ledger ------------------------------------------------------------------------------
    dict(id="ledger-file-missing", tool="ledger", script="ledger -f /nonexistent/books/main.ledger balance",
         code="ERR_1003", why="the ledger file does not exist", path="/nonexistent/books/main.ledger"),
    dict(id="neg-ledger-unbalanced", tool="ledger", script=f"ledger -f {B}/unbalanced.ledger balance",
         code="ERR_1007", why="a transaction does not balance: bad input data"),
    dict(id="ledger-include-missing", tool="ledger", script=f"ledger -f {B}/include.ledger balance",
         code="ERR_1003", why="the file the ledger includes does not exist",
         path="/nonexistent/ledger/2023.ledger"),
    dict(id="neg-ledger-bad-date", tool="ledger", script=f"ledger -f {B}/baddate.ledger register",
         code="ERR_1007", why="a transaction has an invalid date: bad input data"),
    # --- taskwarrior -------------------------------------------------------------------------
    dict(id="task-rc-missing", tool="task", script="TASKRC=/nonexistent/taskrc task list",
         code="ERR_1003", why="the configuration file named by TASKRC does not exist",
         path="/nonexistent/taskrc",
         miss="'Cannot proceed without rc file.' names no file, and the line naming it ('TASKRC override: x') says nothing is wrong"),
    dict(id="task-data-denied", tool="task",
         script=f"printf 'data.location={L}/task\\nconfirmation=off\\n' > rc; TASKRC=$PWD/rc task add buy milk",
         code="ERR_1002", user=NOBODY, why="the job's user may not enter the data directory"),
    dict(id="task-data-rofs", tool="task",
         script="printf 'data.location=$M\\nconfirmation=off\\n' > rc; sed -i \"s|\\$M|$M|\" rc; TASKRC=$PWD/rc task add buy milk",
         code="ERR_1012", mount="ro", why="the task database cannot be written on a read-only file system"),
    dict(id="neg-task-no-match", tool="task",
         script="mkdir data; printf 'data.location=%s/data\\nconfirmation=off\\n' $PWD > rc; export TASKRC=$PWD/rc; task 42 done",
         code="ERR_1007", why="no task matches the filter: the job's own failure"),
    # --- stow --------------------------------------------------------------------------------
    dict(id="stow-dir-missing", tool="stow", script="stow -d /nonexistent/dotfiles -t $PWD vim",
         code="ERR_1003", why="the stow directory does not exist", path="/nonexistent/dotfiles"),
    dict(id="neg-stow-conflict", tool="stow",
         script=f"cp -r {B}/dotfiles . ; cp {B}/home-conflict/.vimrc . ; stow -d dotfiles -t $PWD vim",
         code="ERR_1007", why="an existing file conflicts with the package: stow refuses, the job's own failure"),
    dict(id="stow-target-denied", tool="stow", script=f"cp -r {B}/dotfiles . ; stow -d dotfiles -t {RD} vim",
         code="ERR_1002", user=NOBODY, why="the job's user may not write into the target directory"),
    dict(id="stow-target-rofs", tool="stow", script=f"cp -r {B}/dotfiles . ; stow -d dotfiles -t $M vim",
         code="ERR_1012", mount="ro", why="the links cannot be made on a read-only file system"),
    # --- mmv / rename ------------------------------------------------------------------------
    dict(id="neg-mmv-no-match", tool="mmv", script="touch a.txt; mmv '*.jpeg' '#1.jpg' 1>&2", code="ERR_1007",
         why="the pattern matches nothing: nothing to rename, the job's own failure"),
    dict(id="neg-mmv-collision", tool="mmv", script="touch a1.txt a2.txt; mmv 'a?.txt' 'b.txt' 1>&2",
         code="ERR_1007", why="two files would get the same name: mmv refuses the job's pattern"),
    dict(id="neg-rename-bad-expr", tool="rename", script="touch a.txt; rename 's/(a/b/' a.txt",
         code="ERR_1007", why="the Perl expression is malformed: a syntax error in the job"),
    # --- trash-cli ---------------------------------------------------------------------------
    dict(id="trash-put-missing", tool="trash-put", script="trash-put /nonexistent/logs/old.log",
         code="ERR_1003", why="the file to trash does not exist", path="/nonexistent/logs/old.log"),
    # --- qrencode / zbarimg ------------------------------------------------------------------
    dict(id="qrencode-outdir-missing", tool="qrencode", script="qrencode -o /nonexistent/out/qr.png 'https://example.com'",
         code="ERR_1003", why="the output directory does not exist", path="/nonexistent/out/qr.png"),
    dict(id="qrencode-full", tool="qrencode", script="head -c 2000 /dev/urandom | base64 -w0 | head -c 2000 | qrencode -s 40 -o $M/qr.png",
         code="ERR_1012", mount="full", why="the disk is full while writing the image"),
    dict(id="qrencode-input-missing", tool="qrencode", script="qrencode -r /nonexistent/payload.txt -o qr.png",
         code="ERR_1003", why="the input file does not exist", path="/nonexistent/payload.txt"),
    dict(id="neg-qrencode-too-large", tool="qrencode", script="head -c 8000 /dev/zero | tr '\\0' x | qrencode -o qr.png",
         code="ERR_1007", why="the data is too large for a QR code: bad input"),
    dict(id="qrencode-rofs", tool="qrencode", script="qrencode -o $M/qr.png hello", code="ERR_1012",
         mount="ro", why="the image cannot be written on a read-only file system"),
    dict(id="zbarimg-missing", tool="zbarimg", script="zbarimg /nonexistent/scans/ticket.png",
         code="ERR_1003", why="the image to scan does not exist", path="/nonexistent/scans/ticket.png"),
    dict(id="neg-zbarimg-no-code", tool="zbarimg", script=f"convert -size 100x100 xc:white blank.png 2>/dev/null || cp {B}/broken.png blank.png; zbarimg blank.png",
         code="ERR_1007", why="no barcode is found in the image: the job's own failure"),
    dict(id="neg-zbarimg-corrupt", tool="zbarimg", script=f"zbarimg {B}/broken.png", code="ERR_1007",
         why="the image is corrupt: bad input data"),
    # --- espeak-ng ---------------------------------------------------------------------------
    dict(id="espeak-input-missing", tool="espeak-ng", script="espeak-ng -f /nonexistent/text/intro.txt -w out.wav",
         code="ERR_1003", why="the text file does not exist", path="/nonexistent/text/intro.txt"),
    dict(id="neg-espeak-unknown-voice", tool="espeak-ng", script="espeak-ng -v xx-nosuch -w out.wav hello",
         code="ERR_1007", why="the voice does not exist: an unknown name in the tool's own world"),
    # --- abcm2ps -----------------------------------------------------------------------------
    dict(id="abcm2ps-input-missing", tool="abcm2ps", script="abcm2ps /nonexistent/tunes/reel.abc",
         code="ERR_1003", why="the ABC file does not exist", path="/nonexistent/tunes/reel.abc"),
    dict(id="abcm2ps-output-rofs", tool="abcm2ps", script=f"abcm2ps -O $M/tune.ps {B}/tune.abc",
         code="ERR_1012", mount="ro", why="the PostScript cannot be written on a read-only file system"),
    dict(id="neg-abcm2ps-broken", tool="abcm2ps", script=f"abcm2ps -O out.ps {B}/broken.abc; exit 1",
         code="ERR_1007", why="the tune has syntax errors: bad input data"),
    dict(id="abcm2ps-output-denied", tool="abcm2ps", script=f"abcm2ps -O {RD}/tune.ps {B}/tune.abc",
         code="ERR_1002", user=NOBODY, why="the job's user may not write into the output directory"),
    # --- timidity ----------------------------------------------------------------------------
    dict(id="timidity-output-rofs", tool="timidity", script="timidity -Ow -o $M/out.wav /usr/share/doc/timidity/examples/*.mid 2>&1 | cat >&2; exit 1",
         code="ERR_1012", mount="ro", why="the WAV output cannot be written on a read-only file system"),
    # --- pwgen / ssss ------------------------------------------------------------------------
    dict(id="pwgen-seed-missing", tool="pwgen", script="pwgen -H /nonexistent/seed.bin 16 1",
         code="ERR_1003", why="the seed file does not exist", path="/nonexistent/seed.bin"),
    dict(id="neg-ssss-threshold", tool="ssss-split", script="echo secret | ssss-split -q -t 5 -n 3",
         code="ERR_1007", why="the threshold exceeds the number of shares: a usage error"),
    # --- locales -----------------------------------------------------------------------------
    dict(id="de-trash-put-missing", tool="trash-put", script="trash-put /nonexistent/alt/bericht.txt",
         code="ERR_1003", lang="de_DE.UTF-8", why="the file to trash does not exist",
         path="/nonexistent/alt/bericht.txt"),
    dict(id="fr-hledger-journal-missing", tool="hledger", script="hledger -f /nonexistent/compta/2024.journal balance",
         code="ERR_1003", lang="fr_FR.UTF-8", why="the journal file does not exist",
         path="/nonexistent/compta/2024.journal"),
    dict(id="neg-de-lsblk-unknown-column", tool="lsblk", script="lsblk -o NAME,GROESSE", code="ERR_1007",
         lang="de_DE.UTF-8", why="the output column does not exist: a usage error"),
    dict(id="es-findmnt-fstab-missing", tool="findmnt", script="findmnt --verify --tab-file /nonexistent/etc/fstab.es",
         code="ERR_1003", lang="es_ES.UTF-8", why="the fstab file to verify does not exist",
         path="/nonexistent/etc/fstab.es"),
    dict(id="de-blkid-denied", tool="blkid", script=f"blkid -p {RF}; r=$?; echo blkid exit $r >&2; exit $r",
         code="ERR_1002", lang="de_DE.UTF-8", user=NOBODY, why="the job's user may not read the image",
         path=RF),
    # --- further cases-------------------------------------------------------------------------
    dict(id="caddy-import-missing", tool="caddy",
         script="printf 'import /nonexistent/caddy/common.caddy\\n:8080 {\\n\\trespond ok\\n}\\n' > Caddyfile; caddy adapt --config Caddyfile --adapter caddyfile >/dev/null",
         code="ERR_1003", why="the snippet file the Caddyfile imports does not exist",
         path="/nonexistent/caddy/common.caddy"),
    dict(id="abcm2ps-format-missing", tool="abcm2ps", script=f"abcm2ps -F /nonexistent/fmt/custom.fmt -O out.ps {B}/tune.abc",
         code="ERR_1003", why="the format file named does not exist", path="/nonexistent/fmt/custom.fmt"),
    dict(id="stow-target-missing", tool="stow", script=f"cp -r {B}/dotfiles . ; stow -d dotfiles -t /nonexistent/home/deploy vim",
         code="ERR_1003", why="the target directory does not exist", path="/nonexistent/home/deploy"),
    dict(id="task-import-missing", tool="task",
         script="mkdir data; printf 'data.location=%s/data\\n' $PWD > rc; TASKRC=$PWD/rc task import /nonexistent/export/tasks.json",
         code="ERR_1003", why="the file to import does not exist", path="/nonexistent/export/tasks.json"),
    dict(id="ledger-pricedb-missing", tool="ledger", script=f"ledger -f {B}/good.journal --price-db /nonexistent/prices/prices.db balance",
         code="ERR_1003", why="the price database file does not exist", path="/nonexistent/prices/prices.db"),
    dict(id="neg-pwgen-bad-option", tool="pwgen", script="pwgen --length=16 1>/dev/null", code="ERR_1007",
         why="the option does not exist: a usage error"),
    dict(id="neg-smartctl-bad-devtype", tool="smartctl", script="smartctl -d nosuchtype -i /dev/null 1>&2",
         code="ERR_1007", why="the device type does not exist: a usage error"),
    dict(id="hledger-addon-wrong-arch", tool="hledger", script=f"PATH={B}/addons:$PATH hledger -f {B}/good.journal forecast",
         code="ERR_1004", why="the add-on command is a binary for another architecture: exec format error"),
    dict(id="hledger-addon-missing-program", tool="hledger", script=f"PATH={B}/addons:$PATH hledger -f {B}/good.journal rates",
         code="ERR_1001", why="the add-on script runs a program that is not installed", command="hodei-fx-rates"),
    dict(id="hledger-threads-limit", tool="hledger", script=f"ulimit -u 1; hledger -f {B}/good.journal balance",
         code="ERR_1004", user=NOBODY, why="under a process limit the runtime cannot create its timer thread"),
    dict(id="zbarimg-denied", tool="zbarimg", script=f"zbarimg {L}/secret.txt", code="ERR_1002", user=NOBODY,
         why="the job's user may not enter the directory holding the image", path=f"{L}/secret.txt"),
    dict(id="qrencode-denied", tool="qrencode", script=f"qrencode -o {RD}/qr.png hello", code="ERR_1002",
         user=NOBODY, why="the job's user may not write into the output directory", path=f"{RD}/qr.png"),
]

"""Sealed batch 25: security, signing, hashing and auditing tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (92.3% of codes, 84/91), then worked on."""
F = f"{R}/batch25"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{RD}/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
printf 'release notes 1.4.2\n' > msg.txt
printf 'release notes 1.4.3\n' > tampered.txt
signify-openbsd -G -n -p k.pub -s k.sec
signify-openbsd -G -n -p other.pub -s other.sec
signify-openbsd -S -s k.sec -m msg.txt
cp msg.txt.sig tampered.txt.sig
printf 'rule suspicious_string {\n  strings:\n    $a = "eval(base64_decode("\n  condition:\n    $a and\n}\n' > bad.yar
printf 'rule always { condition: true }\n' > ok.yar
printf 'import "hodei_nosuch_module"\nrule uses_module { condition: hodei_nosuch_module.found }\n' > module.yar
printf 'alice:$1$saltsalt$qjXMvbEw8oaL.CzflDugX/\n' > hashes.txt
mkdir -p aide/data
printf 'config=1\n' > aide/data/app.conf
printf 'database_in=file:%s/aide/aide.db\ndatabase_out=file:%s/aide/aide.db\n%s/aide/data R\n' "$PWD" "$PWD" "$PWD" > aide.conf
aide -c aide.conf --init >/dev/null
printf 'config=2\n' > aide/data/app.conf
printf 'database_in=file:%s/aide/baseline.db\ndatabase_out=file:%s/aide/baseline.db\n%s/aide/data R\n' "$PWD" "$PWD" "$PWD" > aide-nodb.conf
printf 'database_in=file:%s/aide/aide.db\ndatabase_out=file:@RD@/aide.db.new\n%s/aide/data R\n' "$PWD" "$PWD" > aide-rootout.conf
printf '%064d  msg.txt\n' 0 > SHA256SUMS
hashdeep -c md5 msg.txt > known.txt
printf 'unexpected\n' > other.txt
printf 'secret payload\n' > plain.txt
cp plain.txt c.txt && ccrypt -e -K right c.txt
python3 -c "
import wave
w = wave.open('cover.wav', 'wb'); w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
w.writeframes(bytes((i * 7) % 256 for i in range(64000))); w.close()"
steghide embed -q -cf cover.wav -ef plain.txt -sf stego.wav -p right
printf 'right\n' > right.pass
printf 'wrong\n' > wrong.pass
scrypt enc --logN 10 -r 8 -p 1 --passphrase file:right.pass plain.txt plain.enc
sq key generate --userid '<release@example.org>' --export sk.pgp 2>/dev/null
sq key extract-cert --output pk.pgp sk.pgp 2>/dev/null
sq sign --detached --signer-key sk.pgp --output msg.txt.pgp msg.txt 2>/dev/null
printf 'this is not an openpgp message\n' > garbage.pgp
mkdir -p vault mnt-vault
printf 'vaultpass\n' > pw.txt
printf 'wrongpass\n' > badpw.txt
gocryptfs -q -init -passfile pw.txt vault
mkdir -p emptyvault
python3 -c "
import struct
eh = b'\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8) + struct.pack('<HHIQQQIHHHHHH', 2, 183, 1, 0x400078, 64, 0, 0, 64, 56, 1, 0, 0, 0)
ph = struct.pack('<IIQQQQQQ', 1, 5, 0, 0x400000, 0x400000, 0x80, 0x80, 0x1000)
open('askpass-arm64', 'wb').write(eh + ph + bytes(8))"
chmod 755 askpass-arm64
printf '{"CN":"Build CA","key":{"algo":"ecdsa","size":256}}\n' > csr.json
printf 'not a certificate\n' > notcert.pem
head -c 4096 /dev/zero > zeros.bin
chmod -R a+rX .
"""

FIXTURES = FIXTURES.replace("@RD@", RD)

AIDE_RO = (f"printf 'database_in=file:{F}/aide/aide.db\\ndatabase_out=file:%s/aide.db.new\\n"
           f"{F}/aide/data R\\n' \"$M\" > aide.conf; aide -c aide.conf --init")

CASES = [
    # --- signify ------------------------------------------------------------------------------
    dict(id="signify-seckey-missing", tool="signify-openbsd",
         script=f"signify-openbsd -S -s /nonexistent/keys/release.sec -m {F}/msg.txt",
         code="ERR_1003", path="/nonexistent/keys/release.sec",
         why="the secret key file used to sign does not exist"),
    dict(id="neg-signify-verify-failed", tool="signify-openbsd",
         script=f"signify-openbsd -V -p {F}/k.pub -m {F}/tampered.txt", code="ERR_1007",
         why="the message does not match its signature: a failed check of the job's data"),
    dict(id="neg-signify-wrong-key", tool="signify-openbsd",
         script=f"signify-openbsd -V -p {F}/other.pub -m {F}/msg.txt", code="ERR_1007",
         why="the signature was made with another key than the one given: a failed check"),
    dict(id="signify-genkey-rofs", tool="signify-openbsd",
         script="signify-openbsd -G -n -p $M/release.pub -s $M/release.sec", code="ERR_1012",
         mount="ro", path="$M/release.sec", why="the key pair is written to a read-only mount"),
    dict(id="signify-genkey-eacces", tool="signify-openbsd",
         script=f"signify-openbsd -G -n -p {RD}/release.pub -s {RD}/release.sec",
         code="ERR_1002", user=NOBODY, path=f"{RD}/release.sec",
         why="the key pair's directory is not writable by the job's user"),
    dict(id="signify-sign-enospc", tool="signify-openbsd",
         script=f"signify-openbsd -S -s {F}/k.sec -m {F}/msg.txt -x $M/msg.txt.sig",
         code="ERR_1012", mount="full", path="$M/msg.txt.sig",
         why="the signature is written to a full file system"),
    # --- yara ---------------------------------------------------------------------------------
    dict(id="yara-rules-missing", tool="yara",
         script=f"yara /nonexistent/rules/malware.yar {F}/msg.txt", code="ERR_1003",
         path="/nonexistent/rules/malware.yar", why="the rules file does not exist"),
    dict(id="neg-yara-rule-syntax", tool="yara", script=f"yara {F}/bad.yar {F}/msg.txt",
         code="ERR_1007", why="the job's rule file has a syntax error"),
    dict(id="neg-yara-unknown-module", tool="yara", script=f"yara {F}/module.yar {F}/msg.txt",
         code="ERR_1007", why="the rule imports a module yara does not know: an error in the "
                             "job's rules"),
    dict(id="yara-target-eacces", tool="yara", script=f"yara {F}/ok.yar {L}/secret.txt",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the file to scan is in a directory the job's user may not enter"),
    # --- john ---------------------------------------------------------------------------------
    dict(id="john-hashfile-missing", tool="john", script="john /nonexistent/dump/shadow",
         code="ERR_1003", path="/nonexistent/dump/shadow",
         why="the password hash file to audit does not exist"),
    dict(id="neg-john-unknown-format", tool="john",
         script=f"john --format=hodei-nosuch {F}/hashes.txt", code="ERR_1007",
         why="the hash format named is unknown to john: a usage error"),
    # --- aide ---------------------------------------------------------------------------------
    dict(id="aide-config-missing", tool="aide",
         script="aide --config=/nonexistent/aide/aide.conf --check", code="ERR_1003",
         path="/nonexistent/aide/aide.conf", why="the configuration file does not exist"),
    dict(id="aide-database-missing", tool="aide", script=f"aide -c {F}/aide-nodb.conf --check",
         code="ERR_1003", path=f"{F}/aide/baseline.db",
         why="the baseline database to check against was never created"),
    dict(id="neg-aide-found-differences", tool="aide",
         script=f"aide -c {F}/aide.conf --check 1>&2", code="ERR_1007",
         why="the integrity check found a changed file: a failed check, the tool worked"),
    dict(id="aide-dbout-eacces", tool="aide", script=f"aide -c {F}/aide-rootout.conf --init",
         code="ERR_1002", user=NOBODY, path=f"{RD}/aide.db.new",
         why="the new database is written to a directory the job's user may not write"),
    dict(id="aide-dbout-rofs", tool="aide", script=AIDE_RO, code="ERR_1012", mount="ro",
         path="$M/aide.db.new", why="the new database is written to a read-only mount"),
    # --- rhash --------------------------------------------------------------------------------
    dict(id="rhash-input-missing", tool="rhash", script="rhash --sha256 /nonexistent/dist/app.iso",
         code="ERR_1003", path="/nonexistent/dist/app.iso",
         why="the file to hash does not exist"),
    dict(id="de-rhash-input-missing", tool="rhash",
         script="rhash --sha256 /nonexistent/dist/app.iso", code="ERR_1003", lang="de_DE.UTF-8",
         path="/nonexistent/dist/app.iso", why="the file to hash does not exist"),
    dict(id="neg-rhash-check-mismatch", tool="rhash",
         script=f"cd {F} && rhash -c SHA256SUMS 1>&2", code="ERR_1007",
         why="a file does not match its recorded checksum: a failed check"),
    dict(id="rhash-output-enospc", tool="rhash",
         script=f"rhash --sha256 -r -o $M/SHA256SUMS {F}", code="ERR_1012", mount="full", path="$M/SHA256SUMS",
         why="the checksum list is written to a full file system"),
    dict(id="rhash-input-eacces", tool="rhash", script=f"rhash --sha256 {RF}", code="ERR_1002",
         user=NOBODY, path=RF, why="the file to hash is not readable by the job's user"),
    dict(id="it-rhash-input-eacces", tool="rhash", script=f"rhash --sha256 {RF}",
         code="ERR_1002", user=NOBODY, lang="it_IT.UTF-8", path=RF,
         why="the file to hash is not readable by the job's user"),
    # --- hashdeep family, ssdeep --------------------------------------------------------------
    dict(id="neg-hashdeep-audit-failed", tool="hashdeep",
         script=f"hashdeep -c md5 -a -k {F}/known.txt {F}/other.txt 1>&2", code="ERR_1007",
         why="the audit found files not in the known set: a failed check"),
    dict(id="md5deep-known-missing", tool="md5deep",
         script=f"md5deep -m /nonexistent/known/hashes.txt {F}/msg.txt", code="ERR_1003",
         path="/nonexistent/known/hashes.txt", why="the list of known hashes does not exist"),
    dict(id="ssdeep-known-missing", tool="ssdeep",
         script=f"ssdeep -m /nonexistent/known/fuzzy.txt {F}/msg.txt", code="ERR_1003",
         path="/nonexistent/known/fuzzy.txt",
         why="the list of known fuzzy hashes does not exist"),
    dict(id="neg-ssdeep-match-invalid", tool="ssdeep",
         script=f"ssdeep -m {F}/msg.txt {F}/other.txt", code="ERR_1007",
         why="the file given as known hashes is not an ssdeep list: bad input"),
    # --- sbsigntool ---------------------------------------------------------------------------
    dict(id="sbsign-image-missing", tool="sbsign",
         script=f"sbsign --key {F}/k.sec --cert {F}/k.pub --output signed.efi "
                "/nonexistent/boot/vmlinuz.efi",
         code="ERR_1003", path="/nonexistent/boot/vmlinuz.efi",
         why="the boot image to sign does not exist"),
    dict(id="sbverify-image-missing", tool="sbverify",
         script="sbverify --list /nonexistent/boot/grubx64.efi", code="ERR_1003",
         path="/nonexistent/boot/grubx64.efi", why="the image to verify does not exist"),
    dict(id="neg-sbverify-not-pe", tool="sbverify", script=f"sbverify --list {F}/msg.txt",
         code="ERR_1007", why="the input is not a PE/COFF image: bad input data"),
    # --- tpm2-tools ---------------------------------------------------------------------------
    dict(id="neg-tpm2-simulator-refused", tool="tpm2_getrandom",
         script="tpm2_getrandom -T mssim:host=127.0.0.1,port=2321 8", code="ERR_1007",
         why="the TPM simulator the job names does not answer: connection refused"),
    dict(id="tpm2-print-input-missing", tool="tpm2_print",
         script="tpm2_print -t TPMS_ATTEST /nonexistent/attest/quote.bin", code="ERR_1003",
         path="/nonexistent/attest/quote.bin", why="the attestation file does not exist"),
    dict(id="neg-tpm2-print-garbage", tool="tpm2_print",
         script=f"tpm2_print -t TPMS_ATTEST {F}/msg.txt", code="ERR_1007",
         why="the input is not a TPMS_ATTEST structure: bad input data"),
    # --- gocryptfs ----------------------------------------------------------------------------
    dict(id="gocryptfs-cipherdir-missing", tool="gocryptfs",
         script=f"gocryptfs -init -passfile {F}/pw.txt {F}/vault-absent", code="ERR_1003",
         path=f"{F}/vault-absent", why="the encrypted directory to set up does not exist"),
    dict(id="gocryptfs-extpass-missing", tool="gocryptfs",
         script="mkdir v && gocryptfs -init -extpass hodei-nosuch-askpass v", code="ERR_1001",
         command="hodei-nosuch-askpass",
         why="the password helper program gocryptfs runs is not installed"),
    dict(id="gocryptfs-extpass-exec-format", tool="gocryptfs",
         script=f"mkdir v && gocryptfs -init -extpass {F}/askpass-arm64 v", code="ERR_1004",
         why="the password helper is built for another architecture: the OS cannot start it"),
    dict(id="neg-gocryptfs-wrong-password", tool="gocryptfs",
         script=f"gocryptfs -passfile {F}/badpw.txt {F}/vault {F}/mnt-vault", code="ERR_1007",
         why="the password does not unlock the vault: an authentication failure"),
    dict(id="gocryptfs-fork-eagain", tool="gocryptfs",
         script=f"ulimit -u 1; gocryptfs -info {F}/vault", code="ERR_1004", user=NOBODY,
         why="the process limit forbids the threads the Go runtime starts"),
    dict(id="gocryptfs-init-eacces", tool="gocryptfs",
         script=f"gocryptfs -init -passfile {F}/pw.txt {F}/emptyvault", code="ERR_1002",
         user=NOBODY, path=f"{F}/emptyvault/gocryptfs.conf.tmp",
         why="the vault directory is not writable by the job's user"),
    # --- faketime -----------------------------------------------------------------------------
    dict(id="faketime-command-missing", tool="faketime",
         script="faketime '2024-01-01 00:00:00' hodei-nosuch-testsuite", code="ERR_1001",
         why="the program to run under a fake clock is not installed"),
    dict(id="neg-faketime-bad-timestamp", tool="faketime",
         script="faketime 'next blue moon' date", code="ERR_1007",
         why="the timestamp given is not understood: a usage error"),
    # --- ccrypt -------------------------------------------------------------------------------
    dict(id="ccrypt-input-missing", tool="ccrypt",
         script="ccrypt -e -K secret /nonexistent/backup/db.dump", code="ERR_1003",
         path="/nonexistent/backup/db.dump", why="the file to encrypt does not exist"),
    dict(id="fr-ccrypt-input-missing", tool="ccrypt",
         script="ccrypt -e -K secret /nonexistent/backup/db.dump", code="ERR_1003",
         lang="fr_FR.UTF-8", path="/nonexistent/backup/db.dump",
         why="the file to encrypt does not exist"),
    dict(id="neg-ccrypt-key-mismatch", tool="ccrypt",
         script=f"cp {F}/c.txt.cpt . && ccrypt -d -K wrong c.txt.cpt", code="ERR_1007",
         why="the key does not decrypt the file: an authentication failure"),
    dict(id="neg-de-ccrypt-key-mismatch", tool="ccrypt",
         script=f"cp {F}/c.txt.cpt . && ccrypt -d -K wrong c.txt.cpt", code="ERR_1007",
         lang="de_DE.UTF-8", why="the key does not decrypt the file: an authentication failure"),
    dict(id="ccrypt-inplace-rofs", tool="ccrypt", script="ccrypt -e -K secret $M/existing.txt",
         code="ERR_1012", mount="ro", path="$M/existing.txt",
         why="the file to encrypt in place is on a read-only mount"),
    dict(id="ccrypt-input-eacces", tool="ccrypt", script=f"ccrypt -c -e -K secret {RF} >/dev/null",
         code="ERR_1002", user=NOBODY, path=RF,
         why="the file to encrypt is not readable by the job's user"),
    dict(id="ccrypt-output-enospc", tool="ccrypt",
         script=f"ccrypt -e -K secret < {F}/zeros.bin > $M/zeros.cpt", code="ERR_1012",
         mount="full", why="the encrypted output goes to a full file system"),
    # --- steghide -----------------------------------------------------------------------------
    dict(id="steghide-cover-missing", tool="steghide",
         script=f"steghide embed -cf /nonexistent/media/cover.jpg -ef {F}/plain.txt -p x",
         code="ERR_1003", path="/nonexistent/media/cover.jpg",
         why="the cover file does not exist"),
    dict(id="de-steghide-cover-missing", tool="steghide",
         script=f"steghide embed -cf /nonexistent/media/cover.jpg -ef {F}/plain.txt -p x",
         code="ERR_1003", lang="de_DE.UTF-8", path="/nonexistent/media/cover.jpg",
         why="the cover file does not exist"),
    dict(id="es-steghide-cover-missing", tool="steghide",
         script=f"steghide embed -cf /nonexistent/media/cover.jpg -ef {F}/plain.txt -p x",
         code="ERR_1003", lang="es_ES.UTF-8", path="/nonexistent/media/cover.jpg",
         why="the cover file does not exist"),
    dict(id="neg-steghide-wrong-passphrase", tool="steghide",
         script=f"steghide extract -sf {F}/stego.wav -p wrong -xf out.txt", code="ERR_1007",
         why="the passphrase does not extract anything: an authentication failure"),
    dict(id="neg-fr-steghide-wrong-passphrase", tool="steghide",
         script=f"steghide extract -sf {F}/stego.wav -p wrong -xf out.txt", code="ERR_1007",
         lang="fr_FR.UTF-8",
         why="the passphrase does not extract anything: an authentication failure"),
    dict(id="neg-steghide-unsupported-format", tool="steghide",
         script=f"steghide extract -sf {F}/msg.txt -p x", code="ERR_1007",
         why="the input is not a supported media format: bad input data"),
    dict(id="steghide-output-enospc", tool="steghide",
         script=f"steghide embed -q -cf {F}/cover.wav -ef {F}/plain.txt -sf $M/out.wav -p x",
         code="ERR_1012", mount="full", why="the stego file is written to a full file system"),
    dict(id="steghide-output-eacces", tool="steghide",
         script=f"steghide embed -q -cf {F}/cover.wav -ef {F}/plain.txt -sf {RD}/out.wav -p x",
         code="ERR_1002", user=NOBODY, path=f"{RD}/out.wav",
         why="the stego file's directory is not writable by the job's user", miss="'could not open the file /x' on a path missing in a directory the job may not write: the check cannot tell an input from an output"),
    # --- scrypt -------------------------------------------------------------------------------
    dict(id="scrypt-input-missing", tool="scrypt",
         script=f"scrypt enc --passphrase file:{F}/right.pass /nonexistent/backup/keys.tar out",
         code="ERR_1003", path="/nonexistent/backup/keys.tar",
         why="the file to encrypt does not exist"),
    dict(id="neg-scrypt-wrong-passphrase", tool="scrypt",
         script=f"scrypt dec --passphrase file:{F}/wrong.pass {F}/plain.enc plain.txt",
         code="ERR_1007", why="the passphrase is wrong: an authentication failure"),
    dict(id="neg-scrypt-not-encrypted", tool="scrypt",
         script=f"scrypt dec --passphrase file:{F}/right.pass {F}/msg.txt out.txt",
         code="ERR_1007", why="the input is not scrypt-encrypted: bad input data"),
    dict(id="scrypt-output-eacces", tool="scrypt",
         script=f"scrypt enc --logN 10 -r 8 -p 1 --passphrase file:{F}/right.pass "
                f"{F}/plain.txt {RD}/plain.enc",
         code="ERR_1002", user=NOBODY, path=f"{RD}/plain.enc",
         why="the output's directory is not writable by the job's user"),
    # --- sequoia sq ---------------------------------------------------------------------------
    dict(id="sq-cert-missing", tool="sq",
         script=f"sq verify --signer-cert /nonexistent/certs/release.pgp --detached "
                f"{F}/msg.txt.pgp {F}/msg.txt",
         code="ERR_1003", path="/nonexistent/certs/release.pgp",
         why="the signer's certificate file does not exist"),
    dict(id="neg-sq-bad-signature", tool="sq",
         script=f"sq verify --signer-cert {F}/pk.pgp --detached {F}/msg.txt.pgp {F}/tampered.txt",
         code="ERR_1007", why="the signature does not verify the file: a failed check"),
    dict(id="neg-sq-inspect-garbage", tool="sq", script=f"sq inspect {F}/garbage.pgp",
         code="ERR_1007", why="the input is not OpenPGP data: bad input data"),
    dict(id="sq-export-rofs", tool="sq",
         script="sq key generate --userid '<ci@example.org>' --export $M/ci.pgp",
         code="ERR_1012", mount="ro", why="the new key is written to a read-only mount"),
    dict(id="sq-input-eacces", tool="sq", script=f"sq inspect {L}/secret.txt", code="ERR_1002",
         user=NOBODY, path=f"{L}/secret.txt",
         why="the file to inspect is in a directory the job's user may not enter"),
    # --- debsig-verify ------------------------------------------------------------------------
    dict(id="debsig-deb-missing", tool="debsig-verify",
         script="debsig-verify /nonexistent/pool/hodei_1.0_amd64.deb 1>&2", code="ERR_1003",
         path="/nonexistent/pool/hodei_1.0_amd64.deb", why="the package to verify does not exist"),
    dict(id="neg-debsig-not-deb", tool="debsig-verify", script=f"debsig-verify {F}/msg.txt 1>&2",
         code="ERR_1007", why="the input is not a Debian package: bad input data"),
    # --- cfssl --------------------------------------------------------------------------------
    dict(id="cfssl-ca-missing", tool="cfssl",
         script=f"cfssl gencert -ca /nonexistent/pki/ca.pem -ca-key /nonexistent/pki/ca-key.pem "
                f"{F}/csr.json",
         code="ERR_1003", path="/nonexistent/pki/ca.pem",
         why="the CA certificate to sign with does not exist"),
    dict(id="neg-cfssl-certinfo-garbage", tool="cfssl",
         script=f"cfssl certinfo -cert {F}/notcert.pem 1>&2", code="ERR_1007",
         why="the input is not a certificate: bad input data"),
    dict(id="cfssl-fork-eagain", tool="cfssl",
         script=f"ulimit -u 1; cfssl genkey -initca {F}/csr.json", code="ERR_1004", user=NOBODY,
         why="the process limit forbids the threads the Go runtime starts"),
    dict(id="cfssljson-output-eacces", tool="cfssljson",
         script=f"cfssl genkey -initca {F}/csr.json 2>/dev/null | cfssljson -bare {RD}/ca",
         code="ERR_1002", user=NOBODY, path=f"{RD}/ca.pem",
         why="the certificate files' directory is not writable by the job's user"),
    dict(id="cfssljson-output-rofs", tool="cfssljson",
         script=f"cfssl genkey -initca {F}/csr.json 2>/dev/null | cfssljson -bare $M/ca",
         code="ERR_1012", mount="ro", path="$M/ca.pem",
         why="the certificate files are written to a read-only mount"),
    # --- lynis --------------------------------------------------------------------------------
    dict(id="lynis-profile-missing", tool="lynis",
         script="lynis audit system --quick --no-colors --profile /nonexistent/lynis/ci.prf 1>&2",
         code="ERR_1003", path="/nonexistent/lynis/ci.prf",
         why="the audit profile does not exist"),
    # --- small crypto utilities ---------------------------------------------------------------
    dict(id="ent-input-missing", tool="ent", script="ent /nonexistent/rng/sample.bin 1>&2",
         code="ERR_1003", path="/nonexistent/rng/sample.bin",
         why="the sample file to analyse does not exist"),
    dict(id="paperkey-key-missing", tool="paperkey",
         script="paperkey --secret-key /nonexistent/keys/secret.gpg", code="ERR_1003",
         path="/nonexistent/keys/secret.gpg", why="the secret key file does not exist"),
    dict(id="neg-paperkey-not-a-key", tool="paperkey", script=f"paperkey --secret-key {F}/msg.txt",
         code="ERR_1007", why="the input is not an OpenPGP secret key: bad input data"),
    dict(id="pdfcrack-input-missing", tool="pdfcrack", script="pdfcrack -f /nonexistent/docs/locked.pdf",
         code="ERR_1003", path="/nonexistent/docs/locked.pdf",
         why="the PDF to recover does not exist"),
    dict(id="neg-pdfcrack-not-pdf", tool="pdfcrack", script=f"pdfcrack -f {F}/msg.txt",
         code="ERR_1007", why="the input is not a PDF: bad input data"),
    dict(id="neg-fcrackzip-not-zip", tool="fcrackzip",
         script=f"fcrackzip -u -b -l 1-2 {F}/msg.txt", code="ERR_1007",
         why="the input is not a zip archive: bad input data", miss="fcrackzip reports a file that is not a zip archive with the C library's ENOENT text"),
    dict(id="nettle-hash-input-missing", tool="nettle-hash",
         script="nettle-hash -a sha256 /nonexistent/dist/app.tar", code="ERR_1003",
         path="/nonexistent/dist/app.tar", why="the file to hash does not exist"),
    # --- osslsigncode -------------------------------------------------------------------------
    dict(id="osslsigncode-cert-missing", tool="osslsigncode",
         script=f"osslsigncode sign -certs /nonexistent/pki/codesign.pem "
                f"-key /nonexistent/pki/codesign.key -in {F}/msg.txt -out signed.exe",
         code="ERR_1003", path="/nonexistent/pki/codesign.pem",
         why="the code signing certificate does not exist", miss="the code is right; the path taken is OpenSSL's source file named in its error stack"),
    dict(id="neg-osslsigncode-verify-garbage", tool="osslsigncode",
         script=f"osslsigncode verify -in {F}/msg.txt", code="ERR_1007",
         why="the input is not a signable executable: bad input data"),
    # --- certbot (offline) --------------------------------------------------------------------
    dict(id="certbot-config-missing", tool="certbot",
         script=f"certbot certificates -c {F}/absent/cli.ini --config-dir le/config "
                "--work-dir le/work --logs-dir le/logs",
         code="ERR_1003", path=f"{F}/absent/cli.ini", why="the configuration file does not exist"),
    dict(id="certbot-dirs-eacces", tool="certbot",
         script=f"certbot certificates --config-dir {RD}/le/config --work-dir {RD}/le/work "
                f"--logs-dir {RD}/le/logs",
         code="ERR_1002", user=NOBODY, path=f"{RD}/le",
         why="certbot's directories are not writable by the job's user"),
    dict(id="certbot-dirs-rofs", tool="certbot",
         script="certbot certificates --config-dir $M/config --work-dir $M/work "
                "--logs-dir $M/logs",
         code="ERR_1012", mount="ro", path="$M/logs",
         why="certbot's directories are on a read-only mount"),
    dict(id="certbot-dirs-inodes", tool="certbot",
         script="certbot certificates --config-dir $M/config --work-dir $M/work "
                "--logs-dir $M/logs",
         code="ERR_1012", mount="inodes", path="$M/logs/letsencrypt.log",
         why="certbot's directories cannot be created: the file system has no inodes left"),
    dict(id="neg-certbot-cert-unknown", tool="certbot",
         script="certbot renew --cert-name shop.example.org --config-dir le/config "
                "--work-dir le/work --logs-dir le/logs",
         code="ERR_1007", why="no certificate of that name is managed: an unknown name in the "
                             "tool's own world"),
    dict(id="cfssljson-output-inodes", tool="cfssljson",
         script=f"cfssl genkey -initca {F}/csr.json 2>/dev/null | cfssljson -bare $M/ca",
         code="ERR_1012", mount="inodes", path="$M/ca.csr",
         why="the certificate files cannot be created: the file system has no inodes left"),
    dict(id="signify-genkey-inodes", tool="signify-openbsd",
         script="signify-openbsd -G -n -p $M/release.pub -s $M/release.sec && "
                "signify-openbsd -G -n -p $M/nightly.pub -s $M/nightly.sec",
         code="ERR_1012", mount="inodes", path="$M/nightly.sec",
         why="the key files cannot be created: the file system has no inodes left"),
    dict(id="lynis-fork-eagain", tool="lynis", script="ulimit -u 1; lynis audit system --quick",
         code="ERR_1004", user=NOBODY,
         why="the process limit forbids the processes the audit script starts"),
    dict(id="faketime-date-prog-missing", tool="faketime",
         script="faketime --date-prog gdate '2024-01-01 00:00:00' true", code="ERR_1001",
         why="the date program faketime runs to parse the timestamp is not installed"),
]

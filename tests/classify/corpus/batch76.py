"""Sealed batch 76: Android and mobile app tooling (APK decoding, building, aligning and
signing, dex inspection, AIDL, sparse images, adb) failing the way real jobs fail on a
build host with no device attached."""

from __future__ import annotations

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (94.3% of codes, 82/87), then worked on."""
B = f"{R}/batch76"
RD = f"{R}/rootdir"
EX = "/usr/share/doc/androguard/examples/android"
HPROF = "/usr/lib/android-sdk/platform-tools/hprof-conv"

FIXTURES = rf"""
E={EX}
cp $E/TC/bin/TC-debug.apk app.apk
cp $E/TC/bin/classes.dex classes.dex
cp $E/TestsAndroguard/bin/TestActivity_unsigned.apk unsigned.apk
printf 'PK this is an HTML error page, not an APK\n' > bad.apk
printf 'dex\n035 truncated download\n' > bad.dex
head -c 3000 app.apk > trunc.apk
printf 'junk sparse header\n' > junk.img
printf 'not a method trace\n' > bad.trace
printf 'JAVA PROFILE 0.0.0 broken\n' > bad.hprof
head -c 65536 /dev/zero > raw.img
rm -f sparse.img; img2simg raw.img sparse.img
cp sparse.img system-root.img; chmod 644 system-root.img
cp app.apk secret.apk; chmod 600 secret.apk
rm -f release.jks
keytool -genkeypair -keystore release.jks -storetype PKCS12 -storepass hodei-store -keypass hodei-store \
  -alias upload -dname CN=hodei -keyalg RSA -keysize 2048 -validity 3650 >/dev/null 2>&1
mkdir -p private; chmod 700 private; cp release.jks app.apk private/
rm -rf home decoded framework; mkdir -p home framework
ln -s /usr/share/android-framework-res/framework-res.apk framework/1.apk
HOME=$PWD/home apktool d -q -p $PWD/framework app.apk -o decoded >/dev/null 2>&1
rm -rf decoded-nomanifest; cp -r decoded decoded-nomanifest; rm decoded-nomanifest/AndroidManifest.xml
mkdir -p aidl/com/hodei
printf 'package com.hodei;\ninterface IBuildService {{\n  void submit(in BuildRequest req);\n}}\n' > aidl/com/hodei/IBuildService.aidl
printf 'package com.hodei;\ninterface IStatus {{\n  int poll(int id\n}}\n' > aidl/com/hodei/IStatus.aidl
printf 'package com.hodei;\ninterface IPing {{\n  void ping();\n}}\n' > aidl/com/hodei/IPing.aidl
mkdir -p res/values resbad/values
printf '<resources><string name="app_name">Hodei</string></resources>\n' > res/values/strings.xml
printf '<resources><string name="app_name">Hodei</strin></resources>\n' > resbad/values/strings.xml
rm -rf nojava noaapt noapksigner; mkdir -p nojava noaapt noapksigner
for f in /usr/bin/*; do
  n=${{f##*/}}
  case $n in java|javac|jshell) ;; *) ln -s "$f" nojava/$n;; esac
  case $n in aapt|aapt2) ;; *) ln -s "$f" noaapt/$n;; esac
  case $n in apksigner) ;; *) ln -s "$f" noapksigner/$n;; esac
done
chmod -R a+rX .
chmod 700 private; chmod 600 secret.apk
"""

NOBODY = "nobody"


def case(id: str, tool: str, script: str, code: str, why: str, **kw: object) -> dict[str, object]:
    return {"id": id, "tool": tool, "script": script, "code": code, "why": why, **kw}


def adb(port: int, args: str) -> str:
    """An adb call on a private server port, stopping the server it may have started."""
    return (f"adb -P {port} {args}; rc=$?; adb -P {port} kill-server >/dev/null 2>&1; exit $rc")


CASES = [
    # --- apktool ---------------------------------------------------------------------------
    case("apktool-decode-missing", "apktool", "apktool d /nonexistent/app-release.apk -o out",
         "ERR_1003", "the APK to decode does not exist", path="/nonexistent/app-release.apk"),
    case("neg-apktool-decode-not-zip", "apktool", f"apktool d -p {B}/framework {B}/bad.apk -o out", "ERR_1007",
         "the downloaded APK is not a zip archive: corrupt input"),
    case("apktool-build-missing-dir", "apktool", "apktool b /nonexistent/decoded -o app.apk",
         "ERR_1003", "the decoded project directory to build does not exist",
         path="/nonexistent/decoded"),
    case("apktool-build-no-manifest", "apktool",
         f"cp -r {B}/decoded-nomanifest proj; apktool b -p {B}/framework proj -o app.apk", "ERR_1003",
         "the decoded project lacks its AndroidManifest.xml, which the build needs",
         path=f"{R}/w/apktool-build-no-manifest/proj/AndroidManifest.xml", miss="the reason is on a line aapt printed as a warning ('W: ...: No such file or directory'); the final error is the failed aapt run"),
    case("apktool-framework-missing", "apktool", "apktool if /nonexistent/framework-res.apk",
         "ERR_1003", "the framework APK to install does not exist",
         path="/nonexistent/framework-res.apk"),
    case("apktool-no-java", "apktool", f"apktool d {B}/app.apk -o out", "ERR_1001",
         "apktool's launcher runs java, which is not on PATH", env={"PATH": f"{B}/nojava"},
         command="java"),
    case("de-apktool-no-java", "apktool", f"apktool d {B}/app.apk -o out", "ERR_1001",
         "apktool's launcher runs java, which is not on PATH", lang="de_DE.UTF-8",
         env={"PATH": f"{B}/nojava"}, command="java"),
    case("apktool-build-no-aapt", "apktool", f"cp -r {B}/decoded proj; apktool b -p {B}/framework proj -o app.apk",
         "ERR_1001", "apktool runs aapt to pack resources and aapt is not on PATH",
         env={"PATH": f"{B}/noaapt"}, command="aapt"),
    case("apktool-decode-unreadable", "apktool", f"export HOME=$PWD; apktool d -p {B}/framework {B}/secret.apk -o out", "ERR_1002",
         "the APK is root's with mode 600 and the job's user may not read it", user=NOBODY,
         path=f"{B}/secret.apk"),
    case("apktool-decode-full", "apktool", f"apktool d -p {B}/framework {B}/app.apk -o $M/decoded", "ERR_1012",
         "the decoded files do not fit on the full disk", mount="full"),
    case("apktool-fork", "apktool", f"export HOME=$PWD; ulimit -u 1; apktool d {B}/app.apk -o out", "ERR_1004",
         "the launcher cannot fork under the process limit", user=NOBODY),
    case("neg-apktool-out-exists", "apktool",
         f"mkdir out; apktool d -p {B}/framework {B}/app.apk -o out", "ERR_1007",
         "the destination directory already exists and -f was not given: the job's own usage"),
    # --- apksigner -------------------------------------------------------------------------
    case("apksigner-verify-missing", "apksigner", "apksigner verify /nonexistent/app-release.apk",
         "ERR_1003", "the APK to verify does not exist", path="/nonexistent/app-release.apk"),
    case("fr-apksigner-verify-missing", "apksigner",
         "apksigner verify --verbose /nonexistent/app-release.apk", "ERR_1003",
         "the APK to verify does not exist", lang="fr_FR.UTF-8",
         path="/nonexistent/app-release.apk"),
    case("neg-apksigner-verify-unsigned", "apksigner", f"apksigner verify {B}/unsigned.apk 1>&2",
         "ERR_1007", "the APK is unsigned, so verification fails: a failed check"),
    case("apksigner-keystore-missing", "apksigner",
         f"apksigner sign --ks /nonexistent/release.jks --ks-pass pass:x --out s.apk {B}/app.apk",
         "ERR_1003", "the keystore file does not exist", path="/nonexistent/release.jks"),
    case("neg-apksigner-wrong-password", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:wrong-pass --out s.apk {B}/app.apk",
         "ERR_1007", "the keystore password is wrong: an authentication failure"),
    case("neg-apksigner-alias-missing", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:hodei-store --ks-key-alias release "
         f"--out s.apk {B}/app.apk", "ERR_1007",
         "the keystore has no key under that alias: an unknown name in the tool's own world"),
    case("neg-apksigner-env-pass-unset", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass env:KEYSTORE_PASS --out s.apk {B}/app.apk",
         "ERR_1007", "the job did not set the variable that should hold the keystore password"),
    case("apksigner-keystore-denied", "apksigner",
         f"apksigner sign --ks {B}/private/release.jks --ks-pass pass:hodei-store --out s.apk "
         f"{B}/app.apk", "ERR_1002", "the keystore is in a root-only directory",
         user=NOBODY, path=f"{B}/private/release.jks"),
    case("es-apksigner-keystore-denied", "apksigner",
         f"apksigner sign --ks {B}/private/release.jks --ks-pass pass:hodei-store --out s.apk "
         f"{B}/app.apk", "ERR_1002", "the keystore is in a root-only directory",
         user=NOBODY, lang="es_ES.UTF-8", path=f"{B}/private/release.jks"),
    case("apksigner-out-denied", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:hodei-store --out {RD}/signed.apk "
         f"{B}/app.apk", "ERR_1002", "the signed APK goes into a directory the user may not write",
         user=NOBODY, path=f"{RD}/signed.apk"),
    case("apksigner-out-full", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:hodei-store --out $M/signed.apk "
         f"{B}/app.apk", "ERR_1012", "the signed APK does not fit on the full disk", mount="full"),
    case("apksigner-out-rofs", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:hodei-store --out $M/signed.apk "
         f"{B}/app.apk", "ERR_1012", "the output is on a read-only file system", mount="ro"),
    case("it-apksigner-out-rofs", "apksigner",
         f"apksigner sign --ks {B}/release.jks --ks-pass pass:hodei-store --out $M/signed.apk "
         f"{B}/app.apk", "ERR_1012", "the output is on a read-only file system", mount="ro",
         lang="it_IT.UTF-8"),
    case("apksigner-no-java", "apksigner", f"apksigner verify {B}/app.apk", "ERR_1001",
         "the apksigner launcher runs java, which is not on PATH",
         env={"PATH": f"{B}/nojava"}, command="java"),
    case("pt-apksigner-no-java", "apksigner", f"apksigner verify {B}/app.apk", "ERR_1001",
         "the apksigner launcher runs java, which is not on PATH", lang="pt_BR.UTF-8",
         env={"PATH": f"{B}/nojava"}, command="java"),
    case("neg-apksigner-malformed", "apksigner", f"apksigner verify {B}/trunc.apk", "ERR_1007",
         "the APK was truncated: corrupt input"),
    case("apksigner-fork", "apksigner", f"ulimit -u 1; apksigner verify {B}/app.apk", "ERR_1004",
         "the launcher cannot fork under the process limit", user=NOBODY),
    case("neg-apksigner-unknown-command", "apksigner", f"apksigner check {B}/app.apk 1>&2",
         "ERR_1007", "a command apksigner does not have: a usage error"),
    # --- aapt / aapt2 ----------------------------------------------------------------------
    case("aapt-dump-missing", "aapt", "aapt dump badging /nonexistent/app-release.apk",
         "ERR_1003", "the APK to dump does not exist", path="/nonexistent/app-release.apk"),
    case("neg-aapt-dump-not-zip", "aapt", f"aapt dump badging {B}/bad.apk", "ERR_1007",
         "the file is not an APK, so no manifest is found in it: bad input", miss="'no AndroidManifest.xml found' is read as a missing file; the manifest is missing inside an archive that is not an APK, said on the line above"),
    case("neg-aapt-xmltree-no-resource", "aapt",
         f"aapt dump xmltree {B}/app.apk res/layout/settings.xml", "ERR_1007",
         "the APK has no such resource: an unknown name inside the input"),
    case("aapt-package-manifest-missing", "aapt",
         "aapt package -f -M /nonexistent/AndroidManifest.xml -F out.apk", "ERR_1003",
         "the manifest to package does not exist", path="/nonexistent/AndroidManifest.xml"),
    case("aapt2-dump-missing", "aapt2", "aapt2 dump badging /nonexistent/app-release.apk",
         "ERR_1003", "the APK to dump does not exist", path="/nonexistent/app-release.apk"),
    case("neg-aapt2-dump-not-zip", "aapt2", f"aapt2 dump badging {B}/bad.apk", "ERR_1007",
         "the file is not an APK: bad input"),
    case("aapt2-link-manifest-missing", "aapt2",
         "aapt2 link -o out.apk --manifest /nonexistent/AndroidManifest.xml", "ERR_1003",
         "the manifest to link does not exist", path="/nonexistent/AndroidManifest.xml"),
    case("neg-aapt2-compile-bad-xml", "aapt2",
         f"aapt2 compile -o . {B}/resbad/values/strings.xml", "ERR_1007",
         "the resource XML is malformed: a syntax error in the job's input"),
    case("aapt2-compile-missing", "aapt2",
         "aapt2 compile -o . /nonexistent/res/values/strings.xml", "ERR_1003",
         "the resource file to compile does not exist",
         path="/nonexistent/res/values/strings.xml"),
    # --- zipalign ---------------------------------------------------------------------------
    case("neg-zipalign-check-unaligned", "zipalign", f"zipalign -c -v 4 {B}/unsigned.apk 1>&2",
         "ERR_1007", "the APK is not aligned: a failed check"),
    case("neg-zipalign-same-file", "zipalign", f"cp {B}/app.apk a.apk; zipalign 4 a.apk a.apk",
         "ERR_1007", "input and output are the same file: a usage error"),
    case("neg-zipalign-out-exists", "zipalign",
         f"cp {B}/app.apk a.apk; touch aligned.apk; zipalign 4 a.apk aligned.apk", "ERR_1007",
         "the output exists and -f was not given: a usage error"),
    # --- dexdump / dexlist ------------------------------------------------------------------
    case("neg-dexdump-not-dex", "dexdump", f"dexdump {B}/bad.dex", "ERR_1007",
         "the file is neither a dex file nor a zip: bad input"),
    case("dexdump-out-dir-missing", "dexdump", f"dexdump -o /nonexistent/out/dump.txt {B}/classes.dex",
         "ERR_1003", "the directory of the output file does not exist",
         path="/nonexistent/out/dump.txt"),
    case("dexdump-out-denied", "dexdump", f"dexdump -o {RD}/dump.txt {B}/classes.dex", "ERR_1002",
         "the output file is in a directory the job's user may not write", user=NOBODY,
         path=f"{RD}/dump.txt"),
    case("dexdump-out-rofs", "dexdump", f"dexdump -o $M/dump.txt {B}/classes.dex", "ERR_1012",
         "the output is on a read-only file system", mount="ro", path="$M/dump.txt"),
    case("neg-dexlist-not-dex", "dexlist", f"dexlist {B}/bad.dex", "ERR_1007",
         "the file is neither a dex file nor a zip: bad input"),
    # --- enjarify -------------------------------------------------------------------------
    case("enjarify-missing", "enjarify", "enjarify /nonexistent/app-release.apk -o app.jar",
         "ERR_1003", "the APK to convert does not exist", path="/nonexistent/app-release.apk"),
    case("enjarify-out-dir-missing", "enjarify",
         f"enjarify {B}/classes.dex -o /nonexistent/out/app.jar", "ERR_1003",
         "the output jar's directory does not exist", path="/nonexistent/out/app.jar"),
    case("enjarify-out-full", "enjarify", f"enjarify {B}/classes.dex -o $M/app.jar", "ERR_1012",
         "the jar does not fit on the full disk", mount="full"),
    case("enjarify-unreadable", "enjarify", f"enjarify {B}/secret.apk -o app.jar", "ERR_1002",
         "the APK is root's with mode 600", user=NOBODY, path=f"{B}/secret.apk"),
    case("enjarify-fork", "enjarify", f"ulimit -u 1; enjarify {B}/classes.dex -o app.jar",
         "ERR_1004", "the launcher cannot fork under the process limit", user=NOBODY),
    # --- androguard -----------------------------------------------------------------------
    case("androguard-axml-missing", "androguard", "androguard axml /nonexistent/app-release.apk",
         "ERR_1003", "the APK to read does not exist", path="/nonexistent/app-release.apk"),
    case("neg-androguard-unknown-command", "androguard", f"androguard scan {B}/app.apk",
         "ERR_1007", "a subcommand androguard does not have: a usage error"),
    case("neg-androguard-apkid-not-zip", "androguard", f"androguard apkid {B}/bad.apk",
         "ERR_1007", "the file is not a zip archive: bad input"),
    case("neg-androguard-arsc-unknown-type", "androguard", f"androguard arsc {B}/bad.dex",
         "ERR_1007", "the file is of a type androguard does not know: bad input"),
    case("androguard-decompile-denied", "androguard",
         f"androguard decompile -o {RD}/src {B}/app.apk", "ERR_1002",
         "the output directory is in a directory the job's user may not write", user=NOBODY),
    case("androarsc-missing", "androarsc", "androarsc /nonexistent/app-release.apk", "ERR_1003",
         "the APK to read does not exist", path="/nonexistent/app-release.apk"),
    case("androsign-missing", "androsign", "androsign /nonexistent/app-release.apk", "ERR_1003",
         "the APK to inspect does not exist", path="/nonexistent/app-release.apk"),
    case("neg-androapkid-truncated", "androapkid", f"androapkid {B}/trunc.apk", "ERR_1007",
         "the APK was truncated: corrupt input"),
    case("androdd-missing", "androdd", "androdd -i /nonexistent/app-release.apk -o out",
         "ERR_1003", "the APK to dump does not exist", path="/nonexistent/app-release.apk"),
    case("androaxml-out-rofs", "androaxml", f"androaxml -i {B}/app.apk -o $M/AndroidManifest.xml",
         "ERR_1012", "the decoded manifest is written onto a read-only file system", mount="ro"),
    # --- apkinfo / apksigcopier -------------------------------------------------------------
    case("apkinfo-missing", "apkinfo", "apkinfo /nonexistent/app-release.apk", "ERR_1003",
         "the APK to read does not exist", path="/nonexistent/app-release.apk"),
    case("neg-apkinfo-not-zip", "apkinfo", f"apkinfo {B}/bad.apk", "ERR_1007",
         "the file is not a zip archive: bad input"),
    case("apkinfo-unreadable", "apkinfo", f"apkinfo {B}/secret.apk", "ERR_1002",
         "the APK is root's with mode 600", user=NOBODY, path=f"{B}/secret.apk"),
    case("apksigcopier-extract-missing", "apksigcopier",
         "apksigcopier extract /nonexistent/signed.apk meta", "ERR_1003",
         "the signed APK to extract from does not exist", path="/nonexistent/signed.apk"),
    case("neg-apksigcopier-no-signing-block", "apksigcopier",
         f"apksigcopier copy {B}/app.apk {B}/unsigned.apk out.apk", "ERR_1007",
         "the source APK carries no v2 signing block: the input does not fit the operation"),
    case("apksigcopier-no-apksigner", "apksigcopier",
         f"apksigcopier compare {B}/app.apk {B}/app.apk", "ERR_1001",
         "apksigcopier runs apksigner to verify, and apksigner is not installed on PATH",
         env={"PATH": f"{B}/noapksigner"}, command="apksigner"),
    case("apksigcopier-fork", "apksigcopier",
         f"ulimit -u 1; exec apksigcopier compare {B}/app.apk {B}/app.apk", "ERR_1004",
         "starting apksigner fails with EAGAIN under the process limit", user=NOBODY),
    # --- aidl -----------------------------------------------------------------------------
    case("aidl-input-missing", "aidl", "aidl -o gen /nonexistent/aidl/IBuildService.aidl",
         "ERR_1003", "the interface file does not exist",
         path="/nonexistent/aidl/IBuildService.aidl"),
    case("neg-aidl-syntax", "aidl", f"aidl -I{B}/aidl -o gen {B}/aidl/com/hodei/IStatus.aidl",
         "ERR_1007", "a syntax error in the interface file"),
    case("neg-aidl-unresolved", "aidl",
         f"aidl -I{B}/aidl -o gen {B}/aidl/com/hodei/IBuildService.aidl", "ERR_1007",
         "the interface names a parcelable that is declared nowhere: the job's own error"),
    case("neg-aidl-cpp-unresolved", "aidl-cpp",
         f"aidl-cpp -I{B}/aidl {B}/aidl/com/hodei/IBuildService.aidl include out.cpp", "ERR_1007",
         "the interface names a parcelable that is declared nowhere: the job's own error"),
    # --- trace and heap tools ---------------------------------------------------------------
    case("neg-dmtracedump-bad-trace", "dmtracedump", f"dmtracedump {B}/bad.trace", "ERR_1007",
         "the file is not a method trace: bad input"),
    case("neg-hprof-conv-bad-input", "hprof-conv", f"{HPROF} {B}/bad.hprof out.hprof",
         "ERR_1007", "the heap dump is corrupt: bad input"),
    # --- sparse images ----------------------------------------------------------------------
    case("append2simg-input-missing", "append2simg",
         f"cp {B}/sparse.img system.img; append2simg system.img /nonexistent/vendor.img",
         "ERR_1003", "the raw image to append does not exist"),
    case("append2simg-rofs", "append2simg", f"append2simg $M/existing.txt {B}/raw.img",
         "ERR_1012", "the sparse image to extend is on a read-only file system", mount="ro"),
    case("append2simg-denied", "append2simg", f"append2simg {B}/system-root.img {B}/raw.img",
         "ERR_1002", "the sparse image is root's and not writable by the job's user", user=NOBODY),
    case("neg-simg2simg-not-sparse", "simg2simg", f"simg2simg {B}/junk.img out.img 4096",
         "ERR_1007", "the input is not a sparse image: bad input"),
    case("simg_dump-missing", "simg_dump", "simg_dump /nonexistent/system.img", "ERR_1003",
         "the sparse image does not exist", path="/nonexistent/system.img"),
    case("neg-simg_dump-not-sparse", "simg_dump", f"simg_dump {B}/junk.img", "ERR_1007",
         "the file is too short to be a sparse image: bad input"),
    # --- adb / fastboot ---------------------------------------------------------------------
    case("neg-adb-no-device", "adb", adb(5761, f"install {B}/app.apk"), "ERR_1007",
         "no device or emulator is attached: the service the job needs does not answer"),
    case("neg-adb-serial-not-found", "adb",
         adb(5762, "-s emulator-5554 shell cat /data/local/tmp/result.txt"), "ERR_1007",
         "the named device is not attached: an unknown name, not a missing file"),
    case("neg-adb-daemon-refused", "adb", "adb -L tcp:127.0.0.1:5763 devices", "ERR_1007",
         "no adb server listens at the given address: connection refused"),
    case("adb-sideload-missing", "adb", "adb -P 5764 sideload /nonexistent/ota-update.zip",
         "ERR_1003", "the update package does not exist", path="/nonexistent/ota-update.zip"),
    case("neg-adb-unknown-command", "adb", "adb -P 5765 flash boot.img", "ERR_1007",
         "a command adb does not have: a usage error"),
    case("neg-fastboot-unknown-option", "fastboot", "fastboot --wipe-all flashall",
         "ERR_1007", "an option fastboot does not have: a usage error"),
]

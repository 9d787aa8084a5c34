"""Sealed batch 12: mail, documents and text processing tools (held out)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (93.0% of codes, 80/86), then worked on."""
B = f"{R}/batch12"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
printf 'From: ci@example.org\nTo: ops@example.org\nSubject: nightly\n\nbuild finished\n' > msg.eml
cat msg.eml msg.eml > mbox
printf 'From: ci@example.org\nTo: ops@example.org\nSubject: report\nMIME-Version: 1.0\nContent-Type: text/plain; name="report.txt"\nContent-Disposition: attachment; filename="report.txt"\nContent-Transfer-Encoding: base64\n\n%s\n' "$(seq 1 2000 | base64 -w 76)" > mime.eml
printf 'caf\xe9 cr\xe8me\n' > latin1.txt
printf 'caf\xc3\xa9\n' > utf8.txt
printf 'id,name,amount\n1,alpha,10\n2,beta,x\n' > data.csv
printf 'host,port\nweb,80\n' > hosts.csv
printf '<config><db host="localhost"/></config>\n' > config.xml
printf '<config><db host="localhost"></config>\n' > broken.xml
printf '<html><body><p>Hello</p></body></html>\n' > page.html
printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' > main.c
seq 1 3000 > numbers.txt
printf 'not a pdf at all\n' > broken.pdf
printf 'not a djvu file\n' > broken.djvu
printf 'plain text, not a word document\n' > notes.doc
printf 'plain text, not an odt\n' > notes.odt
printf '{\\rtf1\\ansi Hello}\n' > memo.rtf
mutool create -o doc.pdf /dev/null
printf 'P1\n8 8\n%s\n' "$(for i in $(seq 64); do printf '0 '; done)" > page.pbm
cjb2 page.pbm page.djvu
printf 'account default\nhost 127.0.0.1\nport 1\nfrom ci@example.org\n' > msmtprc
printf 'account default\nhost 127.0.0.1\nport 1\nfrom ci@example.org\nauth on\nuser ci\npasswordeval hodei-getpass\n' > msmtprc-eval
printf '1 2 + p\n' > sum.dc
printf 'print 6*7;\n' > answer.cal
cat > smtp.py <<'PYEOF'
import socket, sys
port, mode = int(sys.argv[1]), sys.argv[2]
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", port)); s.listen(1); s.settimeout(20)
c, _ = s.accept(); f = c.makefile("rwb")
def say(t): f.write(t.encode() + b"\r\n"); f.flush()
say("220 mx.example.org ESMTP")
for line in f:
    cmd = line.decode(errors="replace").strip().upper()
    if cmd.startswith(("EHLO", "HELO")):
        say("250-mx.example.org"); say("250 AUTH PLAIN LOGIN")
    elif cmd.startswith("AUTH"):
        say("535 5.7.8 Error: authentication failed: authentication failure")
    elif cmd.startswith("MAIL"):
        say("250 2.1.0 Ok")
    elif cmd.startswith("RCPT"):
        say("550 5.1.1 <ops@example.org>: Recipient address rejected: mailbox not found")
    elif cmd.startswith("QUIT"):
        say("221 2.0.0 Bye"); break
    else:
        say("250 Ok")
c.close()
PYEOF
printf 'sshd,Permission denied\ncron,No such file or directory\n' > auth-errors.csv
printf 'account default\nhost 127.0.0.1\nport 12526\nfrom ci@example.org\nauth plain\nuser ci\npassword wrong\ntls off\n' > msmtprc-auth
printf 'account default\nhost 127.0.0.1\nport 12527\nfrom ci@example.org\ntls off\n' > msmtprc-rcpt
printf 'account default\nhost 127.0.0.1\nport 1\nfrom ci@example.org\nauth on\nuser ci\npasswordeval echo secret\n' > msmtprc-evalok
chmod 600 msmtprc msmtprc-eval
chmod -R a+rX .
chmod 644 msmtprc msmtprc-eval msmtprc-auth msmtprc-rcpt msmtprc-evalok
"""

NOBODY = "nobody"
U = "ulimit -u 1; "

CASES = [
    # --- msmtp -------------------------------------------------------------------------------
    dict(id="msmtp-config-missing", tool="msmtp",
         script="msmtp -C /nonexistent/msmtprc ops@example.org < " + f"{B}/msg.eml",
         code="ERR_1003", why="the configuration file given with -C does not exist",
         path="/nonexistent/msmtprc"),
    dict(id="msmtp-config-denied", tool="msmtp",
         script=f"msmtp -C {L}/secret.txt ops@example.org < {B}/msg.eml", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the configuration file",
         path=f"{L}/secret.txt"),
    dict(id="neg-msmtp-refused", tool="msmtp",
         script=f"cp {B}/msmtprc rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml",
         code="ERR_1007", why="no mail server answers on the configured port"),
    dict(id="neg-msmtp-account-not-found", tool="msmtp",
         script=f"cp {B}/msmtprc rc && chmod 600 rc && msmtp -C rc -a relay ops@example.org < {B}/msg.eml",
         code="ERR_1007", why="the account named is not defined in the configuration, the job's own mistake"),
    dict(id="msmtp-passwordeval-missing", tool="msmtp",
         script=f"cp {B}/msmtprc-eval rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml",
         code="ERR_1001", why="the password command the configuration runs is not installed",
         command="hodei-getpass"),
    dict(id="de-msmtp-config-missing", tool="msmtp",
         script=f"msmtp -C /nonexistent/msmtprc ops@example.org < {B}/msg.eml", code="ERR_1003",
         lang="de_DE.UTF-8", why="the configuration file does not exist (German)",
         path="/nonexistent/msmtprc"),
    dict(id="neg-fr-msmtp-refused", tool="msmtp",
         script=f"cp {B}/msmtprc rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml",
         code="ERR_1007", lang="fr_FR.UTF-8", why="no mail server answers (French)"),
    dict(id="neg-msmtp-auth-failed", tool="msmtp",
         script=f"python3 {B}/smtp.py 12526 auth & sleep 1; cp {B}/msmtprc-auth rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml; s=$?; wait; exit $s",
         code="ERR_1007", why="the mail server rejects the job's credentials"),
    dict(id="neg-msmtp-recipient-rejected", tool="msmtp",
         script=f"python3 {B}/smtp.py 12527 rcpt & sleep 1; cp {B}/msmtprc-rcpt rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml; s=$?; wait; exit $s",
         code="ERR_1007", why="the mail server rejects the recipient, a remote refusal and no missing file"),
    dict(id="neg-de-msmtp-recipient-rejected", tool="msmtp",
         script=f"python3 {B}/smtp.py 12528 rcpt & sleep 1; sed s/12527/12528/ {B}/msmtprc-rcpt > rc && chmod 600 rc && msmtp -C rc ops@example.org < {B}/msg.eml; s=$?; wait; exit $s",
         code="ERR_1007", lang="de_DE.UTF-8", why="the mail server rejects the recipient (German)"),
    dict(id="msmtp-passwordeval-fork", tool="msmtp",
         script=f"cp {B}/msmtprc-evalok rc && chmod 600 rc && ulimit -u 1 && exec msmtp -C rc ops@example.org < {B}/msg.eml",
         code="ERR_1004", user=NOBODY, why="msmtp cannot start the password command under a process limit"),
    # --- swaks -------------------------------------------------------------------------------
    dict(id="neg-swaks-refused", tool="swaks",
         script="swaks --to ops@example.org --server 127.0.0.1:1 1>&2", code="ERR_1007",
         why="no SMTP server listens on the port"),
    dict(id="swaks-data-missing", tool="swaks",
         script="swaks --to ops@example.org --server 127.0.0.1:1 --data @/nonexistent/msg.eml 1>&2",
         code="ERR_1003", why="the message file given to --data does not exist",
         path="/nonexistent/msg.eml"),
    dict(id="swaks-data-denied", tool="swaks",
         script=f"swaks --to ops@example.org --server 127.0.0.1:1 --data @{L}/secret.txt 1>&2",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the message file",
         path=f"{L}/secret.txt"),
    dict(id="neg-swaks-bad-option", tool="swaks",
         script="swaks --to ops@example.org --hodei-option 1>&2", code="ERR_1007",
         why="an unknown option is a usage error"),
    dict(id="swaks-pipe-missing", tool="swaks",
         script="swaks --to ops@example.org --pipe 'hodei-smtpd -bs' 1>&2", code="ERR_1001",
         why="the SMTP program swaks is told to spawn is not installed", command="hodei-smtpd"),
    dict(id="swaks-pipe-fork", tool="swaks",
         script=U + "exec swaks --to ops@example.org --pipe 'cat' 1>&2", code="ERR_1004", user=NOBODY,
         why="swaks cannot fork the piped program under a process limit"),
    dict(id="neg-swaks-recipient-rejected", tool="swaks",
         script=f"python3 {B}/smtp.py 12529 rcpt & sleep 1; swaks --to ops@example.org --server 127.0.0.1:12529 1>&2; s=$?; wait; exit $s",
         code="ERR_1007", why="the mail server rejects the recipient"),
    dict(id="neg-swaks-auth-failed", tool="swaks",
         script=f"python3 {B}/smtp.py 12530 auth & sleep 1; swaks --to ops@example.org --server 127.0.0.1:12530 --auth PLAIN --auth-user ci --auth-password wrong 1>&2; s=$?; wait; exit $s",
         code="ERR_1007", why="the mail server rejects the job's credentials"),
    # --- procmail / formail ------------------------------------------------------------------
    dict(id="formail-fork-eagain", tool="formail",
         script=U + f"exec formail -s cat < {B}/mbox", code="ERR_1004", user=NOBODY,
         why="formail cannot fork the per-message command under a process limit"),
    dict(id="procmail-rcfile-missing", tool="procmail",
         script=f"procmail -m /nonexistent/procmailrc < {B}/msg.eml", code="ERR_1003",
         why="the rcfile given does not exist", path="/nonexistent/procmailrc"),
    # --- mpack / munpack ---------------------------------------------------------------------
    dict(id="mpack-input-missing", tool="mpack",
         script="mpack -s report -o out.msg /nonexistent/report.pdf", code="ERR_1003",
         why="the file to attach does not exist", path="/nonexistent/report.pdf"),
    dict(id="mpack-input-denied", tool="mpack",
         script=f"mpack -s report -o out.msg {L}/secret.txt", code="ERR_1002", user=NOBODY,
         why="the job's user may not read the file to attach", path=f"{L}/secret.txt"),
    dict(id="munpack-input-missing", tool="munpack", script="munpack /nonexistent/inbox.eml",
         code="ERR_1003", why="the message file does not exist", path="/nonexistent/inbox.eml"),
    # --- ripmime -----------------------------------------------------------------------------
    dict(id="munpack-outdir-missing", tool="munpack", script=f"munpack -q -C /nonexistent/attachments {B}/mime.eml",
         code="ERR_1003", why="the directory to unpack into does not exist", path="/nonexistent/attachments"),
    dict(id="ripmime-outdir-missing", tool="ripmime",
         script=f"ripmime -i {B}/mime.eml -d /nonexistent/attachments 1>&2", code="ERR_1003",
         why="the output directory's parent does not exist", path="/nonexistent/attachments"),
    dict(id="ripmime-rofs", tool="ripmime", script=f"ripmime -i {B}/mime.eml -d $M/att 1>&2",
         code="ERR_1012", mount="ro", why="the output directory is to be made on a read-only mount"),
    dict(id="ripmime-dir-denied", tool="ripmime", script=f"ripmime -i {B}/mime.eml -d {RD}/att 1>&2",
         code="ERR_1002", user=NOBODY, why="the job's user may not create the output directory",
         path=f"{RD}/att"),
    # --- recode ------------------------------------------------------------------------------
    dict(id="recode-input-missing", tool="recode", script="recode latin1..utf8 /nonexistent/names.txt",
         code="ERR_1003", why="the file to recode does not exist", path="/nonexistent/names.txt"),
    dict(id="neg-recode-bad-request", tool="recode", script=f"recode hodei..utf8 < {B}/latin1.txt",
         code="ERR_1007", why="the charset request is not one recode knows"),
    dict(id="neg-recode-invalid-input", tool="recode", script=f"recode utf8..ascii < {B}/utf8.txt",
         code="ERR_1007", why="the input holds characters the target charset cannot express"),
    dict(id="recode-inplace-rofs", tool="recode", script="recode latin1..utf8 $M/existing.txt",
         code="ERR_1012", mount="ro", why="the file recoded in place is on a read-only mount"),
    dict(id="recode-inplace-denied", tool="recode", script=f"recode latin1..utf8 {RF}",
         code="ERR_1002", user=NOBODY, why="the job's user may not read or replace the file",
         path=RF),
    dict(id="de-recode-input-missing", tool="recode", script="recode latin1..utf8 /nonexistent/namen.txt",
         code="ERR_1003", lang="de_DE.UTF-8", why="the file to recode does not exist (German)",
         path="/nonexistent/namen.txt"),
    dict(id="neg-es-recode-bad-request", tool="recode", script=f"recode hodei..utf8 < {B}/latin1.txt",
         code="ERR_1007", lang="es_ES.UTF-8", why="an unknown charset request (Spanish)"),
    # --- enca / uchardet ---------------------------------------------------------------------
    dict(id="enca-input-missing", tool="enca", script="enca -L none /nonexistent/subtitles.srt",
         code="ERR_1003", why="the file to analyse does not exist", path="/nonexistent/subtitles.srt"),
    dict(id="neg-enca-no-language", tool="enca", script=f"enca {B}/latin1.txt", code="ERR_1007",
         why="enca was given no language and cannot work one out, a usage problem"),
    dict(id="neg-enca-unrecognized", tool="enca",
         script="head -c 600 /dev/urandom > blob.bin; enca -L russian blob.bin 1>&2",
         code="ERR_1007", why="the data is in no encoding enca recognises"),
    dict(id="enca-convert-rofs", tool="enca", script="enca -L none -x UTF-8 $M/existing.txt",
         code="ERR_1012", mount="ro", why="the file converted in place is on a read-only mount"),
    dict(id="uchardet-input-missing", tool="uchardet", script="uchardet /nonexistent/import.csv",
         code="ERR_1003", why="the file to detect does not exist", path="/nonexistent/import.csv"),
    dict(id="uchardet-denied", tool="uchardet", script=f"uchardet {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the file", path=f"{L}/secret.txt"),
    # --- a2ps / enscript ---------------------------------------------------------------------
    dict(id="a2ps-output-dir-missing", tool="a2ps",
         script=f"a2ps -q -o /nonexistent/out/listing.ps {B}/main.c", code="ERR_1003",
         why="the output file's directory does not exist", path="/nonexistent/out/listing.ps"),
    dict(id="neg-a2ps-unknown-medium", tool="a2ps", script=f"a2ps -q --medium=Hodei -o out.ps {B}/main.c",
         code="ERR_1007", why="the medium named is unknown to a2ps, a usage error"),
    dict(id="a2ps-output-denied", tool="a2ps", script=f"a2ps -q -o {RD}/listing.ps {B}/main.c",
         code="ERR_1002", user=NOBODY, why="the job's user may not create the output file",
         path=f"{RD}/listing.ps"),
    dict(id="neg-enscript-unknown-media", tool="enscript", script=f"enscript -q -M Hodei -o out.ps {B}/main.c",
         code="ERR_1007", why="the media named is unknown to enscript, a usage error"),
    dict(id="enscript-output-rofs", tool="enscript", script=f"enscript -q -o $M/main.ps {B}/main.c",
         code="ERR_1012", mount="ro", why="the output file is on a read-only mount"),
    dict(id="enscript-output-dir-missing", tool="enscript",
         script=f"enscript -q -o /nonexistent/print/main.ps {B}/main.c", code="ERR_1003",
         why="the output file's directory does not exist", path="/nonexistent/print/main.ps"),
    dict(id="enscript-output-denied", tool="enscript", script=f"enscript -q -o {RF} {B}/main.c",
         code="ERR_1002", user=NOBODY, why="the job's user may not write the output file", path=RF),
    dict(id="enscript-output-full", tool="enscript", script=f"enscript -q -o $M/numbers.ps {B}/numbers.txt",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="neg-de-enscript-unknown-media", tool="enscript", script=f"enscript -q -M Hodei -o out.ps {B}/main.c",
         code="ERR_1007", lang="de_DE.UTF-8", why="an unknown media name (German)"),
    dict(id="es-enscript-output-dir-missing", tool="enscript",
         script=f"enscript -q -o /nonexistent/print/main.ps {B}/main.c", code="ERR_1003", lang="es_ES.UTF-8",
         why="the output file's directory does not exist (Spanish)", path="/nonexistent/print/main.ps"),
    dict(id="fr-recode-input-missing", tool="recode", script="recode latin1..utf8 /nonexistent/noms.txt",
         code="ERR_1003", lang="fr_FR.UTF-8", why="the file to recode does not exist (French)",
         path="/nonexistent/noms.txt"),
    # --- pdftk / mutool / ddjvu --------------------------------------------------------------
    dict(id="pdftk-input-missing", tool="pdftk", script="pdftk /nonexistent/invoice.pdf output out.pdf 1>&2",
         code="ERR_1003", why="the input PDF does not exist", path="/nonexistent/invoice.pdf"),
    dict(id="neg-pdftk-not-pdf", tool="pdftk", script=f"pdftk {B}/broken.pdf output out.pdf 1>&2",
         code="ERR_1007", why="the input file is not a PDF"),
    dict(id="neg-pdftk-bad-range", tool="pdftk", script=f"pdftk {B}/doc.pdf cat 3-5 output out.pdf 1>&2",
         code="ERR_1007", why="the page range asks for pages the document does not have"),
    dict(id="pdftk-thread-eagain", tool="pdftk", script=U + f"exec pdftk {B}/doc.pdf output out.pdf",
         code="ERR_1004", user=NOBODY, why="the Java runtime cannot create its threads under a process limit"),
    dict(id="mutool-input-missing", tool="mutool", script="mutool draw -o page.png /nonexistent/doc.pdf",
         code="ERR_1003", why="the PDF to render does not exist", path="/nonexistent/doc.pdf"),
    dict(id="neg-mutool-not-pdf", tool="mutool", script=f"mutool draw -o page.png {B}/broken.pdf",
         code="ERR_1007", why="the input is not a PDF; the repair finds nothing"),
    dict(id="mutool-input-denied", tool="mutool", script=f"mutool info {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the input", path=f"{L}/secret.txt"),
    dict(id="mutool-output-rofs", tool="mutool", script=f"mutool draw -o $M/page.png {B}/doc.pdf",
         code="ERR_1012", mount="ro", why="the rendered page is written to a read-only mount"),
    dict(id="ddjvu-input-missing", tool="ddjvu", script="ddjvu -format=pnm /nonexistent/book.djvu page.pnm",
         code="ERR_1003", why="the DjVu document does not exist", path="/nonexistent/book.djvu"),
    dict(id="neg-ddjvu-corrupt", tool="ddjvu", script=f"ddjvu -format=pnm {B}/broken.djvu page.pnm",
         code="ERR_1007", why="the input is not a DjVu document"),
    # --- antiword / catdoc / unrtf / odt2txt -------------------------------------------------
    dict(id="antiword-input-missing", tool="antiword", script="antiword /nonexistent/letter.doc",
         code="ERR_1003", why="the document does not exist", path="/nonexistent/letter.doc"),
    dict(id="neg-antiword-not-word", tool="antiword", script=f"antiword {B}/notes.doc",
         code="ERR_1007", why="the input is not a Word document"),
    dict(id="catdoc-input-missing", tool="catdoc", script="catdoc /nonexistent/minutes.doc",
         code="ERR_1003", why="the document does not exist"),
    dict(id="catdoc-denied", tool="catdoc", script=f"catdoc {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the document"),
    dict(id="odt2txt-input-missing", tool="odt2txt", script="odt2txt /nonexistent/spec.odt",
         code="ERR_1003", why="the document does not exist", path="/nonexistent/spec.odt"),
    dict(id="neg-odt2txt-not-odt", tool="odt2txt", script=f"odt2txt {B}/notes.odt",
         code="ERR_1007", why="the input is not an OpenDocument file"),
    # --- csvkit ------------------------------------------------------------------------------
    dict(id="csvlook-input-missing", tool="csvlook", script="csvlook /nonexistent/sales.csv",
         code="ERR_1003", why="the CSV file does not exist", path="/nonexistent/sales.csv"),
    dict(id="neg-csvcut-unknown-column", tool="csvcut", script=f"csvcut -c region {B}/data.csv",
         code="ERR_1007", why="the column named is not in the file, the job's own mistake"),
    dict(id="neg-csvsql-no-table", tool="csvsql",
         script=f"csvsql --query 'select * from orders' {B}/data.csv", code="ERR_1007",
         why="the query names a table that does not exist in the tool's database"),
    dict(id="neg-csvsql-db-driver", tool="csvsql",
         script=f"csvsql --db postgresql://127.0.0.1:1/ci --insert {B}/hosts.csv", code="ERR_1007",
         why="the database driver or server is not available, the job's dependency problem"),
    dict(id="csvlook-denied", tool="csvlook", script=f"csvlook {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the file", path=f"{L}/secret.txt"),
    dict(id="csvformat-output-full", tool="csvformat", script="(echo id,amount; seq 1 20000 | sed s/$/,x/) | csvformat -T > $M/data.tsv",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="neg-csvsql-syntax-quoted", tool="csvsql",
         script=f"csvsql --query \"select from auth_errors where msg = 'Permission denied'\" {B}/auth-errors.csv",
         code="ERR_1007", why="the job's SQL query has a syntax error; the error words are only in its text"),
    # --- xmlstarlet / html2text --------------------------------------------------------------
    dict(id="xmlstarlet-input-missing", tool="xmlstarlet",
         script="xmlstarlet sel -t -v /config/db/@host /nonexistent/config.xml", code="ERR_1003",
         why="the XML file does not exist", path="/nonexistent/config.xml"),
    dict(id="neg-xmlstarlet-malformed", tool="xmlstarlet", script=f"xmlstarlet val -e {B}/broken.xml 1>&2",
         code="ERR_1007", why="the XML document is malformed"),
    dict(id="neg-xmlstarlet-bad-xpath", tool="xmlstarlet", script=f"xmlstarlet sel -t -v '//[' {B}/config.xml",
         code="ERR_1007", why="the XPath expression is invalid"),
    dict(id="xmlstarlet-xsl-missing", tool="xmlstarlet", script=f"xmlstarlet tr /nonexistent/report.xsl {B}/config.xml",
         code="ERR_1003", why="the stylesheet does not exist", path="/nonexistent/report.xsl"),
    dict(id="html2text-input-missing", tool="html2text", script="html2text /nonexistent/index.html",
         code="ERR_1003", why="the HTML file does not exist", path="/nonexistent/index.html"),
    # --- datamash / dc / calc ----------------------------------------------------------------
    dict(id="neg-datamash-not-numeric", tool="datamash", script=f"tail -n +2 {B}/data.csv | datamash -t, sum 3",
         code="ERR_1007", why="a field the job sums is not a number"),
    dict(id="neg-datamash-few-fields", tool="datamash", script=f"datamash -t, sum 5 < {B}/hosts.csv",
         code="ERR_1007", why="the input has fewer fields than the job asks for"),
    dict(id="neg-datamash-quoted-words", tool="datamash", script=f"datamash -t, sum 2 < {B}/auth-errors.csv",
         code="ERR_1007", why="a field the job sums is text that merely quotes an error message"),
    dict(id="datamash-output-full", tool="datamash",
         script="seq 1 20000 | datamash --full -W round 1 > $M/out.txt", code="ERR_1012",
         mount="full", why="the output filesystem is full"),
    dict(id="neg-pt-datamash-not-numeric", tool="datamash",
         script=f"tail -n +2 {B}/data.csv | datamash -t, sum 3", code="ERR_1007", lang="pt_BR.UTF-8",
         why="a field the job sums is not a number (Portuguese)"),
    dict(id="calc-file-missing", tool="calc", script="calc -f /nonexistent/budget.cal",
         code="ERR_1003", why="the calc script does not exist", path="/nonexistent/budget.cal"),
]

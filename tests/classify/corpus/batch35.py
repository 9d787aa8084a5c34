"""Sealed batch 35: mail clients, fetchers, filters and mailbox tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (83.3% of codes, 65/78), then worked on."""
B = f"{R}/batch35"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"
NOBODY = "nobody"

FIXTURES = r"""
msg() { printf 'From %s Mon Jan  1 00:00:0%s 2024\nFrom: %s\nTo: ops@example.com\nSubject: %s\nDate: Mon, 1 Jan 2024 00:00:0%s +0000\nMessage-ID: <%s@example.com>\n\n%s\n\n' "$1" "$2" "$1" "$3" "$2" "$2$3" "$4"; }
{ msg alice@example.com 1 'build report' 'all green'; msg bob@example.com 2 'deploy' 'done'; msg carol@example.com 3 'backup' 'ok'; } > inbox.mbox
msg alice@example.com 1 'build report' 'all green' | tail -n +2 > one.eml
printf 'this is a plain text note, not a mailbox\nline two\n' > notes.txt
mkdir -p Maildir/cur Maildir/new Maildir/tmp
cp one.eml Maildir/new/1700000000.1.host
cp one.eml Maildir/cur/1700000001.2.host:2,S
python3 - <<'PY'
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
import os
os.makedirs('armbin', exist_ok=True)
open('armbin/spamc', 'wb').write(d)
PY
chmod 755 armbin/spamc
# mutt / neomutt
printf 'set sendmail="/usr/local/bin/hodei-sendmail -oi"\nset from=ci@example.com\nset record=""\n' > nomta.muttrc
printf 'set sendmail="/bin/true"\nset record=""\nset nosuchvar=yes\n' > badvar.muttrc
printf 'set sendmail="/bin/true"\nset record=""\nsource /nonexistent/mutt/colors.rc\n' > badsource.muttrc
printf 'set sendmail="/bin/true"\nset record=""\nmacro index ,x "<sync-mailbox>\n' > badquote.muttrc
printf 'set sendmail="/bin/true"\nset record=""\nset editor="hodei-editor"\n' > ok.muttrc
# mbsync
printf 'IMAPAccount a\nHost 127.0.0.1\nPort 1\nUser ci\nPass secret\nSSLType None\n\nIMAPStore r\nAccount a\n\nMaildirStore l\nPath %s/mbsync/\nInbox %s/mbsync/INBOX\n\nChannel c\nFar :r:\nNear :l:\nPatterns *\n' "$PWD" "$PWD" > refused.mbsyncrc
printf 'IMAPAccount a\nHost 127.0.0.1\nSSLType None\nPasswordCommand "hodei-vault get imap"\n' > badkw.mbsyncrc
printf 'IMAPAccount a\nHost 127.0.0.1\nPort 1\nUser ci\nPassCmd "hodei-vault get imap"\nSSLType None\n\nIMAPStore r\nAccount a\n\nMaildirStore l\nPath ./mail/\nInbox ./mail/INBOX\n\nChannel c\nFar :r:\nNear :l:\n' > passcmd.mbsyncrc
mkdir -p mbsync
# offlineimap
printf '[general]\naccounts = a\nmetadata = %s/oi-meta\n[Account a]\nlocalrepository = l\nremoterepository = r\n[Repository l]\ntype = Maildir\nlocalfolders = %s/oi-mail\n[Repository r]\ntype = IMAP\nremotehost = 127.0.0.1\nremoteport = 1\nremoteuser = ci\nremotepass = secret\nssl = no\nstarttls = no\n' "$PWD" "$PWD" > refused.oirc
printf '[general]\naccounts = a\n[Account a\nlocalrepository = l\n' > bad.oirc
mkdir -p oi-mail
# fetchmail
printf 'poll 127.0.0.1 port 1 proto pop3 user ci password secret\n' > refused.fmrc
printf 'poll 127.0.0.1 proto pop3 user ci password secret keep fetchal\n' > bad.fmrc
printf 'poll 127.0.0.1 port 1 proto pop3 user ci password secret\n' > open.fmrc
# getmail
mkdir -p gm
printf '[retriever]\ntype = SimplePOP3Retriever\nserver = 127.0.0.1\nport = 1\nusername = ci\npassword = secret\n\n[destination]\ntype = Maildir\npath = %s/Maildir/\n' "$PWD" > gm/refused.rc
printf '[retriever]\ntype = SimplePOP3Retriever\nserver 127.0.0.1\n[destination\n' > gm/bad.rc
printf '[retriever]\ntype = SimplePOP3Retriever\nserver = 127.0.0.1\nusername = ci\npassword = secret\n\n[destination]\ntype = Maildir\npath = /nonexistent/Maildir/\n' > gm/nomaildir.rc
# mpop
printf 'account default\nhost 127.0.0.1\nport 1\nuser ci\npassword secret\ntls off\ndelivery maildir %s/Maildir\n' "$PWD" > refused.mpoprc
printf 'account default\nhots 127.0.0.1\n' > bad.mpoprc
printf 'account default\nhost 127.0.0.1\nport 1\nuser ci\npasswordeval hodei-vault get pop\ntls off\ndelivery maildir %s/Maildir\n' "$PWD" > passeval.mpoprc
chmod 600 *.fmrc *.mpoprc
# maildrop
printf 'if (/^Subject: build/\n{\n  to "Maildir\n' > bad.mailfilter
printf 'to "|hodei-spamfilter --learn"\n' > pipe.mailfilter
printf 'to "|./armbin/spamc"\n' > arm.mailfilter
printf 'to "|cat >/dev/null"\n' > fork.mailfilter
printf 'to "%s/inbox.mbox"\n' "$RD" > denied.mailfilter
printf 'EXITCODE=0\nif (/^Subject: deploy/)\n{\n  echo "rule not found: missing header, permission denied"\n  EXITCODE=77\n}\nexit\n' > quote.mailfilter
chmod 600 *.mailfilter
# mairix
printf 'base=%s\nmaildir=Maildir\nmfolder=mairix-results\ndatabase=%s/mairix.db\n' "$PWD" "$PWD" > ok.mairixrc
printf 'base=%s\nmaildir=Maildir\nmfolder=mairix-results\ndatabase=%s/mairix.db\n' "$PWD" "$RD" > denied.mairixrc
printf 'base=%s\nmaildir=Maildir\nmfolder=mairix-results\nbogus_option=1\ndatabase=%s/mairix2.db\n' "$PWD" "$PWD" > bad.mairixrc
# sieve
printf 'require "fileinto";\nif header :contains "subject" "build" {\n  fileinto "CI"\n' > bad.sieve
printf 'require ["fileinto", "vnd.hodei.notify"];\nfileinto "CI";\n' > ext.sieve
printf 'require "fileinto";\nif header :contains "subject" "build" { fileinto "CI"; }\n' > ok.sieve
# notmuch
printf '[database]\npath=%s/nm-mail\n[new]\ntags=unread;inbox;\n' "$PWD" > nm-noindex.config
mkdir -p nm-mail/cur nm-mail/new nm-mail/tmp && cp one.eml nm-mail/cur/1.host:2,S
printf '[database]\npath=%s/nm-ok\n' "$PWD" > nm-ok.config
mkdir -p nm-ok/cur nm-ok/new nm-ok/tmp && cp one.eml nm-ok/cur/1.host:2,S
NOTMUCH_CONFIG=$PWD/nm-ok.config notmuch new --quiet
printf '[database]\npath=%s/nm-ok\n[new]\ntags=unread;inbox;\n' "$PWD" > nm-cp.config
# mu
mu init --muhome=$PWD/mu --maildir=$PWD/Maildir --quiet >/dev/null 2>&1 || true
mu index --muhome=$PWD/mu --quiet >/dev/null 2>&1 || true
# dovecot
printf 'protocols = imap\nmail_location = maildir:~/Maildir\nservice imap {\n  process_limit = 8\n' > bad-dovecot.conf
mkdir -p rootmd/cur rootmd/new rootmd/tmp
chmod -R a+rX .
"""

CASES = [
    # --- mutt --------------------------------------------------------------------------------
    dict(id="mutt-attach-missing", tool="mutt",
         script=f"echo 'see attached' | mutt -n -F {B}/ok.muttrc -s report -a /nonexistent/out/report.pdf -- ops@example.com",
         code="ERR_1003", path="/nonexistent/out/report.pdf",
         why="the file to attach does not exist"),
    dict(id="mutt-sendmail-missing", tool="mutt",
         script=f"echo 'nightly ok' | mutt -n -F {B}/nomta.muttrc -s report ops@example.com",
         code="ERR_1001",
         why="the sendmail program mutt is set to run is not installed, so the child fails to exec"),
    dict(id="mutt-attach-denied", tool="mutt",
         script=f"echo 'see attached' | mutt -n -F {B}/ok.muttrc -s report -a {L}/secret.txt -- ops@example.com",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the file to attach is in a directory the job's user may not enter"),
    dict(id="neg-mutt-unknown-variable", tool="mutt",
         script=f"mutt -n -F {B}/ok.muttrc -Q hodei_timeout",
         code="ERR_1007",
         why="the variable queried with -Q is not one mutt knows: an unknown name in the tool's own world"),
    dict(id="neg-mutt-bad-recipient", tool="mutt",
         script=f"echo 'nightly ok' | mutt -n -F {B}/ok.muttrc -s report 'ops team <<@@' 1>&2",
         code="ERR_1007",
         why="the recipient argument is not a usable address, so mutt has no recipient: a usage error of the job"),
    dict(id="de-mutt-attach-missing", tool="mutt", lang="de_DE.UTF-8",
         script=f"echo 'siehe Anhang' | mutt -n -F {B}/ok.muttrc -s bericht -a /nonexistent/out/bericht.pdf -- ops@example.com",
         code="ERR_1003", path="/nonexistent/out/bericht.pdf",
         why="the file to attach does not exist (German messages)"),
    dict(id="es-mutt-attach-denied", tool="mutt", lang="es_ES.UTF-8", user=NOBODY,
         script=f"echo 'adjunto' | mutt -n -F {B}/ok.muttrc -s informe -a {L}/secret.txt -- ops@example.com",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="the file to attach is in a directory the job's user may not enter (Spanish messages)"),
    dict(id="it-mutt-unknown-variable", tool="mutt", lang="it_IT.UTF-8",
         script=f"mutt -n -F {B}/ok.muttrc -Q hodei_timeout",
         code="ERR_1007",
         why="the variable queried with -Q is not one mutt knows (Italian messages)"),
    # --- neomutt -----------------------------------------------------------------------------
    dict(id="neomutt-attach-missing", tool="neomutt",
         script=f"echo 'see attached' | neomutt -n -F {B}/ok.muttrc -s report -a /nonexistent/out/build.log -- ops@example.com",
         code="ERR_1003", path="/nonexistent/out/build.log",
         why="the file to attach does not exist"),
    dict(id="neomutt-sendmail-missing", tool="neomutt",
         script=f"echo 'nightly ok' | neomutt -n -F {B}/nomta.muttrc -s report ops@example.com",
         code="ERR_1001",
         why="the sendmail program neomutt is set to run is not installed"),
    dict(id="fr-neomutt-attach-missing", tool="neomutt", lang="fr_FR.UTF-8",
         script=f"echo 'voir pj' | neomutt -n -F {B}/ok.muttrc -s rapport -a /nonexistent/out/rapport.pdf -- ops@example.com",
         code="ERR_1003", path="/nonexistent/out/rapport.pdf",
         why="the file to attach does not exist (French messages)"),
    # --- s-nail / mail -----------------------------------------------------------------------
    dict(id="s-nail-mta-missing", tool="s-nail",
         script="echo 'nightly ok' | s-nail -S mta=/usr/local/bin/hodei-sendmail -s report ops@example.com",
         code="ERR_1001", command="/usr/local/bin/hodei-sendmail",
         why="the MTA program s-nail is told to start is not installed"),
    dict(id="s-nail-mta-arch", tool="s-nail",
         script=f"echo 'nightly ok' | s-nail -S mta={B}/armbin/spamc -s report ops@example.com",
         code="ERR_1004",
         why="the MTA program is a binary for another architecture and cannot be executed"),
    dict(id="neg-s-nail-smtp-refused", tool="s-nail",
         script="echo 'nightly ok' | s-nail -S v15-compat -S mta=smtp://ci:secret@127.0.0.1:1 -S smtp-auth=none -s report ops@example.com",
         code="ERR_1007",
         why="no SMTP server listens on the port: a service that does not answer"),
    dict(id="s-nail-fork-limit", tool="s-nail",
         script=f"ulimit -u 1; exec s-nail -S mta=/bin/true -s report ops@example.com < {B}/notes.txt",
         code="ERR_1004", user=NOBODY,
         why="under a process limit of one s-nail cannot fork the MTA"),
    dict(id="mail-mbox-missing", tool="mail",
         script="mail -f /nonexistent/mail/ci.mbox",
         code="ERR_1003", path="/nonexistent/mail/ci.mbox",
         why="the mailbox given with -f does not exist"),
    # --- mailutils ---------------------------------------------------------------------------
    dict(id="movemail-source-missing", tool="movemail",
         script="movemail /nonexistent/spool/ci out.mbox",
         code="ERR_1003", path="/nonexistent/spool/ci",
         why="the source mailbox does not exist"),
    dict(id="movemail-source-denied", tool="movemail",
         script=f"movemail {L}/secret.txt out.mbox",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the source mailbox is in a directory the job's user may not enter"),
    dict(id="movemail-dest-rofs", tool="movemail",
         script=f"cp {B}/inbox.mbox in.mbox; movemail in.mbox $M/out.mbox",
         code="ERR_1012", mount="ro", path="$M/out.mbox",
         why="the destination mailbox is on a read-only file system"),
    dict(id="movemail-dest-full", tool="movemail",
         script="for i in $(seq 400); do printf 'From a@b Mon Jan  1 00:00:00 2024\\nSubject: %s\\n\\n%0300d\\n\\n' $i 0; done > in.mbox; movemail in.mbox $M/out.mbox",
         code="ERR_1012", mount="full",
         why="the destination file system is full"),
    dict(id="neg-movemail-pop-refused", tool="movemail",
         script="movemail pop://ci:secret@127.0.0.1:1 out.mbox",
         code="ERR_1007",
         why="no POP3 server listens on the port: a service that does not answer"),
    dict(id="pt-movemail-dest-rofs", tool="movemail", lang="pt_BR.UTF-8", mount="ro",
         script=f"cp {B}/inbox.mbox in.mbox; movemail in.mbox $M/saida.mbox",
         code="ERR_1012", path="$M/saida.mbox",
         why="the destination mailbox is on a read-only file system (Portuguese messages)"),
    dict(id="es-mpop-refused", tool="mpop", lang="es_ES.UTF-8",
         script=f"cp {B}/refused.mpoprc rc; chmod 600 rc; mpop -C rc -a",
         code="ERR_1007",
         why="no POP3 server listens on the port (Spanish messages): a service that does not answer"),
    dict(id="fr-movemail-source-missing", tool="movemail", lang="fr_FR.UTF-8",
         script="movemail /nonexistent/spool/ci out.mbox",
         code="ERR_1003", path="/nonexistent/spool/ci",
         why="the source mailbox does not exist (French messages)"),
    dict(id="readmsg-mbox-missing", tool="readmsg",
         script="readmsg -f /nonexistent/mail/archive.mbox 1",
         code="ERR_1003", path="/nonexistent/mail/archive.mbox",
         why="the mailbox to read does not exist"),
    dict(id="readmsg-mbox-denied", tool="readmsg",
         script=f"readmsg -f {L}/secret.txt 1",
         code="ERR_1002", user=NOBODY, path=f"{L}/secret.txt",
         why="the mailbox is in a directory the job's user may not enter"),
    dict(id="neg-readmsg-no-such-message", tool="readmsg",
         script=f"readmsg -f {B}/inbox.mbox 42",
         code="ERR_1007",
         why="the mailbox has three messages and message 42 is not one of them: an unknown name in the tool's own world"),
    dict(id="de-readmsg-mbox-missing", tool="readmsg", lang="de_DE.UTF-8",
         script="readmsg -f /nonexistent/post/archiv.mbox 1",
         code="ERR_1003", path="/nonexistent/post/archiv.mbox",
         why="the mailbox to read does not exist (German messages)"),
    # --- mbsync ------------------------------------------------------------------------------
    dict(id="mbsync-config-missing", tool="mbsync",
         script="mbsync -c /nonexistent/ci/mbsyncrc -a",
         code="ERR_1003", path="/nonexistent/ci/mbsyncrc",
         why="the configuration file given with -c does not exist"),
    dict(id="mbsync-config-denied", tool="mbsync",
         script=f"mbsync -c {RF} -a",
         code="ERR_1002", user=NOBODY, path=RF,
         why="the configuration file is root-only and the job's user may not read it"),
    dict(id="neg-mbsync-refused", tool="mbsync",
         script=f"mbsync -c {B}/refused.mbsyncrc -a",
         code="ERR_1007",
         why="no IMAP server listens on the port: a service that does not answer"),
    dict(id="neg-mbsync-bad-keyword", tool="mbsync",
         script=f"mbsync -c {B}/badkw.mbsyncrc -a",
         code="ERR_1007",
         why="the configuration has a keyword mbsync does not recognise: a syntax error of the job"),
    # --- offlineimap -------------------------------------------------------------------------
    dict(id="offlineimap-config-missing", tool="offlineimap",
         script="offlineimap -c /nonexistent/ci/offlineimaprc -o -u basic",
         code="ERR_1003", path="/nonexistent/ci/offlineimaprc",
         why="the configuration file does not exist"),
    dict(id="neg-offlineimap-parse-error", tool="offlineimap",
         script=f"offlineimap -c {B}/bad.oirc -o -u basic",
         code="ERR_1007",
         why="the configuration file has a section header syntax error"),
    dict(id="neg-offlineimap-refused", tool="offlineimap",
         script=f"cp {B}/refused.oirc rc; offlineimap -c rc -o -u basic 1>&2",
         code="ERR_1007",
         why="no IMAP server listens on the port: a service that does not answer"),
    # --- fetchmail ---------------------------------------------------------------------------
    dict(id="neg-fetchmail-refused", tool="fetchmail",
         script=f"cp {B}/refused.fmrc rc; chmod 600 rc; fetchmail -f rc",
         code="ERR_1007",
         why="no POP3 server listens on the port: a service that does not answer"),
    dict(id="neg-fetchmail-syntax", tool="fetchmail",
         script=f"cp {B}/bad.fmrc rc; chmod 600 rc; fetchmail -f rc",
         code="ERR_1007",
         why="the rc file has a syntax error (a misspelt keyword)"),
    dict(id="neg-fetchmail-rc-mode", tool="fetchmail",
         script=f"cp {B}/open.fmrc rc; chmod 644 rc; fetchmail -f rc",
         code="ERR_1007",
         why="fetchmail refuses an rc file holding passwords that others may read: its own safety check on the job's file, not a denied access"),
    # --- getmail -----------------------------------------------------------------------------
    dict(id="getmail-rc-missing", tool="getmail",
         script=f"getmail --getmaildir={B}/gm --rcfile=/nonexistent/ci/getmailrc",
         code="ERR_1003", path="/nonexistent/ci/getmailrc",
         why="the rc file does not exist"),
    dict(id="getmail-dir-missing", tool="getmail",
         script="getmail --getmaildir=/nonexistent/getmail --rcfile=getmailrc",
         code="ERR_1003",
         why="the getmail configuration directory does not exist"),
    dict(id="neg-getmail-refused", tool="getmail",
         script=f"cp -r {B}/gm gm; getmail --getmaildir=$PWD/gm --rcfile=refused.rc",
         code="ERR_1007",
         why="no POP3 server listens on the port: a service that does not answer"),
    dict(id="neg-getmail-bad-rc", tool="getmail",
         script=f"cp -r {B}/gm gm; getmail --getmaildir=$PWD/gm --rcfile=bad.rc",
         code="ERR_1007",
         why="the rc file has a syntax error"),
    # --- mpop --------------------------------------------------------------------------------
    dict(id="mpop-config-missing", tool="mpop",
         script="mpop -C /nonexistent/ci/mpoprc -a",
         code="ERR_1003", path="/nonexistent/ci/mpoprc",
         why="the configuration file does not exist"),
    dict(id="de-mpop-config-missing", tool="mpop", lang="de_DE.UTF-8",
         script="mpop -C /nonexistent/ci/mpoprc -a",
         code="ERR_1003", path="/nonexistent/ci/mpoprc",
         why="the configuration file does not exist (German messages)"),
    dict(id="neg-mpop-refused", tool="mpop",
         script=f"cp {B}/refused.mpoprc rc; chmod 600 rc; mpop -C rc -a",
         code="ERR_1007",
         why="no POP3 server listens on the port: a service that does not answer"),
    dict(id="neg-mpop-unknown-command", tool="mpop",
         script=f"cp {B}/bad.mpoprc rc; chmod 600 rc; mpop -C rc -a",
         code="ERR_1007",
         why="the configuration has a misspelt command: a syntax error of the job"),
    dict(id="mpop-passwordeval-missing", tool="mpop",
         script=f"cp {B}/passeval.mpoprc rc; chmod 600 rc; mpop -C rc -a",
         code="ERR_1001", command="hodei-vault",
         why="the passwordeval command mpop runs is not installed"),
    # --- maildrop / reformail ----------------------------------------------------------------
    dict(id="maildrop-filter-missing", tool="maildrop",
         script=f"maildrop /nonexistent/ci/mailfilter < {B}/one.eml",
         code="ERR_1003",
         why="the filter file given to maildrop does not exist"),
    dict(id="neg-maildrop-syntax", tool="maildrop",
         script=f"cp {B}/bad.mailfilter f; chmod 600 f; maildrop f < {B}/one.eml",
         code="ERR_1007",
         why="the filter file has a syntax error"),
    dict(id="maildrop-pipe-missing", tool="maildrop",
         script=f"cp {B}/pipe.mailfilter f; chmod 600 f; maildrop f < {B}/one.eml",
         code="ERR_1001", command="hodei-spamfilter",
         why="the program the filter pipes the message to is not installed"),
    dict(id="maildrop-pipe-arch", tool="maildrop",
         script=f"cp {B}/arm.mailfilter f; chmod 600 f; cp -r {B}/armbin .; maildrop f < {B}/one.eml",
         code="ERR_1004",
         why="the program the filter pipes the message to is built for another architecture"),
    dict(id="maildrop-fork-limit", tool="maildrop",
         script=f"cp {B}/fork.mailfilter f; chmod 600 f; ulimit -u 1; exec maildrop f < {B}/one.eml",
         code="ERR_1004", user=NOBODY,
         why="under a process limit of one maildrop cannot fork the pipe command"),
    dict(id="maildrop-deliver-denied", tool="maildrop",
         script=f"printf 'to \"%s/\"\\n' {B}/rootmd > f; chmod 600 f; maildrop f < {B}/one.eml",
         code="ERR_1002", user=NOBODY, path=f"{B}/rootmd/",
         why="the maildir to deliver to is root-owned and the job's user may not write into it"),
    dict(id="neg-maildrop-echo-words", tool="maildrop",
         script=f"cp {B}/quote.mailfilter f; chmod 600 f; printf 'From: bob@example.com\\nSubject: deploy\\n\\ndone\\n' | maildrop f 1>&2",
         code="ERR_1007",
         why="the filter itself prints a message quoting error words and exits with its own code"),
    dict(id="reformail-fork-limit", tool="reformail",
         script=f"ulimit -u 1; exec reformail -s cat < {B}/inbox.mbox >/dev/null",
         code="ERR_1004", user=NOBODY,
         why="under a process limit of one reformail cannot fork the per-message command"),
    # --- mairix ------------------------------------------------------------------------------
    dict(id="mairix-rc-missing", tool="mairix",
         script="mairix -f /nonexistent/ci/mairixrc from:alice",
         code="ERR_1003", path="/nonexistent/ci/mairixrc",
         why="the rc file does not exist"),
    dict(id="mairix-db-denied", tool="mairix",
         script=f"cp -r {B}/Maildir .; printf 'base=%s\\nmaildir=Maildir\\nmfolder=res\\ndatabase={RD}/mairix.db\\n' $PWD > rc; mairix -f rc",
         code="ERR_1002", user=NOBODY,
         why="the database is to be written in a root-owned directory the job's user may not write"),
    dict(id="mairix-db-full", tool="mairix",
         script=f"mkdir Maildir; cp -r {B}/Maildir/* Maildir/; for i in $(seq 300); do sed \"s/^Subject: .*/Subject: build $i report $(printf '%0100d' $i)/\" {B}/one.eml > Maildir/cur/$i.host:2,S; done; printf 'base=%s\\nmaildir=Maildir\\nmfolder=res\\ndatabase=%s/mairix.db\\n' $PWD $M > rc; mairix -f rc",
         code="ERR_1012", mount="full",
         why="the file system the database is written to is full"),
    # --- mb2md / safecat ---------------------------------------------------------------------
    dict(id="mb2md-source-missing", miss="'Source is not an mbox file or a directory!' says what the source is not, not that it is missing", tool="mb2md",
         script="mkdir out; mb2md -s /nonexistent/mail/inbox.mbox -d $PWD/out",
         code="ERR_1003",
         why="the source mbox does not exist"),
    dict(id="mb2md-dest-inodes", tool="mb2md",
         script=f"cp {B}/inbox.mbox in.mbox; mb2md -s $PWD/in.mbox -d $M/md",
         code="ERR_1012", mount="inodes",
         why="the destination file system has no inodes left for the maildir's directories"),
    dict(id="safecat-dir-missing", tool="safecat",
         script=f"safecat /nonexistent/Maildir/tmp /nonexistent/Maildir/new < {B}/one.eml",
         code="ERR_1003",
         why="the maildir directories safecat writes into do not exist"),
    dict(id="safecat-dir-denied", tool="safecat",
         script=f"safecat {RD} {RD} < {B}/one.eml",
         code="ERR_1002", user=NOBODY,
         why="the directories to write into are root-owned and the job's user may not write there"),
    dict(id="safecat-full", miss="'unable to copy standard input' says a copy failed, not why", tool="safecat",
         script="mkdir -p $M/tmp $M/new; head -c 300000 /dev/urandom | base64 | safecat $M/tmp $M/new",
         code="ERR_1012", mount="full",
         why="the file system of the maildir is full"),
    dict(id="safecat-rofs", tool="safecat",
         script=f"safecat $M $M < {B}/one.eml",
         code="ERR_1012", mount="ro",
         why="the maildir is on a read-only file system"),
    # --- notmuch / mu ------------------------------------------------------------------------
    dict(id="notmuch-db-denied", tool="notmuch",
         script=f"NOTMUCH_CONFIG={B}/nm-cp.config notmuch tag +seen -- tag:inbox",
         code="ERR_1002", user=NOBODY,
         why="the database belongs to root and the job's user may not open it for writing"),
    dict(id="notmuch-config-missing", tool="notmuch",
         script="notmuch --config=/nonexistent/ci/notmuch-config search tag:inbox",
         code="ERR_1003",
         why="the configuration file given with --config does not exist"),
    dict(id="neg-notmuch-tag-usage", tool="notmuch",
         script=f"NOTMUCH_CONFIG={B}/nm-cp.config notmuch tag -- tag:inbox",
         code="ERR_1007",
         why="notmuch tag was called without any tag to change: a usage error"),
    dict(id="neg-notmuch-bad-date", tool="notmuch",
         script=f"NOTMUCH_CONFIG={B}/nm-cp.config notmuch search 'date:yesterday..sometime-soon'",
         code="ERR_1007",
         why="the query has a date the parser does not understand: bad input"),
    dict(id="mairix-db-rofs", tool="mairix", mount="ro",
         script=f"cp -r {B}/Maildir .; printf 'base=%s\\nmaildir=Maildir\\nmfolder=res\\ndatabase=%s/mairix.db\\n' $PWD $M > rc; mairix -f rc",
         code="ERR_1012",
         why="the database is to be written on a read-only file system"),
    dict(id="mu-view-missing", tool="mu",
         script="mu view /nonexistent/Maildir/cur/1700000000.1.host:2,S",
         code="ERR_1003", path="/nonexistent/Maildir/cur/1700000000.1.host:2,S",
         why="the message file to show does not exist"),
    dict(id="neg-mu-find-no-match", tool="mu",
         script=f"cp -r {B}/mu mu; mu find --muhome=$PWD/mu from:nobody-here@example.com",
         code="ERR_1007",
         why="the query matches no message: the tool's ordinary failure"),
    # --- pigeonhole --------------------------------------------------------------------------
    dict(id="sieve-test-script-missing", tool="sieve-test",
         script=f"sieve-test /nonexistent/ci/filter.sieve {B}/one.eml",
         code="ERR_1003", user=NOBODY,
         why="the sieve script to test does not exist"),
    dict(id="neg-sieve-test-syntax", tool="sieve-test",
         script=f"sieve-test {B}/bad.sieve {B}/one.eml",
         code="ERR_1007", user=NOBODY,
         why="the sieve script has a syntax error"),
    dict(id="neg-sievec-unknown-extension", tool="sievec",
         script=f"cp {B}/ext.sieve f.sieve; sievec f.sieve",
         code="ERR_1007", user=NOBODY,
         why="the script requires an extension the interpreter does not know"),
    # --- doveadm -----------------------------------------------------------------------------
    dict(id="doveadm-config-missing", tool="doveadm",
         script="doveadm -c /nonexistent/ci/dovecot.conf mailbox list -u ci",
         code="ERR_1003", path="/nonexistent/ci/dovecot.conf",
         why="the configuration file does not exist"),
    dict(id="neg-doveadm-config-syntax", tool="doveadm",
         script=f"doveadm -c {B}/bad-dovecot.conf mailbox list -u ci",
         code="ERR_1007",
         why="the configuration file has a syntax error (an unclosed section)"),
    dict(id="neg-doveadm-pw-scheme", tool="doveadm",
         script="doveadm pw -s HODEI-HASH -p secret",
         code="ERR_1007",
         why="the password scheme named is unknown to doveadm: a usage error"),
    # --- mblaze / mboxgrep -------------------------------------------------------------------
    dict(id="neg-mpick-parse-error", tool="mpick",
         script=f"mlist {B}/Maildir | mpick -t 'from == '",
         code="ERR_1007",
         why="the pick expression is malformed"),
]

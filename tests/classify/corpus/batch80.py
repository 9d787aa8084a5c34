"""Sealed batch 80: forward and small reverse proxies and tunnels (tinyproxy, privoxy, hitch,
dante, proxychains, tsocks, torsocks, tor, sslh, shadowsocks, sniproxy, redsocks and others)
started or used the way real jobs do, failing for real on this machine."""

from __future__ import annotations

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (92.2% of codes, 71/77), then worked on."""
F = f"{R}/batch80"
P = f"{F}/private"
RD = f"{R}/rootdir"

FIXTURES = r"""
mkdir -p private
cat /etc/ssl/certs/ssl-cert-snakeoil.pem /etc/ssl/private/ssl-cert-snakeoil.key > hitch.pem
cp hitch.pem private/hitch.pem
cp /etc/ssl/certs/ssl-cert-snakeoil.pem cert-only.pem
cp /etc/ssl/private/ssl-cert-snakeoil.key proxy.key
cp proxy.key private/proxy.key
printf 'this is not a certificate\n' > broken.pem
printf 'Port 18881\nListen 127.0.0.1\nTimeout 600\nAllow 127.0.0.1\nMaxClient 20\n' > tinyproxy-typo.conf
printf 'Port 80\nListen 127.0.0.1\nTimeout 600\nAllow 127.0.0.1\n' > tinyproxy-80.conf
printf 'Port 18882\nListen 127.0.0.1\nPidFile "%s/tinyproxy.pid"\n' "$ROOTDIR" > tinyproxy-pid.conf
printf 'Port 18883\nListen 127.0.0.1\nLogFile "%s/tinyproxy.log"\n' "$ROOTDIR" > tinyproxy-log.conf
printf 'Port 18884\nListen 127.0.0.1\n' > private/tinyproxy.conf
printf 'confdir /etc/privoxy\nlogdir %s\nlogfile privoxy.log\nlisten-address 127.0.0.1:18118\n' "$ROOTDIR" > privoxy-log.conf
printf 'confdir /etc/privoxy\nlisten-address 127.0.0.1:80\n' > privoxy-80.conf
printf 'confdir /nonexistent/privoxy\nlisten-address 127.0.0.1:18119\n' > privoxy-confdir.conf
printf 'confdir /etc/privoxy\nlisten-address 127.0.0.1:18120\nforward-socks5t / 127.0.0.1:9050 .\nforward-socks5 / 127.0.0.1\n' > privoxy-forward.conf
printf 'frontend = "[127.0.0.1]:18443"\nbackend = "[127.0.0.1]:18080"\npem-file = "%s/private/hitch.pem"\nworkers = 2\n' "$PWD" > hitch-private.conf
printf 'frontend = "[127.0.0.1]:18444"\nbackend = "[127.0.0.1]:18080"\npem-file = "%s/hitch.pem"\nworkers = 2\nciphers = "HIGH:!aNULL"\n tls-protos = TLSv1.2 TLSv1.3\nbackend_typo = 1\n' "$PWD" > hitch-typo.conf
printf 'logoutput: stderr\ninternal: 127.0.0.1 port = 80\nexternal: 127.0.0.1\nsocksmethod: none\nclientmethod: none\nuser.privileged: nobody\nuser.unprivileged: nobody\nclient pass { from: 0/0 to: 0/0 }\nsocks pass { from: 0/0 to: 0/0 }\n' > danted-80.conf
printf 'logoutput: stderr\ninternal: 127.0.0.1 port = 1080\nexternal: 127.0.0.1\nsocksmethod: none\nclientmethod: none\nclient pass { from: 0/0 to: 0/0 \nsocks pass { from: 0/0 to: 0/0 }\n' > danted-brace.conf
printf 'logoutput: stderr\ninternal: 127.0.0.1 port = 11080\nexternal: 127.0.0.1\nsocksmethod: none\nclientmethod: none\nuser.privileged: nobody\nuser.unprivileged: nobody\nclient pass { from: 0/0 to: 0/0 }\nsocks pass { from: 0/0 to: 0/0 }\n' > danted-ok.conf
printf 'route {\n from: 0.0.0.0/0 to: 0.0.0.0/0 via: 127.0.0.1 port = 1\n protocol: tcp\n proxyprotocol: socks_v5\n method: none\n}\n' > socks-down.conf
printf 'server = 127.0.0.1\nserver_port = 1\nserver_type = 5\nlocal = 127.0.0.0/255.0.0.0\n' > tsocks-down.conf
printf 'strict_chain\ntcp_read_time_out 2000\ntcp_connect_time_out 2000\n[ProxyList]\nsocks5 127.0.0.1 1\n' > proxychains-down.conf
printf 'strict_chain\n[ProxyList]\nsocks5 127.0.0.1\n' > proxychains-noport.conf
printf 'base {\n log_debug = off;\n daemon = off\n redirector = iptables;\n}\nredsocks {\n local_ip = 127.0.0.1;\n local_port = 12345;\n ip = 127.0.0.1;\n port = 1080;\n type = socks5;\n}\n' > redsocks-semicolon.conf
printf 'base {\n log = "file:%s/redsocks.log";\n daemon = off;\n redirector = generic;\n}\nredsocks {\n local_ip = 127.0.0.1;\n local_port = 12346;\n ip = 127.0.0.1;\n port = 1080;\n type = socks5;\n}\n' "$ROOTDIR" > redsocks-log.conf
printf 'SocksPort 127.0.0.1:19050\nDataDirectory %s/tor-data\nExitPolicy reject *:*\nClientOnly 1\nControlPort 127.0.0.1:19051\nHashedControlPasword 16:ABCDEF\n' "$PWD" > torrc-typo
printf 'SocksPort 127.0.0.1:19052\nDataDirectory %s/tor\nRunAsDaemon 0\n' "$ROOTDIR" > torrc-datadir
printf '{\n  "server": "127.0.0.1",\n  "server_port": 18388,\n  "local_address": "127.0.0.1",\n  "local_port": 11080,\n  "password": "s3cret",\n  "method": "aes-256-gcm",\n}\n' > ss-trailing.json
printf '{\n  "server": "127.0.0.1",\n  "server_port": 18389,\n  "local_address": "127.0.0.1",\n  "local_port": 11081,\n  "password": "s3cret",\n  "method": "chacha99"\n}\n' > ss-method.json
printf 'user nobody\n\nlisten {\n    127.0.0.1:18443\n    proto tls\n    table https_hosts\n\n\ntable https_hosts {\n    .* 127.0.0.1:8443\n}\n' > sniproxy-brace.conf
printf 'foreground: true;\nlisten:\n(\n    { host: "127.0.0.1"; port: "18445" }\n);\nprotocols:\n(\n    { name: "ssh"; host: "127.0.0.1"; port: "22" }\n    { name: "tls"; host: "127.0.0.1"; port: "8443" }\n);\n' > sslh-comma.cfg
printf '127.0.0.1 18090 127.0.0.1\nlogfile %s/rinetd.log\n' "$ROOTDIR" > rinetd-short.conf
printf '127.0.0.1 80 127.0.0.1 8080\n' > rinetd-80.conf
printf 'Port = 18091\nDaemonMode = 1\nOnlyFrom = "127.0.0.1"\nMaxActiveUserConnections = 20\nUseContentLength = maybe\n' > ziproxy-bad.conf
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000\267\000\001\000\000\000' > fetch-arm64
head -c 200 /dev/zero >> fetch-arm64
chmod 755 fetch-arm64
chmod -R a+rX .
chmod 700 private
chmod 600 private/*
"""
FIXTURES = f"ROOTDIR={RD}\n" + FIXTURES

DOWN = "127.0.0.1:1"
NO = "nobody"

CASES: list[dict[str, object]] = [
    # --- tinyproxy ---------------------------------------------------------------------------
    dict(id="tinyproxy-config-missing", tool="tinyproxy",
         script="tinyproxy -d -c /nonexistent/etc/tinyproxy/tinyproxy.conf", code="ERR_1003",
         why="the configuration file named with -c does not exist",
         path="/nonexistent/etc/tinyproxy/tinyproxy.conf"),
    dict(id="neg-tinyproxy-config-syntax", tool="tinyproxy",
         script=f"tinyproxy -d -c {F}/tinyproxy-typo.conf", code="ERR_1007",
         why="the configuration has a directive tinyproxy does not know; the job's own bad input"),
    dict(id="tinyproxy-port80-nobody", tool="tinyproxy",
         script=f"tinyproxy -d -c {F}/tinyproxy-80.conf", code="ERR_1002", user=NO,
         why="an unprivileged user may not bind port 80, so the listening socket cannot be made", miss="'Could not create listening sockets.' names no port and no reason"),
    dict(id="tinyproxy-pidfile-denied", tool="tinyproxy",
         script=f"tinyproxy -d -c {F}/tinyproxy-pid.conf", code="ERR_1002", user=NO,
         why="the pid file goes into a root-owned directory the job's user cannot write",
         path=f"{RD}/tinyproxy.pid"),
    dict(id="tinyproxy-config-unreadable", tool="tinyproxy",
         script=f"tinyproxy -d -c {P}/tinyproxy.conf", code="ERR_1002", user=NO,
         why="the configuration lies in a directory only root may enter",
         path=f"{P}/tinyproxy.conf"),
    dict(id="tinyproxy-pidfile-rofs", tool="tinyproxy",
         script="printf 'Port 18885\\nListen 127.0.0.1\\nPidFile \"%s/tinyproxy.pid\"\\n' \"$M\" > t.conf; "
                "tinyproxy -d -c t.conf", code="ERR_1012", mount="ro",
         why="the pid file is to be created on a read-only mount", path="$M/tinyproxy.pid"),
    dict(id="tinyproxy-pidfile-inodes", tool="tinyproxy",
         script="touch $M/a $M/b 2>/dev/null; "
                "printf 'Port 18886\\nListen 127.0.0.1\\nPidFile \"%s/tinyproxy.pid\"\\n' \"$M\" > t.conf; "
                "tinyproxy -d -c t.conf", code="ERR_1012", mount="inodes",
         why="the filesystem holding the pid file has no inodes left", path="$M/tinyproxy.pid"),
    dict(id="neg-tinyproxy-bad-option", tool="tinyproxy", script="tinyproxy --foreground",
         code="ERR_1007", why="an option tinyproxy does not have: a usage error"),
    # --- privoxy -----------------------------------------------------------------------------
    dict(id="privoxy-config-missing", tool="privoxy",
         script="privoxy --no-daemon /nonexistent/privoxy/config", code="ERR_1003",
         why="the configuration file given does not exist", path="/nonexistent/privoxy/config"),
    dict(id="privoxy-port80-nobody", tool="privoxy",
         script=f"privoxy --no-daemon {F}/privoxy-80.conf", code="ERR_1002", user=NO,
         why="an unprivileged user may not bind port 80"),
    # --- hitch -------------------------------------------------------------------------------
    dict(id="hitch-config-missing", tool="hitch", script="hitch --config=/nonexistent/hitch/hitch.conf",
         code="ERR_1003", why="the configuration file does not exist",
         path="/nonexistent/hitch/hitch.conf"),
    dict(id="hitch-pem-missing", tool="hitch",
         script="hitch -f '[127.0.0.1]:18446' -b '[127.0.0.1]:18080' /nonexistent/certs/site.pem",
         code="ERR_1003", why="the certificate file does not exist",
         path="/nonexistent/certs/site.pem"),
    dict(id="hitch-pem-unreadable", tool="hitch", script=f"hitch --config={F}/hitch-private.conf",
         code="ERR_1002", user=NO, why="the certificate lies in a directory only root may enter",
         path=f"{P}/hitch.pem"),
    dict(id="neg-hitch-pem-no-key", tool="hitch",
         script=f"hitch -f '[127.0.0.1]:18447' -b '[127.0.0.1]:18080' {F}/cert-only.pem",
         code="ERR_1007", why="the PEM file holds a certificate but no private key: bad input"),
    dict(id="neg-hitch-pem-garbage", tool="hitch",
         script=f"hitch -f '[127.0.0.1]:18448' -b '[127.0.0.1]:18080' {F}/broken.pem",
         code="ERR_1007", why="the PEM file is not a certificate at all: bad input"),
    dict(id="neg-hitch-config-typo", tool="hitch", script=f"hitch --config={F}/hitch-typo.conf",
         code="ERR_1007", why="the configuration has a key hitch does not know"),
    dict(id="hitch-port443-nobody", tool="hitch",
         script=f"hitch -f '[127.0.0.1]:443' -b '[127.0.0.1]:18080' {F}/hitch.pem",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 443"),
    dict(id="hitch-fork-limit", tool="hitch",
         script=f"ulimit -u 1; hitch -n 2 -f '[127.0.0.1]:18449' -b '[127.0.0.1]:18080' {F}/hitch.pem",
         code="ERR_1004", user=NO, why="the process limit stops hitch from forking its workers"),
    dict(id="hitch-pidfile-rofs", tool="hitch",
         script=f"hitch --pidfile=$M/hitch.pid -f '[127.0.0.1]:18450' -b '[127.0.0.1]:18080' {F}/hitch.pem",
         code="ERR_1012", mount="ro", user=NO, why="the pid file is on a read-only mount",
         path="$M/hitch.pid"),
    # --- dante -------------------------------------------------------------------------------
    dict(id="danted-config-missing", tool="danted", script="danted -f /nonexistent/etc/danted.conf",
         code="ERR_1003", why="the configuration file does not exist",
         path="/nonexistent/etc/danted.conf"),
    dict(id="neg-danted-config-brace", tool="danted", script=f"danted -f {F}/danted-brace.conf",
         code="ERR_1007", why="a rule's closing brace is missing: a syntax error in the job's file"),
    dict(id="danted-port80-nobody", tool="danted", script=f"danted -f {F}/danted-80.conf",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80"),
    dict(id="danted-fork-limit", tool="danted",
         script=f"ulimit -u 1; danted -f {F}/danted-ok.conf", code="ERR_1004", user=NO,
         why="the process limit stops danted from forking its child processes"),
    dict(id="neg-socksify-proxy-down", tool="socksify",
         script="SOCKS_CONF=" + F + "/socks-down.conf socksify curl -sS --max-time 5 http://10.20.30.40/", code="ERR_1007",
         why="the SOCKS server the route names is not running: a service that does not answer"),
    dict(id="socksify-program-missing", tool="socksify",
         script="SOCKS_CONF=" + F + "/socks-down.conf socksify hodei-sync --all", code="ERR_1001",
         why="the program to run through the proxy is not installed", command="hodei-sync"),
    dict(id="socksify-fork-limit", tool="socksify",
         script="ulimit -u 1; SOCKS_CONF=" + F + "/socks-down.conf socksify curl -sS http://10.20.30.40/",
         code="ERR_1004", user=NO, why="the wrapper script cannot fork under the process limit"),
    # --- proxychains / tsocks / torsocks -----------------------------------------------------
    dict(id="neg-proxychains-proxy-down", tool="proxychains4",
         script=f"proxychains4 -f {F}/proxychains-down.conf curl -sS --max-time 5 http://10.20.30.40/",
         code="ERR_1007", why="the SOCKS proxy in the chain is not running: connection refused"),
    dict(id="proxychains-program-missing", tool="proxychains4",
         script=f"proxychains4 -f {F}/proxychains-down.conf hodei-deploy --env staging",
         code="ERR_1001", why="the program to run through the proxy is not installed",
         command="hodei-deploy"),
    dict(id="neg-proxychains-config-noport", tool="proxychains4",
         script=f"proxychains4 -f {F}/proxychains-noport.conf curl -sS http://10.20.30.40/",
         code="ERR_1007", why="a proxy line lacks its port: the job's own bad configuration"),
    dict(id="neg-proxychains-usage", tool="proxychains4", script="proxychains4 -q 1>&2", code="ERR_1007",
         why="no program was given: a usage error"),
    dict(id="tsocks-program-missing", tool="tsocks",
         script=f"TSOCKS_CONF_FILE={F}/tsocks-down.conf tsocks hodei-fetch --mirror", code="ERR_1001",
         why="the program to run through the proxy is not installed", command="hodei-fetch"),
    dict(id="neg-tsocks-proxy-down", tool="tsocks",
         script=f"TSOCKS_CONF_FILE={F}/tsocks-down.conf tsocks curl -sS --max-time 5 http://10.20.30.40/",
         code="ERR_1007", why="the SOCKS server tsocks is configured for is not running"),
    dict(id="tsocks-exec-format", tool="tsocks",
         script=f"TSOCKS_CONF_FILE={F}/tsocks-down.conf tsocks {F}/fetch-arm64 --sync", code="ERR_1004",
         why="the program is an ARM64 binary that this machine cannot execute"),
    dict(id="torsocks-exec-format", tool="torsocks", script=f"torsocks {F}/fetch-arm64 --sync",
         code="ERR_1004", why="the program is an ARM64 binary that this machine cannot execute"),
    dict(id="torsocks-program-missing", tool="torsocks", script="torsocks hodei-fetch https://example.org/",
         code="ERR_1001", why="the program to run through tor is not installed",
         command="hodei-fetch", miss="'hodei-fetch cannot be found.' names a program by a bare word, which could be any name"),
    dict(id="neg-torsocks-tor-down", tool="torsocks",
         script="torsocks curl -sS --max-time 5 http://10.20.30.40/", code="ERR_1007",
         why="no tor daemon listens on the SOCKS port: connection refused"),
    dict(id="torsocks-fork-limit", tool="torsocks",
         script="ulimit -u 1; torsocks curl -sS http://10.20.30.40/", code="ERR_1004", user=NO,
         why="the torsocks script cannot fork under the process limit"),
    dict(id="neg-torsocks-local-address", tool="torsocks",
         script="torsocks curl -sS --max-time 5 http://127.0.0.1:18080/", code="ERR_1007",
         why="torsocks refuses connections to local addresses: the job's own mistaken use, "
             "despite the word denied"),
    # --- tor ---------------------------------------------------------------------------------
    dict(id="tor-torrc-missing", tool="tor", script="tor -f /nonexistent/tor/torrc 1>&2", code="ERR_1003",
         why="the torrc given does not exist", path="/nonexistent/tor/torrc"),
    dict(id="neg-tor-torrc-typo", tool="tor", script=f"tor -f {F}/torrc-typo --verify-config 1>&2",
         code="ERR_1007", why="the torrc has a misspelt option: the job's own bad configuration"),
    dict(id="tor-datadir-denied", tool="tor", script=f"timeout 30 tor -f {F}/torrc-datadir 1>&2",
         code="ERR_1002", user=NO,
         why="the data directory is to be made in a root-owned directory the job's user cannot write",
         path=f"{RD}/tor"),
    dict(id="tor-datadir-rofs", tool="tor",
         script="timeout 30 tor --SocksPort 127.0.0.1:19053 --DataDirectory $M/tor 1>&2",
         code="ERR_1012", mount="ro", why="the data directory is to be made on a read-only mount", path="$M/tor"),
    dict(id="tor-keys-disk-full", tool="tor",
         script="tor --list-fingerprint --DataDirectory $M/tor --ORPort 19001 --SocksPort 0 "
                "--Nickname hodeirelay 1>&2", code="ERR_1012", mount="full",
         why="the relay keys cannot be written: the filesystem is full",
         path="$M/tor/keys/secret_id_key"),
    dict(id="tor-keys-no-inodes", tool="tor",
         script="tor --list-fingerprint --DataDirectory $M/tor --ORPort 19002 --SocksPort 0 "
                "--Nickname hodeirelay 1>&2", code="ERR_1012", mount="inodes",
         why="the lock file cannot be created because the filesystem has no inodes left; the "
             "message about another process is tor's guess", path="$M/tor/lock"),
    # --- sslh, shadowsocks, sniproxy, redsocks ----------------------------------------------
    dict(id="sslh-port443-nobody", tool="sslh",
         script="sslh -f -p 127.0.0.1:443 --ssh 127.0.0.1:22 --tls 127.0.0.1:8443", code="ERR_1002",
         user=NO, why="an unprivileged user may not bind port 443"),
    dict(id="neg-sslh-config-syntax", tool="sslh", script=f"sslh -F{F}/sslh-comma.cfg",
         code="ERR_1007", why="a comma is missing between the protocol entries: a syntax error"),
    dict(id="neg-sslh-bad-option", tool="sslh",
         script="sslh --foreground --listen 127.0.0.1:18451 --https 127.0.0.1:8443", code="ERR_1007",
         why="an option sslh does not have: a usage error"),
    dict(id="ss-local-config-missing", tool="ss-local", script="ss-local -c /nonexistent/shadowsocks/config.json",
         code="ERR_1003", why="the configuration file does not exist", miss="'Invalid config path.' names no path"),
    dict(id="neg-ss-local-bad-method", tool="ss-local", script=f"ss-local -c {F}/ss-method.json",
         code="ERR_1007", why="the cipher the configuration names does not exist"),
    dict(id="sniproxy-config-missing", tool="sniproxy", script="sniproxy -f -c /nonexistent/sniproxy.conf",
         code="ERR_1003", why="the configuration file does not exist", path="/nonexistent/sniproxy.conf"),
    dict(id="neg-sniproxy-config-brace", tool="sniproxy", script=f"sniproxy -f -c {F}/sniproxy-brace.conf",
         code="ERR_1007", why="a block's closing brace is missing: a syntax error"),
    dict(id="redsocks-config-missing", tool="redsocks", script="redsocks -c /nonexistent/redsocks.conf",
         code="ERR_1003", why="the configuration file does not exist"),
    dict(id="neg-redsocks-config-semicolon", tool="redsocks", script=f"redsocks -t -c {F}/redsocks-semicolon.conf",
         code="ERR_1007", why="a semicolon is missing in the configuration: a syntax error"),
    dict(id="redsocks-logfile-denied", tool="redsocks",
         script=f"timeout 5 redsocks -c {F}/redsocks-log.conf", code="ERR_1002", user=NO,
         why="the log file is in a root-owned directory the job's user cannot write",
         path=f"{RD}/redsocks.log"),
    # --- small relays ------------------------------------------------------------------------
    dict(id="redir-port80-nobody", tool="redir", script="redir -n 127.0.0.1:80 127.0.0.1:18080",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80"),
    dict(id="stone-port80-nobody", tool="stone", script="stone 127.0.0.1:18080 80", code="ERR_1002",
         user=NO, why="an unprivileged user may not bind port 80", miss="\"Can't bind 0.0.0.0:http err=0\" gives no reason"),
    dict(id="websockify-port80-nobody", tool="websockify", script="websockify 127.0.0.1:80 127.0.0.1:5900",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80"),
    dict(id="websockify-cert-missing", tool="websockify",
         script="websockify --ssl-only --cert /nonexistent/ssl/novnc.pem 127.0.0.1:18452 127.0.0.1:5900",
         code="ERR_1003", why="the certificate file given does not exist", path="/nonexistent/ssl/novnc.pem"),
    dict(id="neg-websockify-bad-option", tool="websockify",
         script="websockify --listen 127.0.0.1:18453 127.0.0.1:5900", code="ERR_1007",
         why="an option websockify does not have: a usage error"),
    dict(id="websockify-wrap-missing", tool="websockify",
         script="websockify 127.0.0.1:18454 -- hodei-vncserver :1", code="ERR_1001",
         why="the program websockify is told to wrap is not installed", command="hodei-vncserver"),
    dict(id="rinetd-config-missing", tool="rinetd", script="rinetd -f -c /nonexistent/rinetd.conf",
         code="ERR_1003", why="the configuration file does not exist", path="/nonexistent/rinetd.conf"),
    dict(id="neg-rinetd-config-short", tool="rinetd", script=f"rinetd -f -c {F}/rinetd-short.conf",
         code="ERR_1007", why="a forwarding rule lacks its target port: a syntax error"),
    dict(id="rinetd-port80-nobody", tool="rinetd", script=f"timeout 5 rinetd -f -c {F}/rinetd-80.conf",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80"),
    dict(id="pen-port80-nobody", tool="pen", script="pen -f 127.0.0.1:80 127.0.0.1:18080",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80", miss="the bind failure gives no reason, and the GeoIP files it could not open above it are taken for the cause"),
    dict(id="neg-pen-bad-backend", tool="pen", script="pen -f 127.0.0.1:18455 backend-1.invalid:8080",
         code="ERR_1007", why="the backend host name does not resolve; the GeoIP lines are noise"),
    dict(id="neg-ziproxy-mode", tool="ziproxy", script=f"ziproxy -c {F}/ziproxy-bad.conf",
         code="ERR_1007", why="no run mode was given on the command line: a usage error"),
    dict(id="ziproxy-config-missing", tool="ziproxy", script="ziproxy -d -c /nonexistent/ziproxy/ziproxy.conf",
         code="ERR_1003", why="the configuration file does not exist",
         path="/nonexistent/ziproxy/ziproxy.conf"),
    dict(id="neg-microsocks-bad-option", tool="microsocks", script="microsocks -l 127.0.0.1 -p 11082",
         code="ERR_1007", why="an option microsocks does not have: a usage error"),
    dict(id="microsocks-port80-nobody", tool="microsocks", script="microsocks -i 127.0.0.1 -p 80",
         code="ERR_1002", user=NO, why="an unprivileged user may not bind port 80"),
    dict(id="sslsplit-logdir-missing", tool="sslsplit",
         script="sslsplit -D -l /nonexistent/sslsplit/connections.log tcp 127.0.0.1 18456 127.0.0.1 18080",
         code="ERR_1003", why="the directory for the connection log does not exist",
         path="/nonexistent/sslsplit/connections.log"),
    dict(id="sslsplit-key-unreadable", tool="sslsplit",
         script=f"sslsplit -D -k {P}/proxy.key -c {F}/cert-only.pem ssl 127.0.0.1 18457 127.0.0.1 18443",
         code="ERR_1002", user=NO, why="the CA key lies in a directory only root may enter",
         path=f"{P}/proxy.key"),
    dict(id="neg-corkscrew-proxy-down", tool="corkscrew", script="corkscrew 127.0.0.1 1 git.example.org 22",
         code="ERR_1007", why="the HTTP proxy is not running: connection refused"),
    dict(id="neg-connect-proxy-down", tool="connect-proxy",
         script="connect-proxy -H 127.0.0.1:1 git.example.org 22", code="ERR_1007",
         why="the HTTP proxy is not running: connection refused"),
    dict(id="neg-proxytunnel-down", tool="proxytunnel",
         script="proxytunnel -p 127.0.0.1:1 -d git.example.org:22", code="ERR_1007",
         why="the local proxy is not running: connection refused"),
    dict(id="autossh-fork-limit", tool="autossh", script="ulimit -u 1; autossh -M 0 -N bastion.invalid",
         code="ERR_1004", user=NO, why="autossh cannot fork ssh under the process limit"),
    dict(id="iodined-not-root", tool="iodined", script="iodined -f 10.9.0.1 t.example.org",
         code="ERR_1002", user=NO, why="iodined must run as root to make its tunnel device"),
    dict(id="neg-udptunnel-usage", tool="udptunnel", script="udptunnel -s 18458", code="ERR_1007",
         why="the UDP address is missing: a usage error"),
]

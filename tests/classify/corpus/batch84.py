"""Sealed batch 84: chess and board-game engines and notation tools."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (91.0% of codes, 61/67), then worked on."""
D = f"{R}/batch84"
L = f"{R}/locked"
RD = f"{R}/rootdir"
G = "export PATH=$PATH:/usr/games; "

FIXTURES = r"""
cat > games.pgn <<'PGN'
[Event "Club match"]
[Site "Bilbao"]
[Date "2026.03.01"]
[Round "1"]
[White "Arana"]
[Black "Etxeberria"]
[Result "1-0"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 8. c3 O-O 1-0

[Event "Club match"]
[Site "Bilbao"]
[Date "2026.03.01"]
[Round "2"]
[White "Etxeberria"]
[Black "Arana"]
[Result "0-1"]

1. d4 d5 2. c4 e6 3. Nc3 Nf6 4. Bg5 Be7 5. e3 O-O 0-1
PGN
cat > bad.pgn <<'PGN'
[Event "Club match"]
[White "Arana"
[Black "Etxeberria"]
1. e4 e5 2. Kxe8 Qh9 3. zz4 {unterminated comment
PGN
printf '(;GM[1]FF[4]SZ[9]KM[6.5];B[ee];W[cc];B[gc];W[cg])\n' > game.sgf
printf '(;GM[1]FF[4]SZ[9];B[ee];W[cc];B[g' > bad.sgf
printf 'garbage that is not a bearoff database\n' > bad.bd
printf 'not a weights file\n' > bad.weights
printf 'this is not a network file\n' > bad.nnue
printf 'White "Arana"\n' > tags.txt
cat > pg-engine.ini <<'INI'
[PolyGlot]
EngineDir = .
EngineCommand = komodo-14-linux
Book = false
INI
printf 'load match %s/nosuch-match.sgf\nanalyse match\n' "$PWD" > gnubg-cmds.txt
mkdir -p fmax && printf 'this is not a piece description\n' > fmax/fmax.ini
chmod -R a+rX .
"""

CASES = [
    # stockfish
    dict(id="stockfish-evalfile-missing", tool="stockfish",
         script=G + "printf 'uci\\nsetoption name EvalFile value /nonexistent/nets/nn-custom.nnue\\nisready\\nposition startpos\\ngo depth 4\\nquit\\n' | stockfish 1>&2",
         code="ERR_1003", why="the NNUE network file named by EvalFile does not exist, so the engine stops", path="/nonexistent/nets/nn-custom.nnue", miss="the engine's messages come as UCI 'info string' lines, all read as noise"),
    dict(id="neg-stockfish-evalfile-corrupt", tool="stockfish",
         script=G + f"printf 'uci\\nsetoption name EvalFile value {D}/bad.nnue\\nisready\\nposition startpos\\ngo depth 4\\nquit\\n' | stockfish 1>&2",
         code="ERR_1007", why="the network file exists but is not a valid network: bad input data"),
    dict(id="stockfish-not-on-path", tool="stockfish",
         script="stockfish bench 16 1 8 1>&2", code="ERR_1001", command="stockfish",
         why="the engine is installed under /usr/games, which is not on the job's PATH"),
    dict(id="de-stockfish-not-on-path", tool="stockfish", lang="de_DE.UTF-8",
         script="stockfish bench 16 1 8 1>&2", code="ERR_1001", command="stockfish",
         why="the engine program is not on the job's PATH"),
    dict(id="stockfish-foreign-arch", tool="stockfish",
         script="cp /usr/games/stockfish ./stockfish-aarch64 && printf '\\xb7\\x00' | dd of=stockfish-aarch64 bs=1 seek=18 conv=notrunc status=none && ./stockfish-aarch64 bench",
         code="ERR_1004", why="the engine binary is built for another architecture and cannot be executed"),
    # gnuchess
    dict(id="neg-gnuchess-bad-option", tool="gnuchess",
         script=G + "gnuchess --depth=12", code="ERR_1007",
         why="an option gnuchess does not know: usage error"),
    dict(id="gnuchess-addbook-missing-pgn", tool="gnuchess",
         script=G + "gnuchess --addbook=/nonexistent/openings/master.pgn </dev/null 1>&2; test -s book.bin",
         code="ERR_1003", path="/nonexistent/openings/master.pgn",
         why="the PGN file to compile into the opening book does not exist"),
    dict(id="gnuchess-addbook-rofs", tool="gnuchess", mount="ro",
         script=G + f"cd $M && gnuchess --addbook={D}/games.pgn </dev/null 1>&2; test -s book.bin",
         code="ERR_1012", why="the book is written into a read-only file system", path="book.bin"),
    dict(id="gnuchess-addbook-denied", tool="gnuchess", user="nobody",
         script=G + f"cd {RD} && gnuchess --addbook={D}/games.pgn </dev/null 1>&2; test -s book.bin",
         code="ERR_1002", why="the job's user may not write the book into a root-owned directory", path="book.bin"),
    dict(id="fr-neg-gnuchess-bad-option", tool="gnuchess", lang="fr_FR.UTF-8",
         script=G + "gnuchess --hash=64", code="ERR_1007",
         why="an option gnuchess does not know: usage error"),
    # pgn-extract
    dict(id="pgn-extract-missing-input", tool="pgn-extract",
         script=G + "pgn-extract -C -N -V -o clean.pgn /nonexistent/tournament/round5.pgn",
         code="ERR_1003", path="/nonexistent/tournament/round5.pgn",
         why="the PGN file to extract from does not exist"),
    dict(id="pgn-extract-output-dir-missing", tool="pgn-extract",
         script=G + f"pgn-extract -o /nonexistent/out/clean.pgn {D}/games.pgn",
         code="ERR_1003", path="/nonexistent/out/clean.pgn",
         why="the output file's directory does not exist"),
    dict(id="pgn-extract-tagfile-missing", tool="pgn-extract",
         script=G + f"pgn-extract -t /nonexistent/filters/players.txt {D}/games.pgn",
         code="ERR_1003", path="/nonexistent/filters/players.txt",
         why="the tag criteria file named with -t does not exist"),
    dict(id="neg-pgn-extract-bad-option", tool="pgn-extract",
         script=G + f"pgn-extract --nosuchflag {D}/games.pgn", code="ERR_1007",
         why="an unknown long option: usage error"),
    dict(id="pgn-extract-not-on-path", tool="pgn-extract",
         script=f"pgn-extract -o clean.pgn {D}/games.pgn", code="ERR_1001",
         command="pgn-extract", why="the tool lives under /usr/games, not on the job's PATH"),
    # pgnfix
    dict(id="pgnfix-missing-input", tool="pgnfix",
         script=G + "pgnfix /nonexistent/archive/2025.pgn > fixed.pgn", code="ERR_1003",
         path="/nonexistent/archive/2025.pgn", why="the PGN file to fix does not exist"),
    dict(id="pgnfix-input-denied", tool="pgnfix", user="nobody",
         script=G + f"pgnfix {L}/secret.txt > fixed.pgn", code="ERR_1002",
         path=f"{L}/secret.txt", why="the job's user may not read the input file"),
    dict(id="pgnfix-output-rofs", tool="pgnfix", mount="ro",
         script=G + f"cd $M && pgnfix {D}/games.pgn > fixed.pgn", code="ERR_1012",
         why="the fixed PGN is redirected onto a read-only file system"),
    # polyglot
    dict(id="polyglot-config-missing", tool="polyglot",
         script=G + "polyglot /nonexistent/engines/sf.ini </dev/null 1>&2; exit 1",
         code="ERR_1003", path="/nonexistent/engines/sf.ini",
         why="the adapter's configuration file does not exist"),
    dict(id="polyglot-engine-missing", tool="polyglot",
         script=G + f"cp {D}/pg-engine.ini . && printf 'xboard\\nprotover 2\\nnew\\ngo\\nquit\\n' | timeout 20 polyglot pg-engine.ini 1>&2; exit 1",
         code="ERR_1001", command="komodo-14-linux",
         why="the engine program the adapter spawns is not installed"),
    dict(id="polyglot-make-book-missing-pgn", tool="polyglot",
         script=G + "polyglot make-book -pgn /nonexistent/games/elite.pgn -bin book.bin 1>&2; test -s book.bin",
         code="ERR_1003", path="/nonexistent/games/elite.pgn",
         why="the PGN games to build the book from do not exist"),
    dict(id="polyglot-info-book-missing", tool="polyglot",
         script=G + "polyglot info-book -bin /nonexistent/books/performance.bin 1>&2; exit 1",
         code="ERR_1003", path="/nonexistent/books/performance.bin",
         why="the opening book to inspect does not exist"),
    dict(id="polyglot-make-book-rofs", tool="polyglot", mount="ro",
         script=G + f"polyglot make-book -pgn {D}/games.pgn -bin $M/book.bin 1>&2; test -s $M/book.bin",
         code="ERR_1012", why="the book is written onto a read-only file system", path="$M/book.bin"),
    dict(id="polyglot-make-book-denied", tool="polyglot", user="nobody",
         script=G + f"polyglot make-book -pgn {D}/games.pgn -bin {RD}/book.bin 1>&2; test -s {RD}/book.bin",
         code="ERR_1002", why="the job's user may not write the book into a root-owned directory", path=f"{RD}/book.bin"),
    dict(id="polyglot-pgn-denied", tool="polyglot", user="nobody",
         script=G + f"polyglot make-book -pgn {L}/secret.txt -bin book.bin 1>&2; test -s book.bin",
         code="ERR_1002", path=f"{L}/secret.txt",
         why="the job's user may not read the PGN file in a root-only directory"),
    dict(id="neg-polyglot-info-book-corrupt", tool="polyglot",
         script=G + f"polyglot info-book -bin {D}/bad.pgn 1>&2; exit 1", code="ERR_1007",
         why="the file given as a book is not a polyglot book: bad input"),
    dict(id="neg-polyglot-dump-book-usage", tool="polyglot",
         script=G + f"polyglot dump-book -bin {D}/bad.pgn 1>&2; exit 1", code="ERR_1007",
         why="dump-book is called without the colour it requires: usage error"),
    # fairymax / shamax / maxqi
    dict(id="fairymax-ini-missing", tool="fairymax",
         script=G + "printf 'xboard\\nquit\\n' | fairymax 64 /nonexistent/variants/fmax.ini 1>&2; exit 1",
         code="ERR_1003", why="the piece-description file the engine is given does not exist", path="/nonexistent/variants/fmax.ini"),
    dict(id="shamax-ini-missing", tool="shamax",
         script=G + "printf 'xboard\\nquit\\n' | shamax 64 /nonexistent/variants/shamax.ini 1>&2; exit 1",
         code="ERR_1003", why="the piece-description file the engine is given does not exist", path="/nonexistent/variants/shamax.ini"),
    dict(id="maxqi-ini-missing", tool="maxqi",
         script=G + "printf 'xboard\\nquit\\n' | maxqi 64 /nonexistent/variants/qmax.ini 1>&2; exit 1",
         code="ERR_1003", why="the piece-description file the engine is given does not exist", path="/nonexistent/variants/qmax.ini"),
    # gnugo
    dict(id="gnugo-infile-missing", tool="gnugo",
         script=G + "gnugo --infile /nonexistent/kifu/game42.sgf --score estimate",
         code="ERR_1003", path="/nonexistent/kifu/game42.sgf", why="the SGF game record does not exist"),
    dict(id="neg-gnugo-corrupt-sgf", tool="gnugo",
         script=G + f"gnugo --infile {D}/bad.sgf --score estimate", code="ERR_1007",
         why="the SGF file exists but is truncated: bad input data"),
    dict(id="neg-gnugo-bad-option", tool="gnugo",
         script=G + "gnugo --strength 20", code="ERR_1007", why="an unknown option: usage error"),
    dict(id="gnugo-outfile-dir-missing", tool="gnugo",
         script=G + f"gnugo --infile {D}/game.sgf --score aftermath -o /nonexistent/out/scored.sgf </dev/null",
         code="ERR_1003", why="the output SGF's directory does not exist", path="/nonexistent/out/scored.sgf"),
    dict(id="neg-gnugo-gtp-unknown-command", tool="gnugo",
         script=G + "printf 'boardsize 9\\nplay_random_stuff b e5\\nquit\\n' | gnugo --mode gtp 1>&2; exit 1",
         code="ERR_1007", why="the GTP script sends a command the engine does not know"),
    dict(id="gnugo-not-on-path", tool="gnugo",
         script=f"gnugo --infile {D}/game.sgf --score estimate", code="ERR_1001",
         command="gnugo", why="gnugo is installed under /usr/games, not on the job's PATH"),
    # gnubg and its tools
    dict(id="gnubg-commands-missing", tool="gnubg",
         script=G + "gnubg -t -q -c /nonexistent/jobs/analyse.txt </dev/null 1>&2; exit 1",
         code="ERR_1003", path="/nonexistent/jobs/analyse.txt",
         why="the command file given to gnubg does not exist"),
    dict(id="gnubg-python-missing", tool="gnubg",
         script=G + "gnubg -t -q -p /nonexistent/jobs/rollout.py </dev/null 1>&2; exit 1",
         code="ERR_1003", why="the Python script given to gnubg does not exist", path="/nonexistent/jobs/rollout.py"),
    dict(id="gnubg-match-missing", tool="gnubg",
         script=G + f"gnubg -t -q -c {D}/gnubg-cmds.txt </dev/null 1>&2; exit 1",
         code="ERR_1003", why="the match file the command script loads does not exist", path=f"{D}/nosuch-match.sgf"),
    dict(id="de-gnubg-commands-missing", tool="gnubg", lang="de_DE.UTF-8",
         script=G + "gnubg -t -q -c /nonexistent/jobs/analyse.txt </dev/null 1>&2; exit 1",
         code="ERR_1003", path="/nonexistent/jobs/analyse.txt",
         why="the command file given to gnubg does not exist"),
    dict(id="makebearoff-dir-missing", tool="makebearoff",
         script=G + "makebearoff -o 6 -f /nonexistent/gnubg/gnubg_os0.bd",
         code="ERR_1003", path="/nonexistent/gnubg/gnubg_os0.bd",
         why="the bearoff database's directory does not exist"),
    dict(id="makebearoff-full", tool="makebearoff", mount="full",
         script=G + "makebearoff -o 6 -f $M/gnubg_os0.bd 1>&2", code="ERR_1012",
         why="the bearoff database is written onto a full disk", miss="'Error writing to /tmp/x' names a temporary file on another file system than the full one"),
    dict(id="makebearoff-rofs", tool="makebearoff", mount="ro",
         script=G + "makebearoff -o 6 -f $M/gnubg_os0.bd", code="ERR_1012",
         path="$M/gnubg_os0.bd", why="the bearoff database is written onto a read-only file system"),
    dict(id="makebearoff-denied", tool="makebearoff", user="nobody",
         script=G + f"makebearoff -o 6 -f {RD}/gnubg_os0.bd", code="ERR_1002",
         path=f"{RD}/gnubg_os0.bd", why="the job's user may not write into a root-owned directory"),
    dict(id="neg-makebearoff-bad-option", tool="makebearoff",
         script=G + "makebearoff --points 6 -f os.bd 1>&2", code="ERR_1007",
         why="an unknown option: usage error"),
    dict(id="neg-bearoffdump-corrupt", tool="bearoffdump",
         script=G + f"bearoffdump {D}/bad.bd -n 1 1>&2", code="ERR_1007",
         why="the file is not a bearoff database: bad input data"),
    dict(id="neg-bearoffdump-usage", tool="bearoffdump",
         script=G + f"bearoffdump {D}/bad.bd 1>&2", code="ERR_1007",
         why="neither a position id nor an index is given: usage error"),
    dict(id="neg-makeweights-bad-input", tool="makeweights",
         script=G + f"makeweights -f out.weights < {D}/bad.weights 1>&2", code="ERR_1007",
         why="the input is not a weights file: bad input data"),
    dict(id="makeweights-output-dir-missing", tool="makeweights",
         script=G + "makeweights -f /nonexistent/nets/gnubg.wd </dev/null 1>&2", code="ERR_1003",
         why="the output file's directory does not exist", miss="'Can't open output file' names no file, and a refused write is its first reading"),
    # scid command-line tools
    dict(id="scidpgn-base-missing", tool="scidpgn",
         script=G + "scidpgn /nonexistent/bases/club 1>&2", code="ERR_1003",
         why="the Scid database to export does not exist", miss="'could not open database' names no file"),
    dict(id="sc-import-base-missing", tool="sc_import",
         script=G + f"sc_import /nonexistent/bases/club {D}/games.pgn", code="ERR_1003",
         why="the Scid database to import into does not exist", path="/nonexistent/bases/club"),
    dict(id="neg-sc-eco-usage", tool="sc_eco", script=G + "sc_eco club", code="ERR_1007",
         why="called without the ECO file argument: usage error"),
    dict(id="neg-sc-spell-usage", tool="sc_spell", script=G + "sc_spell club", code="ERR_1007",
         why="called without the spelling file argument: usage error"),
    dict(id="neg-spliteco-usage", tool="spliteco", script=G + "spliteco club", code="ERR_1007",
         why="called with too few arguments: usage error"),
    dict(id="sc-epgn-base-missing", tool="sc_epgn",
         script=G + "sc_epgn /nonexistent/bases/club 1 2 3 1>&2", code="ERR_1003",
         why="the Scid database to export games from does not exist", miss="'could not open database' names no file"),
    # other engines and adapters
    dict(id="neg-hoichess-bad-option", tool="hoichess", script=G + "hoichess --bogus",
         code="ERR_1007", why="an unknown option: usage error"),
    dict(id="neg-gnushogi-bad-option", tool="gnushogi", script=G + "gnushogi --bogus",
         code="ERR_1007", why="an unknown option: usage error"),
    dict(id="neg-xboard-no-display", tool="xboard",
         script=G + "env -u DISPLAY xboard -fcp 'gnuchess -x' -mode TwoMachines",
         code="ERR_1007", why="no X display answers: a service the job needs is not there"),
    dict(id="neg-cmail-usage", tool="cmail", script=G + "cmail -h", code="ERR_1007",
         why="asked for help/usage, cmail exits non-zero: the job's own usage error"),
    dict(id="toga2-not-on-path", tool="toga2",
         script="printf 'uci\\nquit\\n' | toga2", code="ERR_1001", command="toga2",
         why="the engine is installed under /usr/games, not on the job's PATH"),
    dict(id="phalanx-foreign-arch", tool="phalanx",
         script="cp /usr/games/phalanx ./phalanx-arm && printf '\\x28\\x00' | dd of=phalanx-arm bs=1 seek=18 conv=notrunc status=none && ./phalanx-arm -v",
         code="ERR_1004", why="the engine binary is built for another architecture and cannot be executed"),
    dict(id="sjeng-not-on-path", tool="sjeng", script="echo quit | sjeng", code="ERR_1001",
         command="sjeng", why="the engine is installed under /usr/games, not on the job's PATH"),
    # more
    dict(id="fr-gnuchess-addbook-missing-pgn", tool="gnuchess", lang="fr_FR.UTF-8",
         script=G + "gnuchess --addbook=/nonexistent/ouvertures/maitres.pgn </dev/null 1>&2; test -s book.bin",
         code="ERR_1003", path="/nonexistent/ouvertures/maitres.pgn",
         why="the PGN file to compile into the opening book does not exist"),
    dict(id="es-gnubg-commands-missing", tool="gnubg", lang="es_ES.UTF-8",
         script=G + "gnubg -t -q -c /nonexistent/trabajos/analisis.txt </dev/null 1>&2; exit 1",
         code="ERR_1003", path="/nonexistent/trabajos/analisis.txt",
         why="the command file given to gnubg does not exist"),
    dict(id="it-gnuchess-addbook-denied", tool="gnuchess", user="nobody", lang="it_IT.UTF-8",
         script=G + f"cd {RD} && gnuchess --addbook={D}/games.pgn </dev/null 1>&2; test -s book.bin",
         code="ERR_1002", why="the job's user may not write the book into a root-owned directory", path="book.bin"),
    dict(id="gnuchess-not-on-path", tool="gnuchess",
         script="echo quit | gnuchess -x", code="ERR_1001", command="gnuchess",
         why="the engine is installed under /usr/games, not on the job's PATH"),
    dict(id="pgnfix-output-full", tool="pgnfix", mount="full",
         script=G + f"for i in $(seq 300); do cat {D}/games.pgn; done > many.pgn; pgnfix many.pgn > $M/fixed.pgn",
         code="ERR_1012", why="the fixed PGN is written onto a full disk"),
]

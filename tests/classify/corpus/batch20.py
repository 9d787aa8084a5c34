"""Sealed batch 20: developer tooling of the JavaScript, JVM, Go and Rust worlds (held out)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (84.5% of codes, 71/84), then worked on."""
B = f"{R}/batch20"
L = f"{R}/locked"
RD = f"{R}/rootdir"
JS = {"NODE_PATH": "/usr/share/nodejs"}
JDK = "/usr/lib/jvm/java-17-openjdk-amd64/bin"

FIXTURES = r"""
mkdir -p js test less styl peg jison hbs java/src/dev/hodei java/bad/dev/hodei java/doclint/dev/hodei \
  java/classes go/colors go/dbg go/ro rs grunt-cp grunt-mk grunt-cmd grunt-es gulp-spawn gulp-foreign \
  gulp-it rollcfg eslint-plugin eslint-lint jpk/in
printf 'export function add(a, b) { return a + b; }\nconsole.log(add(1, 2));\n' > js/app.js
printf 'export function add(a, b) {\n  return a + ;\n}\n' > js/bad.js
printf 'function unused() {\n  var missing = 1;\n}\n' > eslint-lint/app.js
printf '{ "root": true, "rules": { "no-unused-vars": "error" } }\n' > eslint-lint/.eslintrc.json
printf 'var x = 1;\n' > eslint-plugin/app.js
printf '{ "root": true, "plugins": ["hodei-internal"], "rules": {} }\n' > eslint-plugin/.eslintrc.json
printf 'import { add } from "./util.js";\nconsole.log(add(1, 2));\n' > js/imports.js
printf 'export default { input: "src/main.js", output: { file: "dist/bundle.js" } };\n' > rollcfg/rollup.config.mjs
printf 'const assert = require("assert");\ndescribe("loader", function () {\n  it("reads the config", function () {\n    assert.strictEqual("ENOENT: no such file or directory", "loaded");\n  });\n});\n' > test/loader.spec.js
printf 'describe("db", function () { it("connects", function () {}); });\n' > test/private.spec.js
printf '@import "partials/variables.less";\nbody { color: @brand; }\n' > less/import.less
printf 'body { color: @brand-primary; }\n' > less/undef.less
printf 'body { color: #333; }\n' > less/ok.less
printf 'body\n  color: red\n  width: (1px +\n' > styl/bad.styl
printf 'start = "a" / \n' > peg/bad.pegjs
printf 'start = "a"+\n' > peg/ok.pegjs
printf '%%%%\nexpr : expr "+" \n  | %%%% ;;\n' > jison/bad.jison
printf '<ul>{{#each items}}<li>{{name}}</li>\n' > hbs/list.hbs
printf 'var a = function( {\n' > js/broken.js
printf 'body { color: #333; }\n' > site.css
cat > java/write.jsh <<'EOF2'
int st = 0;
try { for (int i = 0; i < 5; i++) java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("M"), "part-" + i + ".txt"), "x"); } catch (java.io.IOException e) { System.err.println(e); st = 1; }
/exit st
EOF2
for prog in foreign:"$PWD/go/foreign" missing:hodei-protoc; do
cat > java/run-${prog%%:*}.jsh <<EOF2
int st = 0;
try { Process p = new ProcessBuilder("${prog#*:}", "--java_out=gen", "api.proto").inheritIO().start(); st = p.waitFor(); } catch (java.io.IOException e) { System.err.println(e); st = 1; }
/exit st
EOF2
done
cat > java/src/dev/hodei/App.java <<'EOF'
package dev.hodei;

/** The application. */
public class App {
    /** Entry point. @param args arguments */
    public static void main(String[] args) { System.out.println("hi"); }
}
EOF
printf 'package dev.hodei;\npublic class App {\n  public void run( {\n}\n' > java/bad/dev/hodei/App.java
cat > java/doclint/dev/hodei/Store.java <<'EOF'
package dev.hodei;

/** A store. */
public class Store {
    /**
     * Opens the store; see {@link Missing#open}.
     * @param path the file, which must exist
     * @return nothing found
     */
    public void open(String path) { }
}
EOF
javac -d java/classes java/src/dev/hodei/App.java
(cd java/classes && jar cf ../app.jar dev)
echo 'this is not a zip archive' > java/corrupt.jar
keytool -genkeypair -keystore java/release.jks -storepass changeit -keypass changeit -alias release \
  -keyalg RSA -keysize 2048 -dname CN=hodei -validity 2 >/dev/null 2>&1
cp java/release.jks java/private.jks
cp java/app.jar jpk/in/app.jar
printf 'var cfg = java.nio.file.Files.readString(java.nio.file.Path.of("/nonexistent/app.properties"));\n/exit 1\n' > java/readcfg.jsh
printf 'System.out.println("warming up");\n/exit 0\n' > java/ok.jsh
printf 'module example.com/colors\n\ngo 1.19\n' > go/colors/go.mod
printf 'package colors\n\ntype Color int\n\nconst (\n\tRed Color = iota\n\tGreen\n)\n\ntype Hue int\n' > go/colors/color.go
printf 'module example.com/dbg\n\ngo 1.19\n' > go/dbg/go.mod
printf 'package main\n\nfunc main() { println("hi") }\n' > go/dbg/main.go
mkdir -p go/dbgbad && cp go/dbg/go.mod go/dbgbad/
printf 'package main\n\nimport "os"\n\nfunc main() {\n\tf, err := os.Open("config.yaml")\n\tprintln(err)\n}\n' > go/dbgbad/main.go
printf 'package main\n\nfunc main() {\n\tfmt.Println("no such file or directory"\n}\n' > go/bad.go
printf 'package main\nimport "fmt"\nfunc main() {   fmt.Println("x") }\n' > go/ro/unformatted.go
printf 'package main\n\nfunc main() {}\n' > go/private.go
printf 'fn main() {\n    let x = ;\n}\n' > rs/bad.rs
printf 'fn main() {   println!("hi");  }\n' > rs/unformatted.rs
printf '//! Crate docs.\n\n/// Adds.\npub fn add(a: u32, b: u32) -> u32 { a + b }\n' > rs/lib.rs
printf '/// ```\n/// assert_eq!(demo::add(1, 1), 3, "permission denied for add");\n/// ```\npub fn add(a: u32, b: u32) -> u32 { a + b }\n' > rs/demo.rs
printf '#![deny(warnings)]\nfn main() {\n    let unused = 1;\n}\n' > rs/lint.rs
printf 'fn main() {}\n' > rs/main.rs
cat > grunt-cp/Gruntfile.js <<'EOF'
module.exports = function (grunt) {
  grunt.registerTask("assets", function () {
    var done = this.async();
    grunt.util.spawn({ cmd: "cp", args: ["-r", "assets/img", "dist/"] }, function (err, result) {
      if (err) { grunt.fail.warn(result.stderr); }
      done();
    });
  });
};
EOF
sed 's|cmd: "cp", args: \["-r", "assets/img", "dist/"\]|cmd: "mkdir", args: ["-p", "'"$(dirname "$PWD")"'/rootdir/dist"]|' grunt-cp/Gruntfile.js > grunt-mk/Gruntfile.js
sed 's|cmd: "cp", args: \["-r", "assets/img", "dist/"\]|cmd: "hodei-sassc", args: ["scss/main.scss", "dist/main.css"]|' grunt-cp/Gruntfile.js > grunt-cmd/Gruntfile.js
cp grunt-cp/Gruntfile.js grunt-es/Gruntfile.js
printf 'module.exports = function (grunt) {\n  grunt.registerTask("build", function () {});\n};\n' > grunt-es/Gruntfile.js
cat > gulp-spawn/gulpfile.js <<'EOF'
const { spawn } = require("child_process");
exports.styles = function () {
  return spawn("hodei-sassc", ["scss/main.scss", "dist/main.css"], { stdio: "inherit" });
};
EOF
cat > gulp-it/gulpfile.js <<'EOF'
const { execFileSync } = require("child_process");
exports.dist = function (cb) {
  execFileSync("tar", ["-czf", "dist.tgz", "build/"], { stdio: "inherit" });
  cb();
};
EOF
python3 -c "
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('go/foreign', 'wb').write(d)"
chmod 755 go/foreign
cat > gulp-foreign/gulpfile.js <<'EOF'
const { execFileSync } = require("child_process");
exports.protos = function (cb) {
  execFileSync(__dirname + "/../go/foreign", ["--out", "gen/"], { stdio: "inherit" });
  cb();
};
EOF
chmod -R a+rX .
chmod 600 test/private.spec.js java/private.jks go/private.go
"""

CASES = [
    # --- mocha --------------------------------------------------------------------------------
    dict(id="mocha-spec-missing", tool="mocha", env=JS,
         script="mocha test/api.spec.js", code="ERR_1003", path="test/api.spec.js",
         why="The spec file the job names does not exist, so mocha has nothing to run."),
    dict(id="neg-mocha-assertion", tool="mocha", env=JS,
         script=f"cp -r {B}/test . && mocha test/loader.spec.js 1>&2", code="ERR_1007",
         why="A test failed its assertion; the ENOENT text is only the compared string."),
    dict(id="mocha-spec-unreadable", tool="mocha", env=JS, user="nobody",
         script=f"mocha {B}/test/private.spec.js", code="ERR_1002",
         path=f"{B}/test/private.spec.js",
         why="The spec file is mode 600 root and the job runs as nobody, so node cannot read it."),
    dict(id="mocha-process-limit", tool="mocha", env=JS, user="nobody",
         script=f"ulimit -u 1; mocha {B}/test/loader.spec.js", code="ERR_1004",
         why="Under a one-process limit node cannot create its worker threads and aborts."),
    dict(id="neg-mocha-unknown-reporter", tool="mocha", env=JS,
         script=f"cp -r {B}/test . && mocha --reporter hodei-junit test/loader.spec.js", code="ERR_1007",
         why="The reporter named is not a mocha reporter nor an installed module: an unknown name.", miss="mocha resolves an unknown reporter's name to a path and Node says 'Cannot find module /x/name', which reads as a missing file"),
    # --- rollup -------------------------------------------------------------------------------
    dict(id="rollup-entry-missing", tool="rollup", env=JS,
         script="rollup src/main.js -o dist/bundle.js", code="ERR_1003", path="src/main.js",
         why="The entry module given on the command line does not exist."),
    dict(id="rollup-config-missing", tool="rollup", env=JS,
         script="rollup -c rollup.config.mjs", code="ERR_1003", path=f"{R}/w/rollup-config-missing/rollup.config.mjs",
         why="The rollup config file the job asks for is not in the checkout."),
    dict(id="rollup-out-rofs", tool="rollup", env=JS, mount="ro",
         script=f"rollup {B}/js/app.js -o $M/bundle.js", code="ERR_1012",
         path="$M/bundle.js",
         why="The output directory is on a read-only file system, so the bundle cannot be written."),
    dict(id="rollup-out-full", tool="rollup", env=JS, mount="full",
         script=f"rollup {B}/js/app.js -o $M/bundle.js", code="ERR_1012",
         why="The output file system is full; writing the bundle fails with ENOSPC."),
    dict(id="neg-rollup-syntax", tool="rollup", env=JS,
         script=f"rollup {B}/js/bad.js -o bundle.js", code="ERR_1007",
         why="The source has a syntax error; rollup rejects the job's own code."),
    dict(id="rollup-import-missing", tool="rollup", env=JS,
         script=f"cp {B}/js/imports.js main.js && rollup main.js -o bundle.js", code="ERR_1003",
         path="./util.js",
         why="The entry imports a relative module file that does not exist in the tree."),
    # --- eslint -------------------------------------------------------------------------------
    dict(id="neg-eslint-lint-errors", tool="eslint", env=JS,
         script=f"cd {B}/eslint-lint && eslint -f unix app.js 1>&2", code="ERR_1007",
         why="Lint rules report errors in the code (an unused variable called missing); a check failed."),
    dict(id="neg-eslint-plugin-missing", tool="eslint", env=JS,
         script=f"cd {B}/eslint-plugin && eslint app.js 1>&2", code="ERR_1007",
         why="The config names an ESLint plugin package that is not installed: a missing package dependency."),
    dict(id="eslint-config-missing", tool="eslint", env=JS,
         script="echo 'var a = 1;' > app.js && eslint --no-eslintrc -c config/eslint.json app.js 1>&2",
         code="ERR_1003", path=f"{R}/w/eslint-config-missing/config/eslint.json",
         why="The config file given with -c does not exist."),
    dict(id="eslint-output-rofs", tool="eslint", env=JS, mount="ro",
         script=f"cd {B}/eslint-lint && eslint -f json -o $M/reports/eslint.json app.js", code="ERR_1012",
         path="$M/reports",
         why="The report file is written below a read-only mount."),
    # --- grunt --------------------------------------------------------------------------------
    dict(id="grunt-no-gruntfile", tool="grunt", env=JS,
         script="grunt build 1>&2", code="ERR_1003",
         why="There is no Gruntfile in the directory, the project file grunt needs."),
    dict(id="neg-grunt-task-unknown", tool="grunt", env=JS,
         script=f"cd {B}/grunt-es && grunt deploy 1>&2", code="ERR_1007",
         why="The task is not defined in the Gruntfile: an unknown name inside grunt's world."),
    dict(id="grunt-spawn-missing", tool="grunt", env=JS,
         script=f"cp {B}/grunt-cmd/Gruntfile.js . && grunt assets 1>&2", code="ERR_1001",
         command="hodei-sassc",
         why="The task spawns hodei-sassc, which is not installed."),
    dict(id="de-grunt-cp-missing", tool="grunt", env=JS, lang="de_DE.UTF-8",
         script=f"cp {B}/grunt-cp/Gruntfile.js . && grunt assets 1>&2", code="ERR_1003",
         path="assets/img",
         why="The task copies assets/img, which does not exist; cp says so in German."),
    dict(id="fr-grunt-mkdir-denied", tool="grunt", env=JS, lang="fr_FR.UTF-8", user="nobody",
         script=f"cp {B}/grunt-mk/Gruntfile.js . && grunt assets 1>&2", code="ERR_1002",
         path=f"{RD}/dist",
         why="The task makes a directory in a root-owned directory as nobody; mkdir is refused (in French)."),
    # --- gulp ---------------------------------------------------------------------------------
    dict(id="gulp-no-gulpfile", tool="gulp", env=JS,
         script="gulp build", code="ERR_1003",
         why="No gulpfile exists in the project directory."),
    dict(id="neg-gulp-task-unknown", tool="gulp", env=JS,
         script=f"cp {B}/gulp-spawn/gulpfile.js . && gulp deploy 1>&2", code="ERR_1007",
         why="The task was never defined in the gulpfile: an unknown name in gulp's world."),
    dict(id="gulp-spawn-missing", tool="gulp", env=JS,
         script=f"cp {B}/gulp-spawn/gulpfile.js . && gulp styles 1>&2", code="ERR_1001",
         command="hodei-sassc",
         why="The styles task spawns hodei-sassc, which is not installed."),
    dict(id="it-gulp-tar-missing", tool="gulp", env=JS, lang="it_IT.UTF-8",
         script=f"cp {B}/gulp-it/gulpfile.js . && gulp dist 1>&2", code="ERR_1003", path="build",
         why="The task archives build/, which was never made; tar reports it missing in Italian.", miss='the code is right; the path taken is the quoted name of the call in tar\'s Italian message (\'funzione "stat" non riuscita\')'),
    # --- terser -------------------------------------------------------------------------------
    dict(id="terser-out-rofs", tool="terser", env=JS, mount="ro",
         script=f"terser {B}/js/app.js -o $M/app.min.js", code="ERR_1012", path="$M/app.min.js",
         why="The minified file is written onto a read-only mount."),
    dict(id="terser-out-denied", tool="terser", env=JS, user="nobody",
         script=f"terser {B}/js/app.js -o {RD}/app.min.js", code="ERR_1002", path=f"{RD}/app.min.js",
         why="As nobody the job cannot create a file in the root-owned directory."),
    dict(id="neg-terser-parse", tool="terser", env=JS,
         script=f"terser {B}/js/broken.js", code="ERR_1007",
         why="The input JavaScript has a syntax error."),
    # --- less, stylus, handlebars, pegjs, jison, yui-compressor --------------------------------
    dict(id="lessc-import-missing", tool="lessc", env=JS,
         script=f"lessc {B}/less/import.less", code="ERR_1003", path="partials/variables.less",
         why="The stylesheet imports a partial file that does not exist."),
    dict(id="neg-lessc-undefined-var", tool="lessc", env=JS,
         script=f"lessc {B}/less/undef.less", code="ERR_1007",
         why="The stylesheet uses an undefined variable: an error in the job's own source."),
    dict(id="lessc-out-full", tool="lessc", env=JS, mount="full",
         script=f"lessc {B}/less/ok.less $M/main.css", code="ERR_1012",
         path="$M/main.css",
         why="The output file system is full."),
    dict(id="stylus-input-missing", tool="stylus", env=JS,
         script="stylus styles/app.styl -o dist/", code="ERR_1003", path="styles/app.styl",
         why="The stylus source file does not exist."),
    dict(id="neg-stylus-syntax", tool="stylus", env=JS,
         script=f"stylus --print {B}/styl/bad.styl", code="ERR_1007",
         why="The stylus source has a syntax error."),
    dict(id="handlebars-template-missing", tool="handlebars", env=JS,
         script="handlebars templates/list.hbs -f dist/templates.js", code="ERR_1003",
         path="templates/list.hbs",
         why="The template to precompile does not exist."),
    dict(id="neg-handlebars-unclosed", tool="handlebars", env=JS,
         script=f"handlebars {B}/hbs/list.hbs", code="ERR_1007",
         why="The template has an unclosed block: a parse error in the job's input."),
    dict(id="pegjs-grammar-missing", tool="pegjs", env=JS,
         script="pegjs grammar/query.pegjs", code="ERR_1003", path="grammar/query.pegjs",
         why="The grammar file does not exist."),
    dict(id="neg-pegjs-grammar-error", tool="pegjs", env=JS,
         script=f"pegjs -o parser.js {B}/peg/bad.pegjs", code="ERR_1007",
         why="The grammar has a syntax error."),
    dict(id="pegjs-out-rofs", tool="pegjs", env=JS, mount="ro",
         script=f"pegjs -o $M/parser.js {B}/peg/ok.pegjs", code="ERR_1012", path="$M/parser.js",
         why="The generated parser is written onto a read-only mount."),
    dict(id="neg-jison-grammar-error", tool="jison", env=JS,
         script=f"jison {B}/jison/bad.jison", code="ERR_1007",
         why="The grammar itself is malformed."),
    dict(id="yui-out-denied", tool="yui-compressor", user="nobody",
         script=f"yui-compressor {B}/site.css -o {RD}/site.min.css", code="ERR_1002",
         path=f"{RD}/site.min.css",
         why="As nobody the job cannot write the output into the root-owned directory."),
    # --- javadoc ------------------------------------------------------------------------------
    dict(id="javadoc-source-missing", tool="javadoc",
         script="javadoc -d build/docs src/main/java/dev/hodei/App.java", code="ERR_1003",
         path="src/main/java/dev/hodei/App.java",
         why="The source file to document does not exist."),
    dict(id="javadoc-out-full", tool="javadoc", mount="full",
         script=f"javadoc -quiet -d $M/apidocs {B}/java/src/dev/hodei/App.java", code="ERR_1012",
         path="$M/apidocs/dev/hodei/App.html",
         why="The documentation is written to a full file system.", miss="the code is right; the path taken is the exception's name, not the file javadoc was writing"),
    dict(id="javadoc-out-denied", tool="javadoc", user="nobody",
         script=f"javadoc -quiet -d {RD} {B}/java/src/dev/hodei/App.java", code="ERR_1002", path=RD,
         why="As nobody javadoc cannot write its pages into the root-owned output directory."),
    dict(id="neg-javadoc-syntax", tool="javadoc",
         script=f"javadoc -quiet -d out {B}/java/bad/dev/hodei/App.java", code="ERR_1007",
         why="The Java source has a syntax error."),
    dict(id="neg-javadoc-reference-not-found", tool="javadoc",
         script=f"javadoc -quiet -Xdoclint:all -d out {B}/java/doclint/dev/hodei/Store.java", code="ERR_1007",
         why="A doc comment links to a class that does not exist; doclint fails the job's own docs."),
    dict(id="javadoc-process-limit", tool="javadoc", user="nobody",
         script=f"ulimit -u 1; exec javadoc -d out {B}/java/src/dev/hodei/App.java 1>&2", code="ERR_1004",
         why="Under a one-process limit the JVM cannot start its threads."),
    # --- jdeps, jlink, jmod, jshell, jarsigner, jpackage, jdb, serialver ----------------------
    dict(id="neg-jdeps-corrupt-jar", tool="jdeps",
         script=f"jdeps -s {B}/java/corrupt.jar", code="ERR_1007",
         why="The jar is not a zip archive: bad input data."),
    dict(id="jdeps-dot-rofs", tool="jdeps", mount="ro",
         script=f"jdeps -dotoutput $M/deps {B}/java/app.jar", code="ERR_1012",
         path="$M/deps",
         why="The dot output directory is on a read-only mount."),
    dict(id="neg-jlink-module-not-found", tool="jlink",
         script="jlink --add-modules dev.hodei.app --output image 1>&2", code="ERR_1007",
         why="The module is not on the module path: an unknown name in the module system, not a file."),
    dict(id="neg-jlink-output-exists", tool="jlink",
         script="mkdir image && jlink --add-modules java.base --output image 1>&2", code="ERR_1007",
         why="jlink refuses to write into an existing directory: a usage error of the job."),
    dict(id="jlink-out-rofs", tool="jlink", mount="ro",
         script="jlink --add-modules java.base --output $M/image 1>&2", code="ERR_1012",
         path="$M/image",
         why="The runtime image is written onto a read-only mount."),
    dict(id="jlink-out-full", tool="jlink", mount="full",
         script="jlink --add-modules java.base --output $M/image 1>&2", code="ERR_1012",
         why="The runtime image does not fit on the full file system."),
    dict(id="jmod-classpath-missing", tool="jmod",
         script="jmod create --class-path build/classes app.jmod 1>&2", code="ERR_1003",
         path="build/classes",
         why="The class directory to package does not exist."),
    dict(id="neg-jmod-exists", tool="jmod",
         script=f"touch app.jmod && jmod create --class-path {B}/java/classes app.jmod 1>&2", code="ERR_1007",
         why="The target jmod file already exists: a usage error of the job."),
    dict(id="jshell-script-missing", tool="jshell",
         script="jshell scripts/setup.jsh", code="ERR_1003", path="scripts/setup.jsh",
         why="The jshell script the job runs does not exist."),
    dict(id="jshell-read-missing-config", tool="jshell",
         script=f"jshell {B}/java/readcfg.jsh", code="ERR_1003", path="/nonexistent/app.properties",
         why="The script reads a properties file that does not exist and exits with failure."),
    dict(id="jshell-write-inodes", tool="jshell", mount="inodes",
         script=f"jshell {B}/java/write.jsh", code="ERR_1012",
         path="$M/part-2.txt",
         why="The script writes five files to a file system with no inodes left."),
    dict(id="terser-out-inodes", tool="terser", env=JS, mount="inodes",
         script=f"for i in 1 2 3 4 5; do touch $M/f$i 2>/dev/null || true; done; terser {B}/js/app.js -o $M/app.min.js",
         code="ERR_1012", path="$M/app.min.js",
         why="The scratch file system has no inodes left for the output file."),
    dict(id="jshell-exec-missing", tool="jshell",
         script=f"jshell {B}/java/run-missing.jsh", code="ERR_1001", command="hodei-protoc",
         why="The script starts hodei-protoc, which is not installed."),
    dict(id="jarsigner-keystore-missing", tool="jarsigner",
         script=f"jarsigner -keystore keys/release.jks -storepass changeit {B}/java/app.jar release 1>&2",
         code="ERR_1003", path=f"{R}/w/jarsigner-keystore-missing/keys/release.jks",
         why="The keystore file does not exist."),
    dict(id="neg-jarsigner-bad-password", tool="jarsigner",
         script=f"cp {B}/java/app.jar . && jarsigner -keystore {B}/java/release.jks -storepass wrongpass app.jar release 1>&2",
         code="ERR_1007",
         why="The keystore password is wrong: an authentication failure."),
    dict(id="jarsigner-keystore-unreadable", tool="jarsigner", user="nobody",
         script=f"cp {B}/java/app.jar . && jarsigner -keystore {B}/java/private.jks -storepass changeit app.jar release 1>&2",
         code="ERR_1002", path=f"{B}/java/private.jks",
         why="The keystore is mode 600 root and the job runs as nobody."),
    dict(id="neg-jarsigner-unknown-alias", tool="jarsigner",
         script=f"cp {B}/java/app.jar . && jarsigner -keystore {B}/java/release.jks -storepass changeit app.jar ci-signing 1>&2",
         code="ERR_1007",
         why="The key alias does not exist in the keystore: an unknown name in the tool's own world."),
    dict(id="jpackage-input-missing", tool="jpackage",
         script="jpackage --type app-image --input target/lib --main-jar app.jar --main-class dev.hodei.App -n hodei 1>&2",
         code="ERR_1003", path="target/lib",
         why="The input directory with the application's jars does not exist."),
    dict(id="neg-serialver-class-missing", tool="serialver",
         script=f"serialver -classpath {B}/java/classes dev.hodei.Missing", code="ERR_1007",
         why="The class named is not on the class path: an unknown name, not a missing file."),
    # --- go tools ----------------------------------------------------------------------------
    dict(id="neg-gofmt-syntax", tool="gofmt",
         script=f"gofmt -l {B}/go/bad.go", code="ERR_1007",
         why="The Go source has a syntax error; the quoted no such file text is a string literal."),
    dict(id="gofmt-unreadable", tool="gofmt", user="nobody",
         script=f"gofmt -l {B}/go/private.go", code="ERR_1002", path=f"{B}/go/private.go",
         why="The file is mode 600 root and the job runs as nobody."),
    dict(id="gofmt-write-denied", tool="gofmt", user="nobody",
         script=f"gofmt -w {B}/go/ro/unformatted.go", code="ERR_1002",
         why="gofmt -w must rewrite a root-owned file the nobody user may not write."),
    dict(id="gofmt-process-limit", tool="gofmt", user="nobody",
         script=f"ulimit -u 1; gofmt -l {B}/go/ro", code="ERR_1004",
         why="Under a one-process limit the Go runtime cannot create its OS threads."),
    dict(id="goimports-write-denied", tool="goimports", user="nobody",
         script=f"goimports -w {B}/go/ro/unformatted.go", code="ERR_1002",
         path=f"{B}/go/ro/unformatted.go",
         why="goimports -w must rewrite a root-owned file the nobody user may not write."),
    dict(id="stringer-dir-missing", tool="stringer",
         script="stringer -type=Color ./internal/colors", code="ERR_1003", path="./internal/colors",
         why="The package directory given does not exist."),
    dict(id="neg-stringer-no-values", tool="stringer",
         script=f"cp -r {B}/go/colors . && cd colors && stringer -type=Hue", code="ERR_1007",
         why="The type has no constants to name: the job's own code does not fit the request."),
    dict(id="dlv-exec-missing", tool="dlv",
         script="dlv exec ./bin/server --headless --listen 127.0.0.1:0", code="ERR_1003",
         path=f"{R}/w/dlv-exec-missing/bin/server",
         why="The binary to debug does not exist."),
    dict(id="dlv-exec-foreign-arch", tool="dlv",
         script=f"dlv exec {B}/go/foreign --allow-non-terminal-interactive=true", code="ERR_1004",
         why="The binary was built for another architecture (aarch64) and cannot be run."),
    dict(id="dlv-debug-go-missing", tool="dlv",
         script=f"cp -r {B}/go/dbg . && cd dbg && PATH=/usr/local/bin /usr/bin/dlv debug --allow-non-terminal-interactive=true",
         code="ERR_1001", command="go",
         why="dlv debug builds with the go command, which is not on PATH."),
    dict(id="neg-dlv-debug-build-fails", tool="dlv",
         script=f"cp -r {B}/go/dbgbad . && cd dbgbad && dlv debug --allow-non-terminal-interactive=true 1>&2",
         code="ERR_1007",
         why="The program does not compile (a variable declared and not used), so there is nothing to debug."),
    dict(id="dlv-process-limit", tool="dlv", user="nobody",
         script="ulimit -u 1; dlv version", code="ERR_1004",
         why="Under a one-process limit the Go runtime cannot create its OS threads."),
    # --- rust tools -------------------------------------------------------------------------
    dict(id="rustfmt-file-missing", tool="rustfmt",
         script="rustfmt src/lib.rs", code="ERR_1003", path="src/lib.rs",
         why="The Rust file to format does not exist."),
    dict(id="neg-rustfmt-check-diff", tool="rustfmt",
         script=f"rustfmt --check {B}/rs/unformatted.rs 1>&2", code="ERR_1007",
         why="The formatting check found differences: a failed check."),
    dict(id="rustdoc-out-rofs", tool="rustdoc", mount="ro",
         script=f"rustdoc {B}/rs/lib.rs -o $M/doc", code="ERR_1012",
         path="$M/doc",
         why="The documentation output is on a read-only mount."),
    dict(id="rustdoc-out-full", tool="rustdoc", mount="full",
         script=f"rustdoc {B}/rs/lib.rs -o $M/doc", code="ERR_1012",
         why="The documentation output file system is full."),
    dict(id="neg-rustdoc-doctest-fails", tool="rustdoc",
         script=f"rustc --crate-type lib --crate-name demo {B}/rs/demo.rs -o libdemo.rlib && rustdoc --test {B}/rs/demo.rs --crate-name demo -L . --extern demo=libdemo.rlib 1>&2",
         code="ERR_1007",
         why="A doc test fails its assertion; the permission text is only its message."),
    dict(id="clippy-driver-input-missing", tool="clippy-driver",
         script="clippy-driver src/main.rs", code="ERR_1003", path="src/main.rs",
         why="The source file does not exist."),
    dict(id="neg-clippy-driver-deny", tool="clippy-driver",
         script=f"clippy-driver {B}/rs/lint.rs -o app", code="ERR_1007",
         why="A lint denied by the code's own attribute fails the check."),
    dict(id="clippy-driver-out-rofs", tool="clippy-driver", mount="ro",
         script=f"clippy-driver {B}/rs/main.rs -o $M/app", code="ERR_1012",
         why="The output binary is written onto a read-only mount."),
]

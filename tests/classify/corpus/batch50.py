"""Sealed batch 50: XML, schema and stylesheet processors and interface compilers."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (92.9% of codes, 78/84), then worked on."""
B = f"{R}/batch50"
L = f"{R}/locked"
RD = f"{R}/rootdir"
RF = f"{R}/rootdir/owned.txt"

FIXTURES = r"""
printf '<?xml version="1.0"?>\n<catalog><book id="b1"><title>XML</title></book></catalog>\n' > ok.xml
printf '<?xml version="1.0"?>\n<catalog><book id="b1"><title>XML</book></catalog>\n' > bad.xml
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><out><xsl:value-of select="count(//book)"/></out></xsl:template>\n</xsl:stylesheet>\n' > ok.xsl
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><out><xsl:value-of select="count(//book"/></out></xsl:template>\n</xsl:stylesheet>\n' > bad.xsl
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><xsl:message terminate="yes">ERROR: required file not found: config/permissions.xml (access denied)</xsl:message></xsl:template>\n</xsl:stylesheet>\n' > terminate.xsl
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:include href="missing-common.xsl"/>\n<xsl:template match="/"><out/></xsl:template>\n</xsl:stylesheet>\n' > include.xsl
cat > catalog.rng <<'X'
<element name="catalog" xmlns="http://relaxng.org/ns/structure/1.0">
  <oneOrMore><element name="book"><attribute name="id"/><element name="title"><text/></element></element></oneOrMore>
</element>
X
printf '<catalog><book><title>XML</title><price>3</price></book></catalog>\n' > invalid.xml
printf 'element catalog { element book { attribute id { text }, element title { text } }+ }\n' > catalog.rnc
printf 'element catalog { element book { attribute id { text } element title { text } }+ \n' > broken.rnc
cat > api.thrift <<'X'
namespace py hodei.api
struct Job { 1: string id, 2: i32 status }
service Jobs { Job get(1: string id) }
X
cat > broken.thrift <<'X'
struct Job { 1: string id 2: i32 status
service Jobs { Job get(1: string id) }
X
printf 'include "shared/common.thrift"\nstruct Job { 1: common.Id id }\n' > withinclude.thrift
printf 'struct Job { 1: UnknownType id }\n' > undef.thrift
cat > catalog.xsd <<'X'
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="catalog"><xs:complexType><xs:sequence>
    <xs:element name="book" maxOccurs="unbounded" type="xs:string"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>
X
cat > broken.xsd <<'X'
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="catalog" type="CatalogTypeMissing"/>
</xs:schema>
X
cat > doc.fo <<'X'
<?xml version="1.0"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
 <fo:layout-master-set><fo:simple-page-master master-name="A4" page-height="29.7cm" page-width="21cm"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
 <fo:page-sequence master-reference="A4"><fo:flow flow-name="xsl-region-body"><fo:block>Report</fo:block></fo:flow></fo:page-sequence>
</fo:root>
X
cat > badfo.fo <<'X'
<?xml version="1.0"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
 <fo:layout-master-set><fo:simple-page-master master-name="A4"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>
 <fo:page-sequence master-reference="Letter"><fo:flow flow-name="xsl-region-body"><fo:block>Report</fo:block></fo:flow></fo:page-sequence>
</fo:root>
X
printf '{"type":"object","required":["name","version"],"properties":{"version":{"type":"string"}}}\n' > schema.json
printf '{"name":"hodei","version":3}\n' > bad-instance.json
printf '{"name":"hodei","version":"1.0"\n' > broken.json
printf '{"type":"objekt"}\n' > badschema.json
printf '/catalog/book/@id=b1\n/catalog/book/title=XML\n' > flat.txt
printf '<doc><unclosed>\n' > trunc.xml
printf '<!DOCTYPE doc SYSTEM "doc.dtd">\n<doc><p>x</p></doc>\n' > dtd.xml
printf '<!ELEMENT doc (title)>\n<!ELEMENT title (#PCDATA)>\n<!ELEMENT p (#PCDATA)>\n' > doc.dtd
printf '<doc>&undefined;</doc>\n' > entity.xml
cat > copy.xsl <<'X'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:copy-of select="."/></xsl:template></xsl:stylesheet>
X
head -c 300000 /dev/urandom | base64 | sed 's/.*/<line>&<\/line>/;1i<doc>' > big.xml; echo '</doc>' >> big.xml
printf 'for $b in //book return <t>{$b/title/text()</t>\n' > bad.xq
printf 'count(//book)\n' > ok.xq
printf '<!DOCTYPE doc [ <!ELEMENT doc - - (title)> <!ELEMENT title - O (#PCDATA)> ]>\n<doc><p>x</doc>\n' > d.sgml
cp d.sgml secret.sgml
cp ok.xml secret.xml; chmod 600 secret.xml
cp api.thrift secret.thrift; chmod 600 secret.thrift
cp catalog.rng secret.rng; chmod 600 secret.rng
mkdir -p ro-out; chmod 555 ro-out
chmod -R a+rX .
chmod 600 secret.xml secret.thrift secret.rng secret.sgml
"""

CASES = [
    # --- saxonb-xslt --------------------------------------------------------------------------
    dict(id="saxonb-source-missing", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:/nonexistent/feed/catalog.xml -xsl:{B}/ok.xsl", code="ERR_1003",
         why="the source document to transform does not exist",
         path="/nonexistent/feed/catalog.xml"),
    dict(id="saxonb-stylesheet-missing", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/ok.xml -xsl:xsl/report.xsl", code="ERR_1003",
         why="the stylesheet file named on the command line does not exist",
         path="xsl/report.xsl"),
    dict(id="neg-saxonb-malformed-source", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/bad.xml -xsl:{B}/ok.xsl", code="ERR_1007",
         why="the source document is not well-formed XML; the input data is bad"),
    dict(id="neg-saxonb-xpath-syntax", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/ok.xml -xsl:{B}/bad.xsl", code="ERR_1007",
         why="the stylesheet has an XPath syntax error, a static error in the job's own code"),
    dict(id="neg-saxonb-message-terminate", miss="a stylesheet's own message says 'required file not found: x (access denied)' and x is missing: read as the path's check says, though the message is the job's own", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/ok.xml -xsl:{B}/terminate.xsl", code="ERR_1007",
         why="the stylesheet itself stopped with xsl:message terminate; the words about a missing "
             "file and access are only its own text"),
    dict(id="saxonb-include-missing", tool="saxonb-xslt",
         script=f"cp {B}/include.xsl .; saxonb-xslt -s:{B}/ok.xml -xsl:include.xsl", code="ERR_1003",
         why="the stylesheet includes a module file that does not exist"),
    dict(id="saxonb-source-denied", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/secret.xml -xsl:{B}/ok.xsl", code="ERR_1002", user="nobody",
         why="the job's user may not read the root-only source document", path=f"{B}/secret.xml"),
    dict(id="saxonb-output-rofs", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/ok.xml -xsl:{B}/ok.xsl -o:$M/report.xml", code="ERR_1012",
         mount="ro", why="the result document is written to a read-only file system",
         path="$M/report.xml"),
    dict(id="saxonb-output-full", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/big.xml -xsl:{B}/copy.xsl -o:$M/copy.xml", code="ERR_1012",
         mount="full", why="the copied document does not fit on the full disk"),
    dict(id="saxonb-java-missing", tool="saxonb-xslt",
         script=f"PATH=/usr/sbin /usr/bin/saxonb-xslt -s:{B}/ok.xml -xsl:{B}/ok.xsl",
         code="ERR_1001",
         why="the wrapper cannot find the java runtime it runs", command="java"),
    dict(id="saxonb-nproc", tool="saxonb-xslt",
         script=f"ulimit -u 1; exec saxonb-xslt -s:{B}/ok.xml -xsl:{B}/ok.xsl 1>&2", code="ERR_1004",
         user="nobody", why="under a one-process limit the JVM cannot create its threads"),
    dict(id="es-saxonb-source-denied", tool="saxonb-xslt",
         script=f"saxonb-xslt -s:{B}/secret.xml -xsl:{B}/ok.xsl", code="ERR_1002", user="nobody",
         lang="es_ES.UTF-8", why="the job's user may not read the root-only source document", path=f"{B}/secret.xml"),
    # --- xalan ----------------------------------------------------------------------------------
    dict(id="neg-xalan-malformed-source", tool="xalan",
         script=f"xalan -in {B}/bad.xml -xsl {B}/ok.xsl 1>&2", code="ERR_1007",
         why="the input document is not well-formed; a data error"),
    dict(id="neg-xalan-xpath-syntax", tool="xalan",
         script=f"xalan -in {B}/ok.xml -xsl {B}/bad.xsl 1>&2", code="ERR_1007",
         why="the stylesheet's XPath expression is malformed"),
    dict(id="neg-xalan-message-terminate", miss="the stylesheet's own terminate message says 'required file not found: x (access denied)' in the OS's words", tool="xalan",
         script=f"xalan -in {B}/ok.xml -xsl {B}/terminate.xsl 1>&2", code="ERR_1007",
         why="the stylesheet terminated itself with its own message about a missing file"),
    # --- jing -------------------------------------------------------------------------------------
    dict(id="jing-schema-missing", miss='the tool prints the path made absolute, and the absolute path is taken; the label has it as the job gave it', tool="jing",
         script=f"jing schemas/catalog.rng {B}/ok.xml 1>&2", code="ERR_1003",
         why="the RELAX NG schema file does not exist", path="schemas/catalog.rng"),
    dict(id="jing-instance-missing", tool="jing",
         script=f"jing {B}/catalog.rng /nonexistent/export/catalog.xml 1>&2", code="ERR_1003",
         why="the document to validate does not exist", path="/nonexistent/export/catalog.xml"),
    dict(id="neg-jing-invalid", tool="jing",
         script=f"jing {B}/catalog.rng {B}/invalid.xml 1>&2", code="ERR_1007",
         why="the document breaks the schema (missing attribute, unexpected element): a failed check"),
    dict(id="jing-schema-denied", tool="jing",
         script=f"jing {B}/secret.rng {B}/ok.xml 1>&2", code="ERR_1002", user="nobody",
         why="the job's user may not read the schema file", path=f"{B}/secret.rng"),
    dict(id="de-jing-instance-missing", tool="jing",
         script=f"jing {B}/catalog.rng /nonexistent/export/katalog.xml 1>&2", code="ERR_1003",
         lang="de_DE.UTF-8", why="the document to validate does not exist",
         path="/nonexistent/export/katalog.xml"),
    dict(id="jing-nproc", tool="jing",
         script=f"ulimit -u 1; exec jing {B}/catalog.rng {B}/ok.xml 1>&2", code="ERR_1004", user="nobody",
         why="under a one-process limit the JVM cannot start its threads"),
    dict(id="neg-jing-malformed", tool="jing",
         script=f"jing {B}/catalog.rng {B}/bad.xml 1>&2", code="ERR_1007",
         why="the document is not well-formed XML"),
    # --- trang ------------------------------------------------------------------------------------
    dict(id="trang-input-missing", miss='the tool prints the path made absolute, and the absolute path is taken; the label has it as the job gave it', tool="trang",
         script="trang schema/main.rnc main.xsd", code="ERR_1003",
         why="the input schema does not exist", path="schema/main.rnc"),
    dict(id="neg-trang-rnc-syntax", tool="trang",
         script=f"trang {B}/broken.rnc out.rng", code="ERR_1007",
         why="the compact schema has syntax errors"),
    dict(id="trang-output-rofs", tool="trang",
         script=f"trang {B}/catalog.rnc $M/catalog.xsd", code="ERR_1012", mount="ro",
         why="the converted schema is written to a read-only file system",
         path="$M/catalog.xsd"),
    dict(id="trang-output-denied", tool="trang",
         script=f"trang {B}/catalog.rnc {RD}/catalog.xsd", code="ERR_1002", user="nobody",
         why="the job's user may not write into the root-owned directory",
         path=f"{RD}/catalog.xsd"),
    dict(id="fr-trang-input-missing", miss='the tool prints the path made absolute, and the absolute path is taken; the label has it as the job gave it', tool="trang",
         script="trang schema/principal.rnc principal.xsd", code="ERR_1003", lang="fr_FR.UTF-8",
         why="the input schema does not exist", path="schema/principal.rnc"),
    dict(id="neg-trang-unknown-format", tool="trang",
         script=f"trang -O yaml {B}/catalog.rnc out.yaml", code="ERR_1007",
         why="an unsupported output format was requested: a usage error"),
    # --- thrift -----------------------------------------------------------------------------------
    dict(id="thrift-idl-missing", tool="thrift",
         script="thrift --gen py idl/jobs.thrift 1>&2", code="ERR_1003",
         why="the IDL file to compile does not exist", path="idl/jobs.thrift"),
    dict(id="neg-thrift-syntax", tool="thrift",
         script=f"thrift --gen py {B}/broken.thrift 1>&2", code="ERR_1007",
         why="the IDL file has a syntax error"),
    dict(id="thrift-include-missing", tool="thrift",
         script=f"thrift --gen py {B}/withinclude.thrift 1>&2", code="ERR_1003",
         why="the IDL includes a file that does not exist"),
    dict(id="neg-thrift-undefined-type", tool="thrift",
         script=f"thrift --gen py {B}/undef.thrift 1>&2", code="ERR_1007",
         why="the IDL uses a type it never defines: an error in the job's own source"),
    dict(id="neg-thrift-unknown-generator", tool="thrift",
         script=f"thrift --gen cobol {B}/api.thrift 1>&2", code="ERR_1007",
         why="the requested generator does not exist in thrift: a usage error"),
    dict(id="thrift-out-dir-missing", miss="'Output directory x is unusable: ENOENT' names the directory in a shape no pattern takes the path from", tool="thrift",
         script=f"thrift --gen py -out build/gen {B}/api.thrift 1>&2", code="ERR_1003",
         why="the output directory given with -out does not exist", path="build/gen"),
    dict(id="thrift-out-rofs", tool="thrift",
         script=f"thrift --gen py -out $M {B}/api.thrift 1>&2", code="ERR_1012", mount="ro",
         why="the generated code is written to a read-only file system"),
    dict(id="thrift-out-inodes", tool="thrift",
         script=f"thrift --gen py -out $M {B}/api.thrift 1>&2", code="ERR_1012", mount="inodes",
         why="the file system has no inodes left for the generated files"),
    dict(id="thrift-idl-denied", tool="thrift",
         script=f"thrift --gen py {B}/secret.thrift 1>&2", code="ERR_1002", user="nobody",
         why="the job's user may not read the IDL file", path=f"{B}/secret.thrift"),
    dict(id="thrift-out-denied", tool="thrift",
         script=f"thrift --gen py -out {RD} {B}/api.thrift 1>&2", code="ERR_1002", user="nobody",
         why="the job's user may not write generated code into the root-owned directory"),
    # --- xml2 / 2xml ------------------------------------------------------------------------------
    dict(id="neg-xml2-malformed", tool="xml2", script=f"xml2 < {B}/bad.xml", code="ERR_1007",
         why="the XML on stdin is not well-formed"),
    dict(id="xmlindent-input-missing", miss="xmlindent names its backup file ('x~'), which is taken as the path", tool="xmlindent",
         script="xmlindent -w conf/site.xml", code="ERR_1003",
         why="the file to indent does not exist", path="conf/site.xml"),
    dict(id="xmlindent-output-rofs", tool="xmlindent",
         script=f"xmlindent -o $M/site.xml {B}/ok.xml", code="ERR_1012", mount="ro",
         why="the output file is on a read-only file system",
         path="$M/site.xml"),
    dict(id="xmlindent-input-denied", tool="xmlindent",
         script=f"xmlindent {B}/secret.xml", code="ERR_1002", user="nobody",
         why="the job's user may not read the file", path=f"{B}/secret.xml"),
    # --- xmlwf ------------------------------------------------------------------------------------
    dict(id="xmlwf-input-missing", tool="xmlwf", script="xmlwf build/site.xml",
         code="ERR_1003", why="the file to check does not exist", path="build/site.xml"),
    dict(id="neg-xmlwf-mismatched", tool="xmlwf", script=f"xmlwf {B}/bad.xml 1>&2",
         code="ERR_1007", why="the document is not well-formed: a failed check"),
    dict(id="neg-xmlwf-undefined-entity", tool="xmlwf", script=f"xmlwf {B}/entity.xml 1>&2",
         code="ERR_1007", why="the document uses an undefined entity"),
    dict(id="xmlwf-input-denied", tool="xmlwf", script=f"xmlwf {B}/secret.xml", code="ERR_1002",
         user="nobody", why="the job's user may not read the file", path=f"{B}/secret.xml"),
    dict(id="xmlwf-output-rofs", tool="xmlwf", script=f"xmlwf -d $M {B}/ok.xml", code="ERR_1012",
         mount="ro", why="the canonical output is written to a read-only file system"),
    # --- rxp --------------------------------------------------------------------------------------
    dict(id="rxp-input-missing", miss='the tool prints the path made absolute, and the absolute path is taken; the label has it as the job gave it', tool="rxp", script="rxp -s docs/manual.xml", code="ERR_1003",
         why="the document does not exist", path="docs/manual.xml"),
    dict(id="neg-rxp-invalid", tool="rxp", script=f"cd {B}; rxp -V -s dtd.xml", code="ERR_1007",
         why="the document does not validate against its DTD"),
    dict(id="neg-rxp-truncated", tool="rxp", script=f"rxp -s {B}/trunc.xml", code="ERR_1007",
         why="the document ends before its elements are closed: bad input"),
    # --- xmlsec1 ----------------------------------------------------------------------------------
    dict(id="xmlsec1-input-missing", miss='xmlsec1 ends with its own verification summary after the failure to load the file', tool="xmlsec1",
         script="xmlsec1 --verify signed/invoice.xml", code="ERR_1003",
         why="the signed document to verify does not exist", path="signed/invoice.xml"),
    dict(id="neg-xmlsec1-no-signature", tool="xmlsec1",
         script=f"xmlsec1 --verify {B}/ok.xml", code="ERR_1007",
         why="the document has no signature to verify: a failed check on the job's data"),
    dict(id="xmlsec1-key-missing", tool="xmlsec1",
         script=f"xmlsec1 --sign --privkey-pem keys/signing.pem {B}/ok.xml", code="ERR_1003",
         why="the private key file does not exist", path="keys/signing.pem"),
    # --- xml-twig tools ---------------------------------------------------------------------------
    dict(id="xml_pp-input-missing", tool="xml_pp", script="xml_pp conf/app.xml",
         code="ERR_1003", why="the file to pretty-print does not exist", path="conf/app.xml"),
    dict(id="neg-xml_pp-malformed", tool="xml_pp", script=f"xml_pp {B}/bad.xml",
         code="ERR_1007", why="the document is not well-formed"),
    dict(id="xpath-input-missing", tool="xpath", script="xpath -e //title data/catalog.xml",
         code="ERR_1003", why="the document does not exist", path="data/catalog.xml"),
    dict(id="neg-xpath-bad-expression", tool="xpath", script=f"xpath -e '//book[@id=' {B}/ok.xml",
         code="ERR_1007", why="the XPath expression is malformed"),
    # --- xmldiff ----------------------------------------------------------------------------------
    dict(id="xmldiff-input-missing", tool="xmldiff",
         script=f"xmldiff {B}/ok.xml /nonexistent/previous/catalog.xml", code="ERR_1003",
         why="the second document to compare does not exist",
         path="/nonexistent/previous/catalog.xml"),
    dict(id="neg-xmldiff-malformed", tool="xmldiff", script=f"xmldiff {B}/ok.xml {B}/bad.xml",
         code="ERR_1007", why="one of the documents is not well-formed"),
    # --- xsdcxx -----------------------------------------------------------------------------------
    dict(id="xsdcxx-schema-missing", tool="xsdcxx", script="xsdcxx cxx-tree schema/catalog.xsd",
         code="ERR_1003", why="the schema to compile does not exist", path="schema/catalog.xsd"),
    dict(id="neg-xsdcxx-undefined-type", tool="xsdcxx", script=f"xsdcxx cxx-tree {B}/broken.xsd",
         code="ERR_1007", why="the schema refers to a type it never defines"),
    # --- fop --------------------------------------------------------------------------------------
    dict(id="fop-input-missing", tool="fop", script="fop -fo build/report.fo -pdf report.pdf",
         code="ERR_1003", why="the formatting-objects input does not exist"),
    dict(id="neg-fop-bad-master", tool="fop", script=f"fop -fo {B}/badfo.fo -pdf out.pdf",
         code="ERR_1007", why="the FO document refers to a page master it never defines"),
    dict(id="fop-output-rofs", tool="fop", script=f"fop -fo {B}/doc.fo -pdf $M/report.pdf",
         code="ERR_1012", mount="ro", why="the PDF is written to a read-only file system",
         path="$M/report.pdf"),
    dict(id="fop-config-missing", tool="fop",
         script=f"fop -c conf/fop.xconf -fo {B}/doc.fo -pdf out.pdf", code="ERR_1003",
         why="the configuration file given with -c does not exist", path="conf/fop.xconf"),
    # --- jsonschema -------------------------------------------------------------------------------
    dict(id="neg-jsonschema-invalid", tool="jsonschema",
         script=f"jsonschema -i {B}/bad-instance.json {B}/schema.json", code="ERR_1007",
         why="the instance fails the schema: a failed check"),
    dict(id="jsonschema-instance-missing", tool="jsonschema",
         script=f"jsonschema -i config/release.json {B}/schema.json", code="ERR_1003",
         why="the instance file does not exist", path="config/release.json"),
    dict(id="neg-jsonschema-broken-instance", tool="jsonschema",
         script=f"jsonschema -i {B}/broken.json {B}/schema.json", code="ERR_1007",
         why="the instance is not valid JSON"),
    dict(id="neg-jsonschema-bad-schema", tool="jsonschema",
         script=f"jsonschema -i {B}/bad-instance.json {B}/badschema.json", code="ERR_1007",
         why="the schema itself is invalid"),
    # --- saxonb-xquery ----------------------------------------------------------------------------
    dict(id="saxonb-xquery-query-missing", tool="saxonb-xquery",
         script=f"saxonb-xquery -s:{B}/ok.xml -q:queries/report.xq", code="ERR_1003",
         why="the query file does not exist", path="queries/report.xq"),
    dict(id="neg-saxonb-xquery-syntax", tool="saxonb-xquery",
         script=f"saxonb-xquery -s:{B}/ok.xml -q:{B}/bad.xq", code="ERR_1007",
         why="the query has a syntax error"),
    dict(id="saxonb-xquery-source-missing", tool="saxonb-xquery",
         script=f"saxonb-xquery -s:/nonexistent/data/catalog.xml -q:{B}/ok.xq", code="ERR_1003",
         why="the source document does not exist", path="/nonexistent/data/catalog.xml"),
    dict(id="saxonb-xquery-output-rofs", tool="saxonb-xquery",
         script=f"saxonb-xquery -s:{B}/ok.xml -q:{B}/ok.xq -o:$M/count.xml", code="ERR_1012",
         mount="ro", why="the query result is written to a read-only file system"),
    # --- OpenSP -----------------------------------------------------------------------------------
    dict(id="onsgmls-input-missing", tool="onsgmls", script="onsgmls -s /nonexistent/doc/manual.sgml",
         code="ERR_1003", why="the SGML document does not exist", path="/nonexistent/doc/manual.sgml"),
    dict(id="de-onsgmls-input-missing", tool="onsgmls", script="onsgmls -s /nonexistent/doc/handbuch.sgml",
         code="ERR_1003", lang="de_DE.UTF-8", why="the SGML document does not exist",
         path="/nonexistent/doc/handbuch.sgml"),
    dict(id="neg-onsgmls-invalid", tool="onsgmls", script=f"onsgmls -s {B}/d.sgml", code="ERR_1007",
         why="the document uses an undefined element and breaks its DTD"),
    dict(id="onsgmls-input-denied", tool="onsgmls", script=f"onsgmls -s {B}/secret.sgml",
         code="ERR_1002", user="nobody", why="the job's user may not read the document",
         path=f"{B}/secret.sgml"),
    dict(id="osx-input-missing", tool="osx", script="osx doc/guide.sgml >/dev/null",
         code="ERR_1003", why="the SGML document to convert does not exist", path="doc/guide.sgml"),
    dict(id="neg-osx-invalid", tool="osx", script=f"osx {B}/d.sgml >/dev/null", code="ERR_1007",
         why="the SGML input breaks its DTD"),
    # --- xmlpatterns --------------------------------------------------------------------------------
    dict(id="xmlpatterns-backend-missing", tool="xmlpatterns",
         script=f"xmlpatterns {B}/ok.xq -focus {B}/ok.xml", code="ERR_1001",
         why="the qtchooser wrapper is installed but the Qt 5 xmlpatterns program it runs is not",
         command="/usr/lib/qt5/bin/xmlpatterns"),
    # --- more xml-twig tools ------------------------------------------------------------------------
    dict(id="xml_split-output-dir-missing", tool="xml_split",
         script="xml_split -b /nonexistent/parts/chunk " + f"{B}/ok.xml", code="ERR_1003",
         why="the directory for the split files does not exist",
         path="/nonexistent/parts/chunk-00.xml"),
    dict(id="neg-xml_split-malformed", tool="xml_split", script=f"cp {B}/bad.xml .; xml_split bad.xml",
         code="ERR_1007", why="the document to split is not well-formed"),
    dict(id="xml_split-output-rofs", tool="xml_split",
         script=f"xml_split -b $M/chunk {B}/ok.xml", code="ERR_1012", mount="ro",
         why="the split files are written to a read-only file system",
         path="$M/chunk-00.xml"),
    dict(id="xml_spellcheck-input-missing", tool="xml_spellcheck",
         script="xml_spellcheck docs/index.xml", code="ERR_1003",
         why="the document to spell-check does not exist", path="docs/index.xml"),
]

"""Sealed batch 16: scientific, GIS, data-format and document tools (GDAL/OGR, HDF5, netCDF,
NCO, CDO, ecCodes, PROJ, TeX and BibTeX, makeindex, gvpr, csvtool, yq, gron, jo,
xlsx2csv, Gnumeric's ssconvert, DjVuLibre, pdfjam, pdfcrop)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (77.9% of codes, 60/77), then worked on."""
L = f"{R}/locked"
RD = f"{R}/rootdir"
B = f"{R}/batch16"
NOBODY = "nobody"

FIXTURES = r"""
rm -rf private
mkdir -p private emptybin foreign chapters
printf 'id,name,x,y\n1,depot,1.0,2.0\n2,yard,3.0,4.0\n' > pts.csv
printf 'site notes: survey pending\n' > notes.txt
printf 'ncols 4\nnrows 4\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -9999\n' > dem.asc
for r in 0 1 2 3; do echo "$((r*4)) $((r*4+1)) $((r*4+2)) $((r*4+3))" >> dem.asc; done
printf 'netcdf t {\ndimensions:\n  x = 4 ;\nvariables:\n  float temp(x) ;\ndata:\n  temp = 1, 2, 3, 4 ;\n}\n' > t.cdl
printf 'netcdf b {\ndimensions:\n  x = 4 ;\nvariables:\n  float temp(time) ;\n}\n' > bad.cdl
ncgen -o t.nc t.cdl
ncgen -k nc4 -o t4.nc t.cdl
cp t.nc t4.nc private/
cp /usr/share/eccodes/samples/GRIB2.tmpl t.grib2
printf '@book{knuth84, author = {Knuth, Donald}, title = {The TeXbook}, year = 1984}\n' > refs.bib
printf '@article{lee20,\n  title = {Field notes},\n  year = 2020,,\n' > broken.bib
printf '\\relax\n\\citation{knuth84}\n\\bibstyle{plain}\n\\bibdata{refs-2024}\n' > nobib.aux
printf '\\relax\n\\citation{lee20}\n\\bibstyle{plain}\n\\bibdata{broken}\n' > broken.aux
printf '\\indexentry{alpha}{1}\n\\indexentry{beta}{2}\n' > book.idx
printf '\\documentclass{article}\n\\begin{document}\nHello\n\\end{document}\n' > ok.tex
printf '\\documentclass{article}\n\\usepackage{hodeithesis}\n\\begin{document}x\\end{document}\n' > pkg.tex
printf '\\documentclass{article}\n\\begin{document}\n\\input{chapters/intro}\n\\end{document}\n' > main.tex
printf '\\documentclass{article}\n\\begin{document}\n\\includegraphcs{fig}\n\\end{document}\n' > typo.tex
pdflatex -interaction=batchmode ok.tex >/dev/null 2>&1
rm -f ok.aux ok.log
echo 'digraph deps { a -> b; b -> c; }' > deps.dot
printf 'replicas: 3\nimage: [web\n' > broken.yaml
printf 'replicas: 3\nimage: web\n' > ok.yaml
printf '{"items": [1, 2,' > broken.json
HOME=$PWD ssconvert pts.csv pts.xlsx >/dev/null 2>&1
rm -rf .cache .config .local
python3 -c "
w, h = 64, 64
open('page.pbm', 'wb').write(b'P4\n%d %d\n' % (w, h) + bytes([0xAA] * (w // 8 * h)))
open('photo.ppm', 'wb').write(b'P6\n%d %d\n255\n' % (w, h) + bytes([120] * (w * h * 3)))
open('broken.pbm', 'wb').write(b'P4\nxx yy\n')
d = bytearray(open('/bin/true', 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('foreign/jq', 'wb').write(d); open('foreign/hodei-notify', 'wb').write(d)"
chmod 755 foreign/jq foreign/hodei-notify
cjb2 page.pbm page.djvu
chmod -R a+rX .
chmod 700 private
"""

CASES = [
    # --- GDAL / OGR -------------------------------------------------------------------------
    dict(id="gdalinfo-missing", tool="gdalinfo", script="gdalinfo /nonexistent/dem/n45e006.tif",
         code="ERR_1003", why="the raster the job inspects does not exist",
         path="/nonexistent/dem/n45e006.tif"),
    dict(id="gdalinfo-unreadable", tool="gdalinfo", script=f"gdalinfo {L}/secret.txt",
         code="ERR_1002", user=NOBODY, why="the job's user may not read the input file",
         path=f"{L}/secret.txt"),
    dict(id="neg-gdalinfo-not-raster", tool="gdalinfo", script=f"gdalinfo {B}/notes.txt",
         code="ERR_1007", why="the input exists and is readable but is not a raster: bad input data"),
    dict(id="gdal_translate-rofs", tool="gdal_translate",
         script=f"gdal_translate -q -of GTiff {B}/dem.asc $M/dem.tif", code="ERR_1012",
         mount="ro", why="the output raster goes to a read-only mount", path="$M/dem.tif"),
    dict(id="gdal_translate-enospc", tool="gdal_translate",
         script=f"gdal_translate -q -of GTiff -outsize 400 400 {B}/dem.asc $M/dem.tif",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    dict(id="gdal_translate-inodes", tool="gdal_translate",
         script=f"touch $M/a $M/b; gdal_translate -q {B}/dem.asc $M/dem.tif", code="ERR_1012",
         mount="inodes", why="the output filesystem has no inodes left for the new file",
         path="$M/dem.tif"),
    dict(id="gdal_translate-eacces", tool="gdal_translate",
         script=f"gdal_translate -q {B}/dem.asc {RD}/dem.tif", code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user", path=f"{RD}/dem.tif"),
    dict(id="neg-gdal_translate-band", tool="gdal_translate",
         script=f"gdal_translate -q -b 5 {B}/dem.asc out.tif", code="ERR_1007",
         why="the job asks for a band the raster does not have: a usage error"),
    dict(id="ogr2ogr-missing-src", tool="ogr2ogr",
         script="ogr2ogr -f GeoJSON roads.geojson /nonexistent/roads.shp", code="ERR_1003",
         why="the source datasource does not exist", path="/nonexistent/roads.shp"),
    dict(id="ogr2ogr-out-dir-missing", tool="ogr2ogr",
         script=f"ogr2ogr -f 'ESRI Shapefile' /nonexistent/export/pts.shp {B}/pts.csv",
         code="ERR_1003", why="the output directory does not exist",
         path="/nonexistent/export/pts.dbf"),
    dict(id="ogr2ogr-rofs", tool="ogr2ogr",
         script=f"ogr2ogr -f GeoJSON $M/pts.geojson {B}/pts.csv", code="ERR_1012", mount="ro",
         why="the output goes to a read-only mount", path="$M/pts.geojson"),
    dict(id="neg-ogr2ogr-no-layer", tool="ogr2ogr",
         script=f"ogr2ogr -f GeoJSON out.geojson {B}/pts.csv parcels", code="ERR_1007",
         why="the job names a layer the datasource does not have: a name in the tool's own world"),
    # --- HDF5 -------------------------------------------------------------------------------
    dict(id="h5dump-missing", tool="h5dump", script="h5dump -H /nonexistent/runs/run42.h5 1>&2",
         code="ERR_1003", why="the HDF5 file does not exist", path="/nonexistent/runs/run42.h5"),
    dict(id="neg-h5dump-not-hdf5", tool="h5dump", script=f"h5dump -H {B}/notes.txt 1>&2",
         code="ERR_1007", why="the file exists and is readable but is not HDF5: bad input data"),
    dict(id="neg-h5dump-no-dataset", tool="h5dump",
         script=f"h5dump -d /calibration {B}/t4.nc 1>&2", code="ERR_1007",
         why="the dataset named is not in the file: a name inside the tool's own world"),
    dict(id="neg-h5ls-object", tool="h5ls", script=f"h5ls {B}/t4.nc/pressure 1>&2",
         code="ERR_1007", why="the object is not in the file; the file itself is there"),
    # --- netCDF, NCO, CDO -------------------------------------------------------------------
    dict(id="ncdump-missing", tool="ncdump", script="ncdump -h /nonexistent/era5/t2m.nc",
         code="ERR_1003", why="the netCDF file does not exist", path="/nonexistent/era5/t2m.nc"),
    dict(id="ncdump-unreadable", tool="ncdump", script=f"ncdump -h {B}/private/t.nc",
         code="ERR_1002", user=NOBODY,
         why="the file sits in a directory the job's user may not enter", path=f"{B}/private/t.nc"),
    dict(id="neg-ncdump-format", tool="ncdump", script=f"ncdump -h {B}/notes.txt",
         code="ERR_1007", why="the input is not a netCDF file: bad input data"),
    dict(id="nccopy-rofs", tool="nccopy", script=f"nccopy {B}/t.nc $M/t.nc", code="ERR_1012",
         mount="ro", why="the copy is written to a read-only mount"),
    dict(id="nccopy-inodes", tool="nccopy", script=f"touch $M/a $M/b; nccopy {B}/t.nc $M/t.nc",
         code="ERR_1012", mount="inodes", why="the output filesystem has no inodes left"),
    dict(id="ncgen-enospc", tool="ncgen", script=f"ncgen -o $M/t.nc {B}/t.cdl", code="ERR_1012",
         mount="full", why="the output filesystem is full"),
    dict(id="ncgen-cdl-missing", tool="ncgen", script="ncgen -o grid.nc /nonexistent/schema/grid.cdl",
         code="ERR_1003", why="the CDL description does not exist",
         path="/nonexistent/schema/grid.cdl"),
    dict(id="neg-ncgen-undefined-dim", tool="ncgen", script=f"ncgen -o b.nc {B}/bad.cdl",
         code="ERR_1007", why="the CDL refers to a dimension it never declares: a syntax error"),
    dict(id="neg-ncks-no-var", tool="ncks", script=f"ncks -v salinity {B}/t.nc out.nc",
         code="ERR_1007", why="the variable named is not in the file: a name in the data"),
    dict(id="cdo-rofs", tool="cdo", script=f"cdo -s copy {B}/t.nc $M/out.nc", code="ERR_1012",
         mount="ro", why="the output goes to a read-only mount", path="$M/out.nc"),
    dict(id="cdo-enospc", tool="cdo", script=f"cdo -s -f nc copy {B}/t4.nc $M/out.nc",
         code="ERR_1012", mount="full", why="the output filesystem is full", path="$M/out.nc"),
    dict(id="cdo-eacces", tool="cdo", script=f"cdo -s copy {B}/t.nc {RD}/out.nc",
         code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user", path=f"{RD}/out.nc"),
    dict(id="neg-cdo-operator", tool="cdo", script=f"cdo -s timmeen {B}/t.nc out.nc",
         code="ERR_1007", why="a misspelt operator: a usage error in the tool's own world"),
    # --- ecCodes (GRIB) -----------------------------------------------------------------------
    dict(id="grib_filter-rules-missing", tool="grib_filter",
         script=f"grib_filter /nonexistent/rules/select.filter {B}/t.grib2 1>&2",
         code="ERR_1003", why="the rules file the job passes does not exist",
         path="/nonexistent/rules/select.filter"),
    dict(id="grib_copy-rofs", tool="grib_copy", script=f"grib_copy {B}/t.grib2 $M/t.grib2 1>&2",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount",
         path="$M/t.grib2"),
    dict(id="grib_copy-eacces", tool="grib_copy", script=f"grib_copy {B}/t.grib2 {RD}/t.grib2 1>&2",
         code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user", path=f"{RD}/t.grib2"),
    dict(id="neg-grib_get-key", tool="grib_get", script=f"grib_get -p stepRangeX {B}/t.grib2 1>&2",
         code="ERR_1007", why="the key named does not exist in the message: a name in the data"),
    # --- PROJ ---------------------------------------------------------------------------------
    dict(id="neg-cs2cs-crs", tool="cs2cs", script="echo '2.35 48.85' | cs2cs EPSG:4326 EPSG:999999",
         code="ERR_1007", why="the target CRS code does not exist in PROJ's database: bad input"),
    # --- TeX, BibTeX, makeindex ---------------------------------------------------------------
    dict(id="bibtex-aux-missing", tool="bibtex", script="bibtex /nonexistent/thesis/main 1>&2",
         code="ERR_1003", why="the .aux file bibtex reads does not exist",
         path="/nonexistent/thesis/main.aux"),
    dict(id="bibtex-bib-missing", tool="bibtex", script=f"cp {B}/nobib.aux .; bibtex nobib 1>&2",
         code="ERR_1003", why="the bibliography database the document names does not exist",
         path="refs-2024.bib",
         miss="BibTeX's report after 'couldn't open database file x' (the .aux line it read, what it skips, a count of messages) ends in a warning about an entry"),
    dict(id="neg-bibtex-syntax", tool="bibtex", script=f"cp {B}/broken.aux {B}/broken.bib .; bibtex broken 1>&2",
         code="ERR_1007", why="the .bib database has a syntax error: the job's own bad input"),
    dict(id="makeindex-style-missing", tool="makeindex",
         script=f"cp {B}/book.idx .; makeindex -s hodei-index.ist book.idx", code="ERR_1003",
         why="the index style file the job names does not exist", path="hodei-index.ist"),
    dict(id="pdflatex-input-missing", tool="pdflatex",
         script=f"cp {B}/main.tex .; pdflatex -interaction=nonstopmode main.tex 1>&2",
         code="ERR_1003", why="a chapter file the document inputs does not exist",
         path="chapters/intro.tex"),
    dict(id="neg-pdflatex-package", tool="pdflatex",
         script=f"cp {B}/pkg.tex .; pdflatex -interaction=nonstopmode pkg.tex 1>&2",
         code="ERR_1007", why="a LaTeX package the document uses is not installed: a missing "
                              "package dependency"),
    dict(id="neg-pdflatex-undefined", tool="pdflatex",
         script=f"cp {B}/typo.tex .; pdflatex -interaction=nonstopmode typo.tex 1>&2",
         code="ERR_1007", why="a misspelt command in the document: the job's own error"),
    dict(id="pdflatex-rofs", tool="pdflatex",
         script=f"pdflatex -interaction=nonstopmode -output-directory=$M {B}/ok.tex 1>&2",
         code="ERR_1012", mount="ro", why="the output directory is a read-only mount",
         miss="its rerun printed other output, so the case keeps its first run, with no path check; 'I can't write on file x' alone reads as refused"),
    dict(id="pdflatex-enospc", tool="pdflatex",
         script=f"pdflatex -interaction=nonstopmode -output-directory=$M {B}/ok.tex 1>&2",
         code="ERR_1012", mount="full", why="the output filesystem is full"),
    # --- graph and tabular data tools ---------------------------------------------------------
    dict(id="gvpr-prog-missing", tool="gvpr", script=f"gvpr -f /nonexistent/gvpr/count.g {B}/deps.dot",
         code="ERR_1003", why="the gvpr program file the job names does not exist",
         path="/nonexistent/gvpr/count.g"),
    dict(id="neg-gvpr-syntax", tool="gvpr", script=f"gvpr 'BEG_G {{ n = ; }}' {B}/deps.dot",
         code="ERR_1007", why="a syntax error in the job's gvpr program"),
    dict(id="csvtool-rofs", tool="csvtool", script=f"csvtool -o $M/names.csv col 2 {B}/pts.csv",
         code="ERR_1012", mount="ro", why="the output goes to a read-only mount",
         path="$M/names.csv"),
    dict(id="csvtool-call-not-found", tool="csvtool", script=f"csvtool call hodei-notify {B}/pts.csv",
         code="ERR_1001", why="the program csvtool runs for each row is not installed",
         command="hodei-notify"),
    dict(id="csvtool-call-exec-format", tool="csvtool",
         script=f"csvtool call {B}/foreign/hodei-notify {B}/pts.csv", code="ERR_1004",
         why="the program csvtool runs is built for another architecture"),
    dict(id="csvtool-fork-eagain", tool="csvtool",
         script=f"ulimit -u 1; csvtool call echo {B}/pts.csv", code="ERR_1004", user=NOBODY,
         why="the process limit forbids the child csvtool starts for each row"),
    dict(id="neg-csvtool-column", tool="csvtool", script=f"csvtool namedcol elevation {B}/pts.csv",
         code="ERR_1007", why="the column named is not in the CSV header: a name in the data"),
    dict(id="yq-unreadable", tool="yq", script=f"yq . {L}/secret.txt", code="ERR_1002",
         user=NOBODY, why="the job's user may not read the input", path=f"{L}/secret.txt"),
    dict(id="yq-jq-missing", tool="yq", script=f"PATH={B}/emptybin /usr/bin/yq . {B}/ok.yaml",
         code="ERR_1001", why="yq runs jq, which is not on PATH", command="jq"),
    dict(id="yq-jq-exec-format", tool="yq", script=f"PATH={B}/foreign /usr/bin/yq . {B}/ok.yaml",
         code="ERR_1004", why="the jq yq starts is built for another architecture"),
    dict(id="yq-fork-eagain", tool="yq", script=f"ulimit -u 1; yq . {B}/ok.yaml", code="ERR_1004",
         user=NOBODY, why="the process limit forbids the jq process yq starts"),
    dict(id="neg-yq-parse", tool="yq", script=f"yq . {B}/broken.yaml", code="ERR_1007",
         why="the YAML input is malformed"),
    dict(id="gron-missing", tool="gron", script="gron /nonexistent/fixtures/api.json",
         code="ERR_1003", why="the JSON input does not exist", path="/nonexistent/fixtures/api.json"),
    dict(id="neg-gron-refused", tool="gron", script="gron http://127.0.0.1:9/api/v1/status",
         code="ERR_1007", why="nothing listens at the URL: a service problem"),
    dict(id="jo-file-missing", tool="jo", script="jo -p body=@/nonexistent/templates/body.txt",
         code="ERR_1003", why="the file whose contents jo should embed does not exist",
         path="/nonexistent/templates/body.txt"),
    dict(id="neg-jo-bad-json", tool="jo", script=f"jo items=:{B}/broken.json", code="ERR_1007",
         why="the embedded JSON file is malformed"),
    # --- spreadsheets -------------------------------------------------------------------------
    dict(id="xlsx2csv-rofs", tool="xlsx2csv", script=f"xlsx2csv {B}/pts.xlsx $M/pts.csv",
         code="ERR_1012", mount="ro", why="the CSV output goes to a read-only mount",
         path="$M/pts.csv"),
    dict(id="neg-xlsx2csv-not-xlsx", tool="xlsx2csv", script=f"xlsx2csv {B}/pts.csv",
         code="ERR_1007", why="the input is a CSV, not an xlsx workbook: bad input"),
    dict(id="de-ssconvert-missing", tool="ssconvert",
         script="ssconvert /nonexistent/finance/budget.xlsx budget.csv", code="ERR_1003",
         lang="de_DE.UTF-8", why="the workbook does not exist (German)",
         path="/nonexistent/finance/budget.xlsx"),
    dict(id="de-ssconvert-eacces", tool="ssconvert", script=f"HOME=$PWD ssconvert {B}/pts.csv {RD}/pts.xlsx",
         code="ERR_1002", lang="de_DE.UTF-8", user=NOBODY,
         why="the output directory is not writable by the job's user (German)",
         path=f"{RD}/pts.xlsx",
         miss='the code is right; the path taken is the temporary file Gnumeric names, not the output'),
    dict(id="fr-ssconvert-rofs", tool="ssconvert", script=f"ssconvert {B}/pts.csv $M/pts.xlsx",
         code="ERR_1012", lang="fr_FR.UTF-8", mount="ro",
         why="the output goes to a read-only mount (French)", path="$M/pts.xlsx",
         miss='the code is right; the path taken is the temporary file Gnumeric names, not the output'),
    dict(id="fr-neg-ssconvert-exporter", tool="ssconvert",
         script=f"ssconvert {B}/pts.csv report.nosuchfmt", code="ERR_1007", lang="fr_FR.UTF-8",
         why="no exporter for the output extension: a usage error (French)"),
    # --- DjVu ---------------------------------------------------------------------------------
    dict(id="cjb2-rofs", tool="cjb2", script=f"cjb2 {B}/page.pbm $M/page.djvu", code="ERR_1012",
         mount="ro", why="the output goes to a read-only mount", path="page.djvu"),
    dict(id="de-c44-missing", tool="c44", script="c44 /nonexistent/scans/cover.ppm cover.djvu",
         code="ERR_1003", lang="de_DE.UTF-8", why="the image does not exist (German)",
         path="cover.ppm"),
    dict(id="djvm-page-missing", tool="djvm",
         script=f"djvm -c book.djvu {B}/page.djvu /nonexistent/scans/p002.djvu", code="ERR_1003",
         why="a page to bundle does not exist", path="p002.djvu"),
    dict(id="djvm-eacces", tool="djvm", script=f"djvm -c {RD}/book.djvu {B}/page.djvu",
         code="ERR_1002", user=NOBODY,
         why="the output directory is not writable by the job's user", path="book.djvu"),
    dict(id="neg-djvused-page", tool="djvused", script=f"djvused {B}/page.djvu -e 'select 7; print-txt'",
         code="ERR_1007", why="the document has no page 7: a name in the data"),
    dict(id="fr-djvutxt-missing", tool="djvutxt", script="djvutxt /nonexistent/archive/manual.djvu",
         code="ERR_1003", lang="fr_FR.UTF-8", why="the document does not exist (French)",
         path="manual.djvu"),
    # --- PDF helpers --------------------------------------------------------------------------
    dict(id="pdfjam-missing", tool="pdfjam", script="pdfjam --nup 2x1 /nonexistent/talks/slides.pdf -o handout.pdf",
         code="ERR_1003", why="the input PDF does not exist", path="/nonexistent/talks/slides.pdf"),
    dict(id="pdfjam-latex-missing", tool="pdfjam",
         script=f"pdfjam --latex hodei-latex {B}/ok.pdf -o out.pdf", code="ERR_1001",
         why="the LaTeX program pdfjam is told to run is not installed", command="hodei-latex"),
    dict(id="pdfjam-fork-eagain", tool="pdfjam", script=f"ulimit -u 1; pdfjam {B}/ok.pdf -o out.pdf",
         code="ERR_1004", user=NOBODY, why="the process limit forbids the children pdfjam starts"),
    dict(id="pdfcrop-missing", tool="pdfcrop", script="pdfcrop /nonexistent/figs/plot.pdf plot-crop.pdf",
         code="ERR_1003", why="the input PDF does not exist", path="/nonexistent/figs/plot.pdf"),
    dict(id="pdfcrop-gs-missing", tool="pdfcrop",
         script=f"pdfcrop --gscmd hodei-gs {B}/ok.pdf out.pdf", code="ERR_1001",
         why="the Ghostscript program pdfcrop runs is not installed (its shell's status 127)"),
    dict(id="neg-pdfcrop-not-pdf", tool="pdfcrop", script=f"pdfcrop {B}/pts.csv out.pdf",
         code="ERR_1007", why="the input is not a PDF"),
]

"""Sealed batch 37: geospatial and mapping tools (OSM tools, GPS conversion, shapefiles,
SpatiaLite, PROJ's smaller programs, GeographicLib, libgeotiff, MapServer, tilemaker, GMT)."""

import os

R = os.environ.get("HODEI_CORPUS_ROOT", "/tmp/hodei-corpus")
SPLIT = "tuned"
"""Made sealed and scored once so (81.4% of codes, 57/70), then worked on."""
D = f"{R}/batch37"
RD = f"{R}/rootdir"
P = f"{D}/private"

FIXTURES = r"""
cat > good.osm <<'EOF'
<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="hodei">
 <node id="1" version="1" timestamp="2024-01-01T00:00:00Z" lat="40.4168" lon="-3.7038"><tag k="amenity" v="cafe"/></node>
 <node id="2" version="1" timestamp="2024-01-01T00:00:00Z" lat="40.4170" lon="-3.7040"/>
 <way id="10" version="1" timestamp="2024-01-01T00:00:00Z"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
</osm>
EOF
echo 'this is not a protobuf file at all' > corrupt.osm.pbf
printf '<?xml version="1.0"?>\n<gpx version="1.1" creator="hodei"><trk><trkseg><trkpt lat="1" lon="2">\n' > bad.gpx
printf '<?xml version="1.0"?>\n<gpx version="1.1" creator="hodei" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="40.1" lon="-3.2"><name>A</name></wpt></gpx>\n' > good.gpx
rm -f roads.shp roads.shx roads.dbf
shpcreate roads arc && shpadd roads 0 0 1 1 && dbfcreate roads -s name 20 && dbfadd roads main
echo 'not a shapefile' > corrupt.shp; cp corrupt.shp corrupt.shx; echo junk > corrupt.dbf
echo 'not a tiff' > notatiff.tif
printf 'MAP\n  NAME "roads"\n  EXTENT 0 0 1 1\n  SIZE 100 100\n  LAYER\n    NAME "roads"\n    TYPE LINE\n    STATUS DEFAULT\n    DATA "/nonexistent/shapes/roads"\n  END\nEND\n' > missingdata.map
printf 'MAP\n  NAME "bad"\n  EXTENT 0 0 1 1\n  LAYER\n    NAME "x"\n    TYPE LINEZ\n  END\nEND\n' > bad.map
printf '{"settings":{"minzoom":0,"maxzoom":14,"basezoom":14,"include_ids":false,"name":"x","version":"1","description":"x","compress":"gzip"},"layers":{}}\n' > config.json
printf 'node_keys = {}\nfunction node_function(node)\nend\nfunction way_function(way)\nend\n' > process.lua
(mkdir -p gmtps && cd gmtps && gmt psbasemap -R0/1/0/1 -JX2c -B1 > ../map.ps)
rm -rf gmtps
python3 - <<'PY'
import struct
tags = [(256, 3, 1), (257, 3, 1), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 0),
        (277, 3, 1), (278, 3, 1), (279, 4, 1)]
data_off = 8 + 2 + 12 * len(tags) + 4
out = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(tags))
for tag, typ, val in tags:
    val = data_off if tag == 273 else val
    out += struct.pack("<HHIHH", tag, typ, 1, val, 0) if typ == 3 else struct.pack("<HHII", tag, typ, 1, val)
out += struct.pack("<I", 0) + b"\x80"
open("good.tif", "wb").write(out)
PY
mkdir -p empty private arm64
cp good.osm good.gpx good.tif private/
for t in tilemaker osmium gpsbabel; do python3 -c "
import sys
d = bytearray(open('/usr/bin/' + sys.argv[1], 'rb').read()); d[18:20] = (0xB7).to_bytes(2, 'little')
open('arm64/' + sys.argv[1], 'wb').write(d)" $t; done
chmod 755 arm64/*
chmod -R a+rX .
chmod 700 private
"""

def case(id, tool, script, code, why, **kw):
    return dict(id=id, tool=tool, script=script, code=code, why=why, **kw)


CASES = [
    # --- osmium ---------------------------------------------------------------------------
    case("osmium-cat-input-missing", "osmium",
         "osmium cat /nonexistent/region.osm.pbf -o out.osm.pbf", "ERR_1003",
         "the OSM extract to read does not exist", path="/nonexistent/region.osm.pbf"),
    case("osmium-cat-input-denied", "osmium", f"osmium cat {P}/good.osm -o out.osm.pbf",
         "ERR_1002", "the job's user may not enter the directory holding the input",
         user="nobody", path=f"{P}/good.osm"),
    case("osmium-cat-output-denied", "osmium", f"osmium cat {D}/good.osm -o {RD}/out.osm.pbf",
         "ERR_1002", "the job's user may not write into the output directory", user="nobody",
         path=f"{RD}/out.osm.pbf"),
    case("osmium-cat-rofs", "osmium", f"osmium cat {D}/good.osm -o $M/out.osm.pbf", "ERR_1012",
         "the output lies on a read-only file system", mount="ro", path="$M/out.osm.pbf"),
    case("osmium-cat-full", "osmium", f"osmium cat {D}/good.osm -o $M/out.osm", "ERR_1012",
         "the disk holding the output is full", mount="full", path="$M/out.osm"),
    case("osmium-cat-threads", "osmium",
         f"ulimit -u 1; osmium cat {D}/good.osm -o out.osm.pbf", "ERR_1004",
         "osmium could not start its worker threads under the process limit", user="nobody"),
    case("osmium-fileinfo-threads", "osmium", f"ulimit -u 1; osmium fileinfo -e {D}/good.osm",
         "ERR_1004", "the extended file info could not start its reader thread under the process limit",
         user="nobody"),
    case("neg-osmium-fileinfo-corrupt", "osmium", f"osmium fileinfo {D}/corrupt.osm.pbf",
         "ERR_1007", "the PBF file is corrupt: bad input data"),
    case("neg-osmium-bad-option", "osmium", f"osmium cat --nosuch {D}/good.osm", "ERR_1007",
         "an unknown command-line option"),
    case("de-osmium-input-missing", "osmium", "osmium cat /nonexistent/karte.osm -o out.osm",
         "ERR_1003", "the input OSM file does not exist", lang="de_DE.UTF-8",
         path="/nonexistent/karte.osm"),
    # --- osm2pgsql ------------------------------------------------------------------------
    case("neg-osm2pgsql-refused", "osm2pgsql", f"osm2pgsql -H 127.0.0.1 -P 1 -d gis {D}/good.osm",
         "ERR_1007", "the database server does not answer: connection refused"),
    case("neg-osm2pgsql-bad-option", "osm2pgsql", f"osm2pgsql --nosuch-option {D}/good.osm",
         "ERR_1007", "an unknown command-line option"),
    # --- osmconvert / osmfilter -----------------------------------------------------------
    case("osmconvert-input-missing", "osmconvert", "osmconvert /nonexistent/city.osm -o=out.pbf",
         "ERR_1003", "the input file does not exist", path="/nonexistent/city.osm"),
    case("neg-osmconvert-corrupt", "osmconvert", f"osmconvert {D}/corrupt.osm.pbf -o=out.osm",
         "ERR_1007", "the input is not a recognisable OSM file"),
    case("osmfilter-input-missing", "osmfilter",
         "osmfilter /nonexistent/roads.osm --keep=highway", "ERR_1003",
         "the input file does not exist", path="/nonexistent/roads.osm"),
    case("osmfilter-full", "osmfilter",
         f"osmfilter {D}/good.osm --keep=highway -o=$M/roads.osm", "ERR_1012",
         "the disk holding the output is full", mount="full"),
    # --- gpsbabel -------------------------------------------------------------------------
    case("gpsbabel-input-missing", "gpsbabel",
         "gpsbabel -i gpx -f /nonexistent/track.gpx -o kml -F out.kml", "ERR_1003",
         "the GPX track to convert does not exist", path="/nonexistent/track.gpx"),
    case("gpsbabel-input-denied", "gpsbabel", f"gpsbabel -i gpx -f {P}/good.gpx -o kml -F out.kml",
         "ERR_1002", "the job's user may not enter the directory holding the input",
         user="nobody", path=f"{P}/good.gpx"),
    case("gpsbabel-output-denied", "gpsbabel",
         f"gpsbabel -i gpx -f {D}/good.gpx -o kml -F {RD}/out.kml", "ERR_1002",
         "the job's user may not write the output file", user="nobody", path=f"{RD}/out.kml"),
    case("gpsbabel-rofs", "gpsbabel", f"gpsbabel -i gpx -f {D}/good.gpx -o kml -F $M/out.kml",
         "ERR_1012", "the output lies on a read-only file system", mount="ro",
         path="$M/out.kml"),
    case("neg-gpsbabel-bad-gpx", "gpsbabel", f"gpsbabel -i gpx -f {D}/bad.gpx -o kml -F out.kml",
         "ERR_1007", "the GPX file is truncated: bad input data"),
    case("neg-gpsbabel-unknown-format", "gpsbabel",
         f"gpsbabel -i nosuchfmt -f {D}/good.gpx -o kml -F out.kml", "ERR_1007",
         "an input format gpsbabel does not know: a usage error"),
    case("fr-gpsbabel-input-missing", "gpsbabel",
         "gpsbabel -i gpx -f /nonexistent/trace.gpx -o kml -F out.kml", "ERR_1003",
         "the GPX track to convert does not exist", lang="fr_FR.UTF-8",
         path="/nonexistent/trace.gpx"),
    # --- spatialite -----------------------------------------------------------------------
    case("neg-spatialite-no-table", "spatialite", "spatialite db.sqlite 'SELECT * FROM roads;'",
         "ERR_1007", "the table queried does not exist in the database: the job's own SQL error"),
    case("neg-spatialite-syntax", "spatialite", "spatialite db.sqlite 'SELEC name FROM x;'",
         "ERR_1007", "an SQL syntax error"),
    # --- shp2pgsql / pgsql2shp / shpdump ----------------------------------------------------
    case("shp2pgsql-missing", "shp2pgsql", "shp2pgsql -s 4326 /nonexistent/roads.shp public.roads",
         "ERR_1003", "the shapefile to load does not exist", path="/nonexistent/roads.shp",
         miss="the last line says its '(.dbf)' cannot be opened, a name a dotfile also has"),
    case("neg-shp2pgsql-corrupt", "shp2pgsql", f"shp2pgsql {D}/corrupt.shp public.roads",
         "ERR_1007", "the shapefile is corrupt: bad input data",
         miss="its last line says the '(.dbf)' file beside it cannot be opened, which is so"),
    case("neg-pgsql2shp-refused", "pgsql2shp", "pgsql2shp -h 127.0.0.1 -p 1 -f out gis roads",
         "ERR_1007", "the database server does not answer: connection refused"),
    case("shpdump-missing", "shpdump", "shpdump /nonexistent/parcels.shp", "ERR_1003",
         "the shapefile does not exist", path="/nonexistent/parcels.shp"),
    case("neg-shpdump-corrupt", "shpdump", f"shpdump {D}/corrupt.shp", "ERR_1007",
         "the shapefile is corrupt: bad input data"),
    # --- PROJ's programs --------------------------------------------------------------------
    case("neg-projinfo-unknown-crs", "projinfo", "projinfo EPSG:999999", "ERR_1007",
         "the CRS code does not exist in the EPSG registry: an unknown name in the tool's world"),
    case("projinfo-no-proj-db", "projinfo", "projinfo EPSG:4326", "ERR_1003",
         "PROJ's database file proj.db cannot be found in the data directory given",
         env={"PROJ_DATA": f"{D}/empty"}),
    case("cct-grid-missing", "cct", "echo 1 2 0 | cct +proj=hgridshift +grids=hodei_ntv2.tif",
         "ERR_1003", "the datum shift grid the transformation needs is not installed",
         miss="the last error says 'Bad transformation arguments - (File not found or invalid)', "
              "which names no file"),
    case("neg-cct-bad-pipeline", "cct", "echo 1 2 0 | cct +proj=pipeline +step +proj=nosuch",
         "ERR_1007", "an invalid transformation definition"),
    case("neg-geod-bad-ellipsoid", "geod", "echo 0 0 | geod +ellps=NOSUCH +lat_1=0",
         "ERR_1007", "an unknown ellipsoid name: a usage error"),
    case("neg-invgeod-bad-option", "invgeod", "invgeod --bogus", "ERR_1007",
         "an invalid command-line option"),
    case("neg-proj-unknown-projection", "proj", "echo 1 2 | proj +proj=nosuch", "ERR_1007",
         "an unknown projection name: a usage error"),
    # --- GeographicLib ------------------------------------------------------------------------
    case("neg-geoconvert-bad-input", "GeoConvert", "echo 'xyz abc' | GeoConvert -g 1>&2", "ERR_1007",
         "the coordinate given cannot be parsed: bad input data"),
    case("magneticfield-model-missing", "MagneticField",
         "echo 2020 40 -3 0 | MagneticField -n wmm2020", "ERR_1003",
         "the magnetic model's data file is not installed",
         path="/usr/share/GeographicLib/magnetic/wmm2020.wmm"),
    case("geoideval-geoid-missing", "GeoidEval", "echo 40 -3 | GeoidEval -n egm96-5",
         "ERR_1003", "the geoid data file is not installed",
         path="/usr/share/GeographicLib/geoids/egm96-5.pgm"),
    # --- libgeotiff -----------------------------------------------------------------------
    case("listgeo-missing", "listgeo", "listgeo /nonexistent/dem.tif", "ERR_1003",
         "the GeoTIFF does not exist", path="/nonexistent/dem.tif"),
    case("neg-listgeo-not-tiff", "listgeo", f"listgeo {D}/notatiff.tif", "ERR_1007",
         "the file is not a TIFF: bad input data"),
    case("geotifcp-missing", "geotifcp", "geotifcp /nonexistent/ortho.tif out.tif", "ERR_1003",
         "the input TIFF does not exist", path="/nonexistent/ortho.tif"),
    case("neg-geotifcp-not-tiff", "geotifcp", f"geotifcp {D}/notatiff.tif out.tif", "ERR_1007",
         "the input is not a TIFF: bad input data"),
    # --- tilemaker --------------------------------------------------------------------------
    case("tilemaker-config-missing", "tilemaker",
         f"tilemaker --input {D}/good.osm --output out.mbtiles --config /nonexistent/config.json "
         f"--process {D}/process.lua", "ERR_1003", "the tile layer config file does not exist",
         path="/nonexistent/config.json"),
    case("tilemaker-default-config-missing", "tilemaker",
         f"tilemaker --input {D}/good.osm --output out.mbtiles", "ERR_1003",
         "the default config.json is not in the working directory",
         path="config.json"),
    case("tilemaker-process-missing", "tilemaker",
         f"tilemaker --input {D}/good.osm --output out.mbtiles --config {D}/config.json "
         "--process /nonexistent/process.lua", "ERR_1003", "the Lua tag-processing script does not exist",
         path="/nonexistent/process.lua"),
    case("tilemaker-input-missing", "tilemaker",
         f"tilemaker --input /nonexistent/region.osm.pbf --output out.mbtiles --config {D}/config.json "
         f"--process {D}/process.lua", "ERR_1003", "the OSM extract does not exist",
         path="/nonexistent/region.osm.pbf"),
    case("tilemaker-wrong-arch", "tilemaker",
         f"{D}/arm64/tilemaker --input {D}/good.osm --output out.mbtiles", "ERR_1004",
         "the tilemaker binary shipped with the job is built for another architecture"),
    # --- MapServer ----------------------------------------------------------------------------
    case("map2img-mapfile-missing", "map2img", "map2img -m /nonexistent/app.map -o out.png",
         "ERR_1003", "the mapfile does not exist", path="/nonexistent/app.map"),
    case("neg-map2img-bad-mapfile", "map2img", f"map2img -m {D}/bad.map -o out.png", "ERR_1007",
         "the mapfile has a syntax error"),
    case("map2img-data-missing", "map2img", f"map2img -m {D}/missingdata.map -o out.png",
         "ERR_1003", "the shapefile a layer draws from does not exist",
         path="/nonexistent/shapes/roads"),
    # --- GMT ------------------------------------------------------------------------------------
    case("gmt-info-missing", "gmt", "gmt info /nonexistent/stations.txt", "ERR_1003",
         "the data table does not exist", path="/nonexistent/stations.txt"),
    case("neg-gmt-no-module", "gmt", "gmt nosuchmodule", "ERR_1007",
         "an unknown GMT module name: a usage error"),
    case("gmt-psconvert-no-ghostscript", "gmt",
         f"gmt psconvert -G/usr/local/bin/hodei-gs -Tg {D}/map.ps -D.", "ERR_1001",
         "psconvert cannot run the Ghostscript program it spawns: not installed there",
         command="/usr/local/bin/hodei-gs"),
    case("gmt-psconvert-threads", "gmt", f"ulimit -u 1; gmt psconvert -Tg {D}/map.ps -D.",
         "ERR_1004", "GMT's math library could not create its threads under the process limit",
         user="nobody"),
    case("neg-gmt-bad-region", "gmt", "gmt psbasemap -R10/0/0/1 -JX5c -B1 > map.ps", "ERR_1007",
         "the region given is invalid: a usage error"),

    # --- added situations ---------------------------------------------------------------------
    case("osmconvert-full", "osmconvert", f"osmconvert {D}/good.osm -o=$M/out.o5m", "ERR_1012",
         "the disk holding the output is full: a write error", mount="full"),
    case("spatialite-full", "spatialite",
         "spatialite $M/gis.sqlite 'CREATE TABLE t(id INTEGER);'", "ERR_1012",
         "the new database's disk is full", mount="full"),
    case("neg-spatialite-trigger-abort", "spatialite",
         "spatialite db.sqlite \"CREATE TABLE t(x); CREATE TRIGGER tr BEFORE INSERT ON t BEGIN "
         "SELECT RAISE(ABORT,'upload dir not found'); END; INSERT INTO t VALUES(1);\"",
         "ERR_1007", "the database's own trigger rejects the insert; its message merely quotes error words"),
    case("listgeo-denied", "listgeo", f"listgeo {P}/good.tif", "ERR_1002",
         "the job's user may not enter the directory holding the GeoTIFF", user="nobody",
         path=f"{P}/good.tif"),
    case("geotifcp-output-denied", "geotifcp", f"geotifcp {D}/good.tif {RD}/out.tif", "ERR_1002",
         "the job's user may not write the output file", user="nobody", path=f"{RD}/out.tif"),
    case("geotifcp-rofs", "geotifcp", f"geotifcp {D}/good.tif $M/out.tif", "ERR_1012",
         "the output lies on a read-only file system", mount="ro", path="$M/out.tif"),
    case("geotifcp-full", "geotifcp", f"geotifcp {D}/good.tif $M/out.tif", "ERR_1012",
         "the disk holding the output is full: the TIFF header could not be written",
         mount="full", path="$M/out.tif"),
    case("neg-geodsolve-incomplete", "GeodSolve", "echo 'a b c' | GeodSolve 1>&2", "ERR_1007",
         "the input line is not a complete geodesic problem: bad input data"),
    case("de-osmium-wrong-arch", "osmium", f"{D}/arm64/osmium cat {D}/good.osm -o out.osm",
         "ERR_1004", "the osmium binary shipped with the job is built for another architecture",
         lang="de_DE.UTF-8"),
    case("fr-gpsbabel-wrong-arch", "gpsbabel",
         f"{D}/arm64/gpsbabel -i gpx -f {D}/good.gpx -o kml -F out.kml", "ERR_1004",
         "the gpsbabel binary shipped with the job is built for another architecture",
         lang="fr_FR.UTF-8"),
    case("neg-osmium-output-exists", "osmium",
         f"osmium cat {D}/good.osm -o out.osm && osmium cat {D}/good.osm -o out.osm", "ERR_1007",
         "osmium refuses to overwrite an existing output without --overwrite: the job's own usage error"),
    case("tilemaker-full", "tilemaker",
         f"tilemaker --input {D}/good.osm --output $M/tiles.mbtiles --config {D}/config.json "
         f"--process {D}/process.lua", "ERR_1012", "the disk holding the tile database is full",
         mount="full"),
    case("tilemaker-threads", "tilemaker",
         f"ulimit -u 1; tilemaker --input {D}/good.osm --output tiles.mbtiles --config {D}/config.json "
         f"--process {D}/process.lua", "ERR_1004",
         "tilemaker could not start its worker threads under the process limit", user="nobody"),
]

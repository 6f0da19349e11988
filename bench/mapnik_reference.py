#!/usr/bin/python3
"""Reference for the export benchmark: mapnik (Debian's python3-mapnik) fills and strokes the
same 10m world at 7680x4320, beside `diplomap export --bare` at the same size, in one run.

    apt-get install -y python3-mapnik gdal-bin
    bench/mapnik_reference.py [--diplomap build/diplomap] [--runs 3] [--size 7680x4320]

The TopoJSON is converted once to a shapefile in a temporary folder with ogr2ogr (not timed),
rings that jump across the antimeridian unwrapped as our loader does (else mapnik draws bands
across the map). mapnik's time is map set-up, shapefile read,
reprojection to Web Mercator, rendering (antialiased fills and 2.4 px strokes, as ours at
that size) and the PNG (full colour, zlib level 1, as ours). Ours is the whole process:
`diplomap export --bare` end to end, loading the TopoJSON and the relations included.
Prints the median of --runs runs of each and the ratio; with --json one JSON object instead
(what diplomap-bench reads).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import mapnik

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORLD = (-170.0, -58.0, 190.0, 78.0)  # the "world" region (core/regions.cpp): lon/lat box
HALF = 20037508.342789244  # Web Mercator half width, metres


def mercator(lon, lat):
    import math
    return lon / 180.0 * HALF, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi * HALF


def unwrap(geometry):
    """Shifts the western longitudes of every polygon whose rings jump across the antimeridian."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        if any(abs(a[0] - b[0]) > 180 for ring in polygon for a, b in zip(ring, ring[1:])):
            for ring in polygon:
                for point in ring:
                    if point[0] < 0:
                        point[0] += 360


def convert(topojson, shapefile, tmp):
    geojson = os.path.join(tmp, "countries.geojson")
    subprocess.run(["ogr2ogr", "-f", "GeoJSON", geojson, topojson, "countries"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(geojson) as f:
        collection = json.load(f)
    for feature in collection["features"]:
        if feature.get("geometry"):
            unwrap(feature["geometry"])
    with open(geojson, "w") as f:
        json.dump(collection, f)
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", "-nlt", "MULTIPOLYGON", shapefile, geojson],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def mapnik_once(shapefile, width, height, out):
    t0 = time.perf_counter()
    m = mapnik.Map(width, height, "epsg:3857")
    m.background = mapnik.Color("#dce8f0")
    style = mapnik.Style()
    rule = mapnik.Rule()
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color("#3b528b")
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#ffffff")
    line.stroke_width = 0.6 * height / 1080  # MapStyle::borderWidth, scaled as ours
    rule.symbols.append(line)
    style.rules.append(rule)
    m.append_style("countries", style)
    layer = mapnik.Layer("countries", "epsg:4326")
    layer.datasource = mapnik.Shapefile(file=shapefile)
    layer.styles.append("countries")
    m.layers.append(layer)
    x0, y0 = mercator(WORLD[0], WORLD[1])
    x1, y1 = mercator(WORLD[2], WORLD[3])
    m.zoom_to_box(mapnik.Box2d(x0, y0, x1, y1))
    image = mapnik.Image(width, height)
    t1 = time.perf_counter()
    mapnik.render(m, image)
    t2 = time.perf_counter()
    image.save(out, "png32:z=1")
    t3 = time.perf_counter()
    return t3 - t0, t2 - t1, t3 - t2


def diplomap_once(binary, size, out):
    t0 = time.perf_counter()
    subprocess.run([binary, "export", "--date", "2025-12-31", "--size", size, "--bare", "--out", out],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--diplomap", default=os.path.join(ROOT, "build", "diplomap"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="7680x4320")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    with tempfile.TemporaryDirectory() as tmp:
        shapefile = os.path.join(tmp, "countries.shp")
        t0 = time.perf_counter()
        convert(os.path.join(ROOT, "geodata", "countries-10m.json"), shapefile, tmp)
        if not args.json:
            print(f"TopoJSON -> shapefile (not timed below): {time.perf_counter() - t0:.2f} s")

        ours, theirs, render, encode = [], [], [], []
        for _ in range(args.runs):
            total, r, e = mapnik_once(shapefile[:-4], width, height, os.path.join(tmp, "mapnik.png"))
            theirs.append(total)
            render.append(r)
            encode.append(e)
            if os.access(args.diplomap, os.X_OK):
                ours.append(diplomap_once(args.diplomap, args.size, os.path.join(tmp, "diplomap.png")))
        mapnik_s = statistics.median(theirs)
        if not ours:
            print(f"{args.diplomap} not found: build it first, or give --diplomap", file=sys.stderr)
            return 1
        ours_s = statistics.median(ours)
        figures = {"size": args.size, "runs": args.runs, "mapnik_version": mapnik.mapnik_version(),
                   "mapnik_s": mapnik_s, "mapnik_render_s": statistics.median(render),
                   "mapnik_png_s": statistics.median(encode), "diplomap_s": ours_s, "ratio": ours_s / mapnik_s,
                   "mapnik_bytes": os.path.getsize(os.path.join(tmp, "mapnik.png")),
                   "diplomap_bytes": os.path.getsize(os.path.join(tmp, "diplomap.png"))}
        if args.json:
            print(json.dumps(figures))
            return 0
        print(f"mapnik {mapnik.mapnik_version()} {args.size}: {mapnik_s:.2f} s "
              f"(render {figures['mapnik_render_s']:.2f} s, png {figures['mapnik_png_s']:.2f} s), "
              f"{figures['mapnik_bytes']} bytes")
        print(f"diplomap export --bare {args.size} (end to end): {ours_s:.2f} s, {figures['diplomap_bytes']} bytes")
        print(f"ratio diplomap / mapnik: {ours_s / mapnik_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

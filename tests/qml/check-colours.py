#!/usr/bin/env python3
"""check-colours.py FILE.png WIDTH HEIGHT VIEW PLACE...

Checks a screenshot of the map: its size, and the colour at known places. VIEW is
"X0,Y0,WORLD": the pixel of 180°W on the equator's Web Mercator origin (x of longitude -180,
y of the north edge of the Mercator square) and the world's width in pixels, so that
x = X0 + (lon + 180) / 360 * WORLD and y = Y0 + (0.5 - ln(tan(45° + lat / 2)) / 2π) * WORLD.
Each PLACE is "NAME:LON,LAT:#RRGGBB": some pixel within RADIUS (3) pixels of the place must
have that colour (each channel within 3). Prints one line per place; exit 0 when all match,
1 otherwise, 2 on a usage error or an unreadable PNG. Standard library only.
"""
import math
import struct
import sys
import zlib

RADIUS = 3
TOLERANCE = 3


def read_png(path):
    """Returns (width, height, rows) with rows as lists of (r, g, b) for 8-bit RGB or RGBA PNGs."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, colour, interlace))
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - step] if i >= step else 0
            b = previous[i]
            c = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, step)])
        previous = line
    return width, height, rows


def pixel_of(lon, lat, view):
    x0, y0, world = view
    y = 0.5 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)
    return round(x0 + (lon + 180) / 360 * world), round(y0 + y * world)


def main(argv):
    if len(argv) < 6:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path, width, height = argv[1], int(argv[2]), int(argv[3])
    view = tuple(float(v) for v in argv[4].split(","))
    try:
        got_w, got_h, rows = read_png(path)
    except (OSError, ValueError, TypeError, zlib.error) as e:
        print("%s: %s" % (path, e))
        return 2
    if (got_w, got_h) != (width, height):
        print("%s is %dx%d, expected %dx%d" % (path, got_w, got_h, width, height))
        return 1
    ok = True
    for place in argv[5:]:
        name, lonlat, colour = place.split(":")
        lon, lat = (float(v) for v in lonlat.split(","))
        want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        x, y = pixel_of(lon, lat, view)
        near = [rows[j][i] for j in range(max(0, y - RADIUS), min(height, y + RADIUS + 1))
                for i in range(max(0, x - RADIUS), min(width, x + RADIUS + 1))]
        if any(all(abs(p[k] - want[k]) <= TOLERANCE for k in range(3)) for p in near):
            print("ok: %s (%s) at %d,%d is %s" % (name, lonlat, x, y, colour))
        else:
            centre = rows[y][x] if 0 <= x < width and 0 <= y < height else None
            print("FAIL: %s (%s) at %d,%d: no %s within %d px (centre: %s)" % (
                name, lonlat, x, y, colour, RADIUS, "#%02x%02x%02x" % centre if centre else "outside"))
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

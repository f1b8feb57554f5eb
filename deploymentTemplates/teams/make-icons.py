#!/usr/bin/env python3
"""Draws the two icons of the Teams app package, with the standard library only.

    python3 make-icons.py            # writes color.png and outline.png beside this file

- color.png: 192x192, opaque: a white speech bubble holding a check mark, on the app's accent colour.
- outline.png: 32x32, white only on a transparent background: the same bubble as an outline, and the check mark.

Shapes are sampled 4x4 times per pixel, so edges are smooth. The PNGs are committed: run this again only to
change the drawing (and keep `accentColor` in manifest.json in step with ACCENT).
"""
import math
import os
import struct
import zlib

ACCENT = (0x1D, 0x5C, 0x7A)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4


def inside_rounded_rect(x, y, left, top, right, bottom, radius):
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def near_polyline(x, y, points, half_width):
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= half_width:
            return True
    return False


def bubble(size):
    """The speech bubble, in a square of `size` pixels."""
    s = size
    left, top, right, bottom = 0.12 * s, 0.16 * s, 0.88 * s, 0.70 * s
    radius = 0.14 * s
    tail = ((0.26 * s, 0.60 * s), (0.46 * s, 0.60 * s), (0.24 * s, 0.86 * s))

    def test(x, y):
        return inside_rounded_rect(x, y, left, top, right, bottom, radius) or inside_triangle(x, y, *tail)

    return test


def eroded(test, width, directions=16):
    """Points of `test` at least `width` pixels away from its edge: `test` minus this is a stroke along the edge."""
    offsets = [(width * math.cos(2 * math.pi * k / directions), width * math.sin(2 * math.pi * k / directions))
               for k in range(directions)]
    return lambda x, y: all(test(x + dx, y + dy) for dx, dy in offsets)


def check(size):
    s = size
    points = [(0.33 * s, 0.43 * s), (0.45 * s, 0.55 * s), (0.68 * s, 0.31 * s)]
    return points


def coverage(size, test):
    """Fraction of each pixel's samples for which test(x, y) holds, row by row."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    if test(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def blend(under, over, amount):
    return tuple(round(u + (o - u) * amount) for u, o in zip(under, over))


def write_png(path, width, height, rows, color_type):
    """rows: lists of pixel tuples (RGB for colour type 2, RGBA for 6), 8 bits a channel, no interlacing."""
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def color_icon(path):
    size = 192
    shape = bubble(size)
    mark = check(size)
    bubble_cover = coverage(size, shape)
    check_cover = coverage(size, lambda x, y: near_polyline(x, y, mark, 0.055 * size))
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            pixel = blend(ACCENT, WHITE, bubble_cover[y][x])
            pixel = blend(pixel, ACCENT, check_cover[y][x])
            row.append(pixel)
        rows.append(row)
    write_png(path, size, size, rows, 2)


def outline_icon(path):
    size = 32
    outer = bubble(size)
    inner = eroded(outer, 2.0)
    mark = check(size)
    cover = coverage(
        size,
        lambda x, y: (outer(x, y) and not inner(x, y)) or near_polyline(x, y, mark, 1.1),
    )
    rows = [[WHITE + (round(255 * c),) for c in row] for row in cover]
    write_png(path, size, size, rows, 6)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    color_icon(os.path.join(here, "color.png"))
    outline_icon(os.path.join(here, "outline.png"))
    print("color.png and outline.png written in", here)

#!/usr/bin/env python3
"""Writes assets/icon.png, the window icon: three tasks' timeline rows whose running spans take
turns, on a dark rounded square (Okabe-Ito colours, as the timeline). Run once; the PNG is
committed. Usage: python3 assets/tools/make_icon.py [OUT.png] [SIZE]"""
import struct
import sys
import zlib

SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 64
OUT = sys.argv[1] if len(sys.argv) > 1 else "assets/icon.png"

BACKGROUND = (0x22, 0x26, 0x2E)
COLOURS = [(0x00, 0x9E, 0x73), (0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9)]  # green, orange, sky blue
IDLE = (0x4A, 0x50, 0x5C)  # a row's waiting time: a thin dim line


def pixel(x, y):
    """RGBA of pixel (x, y) in a SIZE x SIZE image, in units of 1/16 of the side."""
    u, v = x * 16.0 / SIZE, y * 16.0 / SIZE
    r = 3.0  # corner radius
    cx, cy = min(max(u, r), 16 - r), min(max(v, r), 16 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    for row, colour in enumerate(COLOURS):
        top = 3.0 + row * 3.6
        if not (top <= v < top + 2.6):
            continue
        # Columns 2..14 in four slots; each row runs in the slots where (slot - row) % 3 == 0.
        if 2.0 <= u < 14.0:
            slot = int((u - 2.0) // 3.0)
            if (slot - row) % 3 == 0 and (u - 2.0) % 3.0 < 2.8:
                return colour + (255,)
            if top + 1.0 <= v < top + 1.6:
                return IDLE + (255,)
    return BACKGROUND + (255,)


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    with open(OUT, "wb") as f:
        f.write(png(SIZE, SIZE, rows))


if __name__ == "__main__":
    main()

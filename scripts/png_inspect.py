#!/usr/bin/env python3
"""Decodes a PNG with the standard library only (zlib; 8-bit greyscale, RGB
or RGBA, not interlaced), for checking screenshots without Pillow.

    png_inspect.py FILE WIDTH HEIGHT [RRGGBB…]   checks size, that the image is not
        blank, and that each colour given covers at least 50 pixels
    png_inspect.py --crop FILE X Y W H OUT   writes a cropped copy (to look at a part)
"""
import struct
import sys
import zlib


def read(path):
    data = open(path, "rb").read()
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
    channels = {0: 1, 2: 3, 6: 4, 4: 2}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:      # Sub
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:    # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:    # Average
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:    # Paeth
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def write(path, width, height, channels, rows):
    colour = {1: 0, 3: 2, 4: 6, 2: 4}[channels]
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + r for r in rows)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def main(argv):
    if argv[0] == "--crop":
        path, x, y, w, h, out = argv[1], *map(int, argv[2:6]), argv[6]
        width, height, channels, rows = read(path)
        cropped = [r[x * channels:(x + w) * channels] for r in rows[y:y + h]]
        write(out, min(w, width - x), len(cropped), channels, cropped)
        return 0
    path, want_w, want_h, colours_wanted = argv[0], int(argv[1]), int(argv[2]), argv[3:]
    width, height, channels, rows = read(path)
    if (width, height) != (want_w, want_h):
        print(f"{path}: {width}x{height}, expected {want_w}x{want_h}")
        return 1
    # Not blank: many distinct colours, and a good share of pixels that are not the background.
    background = rows[0][:channels]
    colours, inked = set(), 0
    for r in rows[::4]:
        for i in range(0, len(r), channels * 4):
            px = r[i:i + channels]
            colours.add(px)
            inked += px != background
    sampled = len(rows[::4]) * ((width + 3) // 4)
    share = inked / sampled
    print(f"{path}: {width}x{height}, {len(colours)} colours, {share:.1%} of sampled pixels not background")
    if len(colours) < 16 or share < 0.02:
        print(f"{path}: looks blank")
        return 1
    status = 0
    for hex_colour in colours_wanted:
        target = bytes(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
        near = sum(1 for r in rows for i in range(0, len(r), channels)
                   if all(abs(r[i + k] - target[k]) <= 24 for k in range(3)))
        print(f"{path}: {near} pixels of #{hex_colour}")
        if near < 50:
            print(f"{path}: too few pixels of #{hex_colour}: is the chart drawn?")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

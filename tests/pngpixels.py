"""Just enough of PNG to count a picture's ink: 8-bit greyscale, RGB or RGBA, not interlaced (what graphviz and
Chromium write)."""

from __future__ import annotations

import struct
import zlib

CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def _paeth(left: int, up: int, corner: int) -> int:
    guess = left + up - corner
    near = min((abs(guess - left), 0), (abs(guess - up), 1), (abs(guess - corner), 2))[1]
    return (left, up, corner)[near]


def rgb_rows(png: bytes) -> list[list[tuple[int, int, int]]]:
    """The picture as rows of (red, green, blue), transparent counting as white."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, data, header = 8, b"", b""
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        header = body if kind == b"IHDR" else header
        data += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in CHANNELS and not interlace, "a PNG this reader does not read"
    step = CHANNELS[colour]
    raw, stride, rows, previous = zlib.decompress(data), width * step, [], bytearray(width * step)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            corner = previous[x - step] if x >= step else 0
            guesses = (0, left, previous[x], (left + previous[x]) // 2, _paeth(left, previous[x], corner))
            line[x] = (line[x] + guesses[kind]) & 255
        rows.append([_rgb(line[x : x + step], colour) for x in range(0, stride, step)])
        previous = line
    return rows


def _rgb(pixel: bytes | bytearray, colour: int) -> tuple[int, int, int]:
    levels = (pixel[0],) * 3 if colour in (0, 4) else tuple(pixel[:3])
    alpha = pixel[-1] if colour in (4, 6) else 255
    return tuple(255 - (255 - level) * alpha // 255 for level in levels)  # type: ignore[return-value]


def grey_rows(png: bytes) -> list[list[int]]:
    """The picture as rows of grey levels, 0 black to 255 white."""
    return [[sum(pixel) // 3 for pixel in row] for row in rgb_rows(png)]


def reds(png: bytes) -> int:
    """How many pixels are a strong red (what a highlight draws)."""
    return sum(r > 150 and g < 90 and b < 90 for row in rgb_rows(png) for r, g, b in row)


def ink(rows: list[list[int]], threshold: int = 160) -> int:
    """How many pixels are dark."""
    return sum(level < threshold for row in rows for level in row)


def ink_width(rows: list[list[int]], threshold: int = 160) -> int:
    """From the leftmost to the rightmost dark pixel."""
    columns = [x for row in rows for x, level in enumerate(row) if level < threshold]
    return max(columns) - min(columns) + 1 if columns else 0

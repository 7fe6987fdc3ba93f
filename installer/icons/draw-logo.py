#!/usr/bin/env python3
"""Draws the Glas logo, installer/icons/glas-logo.png (1024x1024, RGBA): the one source image of all icons.

A magnifying glass over three bars of a chart on a blue rounded square ("Glas" = "eye": looking at data).
Drawn at 4x and scaled down for smooth edges. Run: /usr/bin/python3 installer/icons/draw-logo.py
(needs Pillow). make-icons.py then makes the per-OS icon files from the PNG.
"""
from pathlib import Path

from PIL import Image, ImageDraw

S = 4096  # drawing size; the result is S / 4
HERE = Path(__file__).resolve().parent


def lerp(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def main():
    # Background: rounded square with a vertical blue gradient.
    top, bottom = (44, 110, 214), (20, 58, 140)
    grad = Image.new("RGBA", (S, S))
    gd = ImageDraw.Draw(grad)
    for y in range(S):
        gd.line([(0, y), (S, y)], fill=lerp(top, bottom, y / (S - 1)) + (255,))
    mask = Image.new("L", (S, S), 0)
    margin, radius = int(S * 0.06), int(S * 0.2)
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, S - margin, S - margin], radius, fill=255)
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    img.paste(grad, (0, 0), mask)
    d = ImageDraw.Draw(img)

    # Lens: a white ring; inside it three bars (the data) on a lighter disc.
    cx, cy, r = int(S * 0.44), int(S * 0.43), int(S * 0.24)
    ring = int(S * 0.045)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(232, 241, 255, 255))
    bars = [(0.55, (38, 166, 154)), (0.85, (255, 183, 77)), (0.40, (239, 83, 80))]
    bw, gap = int(r * 0.30), int(r * 0.12)
    x0 = cx - (3 * bw + 2 * gap) // 2
    base = cy + int(r * 0.55)
    for i, (h, colour) in enumerate(bars):
        x = x0 + i * (bw + gap)
        d.rounded_rectangle([x, base - int(r * 1.1 * h), x + bw, base], int(bw * 0.18), fill=colour + (255,))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(255, 255, 255, 255), width=ring)

    # Handle: a thick rounded line from the ring towards the lower right corner.
    import math
    a = math.radians(45)
    hx0, hy0 = cx + (r - ring) * math.cos(a), cy + (r - ring) * math.sin(a)
    hx1, hy1 = cx + r * 2.05 * math.cos(a), cy + r * 2.05 * math.sin(a)
    hw = int(S * 0.085)
    d.line([(hx0, hy0), (hx1, hy1)], fill=(255, 255, 255, 255), width=hw)
    for x, y in [(hx1, hy1)]:
        d.ellipse([x - hw / 2, y - hw / 2, x + hw / 2, y + hw / 2], fill=(255, 255, 255, 255))

    out = img.resize((1024, 1024), Image.LANCZOS)
    out.save(HERE / "glas-logo.png", optimize=True)
    print("wrote", HERE / "glas-logo.png")


if __name__ == "__main__":
    main()

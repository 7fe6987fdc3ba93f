#!/usr/bin/env python3
"""Makes the installer icons from the one source image, installer/icons/glas-logo.png:

  glas.png   256x256   Linux launcher/menu icon (jpackage --icon on Linux)
  glas.ico   16..256   Windows .exe, shortcuts and the .msi (jpackage --icon on Windows)
  glas.icns  16..1024  macOS .app and .dmg (jpackage --icon on macOS)

Run after changing the logo: /usr/bin/python3 installer/icons/make-icons.py (needs Pillow). The outputs are
committed, so building an installer needs neither Python nor Pillow.
"""
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent


def main():
    src = Image.open(HERE / "glas-logo.png").convert("RGBA")
    if src.size != (1024, 1024):
        raise SystemExit(f"glas-logo.png must be 1024x1024, is {src.size}")
    src.resize((256, 256), Image.LANCZOS).save(HERE / "glas.png", optimize=True)
    src.save(HERE / "glas.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    src.save(HERE / "glas.icns")  # Pillow writes the 16..1024 (incl. @2x) sizes from the 1024 source
    for name in ("glas.png", "glas.ico", "glas.icns"):
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()

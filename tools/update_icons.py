"""Refresh resources/icons/ from the npm package lucide-static and rebuild the application icon.

    python tools/update_icons.py                 # npm install lucide-static into a temp dir, then copy
    python tools/update_icons.py --from DIR      # DIR = an unpacked lucide-static package (has icons/)
    python tools/update_icons.py --app-only      # only re-render resources/app/ from crmdesk.svg

The icons keep their Lucide content verbatim (with its licence comment) under the stable names the code
uses (`NAMES` below): code says `icons/edit.svg`, never `pencil`, so a later Lucide rename touches this
table only. The application icon resources/app/crmdesk.svg is Lucide's "book-user" in white on a blue
rounded square; the PNG (256 px, and 512 px as crmdesk@2x.png, which QIcon picks for high-DPI screens),
ICO and ICNS files are rendered from it with Qt's SVG renderer and written with Pillow.

After running it, run tools/build_ui.py to recompile resources_rc.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP = ROOT / "resources" / "app"
LUCIDE_VERSION = "1.62.0"

# stable name used by crmdesk -> Lucide icon name
NAMES: dict[str, str] = {
    "new": "plus",
    "duplicate": "copy",
    "view": "eye",
    "edit": "pencil",
    "delete": "trash-2",
    "archive": "archive",
    "restore": "archive-restore",
    "search": "search",
    "filter": "funnel",
    "clear-filters": "funnel-x",
    "clear": "x",
    "save": "save",
    "cancel": "x",
    "refresh": "refresh-cw",
    "customers": "users",
    "orders": "clipboard-list",
    "sales": "shopping-cart",
    "products": "package",
    "settings": "settings",
    "columns": "columns-3",
    "check": "check",
    "validate": "circle-check",
    "prepare": "package-check",
    "ship": "truck",
    "deliver": "package-open",
    "cancel-order": "ban",
    "warning": "triangle-alert",
    "info": "info",
    "add-line": "list-plus",
    "remove-line": "list-minus",
    "barcode": "scan-barcode",
    "export": "download",
    "calculator": "calculator",
    "undo": "undo-2",
    "company": "building-2",
    "individual": "user",
}

APP_GLYPH = "book-user"
APP_COLOUR_TOP = "#3b82f6"
APP_COLOUR_BOTTOM = "#1d4ed8"


def fetch_lucide() -> Path:
    target = Path(tempfile.mkdtemp(prefix="lucide-"))
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm not found: install Node.js, or pass --from an unpacked lucide-static package")
    subprocess.run([npm, "install", "--no-save", "--prefix", str(target), f"lucide-static@{LUCIDE_VERSION}"],
                   check=True)
    return target / "node_modules" / "lucide-static"


def copy_icons(package: Path) -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    for old in ICONS.glob("*.svg"):
        old.unlink()
    for name, lucide in sorted(NAMES.items()):
        shutil.copyfile(package / "icons" / f"{lucide}.svg", ICONS / f"{name}.svg")
    shutil.copyfile(package / "LICENSE", ICONS / "LICENSE")
    print(f"copied {len(NAMES)} icons from {package}")


def write_app_svg(package: Path) -> None:
    source = (package / "icons" / f"{APP_GLYPH}.svg").read_text(encoding="utf-8")
    body = "\n".join("    " + line.strip() for line in source.splitlines()
                     if re.match(r"\s*<(path|circle|rect|line|polyline|polygon|ellipse)\b", line))
    APP.mkdir(parents=True, exist_ok=True)
    (APP / "crmdesk.svg").write_text(f"""\
<!-- crmdesk application icon: Lucide "{APP_GLYPH}" (ISC, see ../icons/LICENSE) on a rounded square -->
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{APP_COLOUR_TOP}"/>
      <stop offset="1" stop-color="{APP_COLOUR_BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="url(#bg)"/>
  <g transform="translate(48 48) scale(6.6667)" fill="none" stroke="#ffffff" stroke-width="1.8"
     stroke-linecap="round" stroke-linejoin="round">
{body}
  </g>
</svg>
""", encoding="utf-8")


def render_app_icons() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(APP / "crmdesk.svg"))
    if not renderer.isValid():
        sys.exit("resources/app/crmdesk.svg is not a valid SVG")

    def render(size: int) -> Image.Image:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
        return Image.frombuffer("RGBA", (size, size), bytes(rgba.constBits()), "raw", "RGBA",
                                rgba.bytesPerLine(), 1).copy()

    big = render(1024)
    png_256 = render(256)
    png_256.save(APP / "crmdesk.png", optimize=True)
    render(512).save(APP / "crmdesk@2x.png", optimize=True)
    # ICO: one image per size, each rendered at that size rather than scaled down.
    ico_sizes = [16, 24, 32, 48, 64, 128, 256]
    frames = {size: render(size) for size in ico_sizes}
    frames[256].save(APP / "crmdesk.ico", format="ICO", sizes=[(s, s) for s in ico_sizes],
                     append_images=[frames[s] for s in ico_sizes if s != 256])
    big.save(APP / "crmdesk.icns", format="ICNS")
    print("wrote", ", ".join(p.name for p in sorted(APP.iterdir())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="package", type=Path, help="an unpacked lucide-static package")
    parser.add_argument("--app-only", action="store_true", help="only re-render the application icon files")
    args = parser.parse_args()
    if not args.app_only:
        package = args.package or fetch_lucide()
        copy_icons(package)
        write_app_svg(package)
    render_app_icons()


if __name__ == "__main__":
    main()

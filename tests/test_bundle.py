"""The Linux desktop bundle works on its own: no Python, a new database, the French interface.

Builds dist/crmdesk with `python packaging/build.py` (a few minutes), unless BUNDLE_DIR names a bundle
folder built already (`BUNDLE_DIR=dist/crmdesk pytest -m bundle`). Marked `bundle`: `-m bundle` runs it
alone, `-m "not bundle"` skips it.

Everything happens in one test so that pytest-xdist never builds the bundle twice at once.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from crmdesk.store.database import head_revision

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle"),
]

# A fontconfig configuration with no fonts at all: Qt then draws every character as an empty box.
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/nonexistent-crmdesk-fonts</dir><cachedir>{cache}</cachedir></fontconfig>
"""


@dataclass
class Glyphs:
    """Connected dark shapes of glyph size in the left part of a screenshot (the navigation panel)."""

    count: int
    shapes: int  # distinct (width, height) among them
    boxes: int  # hollow rectangles: what Qt draws for a character no font has

    def look_like_text(self) -> bool:
        return self.count >= 15 and self.shapes >= 10 and self.boxes * 5 < self.count


def glyphs(path: Path, fraction: float = 0.25) -> Glyphs:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = int(image.width() * fraction), image.height()
    stride = image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    dark = bytearray(width * height)
    for y in range(height):
        for x, value in enumerate(data[y * stride: y * stride + width]):
            if value < 110:
                dark[y * width + x] = 1
    seen = bytearray(width * height)
    sizes: list[tuple[int, int, int]] = []
    for start in range(width * height):
        if not dark[start] or seen[start]:
            continue
        seen[start] = 1
        stack, pixels = [start], 0
        x0 = x1 = start % width
        y0 = y1 = start // width
        while stack:
            point = stack.pop()
            pixels += 1
            x, y = point % width, point // width
            x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
            for nx in (x - 1, x, x + 1):
                for ny in (y - 1, y, y + 1):
                    if 0 <= nx < width and 0 <= ny < height:
                        other = ny * width + nx
                        if dark[other] and not seen[other]:
                            seen[other] = 1
                            stack.append(other)
        sizes.append((x1 - x0 + 1, y1 - y0 + 1, pixels))
    small = [(w, h, n) for w, h, n in sizes if 2 <= h <= 40 and w <= 40]
    boxes = sum(1 for w, h, n in small if w >= 4 and h >= 4 and n == 2 * (w + h) - 4)
    return Glyphs(count=len(small), shapes=len({(w, h) for w, h, _ in small}), boxes=boxes)


def bundle_folder() -> Path:
    given = os.environ.get("BUNDLE_DIR")
    if given:
        folder = Path(given).resolve()
    else:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive"], cwd=ROOT,
                       check=True, timeout=1800)
        folder = ROOT / "dist" / "crmdesk"
    assert (folder / "crmdesk").is_file(), f"no crmdesk executable in {folder}"
    return folder


def run_bundle(folder: Path, work: Path, lang: str, **extra_env: str) -> tuple[subprocess.CompletedProcess[str],
                                                                             Path, Path]:
    work.mkdir()
    database, shot = work / "crmdesk.db", work / "shot.png"
    # No Python and nothing of the test environment: a clean PATH, a home of its own.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "QT_", "LD_", "VIRTUAL_ENV", "CRMDESK_", "XDG_"))}
    env.update(PATH="/usr/bin:/bin", HOME=str(work), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               XDG_RUNTIME_DIR=str(work), **extra_env)
    result = subprocess.run(
        [str(folder / "crmdesk"), "--database", f"sqlite:///{database}", "--lang", lang,
         "--quit-after", "2", "--screenshot", str(shot)],
        cwd=work, env=env, capture_output=True, text=True, timeout=180,
    )
    return result, database, shot


def test_bundle_starts_on_a_new_database_in_french(tmp_path: Path) -> None:
    folder = bundle_folder()
    assert (folder / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").is_file()
    assert (folder / "_internal" / "crmdesk" / "store" / "migrations" / "env.py").is_file()

    result, database, shot = run_bundle(folder, tmp_path / "fr", "fr")
    output = f"exit status {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, output
    assert database.is_file(), output
    with sqlite3.connect(database) as connection:
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert versions == [(head_revision(),)]
    assert shot.is_file(), output
    french = glyphs(shot)
    assert french.look_like_text(), f"the screenshot {shot} shows no readable text: {french}\n{output}"

    # The same in English differs where the navigation is: the French texts came from the bundle.
    result, _, english_shot = run_bundle(folder, tmp_path / "en", "en")
    assert result.returncode == 0, result.stderr
    assert glyphs(english_shot).look_like_text()
    navigation = QRect(0, 0, 320, 800)
    assert QImage(str(shot)).copy(navigation) != QImage(str(english_shot)).copy(navigation), (
        "the French and English windows look the same: crmdesk_fr.qm is empty or missing from the bundle"
    )

    # Control: without any font, Qt draws empty boxes, and the check above must see it.
    no_fonts = tmp_path / "no-fonts.conf"
    no_fonts.write_text(NO_FONTS_CONF.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    result, _, boxes_shot = run_bundle(folder, tmp_path / "no-fonts", "fr", FONTCONFIG_FILE=str(no_fonts))
    assert result.returncode == 0, result.stderr
    boxes = glyphs(boxes_shot)
    assert not boxes.look_like_text(), f"the text check cannot tell empty boxes from text: {boxes}"

"""Colours and style sheets live in gui/common/styles.py and stay readable in light and dark desktop themes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from crmdesk.gui.common import styles

GUI = Path(__file__).resolve().parent.parent / "src" / "crmdesk" / "gui"
# Printed documents keep their ink on white paper whatever the theme; generated code is not ours.
ALLOWED = {GUI / "common" / "styles.py", GUI / "documents" / "renderer.py", GUI / "resources_rc.py"}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.AlternateBase, "#333333"), (QPalette.ColorRole.Mid, "#555555")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(qapp, request) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    previous = QGuiApplication.palette()
    palette = dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    QGuiApplication.setPalette(palette)
    yield palette
    QGuiApplication.setPalette(previous)


def test_the_theme_is_recognised(theme: QPalette) -> None:
    assert styles.is_dark(theme) == (theme.color(QPalette.ColorRole.Window).lightness() < 128)


def test_error_and_state_colours_read_on_the_window_and_on_fields(theme: QPalette) -> None:
    for colour in (styles.error_color(), styles.warning_color(), styles.success_color()):
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(colour, theme.color(background)) >= 4.5, (colour.name(), background)
    # Muted text is quieter than the text but still readable.
    muted = styles.muted_text_color()
    window = theme.color(QPalette.ColorRole.Window)
    assert 3 <= contrast(muted, window) < contrast(theme.color(QPalette.ColorRole.WindowText), window)
    assert styles.read_only_background() == window


def test_banners_and_status_badges_are_readable(theme: QPalette) -> None:
    for tone in styles.Tone:
        background, text, _border = styles.tone_colors(tone)
        assert contrast(text, background) >= 4.5, tone
        sheet = styles.banner_style("QLabel#x", tone)
        assert background.name() in sheet and text.name() in sheet
    for status in ("draft", "validated", "prepared", "shipped", "delivered", "cancelled"):
        background, text = styles.status_colors(status)
        assert contrast(text, background) >= 4.5, status


def test_the_one_error_red_follows_the_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    light = styles.error_color(qapp.style().standardPalette())
    dark = styles.error_color(dark_palette())
    assert light != dark
    assert styles.error_text_style() == f"color: {styles.error_color().name()};"


def test_no_colour_is_written_outside_the_styles_module() -> None:
    """Hex colours and QColor literals in the widgets would come back light-only: they belong in styles.py."""
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*[\"'\d]")
    offenders = []
    for path in GUI.rglob("*.py"):
        if path in ALLOWED or path.parent.name == "forms":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert offenders == []

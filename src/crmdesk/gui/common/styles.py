"""Every colour and style sheet of crmdesk's widgets, in one place, readable in light and dark themes.

Colours come from the application's QPalette: the neutral ones are palette roles (read-only background,
muted text, frames), and the few meaningful ones (error, warning, success, information, the order statuses)
have a light and a dark variant chosen by the lightness of the palette's window colour. A widget asks here
(`error_color()`, `error_text_style()`, `banner_style(...)`) instead of writing hex codes.

Printed documents (gui/documents/renderer.py) keep their own ink colours: paper is white in every theme.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark desktop theme)."""
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(light: str, dark: str, palette: QPalette | None) -> QColor:
    return QColor(dark if is_dark(palette) else light)


def mix(first: QColor, second: QColor, ratio: float) -> QColor:
    """`first` blended with `ratio` of `second` (0 = first, 1 = second)."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * ratio,
        first.greenF() + (second.greenF() - first.greenF()) * ratio,
        first.blueF() + (second.blueF() - first.blueF()) * ratio,
        first.alphaF() + (second.alphaF() - first.alphaF()) * ratio,
    )


# ---- single colours ------------------------------------------------------------------------------

def error_color(palette: QPalette | None = None) -> QColor:
    """The one red of refused values and failures (text on the window or base colour)."""
    return _pick("#b3261e", "#f2b8b5", palette)


def warning_color(palette: QPalette | None = None) -> QColor:
    return _pick("#8a5300", "#ffcc80", palette)


def success_color(palette: QPalette | None = None) -> QColor:
    return _pick("#1b6e35", "#a5d6a7", palette)


def muted_text_color(palette: QPalette | None = None) -> QColor:
    """Secondary text: half way between the text and the window colour, so it follows the theme."""
    palette = palette or current_palette()
    return mix(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.4)


def read_only_background(palette: QPalette | None = None) -> QColor:
    """Background of a field that can be read but not edited: the window's own colour, without a frame."""
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window)


def sensitive_tint(palette: QPalette | None = None) -> QColor:
    """Translucent orange over rows holding sensitive (personal) data."""
    colour = _pick("#e68c14", "#ffb74d", palette)
    colour.setAlpha(70)
    return colour


def over_limit_color(palette: QPalette | None = None) -> QColor:
    """A gauge past its limit (credit used above the customer's credit limit)."""
    return _pick("#d64541", "#ef7f7b", palette)


# ---- style sheets --------------------------------------------------------------------------------

def error_text_style(selector: str = "") -> str:
    """Style sheet for an error message label (`selector`, e.g. "QLabel#print_status", or the widget)."""
    rule = f"color: {error_color().name()};"
    return f"{selector} {{ {rule} }}" if selector else rule


def error_frame_style() -> str:
    """The red frame of a refused text field (see FieldErrors)."""
    return f"border: 1px solid {error_color().name()}; border-radius: 2px; padding: 1px;"


NEUTRAL_FRAME_STYLE = "border: 1px solid palette(mid); border-radius: 2px; padding: 1px;"

READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],'
    ' QAbstractSpinBox[readOnly="true"] { background: palette(window); }'
    ' QComboBox[read_only="true"] { background: palette(window); border: 1px solid transparent; }'
)

DASHED_FRAME_STYLE = "border: 1px dashed palette(mid);"


class Tone(Enum):
    """What a banner or badge says: its colours follow."""

    NEUTRAL = "neutral"
    INFO = "info"
    WARNING = "warning"
    SUCCESS = "success"
    ERROR = "error"


# (background, text, border), light then dark theme.
_TONES: dict[Tone, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    Tone.INFO: (("#e0f2fe", "#075985", "#7dd3fc"), ("#0c2d44", "#bae6fd", "#1f6f99")),
    Tone.WARNING: (("#fff4e0", "#3d2a00", "#e8a33d"), ("#3d2e0a", "#fde7b0", "#b7862c")),
    Tone.SUCCESS: (("#e7f6ec", "#14532d", "#9ad5ad"), ("#12321f", "#bbf7d0", "#2f7a4a")),
    Tone.ERROR: (("#fdecea", "#7f1d1d", "#f5a8a3"), ("#3b1414", "#fecaca", "#a83a36")),
}


def tone_colors(tone: Tone, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of a banner of this tone."""
    palette = palette or current_palette()
    if tone is Tone.NEUTRAL:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        return (palette.color(QPalette.ColorRole.AlternateBase), text, mix(window, text, 0.25))
    light, dark = _TONES[tone]
    chosen = dark if is_dark(palette) else light
    return QColor(chosen[0]), QColor(chosen[1]), QColor(chosen[2])


def banner_style(selector: str, tone: Tone, *, padding: str = "4px 8px", children: str = "") -> str:
    """Style sheet of a framed message (banner) `selector` in `tone`; `children` (e.g. "QLabel") get its
    text colour too."""
    background, text, border = tone_colors(tone)
    sheet = (f"{selector} {{ background: {background.name()}; color: {text.name()}; "
             f"border: 1px solid {border.name()}; border-radius: 4px; padding: {padding}; }}")
    if children:
        sheet += f" {selector} {children} {{ color: {text.name()}; border: none; background: transparent; }}"
    return sheet


# ---- order statuses ------------------------------------------------------------------------------

# (background, text) of each order status badge, light then dark theme.
_STATUS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "draft": (("#e5e7eb", "#374151"), ("#374151", "#e5e7eb")),
    "validated": (("#dbeafe", "#1e40af"), ("#1e3a8a", "#dbeafe")),
    "prepared": (("#fef3c7", "#92400e"), ("#78350f", "#fef3c7")),
    "shipped": (("#ede9fe", "#5b21b6"), ("#4c1d95", "#ede9fe")),
    "delivered": (("#dcfce7", "#166534"), ("#14532d", "#dcfce7")),
    "cancelled": (("#fee2e2", "#991b1b"), ("#7f1d1d", "#fee2e2")),
}


def status_colors(status: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of the badge of an order status (OrderStatus value); neutral grey if unknown."""
    light, dark = _STATUS.get(status, _STATUS["draft"])
    chosen = dark if is_dark(palette) else light
    return QColor(chosen[0]), QColor(chosen[1])

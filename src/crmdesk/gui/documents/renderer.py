"""Laying out and painting documents with QPainter: one layout for the printer, the preview and the PDF.

Why QPainter and not QTextDocument: a QTextDocument paginates by itself, may cut a table row across two pages
and cannot say "Page 1/3" before it has laid out every page. Here each row is measured first, a row that does
not fit goes whole to the next page (with the table's header repeated), the totals and each legal mention are
kept together, and pages are painted once their number is known. The text stays text in the PDF (searchable,
copyable), in DejaVu Sans, which crmdesk ships and registers (fonts()), so accents and € print the same on
every machine. A PNG logo is drawn at its own resolution, an SVG one as vectors: both stay sharp.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer

from crmdesk.domain.documents import Document

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
_family: list[str] = []

INK = QColor("#111827")
GREY = QColor("#4b5563")
LIGHT = QColor("#d1d5db")
SHADE = QColor("#f3f4f6")
ACCENT = QColor("#1e3a5f")

MARGIN_MM = 15.0
TOP_MM = 14.0
FOOTER_MM = 20.0  # room kept at the bottom of every page for the footer
PDF_DPI = 1200


def font_family() -> str:
    """Register the shipped fonts once (a QGuiApplication must exist) and return their family."""
    if not _family:
        family = FALLBACK_FAMILY
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id < 0:
                log.warning("document font %s could not be loaded from %s", name, FONT_DIR)
                continue
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
        _family.append(family)
    return _family[0]


def a4_layout() -> QPageLayout:
    # Margins are the layout's own (MARGIN_MM): the page is painted whole.
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def write_pdf(documents: Sequence[Document], path: str, title: str = "") -> int:
    """Write the documents one after the other into one PDF file; returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setCreator("crmdesk")
    writer.setTitle(title or (documents[0].title + " " + documents[0].number if documents else ""))
    pages = paint_documents(documents, writer)
    return pages


def write_pdf_file(documents: Sequence[Document], path: str | Path) -> int:
    """write_pdf into a temporary file next to `path`, then renamed: never a half-written file at `path`."""
    import os
    import tempfile

    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".crmdesk-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        pages = write_pdf(documents, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def paint_documents(documents: Sequence[Document], device: QPagedPaintDevice) -> int:
    """Paint on a printer or PDF writer whose page is the whole A4 sheet; returns the pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the device (file not writable?)")
    total = 0
    try:
        for index, document in enumerate(documents):
            layout = DocumentLayout(document, device)
            for number, page in enumerate(layout.pages, start=1):
                if total:
                    device.newPage()
                layout.paint_page(painter, page, number, len(layout.pages))
                total += 1
            del index
    finally:
        painter.end()
    return total


Op = Callable[[QPainter], None]


@dataclass
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    small_bold: QFont
    heading: QFont
    title: QFont
    seller: QFont
    tiny: QFont


class DocumentLayout:
    """A document cut into pages: each page a list of painting operations, measured on the target device."""

    def __init__(self, document: Document, device: QPagedPaintDevice) -> None:
        self.doc = document
        self.device = device
        self.mm = device.logicalDpiY() / 25.4
        self.width = float(device.width())
        self.height = float(device.height())
        self.left = MARGIN_MM * self.mm
        self.right = self.width - MARGIN_MM * self.mm
        self.limit = self.height - FOOTER_MM * self.mm
        family = font_family()

        def font(size: float, bold: bool = False) -> QFont:
            f = QFont(family)
            f.setPointSizeF(size)
            f.setBold(bold)
            # Metrics at the device's resolution, not the screen's: what is measured is what is printed.
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            # No "fi" ligature: its glyph would be copied and searched as "ﬁ", not "f" and "i".
            f.setFeature(QFont.Tag("liga"), 0)
            return f

        self.fonts = Fonts(body=font(8.5), bold=font(8.5, True), small=font(7.5), small_bold=font(7.5, True),
                           heading=font(7.5, True), title=font(13, True), seller=font(11, True), tiny=font(6.5))
        self.pages: list[list[Op]] = [[]]
        self.y = TOP_MM * self.mm
        self._layout()

    # ---- measuring ----------------------------------------------------------------------------------
    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, font: QFont, text: str, width: float) -> float:
        if not text:
            return 0.0
        rect = self.metrics(font).boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def line_height(self, font: QFont) -> float:
        return self.metrics(font).lineSpacing()

    # ---- building pages -------------------------------------------------------------------------------
    @property
    def page(self) -> list[Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP_MM * self.mm
        # A reminder of what the sheet is, on every following page.
        label, y = self.doc.continued_label, self.y
        font = self.fonts.small_bold
        height = self.line_height(font)
        self.page.append(lambda p: self._text(p, font, GREY, QRectF(self.left, y, self.right - self.left, height),
                                              f"{self.doc.seller_name} — {label}" if self.doc.seller_name else label))
        self.y += height + 3 * self.mm

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` still fits on this one; True when a page was started."""
        if self.y + height <= self.limit:
            return False
        self.new_page()
        return True

    def add_text(self, font: QFont, colour: QColor, x: float, y: float, width: float, text: str,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Queue wrapped text at (x, y); returns its height."""
        height = self.text_height(font, text, width)
        rect = QRectF(x, y, width, height + 1)
        self.page.append(lambda p: self._text(p, font, colour, rect, text, align))
        return height

    @staticmethod
    def _text(p: QPainter, font: QFont, colour: QColor, rect: QRectF, text: str,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        p.setFont(font)
        p.setPen(colour)
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap), text)

    def add_line(self, x1: float, y: float, x2: float, colour: QColor = LIGHT, width_mm: float = 0.2) -> None:
        pen = QPen(colour, width_mm * self.mm)

        def paint(p: QPainter) -> None:
            p.setPen(pen)
            p.drawLine(QPointF(x1, y), QPointF(x2, y))

        self.page.append(paint)

    def add_rect(self, rect: QRectF, fill: QColor | None, border: QColor | None = None) -> None:
        pen = QPen(border, 0.25 * self.mm) if border is not None else QPen(Qt.PenStyle.NoPen)
        radius = 1.2 * self.mm

        def paint(p: QPainter) -> None:
            p.setPen(pen)
            p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, radius, radius)
            p.setBrush(Qt.BrushStyle.NoBrush)

        self.page.append(paint)

    # ---- the document's parts -----------------------------------------------------------------------------
    def _layout(self) -> None:
        self._header()
        self._addresses()
        self._table()
        self._summary()
        self._notes()
        self._mentions()

    def _header(self) -> None:
        mm, doc, f = self.mm, self.doc, self.fonts
        left_w = 92 * mm
        y = self.y
        logo_h = self._logo(QRectF(self.left, y, 48 * mm, 22 * mm))
        if logo_h:
            y += logo_h + 3 * mm
        if doc.seller_name:
            y += self.add_text(f.seller, ACCENT, self.left, y, left_w, doc.seller_name) + 0.8 * mm
        for line in doc.seller_lines:
            y += self.add_text(f.small, INK, self.left, y, left_w, line)
        y += 0.8 * mm
        for line in doc.seller_legal:
            y += self.add_text(f.tiny, GREY, self.left, y, left_w, line)
        left_bottom = y

        x = self.left + 100 * mm
        width = self.right - x
        y = self.y
        y += self.add_text(f.title, ACCENT, x, y, width, doc.title) + 2.5 * mm
        label_w = 34 * mm
        for label, value in doc.meta:
            h1 = self.add_text(f.small, GREY, x, y, label_w - 1.5 * mm, label)
            h2 = self.add_text(f.small_bold, INK, x + label_w, y, width - label_w, value)
            y += max(h1, h2) + 0.6 * mm
        self.y = max(left_bottom, y) + 6 * mm

    def _logo(self, box: QRectF) -> float:
        """Queue the logo in `box`, keeping its proportions; returns the height used (0: no logo)."""
        data, kind = self.doc.logo, self.doc.logo_type
        if not data:
            return 0.0
        if kind == "image/svg+xml":
            renderer = QSvgRenderer(QByteArray(data))
            if not renderer.isValid():
                return 0.0
            size = QSizeF(renderer.defaultSize())
            target = _fit(size, box)
            self.page.append(lambda p: renderer.render(p, target))
            return target.height()
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            return 0.0
        target = _fit(QSizeF(image.size()), box)
        self.page.append(lambda p: p.drawImage(target, image))
        return target.height()

    def _addresses(self) -> None:
        mm, doc, f = self.mm, self.doc, self.fonts
        pad = 3 * mm
        gap = 6 * mm
        box_w = (self.right - self.left - gap) / 2
        blocks = [(doc.customer_heading, doc.customer_lines, doc.customer_ids, self.left)]
        if doc.delivery_lines:
            blocks.append((doc.delivery_heading, doc.delivery_lines, [], self.left + box_w + gap))
        top = self.y
        heights = []
        ops_start = len(self.page)
        for heading, lines, ids, x in blocks:
            y = top + pad
            y += self.add_text(f.heading, GREY, x + pad, y, box_w - 2 * pad, heading.upper()) + 1 * mm
            for i, line in enumerate(lines):
                y += self.add_text(f.bold if i == 0 else f.body, INK, x + pad, y, box_w - 2 * pad, line)
            if ids:
                y += 1.2 * mm
                for line in ids:
                    y += self.add_text(f.small, INK, x + pad, y, box_w - 2 * pad, line)
            heights.append(y + pad - top)
        height = max(heights)
        pen = QPen(LIGHT, 0.3 * mm)
        rects = [QRectF(x, top, box_w, height) for _heading, _lines, _ids, x in blocks]

        def boxes(p: QPainter) -> None:
            p.setPen(pen)
            for rect in rects:
                p.drawRoundedRect(rect, 1.5 * mm, 1.5 * mm)

        self.page.insert(ops_start, boxes)  # behind the text
        self.y = top + height + 6 * mm

    def _column_rects(self) -> list[tuple[float, float]]:
        total = sum(c.weight for c in self.doc.columns)
        x = self.left
        out = []
        for column in self.doc.columns:
            width = (self.right - self.left) * column.weight / total
            out.append((x, width))
            x += width
        return out

    def _table_header(self) -> None:
        mm, f = self.mm, self.fonts
        pad = 1.5 * mm
        cells = self._column_rects()
        height = max(self.text_height(f.small_bold, c.label, w - 2 * pad) for c, (_x, w) in
                     zip(self.doc.columns, cells, strict=True)) + 2 * pad
        self.add_rect(QRectF(self.left, self.y, self.right - self.left, height), SHADE)
        for column, (x, width) in zip(self.doc.columns, cells, strict=True):
            self.add_text(f.small_bold, INK, x + pad, self.y + pad, width - 2 * pad, column.label, _align(column.align))
        self.y += height

    def _table(self) -> None:
        mm, f = self.mm, self.fonts
        pad = 1.5 * mm
        cells = self._column_rects()
        header_h = max(self.text_height(f.small_bold, c.label, w - 2 * pad) for c, (_x, w) in
                       zip(self.doc.columns, cells, strict=True)) + 2 * pad
        self.ensure(header_h + 10 * mm)
        self._table_header()
        for row in self.doc.lines:
            height = max(self.text_height(f.body, text, w - 2 * pad) for text, (_x, w) in
                         zip(row, cells, strict=True)) + 2 * pad
            if self.y + height > self.limit:  # the row goes whole to the next page, under a new header
                self.new_page()
                self._table_header()
            for text, column, (x, width) in zip(row, self.doc.columns, cells, strict=True):
                self.add_text(f.body, INK, x + pad, self.y + pad, width - 2 * pad, text, _align(column.align))
            self.y += height
            self.add_line(self.left, self.y, self.right)
        self.y += 4 * mm

    def _summary(self) -> None:
        """The VAT summary (left) and the totals (right), kept together on one page."""
        mm, doc, f = self.mm, self.doc, self.fonts
        if not doc.vat_rows and not doc.totals:
            return
        row_h = self.line_height(f.body) + 1.6 * mm
        vat_h = (len(doc.vat_rows) + 2) * row_h if doc.vat_rows else 0
        totals_h = len(doc.totals) * (row_h + 0.5 * mm)
        self.ensure(max(vat_h, totals_h) + 2 * mm)
        top = self.y
        if doc.vat_rows:
            x, width = self.left, 88 * mm
            self.add_text(f.small_bold, GREY, x, top, width, doc.vat_heading)
            y = top + row_h
            widths = (0.25, 0.4, 0.35)
            self.add_rect(QRectF(x, y, width, row_h), SHADE)
            cx = x
            for label, share in zip(doc.vat_columns, widths, strict=True):
                self.add_text(f.small_bold, INK, cx + 1.5 * mm, y + 0.8 * mm, width * share - 3 * mm, label,
                              Qt.AlignmentFlag.AlignRight)
                cx += width * share
            y += row_h
            for row in doc.vat_rows:
                cx = x
                for text, share in zip(row, widths, strict=True):
                    self.add_text(f.body, INK, cx + 1.5 * mm, y + 0.8 * mm, width * share - 3 * mm, text,
                                  Qt.AlignmentFlag.AlignRight)
                    cx += width * share
                y += row_h
                self.add_line(x, y, x + width)
        width = 72 * mm
        x = self.right - width
        y = top
        for index, (label, value) in enumerate(doc.totals):
            last = index == len(doc.totals) - 1 and bool(value)
            if last:
                self.add_rect(QRectF(x, y, width, row_h + 0.5 * mm), ACCENT)
            colour = QColor("white") if last else INK
            font = f.bold if last or not value else f.body
            if value:
                self.add_text(font, colour, x + 2 * mm, y + 0.9 * mm, width * 0.55, label)
                self.add_text(font, colour, x + width * 0.45, y + 0.9 * mm, width * 0.55 - 2 * mm, value,
                              Qt.AlignmentFlag.AlignRight)
            else:
                self.add_text(font, colour, self.left, y + 0.9 * mm, self.right - self.left - 2 * mm, label,
                              Qt.AlignmentFlag.AlignRight)
            y += row_h + 0.5 * mm
        self.y = top + max(vat_h, totals_h) + 5 * mm

    def _notes(self) -> None:
        mm, f = self.mm, self.fonts
        width = self.right - self.left
        for label, text in self.doc.notes:
            height = self.line_height(f.small_bold) + self.text_height(f.small, text, width) + 2 * mm
            self.ensure(height)
            self.y += self.add_text(f.small_bold, INK, self.left, self.y, width, label)
            self.y += self.add_text(f.small, INK, self.left, self.y, width, text) + 2 * mm

    def _mentions(self) -> None:
        mm, f = self.mm, self.fonts
        width = self.right - self.left
        if not self.doc.mentions:
            return
        self.ensure(self.text_height(f.small, self.doc.mentions[0], width) + 3 * mm)
        self.add_line(self.left, self.y, self.right, LIGHT, 0.3)
        self.y += 2 * mm
        for text in self.doc.mentions:
            height = self.text_height(f.small, text, width)
            self.ensure(height)  # a mention is never cut between two pages
            self.add_text(f.small, GREY, self.left, self.y, width, text)
            self.y += height + 1.2 * mm

    # ---- painting -------------------------------------------------------------------------------------------
    def paint_page(self, painter: QPainter, page: list[Op], number: int, count: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for op in page:
            op(painter)
        self._footer(painter, number, count)

    def _footer(self, painter: QPainter, number: int, count: int) -> None:
        mm, f = self.mm, self.fonts
        top = self.height - (FOOTER_MM - 5) * mm
        width = self.right - self.left
        painter.setPen(QPen(LIGHT, 0.2 * mm))
        painter.drawLine(QPointF(self.left, top), QPointF(self.right, top))
        y = top + 1.5 * mm
        label = self.doc.page_label.format(page=number, pages=count)
        label_w = 22 * mm
        for line in self.doc.footer:
            height = self.text_height(f.tiny, line, width - label_w)
            self._text(painter, f.tiny, GREY, QRectF(self.left, y, width - label_w, height + 1), line)
            y += height
        self._text(painter, f.small, INK, QRectF(self.right - label_w, top + 1.5 * mm, label_w, 5 * mm), label,
                   Qt.AlignmentFlag.AlignRight)


def _align(name: str) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight if name == "right" else Qt.AlignmentFlag.AlignLeft


def _fit(size: QSizeF, box: QRectF) -> QRectF:
    if size.width() <= 0 or size.height() <= 0:
        return QRectF(box.topLeft(), QSizeF(0, 0))
    scale = min(box.width() / size.width(), box.height() / size.height())
    return QRectF(box.topLeft(), QSizeF(size.width() * scale, size.height() * scale))

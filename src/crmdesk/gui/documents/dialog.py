"""Printing an order's documents: the choice of document and language, then preview, print or save as PDF.

`DocumentActions` gives any order view its `action_print_order` (confirmation) and `action_print_delivery_note`
QActions; both open a `PrintDocumentDialog` on the orders selected there (one or several).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from crmdesk.domain.documents import Document, DocumentKind, allowed_kinds
from crmdesk.domain.errors import CrmError
from crmdesk.gui.common.background import Call
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.styles import error_text_style
from crmdesk.gui.documents.renderer import a4_layout, font_family, paint_documents, write_pdf_file
from crmdesk.gui.forms.ui_print_document_dialog import Ui_PrintDocumentDialog
from crmdesk.services import Services

log = logging.getLogger(__name__)

Selection = Callable[[], list[tuple[int, str]]]  # the selected orders: (id, status)


def print_icon() -> QIcon:
    return QIcon.fromTheme("document-print", icon("export"))


def file_name(document: Document) -> str:
    """CMD-2026-000012_confirmation-de-commande.pdf"""
    slug = re.sub(r"[^a-z0-9]+", "-", document.title.lower().replace("é", "e")).strip("-")
    return f"{document.number}_{slug}.pdf"


class DocumentActions(QObject):
    """The two print actions of an order view. `selection()` returns the orders they act on."""

    def __init__(self, parent: QWidget, services: Services, selection: Selection,
                 notice: Callable[[], str] | None = None) -> None:
        """`notice()`: a warning the print dialog opens with ("" for none), e.g. unsaved changes."""
        super().__init__(parent)
        self.widget = parent
        self.services = services
        self.selection = selection
        self.notice = notice
        self.action_print_order = QAction(print_icon(), "", parent)
        self.action_print_order.setObjectName("action_print_order")
        self.action_print_order.setShortcut(QKeySequence.StandardKey.Print)
        self.action_print_order.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_print_delivery_note = QAction(icon("ship"), "", parent)
        self.action_print_delivery_note.setObjectName("action_print_delivery_note")
        self.action_print_order.triggered.connect(lambda: self.open_dialog(DocumentKind.CONFIRMATION))
        self.action_print_delivery_note.triggered.connect(lambda: self.open_dialog(DocumentKind.DELIVERY_NOTE))
        parent.addActions(self.actions())
        self.retranslate()
        self.update()

    def actions(self) -> list[QAction]:
        return [self.action_print_order, self.action_print_delivery_note]

    def update(self) -> None:
        orders = self.selection()
        self.action_print_order.setEnabled(bool(orders))
        self.action_print_delivery_note.setEnabled(
            bool(orders) and all(DocumentKind.DELIVERY_NOTE in allowed_kinds(status) for _id, status in orders))

    def open_dialog(self, kind: DocumentKind) -> PrintDocumentDialog | None:
        orders = self.selection()
        if not orders:
            return None
        dialog = PrintDocumentDialog(self.services, [order_id for order_id, _status in orders], kind,
                                     delivery_note_allowed=self.action_print_delivery_note.isEnabled(),
                                     parent=self.widget)
        warning = self.notice() if self.notice is not None else ""
        if warning:
            dialog.say(warning, error=True)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.action_print_order.setText(self.tr("Order confirmation…"))
        self.action_print_order.setToolTip(self.tr("Print, preview or save as PDF the order confirmation (Ctrl+P)"))
        self.action_print_delivery_note.setText(self.tr("Delivery note…"))
        self.action_print_delivery_note.setToolTip(
            self.tr("Print, preview or save as PDF the delivery note (prepared, shipped or delivered orders)"))


def read_documents(services: Services, order_ids: list[int], kind: DocumentKind,
                   lang: str | None) -> list[Document]:
    return [services.documents.document(order_id, kind, lang) for order_id in order_ids]


class _Signals(QObject):
    done = Signal(int, str)  # files written, error message ("" on success)
    read = Signal(int, object, str)  # request number, documents read (None on failure), error message


class PrintDocumentDialog(QDialog):
    """Document, language, one file or one per order; then Preview, Print or Save as PDF.

    Signals:
        saved(list): the PDF files written.
    """

    saved = Signal(list)

    def __init__(self, services: Services, order_ids: list[int], kind: DocumentKind, *,
                 delivery_note_allowed: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_document_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.order_ids = order_ids
        font_family()  # registered here, on the GUI thread, before any worker paints
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._saved)
        self._signals.read.connect(self._documents_read)
        self._request = 0
        self._then: Callable[[list[Document]], object] | None = None
        self._written: list[str] = []
        self._printer: QPrinter | None = None

        self.ui = Ui_PrintDocumentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.document_kind, self.document_language = ui.document_kind, ui.document_language
        self.one_file, self.file_per_order, self.status, self.form = (ui.one_file, ui.file_per_order,
                                                                      ui.print_status, ui.form)
        self.kind_label, self.language_label, self.files_label = ui.kind_label, ui.language_label, ui.files_label
        self.intro, self.button_box = ui.intro, ui.button_box
        self.document_kind.addItem("", DocumentKind.CONFIRMATION.value)
        if delivery_note_allowed:
            self.document_kind.addItem("", DocumentKind.DELIVERY_NOTE.value)
        self.document_kind.setCurrentIndex(max(self.document_kind.findData(kind.value), 0))
        for value in ("", "fr", "en"):
            self.document_language.addItem("", value)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.file_per_order)
        # One file or one per order: a choice only when several orders are printed.
        for button in (self.one_file, self.file_per_order):
            self.form.setRowVisible(button, len(order_ids) > 1)
        self.preview_button = QPushButton(icon("view"), "")
        self.preview_button.setObjectName("preview_button")
        self.print_button = QPushButton(print_icon(), "")
        self.print_button.setObjectName("print_button")
        self.pdf_button = QPushButton(icon("save"), "")
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.setDefault(True)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            self.button_box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_documents)
        self.pdf_button.clicked.connect(self.ask_pdf_path)

        self.retranslate()
        self.resize(460, self.sizeHint().height())

    # ---- choices -------------------------------------------------------------------------------------
    def kind(self) -> DocumentKind:
        return DocumentKind(self.document_kind.currentData())

    def language(self) -> str | None:
        return self.document_language.currentData() or None

    def documents(self) -> list[Document]:
        """The chosen documents, read on the calling thread (the command line and the workers use it)."""
        return read_documents(self.services, self.order_ids, self.kind(), self.language())

    def _read_then(self, then: Callable[[list[Document]], object]) -> None:
        """Read the documents in the worker (many orders take a while), then hand them to `then` here."""
        self._request += 1
        request, services, ids, kind, lang, signals = (self._request, self.services, list(self.order_ids),
                                                       self.kind(), self.language(), self._signals)
        self._then = then
        self._set_busy(True, self.tr("Reading the orders…"))

        def work() -> None:
            try:
                documents = read_documents(services, ids, kind, lang)
            except CrmError as exc:
                signals.read.emit(request, None, exc.message)
                return
            except Exception:  # the reason goes to the log, the user gets a short message
                log.exception("reading the documents failed")
                signals.read.emit(request, None, "\0")
                return
            signals.read.emit(request, documents, "")

        self._pool.start(Call(work))

    def _documents_read(self, request: int, documents: list[Document] | None, error: str) -> None:
        if request != self._request or self._then is None:
            return  # an older request, or the dialog moved on
        then, self._then = self._then, None
        self._set_busy(False)
        if documents is None:
            self.say(error if error != "\0" else self.tr("The orders could not be read."), error=True)
            return
        self.say("")
        then(documents)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_text_style("QLabel#print_status") if error else "")

    @staticmethod
    def _new_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setFullPage(True)  # the layout keeps its own margins
        return printer

    # ---- preview and print ---------------------------------------------------------------------------------
    def preview(self) -> None:
        self._read_then(self._show_preview)

    def _show_preview(self, documents: list[Document]) -> QPrintPreviewDialog:
        printer = self._new_printer()
        self._printer = printer
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("print_preview")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setWindowTitle(self.windowTitle())
        preview.paintRequested.connect(lambda device: paint_documents(documents, device))
        preview.resize(900, 1000)
        preview.open()
        return preview

    def print_documents(self) -> None:
        self._read_then(self._show_print_dialog)

    def _show_print_dialog(self, documents: list[Document]) -> QPrintDialog:
        printer = self._new_printer()
        self._printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(documents, printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # as open() does, without its slot argument
        dialog.show()
        return dialog

    def _print(self, documents: list[Document], printer: QPrinter) -> None:
        try:
            pages = paint_documents(documents, printer)
        except OSError:
            log.exception("printing failed")
            self.say(self.tr("The document could not be printed."), error=True)
            return
        self.say(self.tr("%n page(s) sent to the printer.", "", pages))

    # ---- PDF ----------------------------------------------------------------------------------------------------
    def ask_pdf_path(self) -> QFileDialog:
        folder = str(QSettings().value("documents/folder", str(Path.home())))
        chooser = QFileDialog(self)
        chooser.setObjectName("pdf_file_dialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDirectory(folder)
        if self.file_per_order.isChecked() and len(self.order_ids) > 1:
            chooser.setWindowTitle(self.tr("Folder for the PDF files"))
            chooser.setFileMode(QFileDialog.FileMode.Directory)
            chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
            chooser.fileSelected.connect(lambda path: self.save_pdf(path, per_order=True))
        else:
            chooser.setWindowTitle(self.tr("Save as PDF"))
            chooser.setNameFilter(self.tr("PDF documents (*.pdf)"))
            chooser.setDefaultSuffix("pdf")
            try:
                first = self.services.documents.document(self.order_ids[0], self.kind(), self.language())
                chooser.selectFile(file_name(first))
            except CrmError:
                pass
            chooser.fileSelected.connect(lambda path: self.save_pdf(path, per_order=False))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        return chooser

    def save_pdf(self, path: str, per_order: bool = False) -> None:
        """Write in the background: one file at `path`, or one per order into the folder `path`."""
        target = Path(path)
        QSettings().setValue("documents/folder", str(target if per_order else target.parent))
        services, ids, kind, lang, signals = self.services, list(self.order_ids), self.kind(), self.language(), \
            self._signals
        self._written = []
        written = self._written
        self._set_busy(True)

        def work() -> None:
            try:
                documents = read_documents(services, ids, kind, lang)
                if per_order:
                    for document in documents:
                        file = target / file_name(document)
                        write_pdf_file([document], file)
                        written.append(str(file))
                else:
                    write_pdf_file(documents, target)
                    written.append(str(target))
            except CrmError as exc:
                signals.done.emit(len(written), exc.message)
                return
            except Exception:  # the reason goes to the log, the user gets a short message
                log.exception("writing %s failed", target)
                signals.done.emit(len(written), "\0")
                return
            signals.done.emit(len(written), "")

        self._pool.start(Call(work))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool, doing: str = "") -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(not busy)
        if busy:
            self.say(doing or self.tr("Writing the PDF…"))

    def _saved(self, count: int, error: str) -> None:
        self._set_busy(False)
        if error:
            self.say(error if error != "\0" else self.tr("The PDF could not be written there (folder read-only "
                                                          "or disk full?)."), error=True)
            return
        self.say(self.tr("Saved: %1").replace("%1", self._written[0]) if count == 1 else
                  self.tr("%n PDF file(s) saved.", "", count))
        self.saved.emit(list(self._written))

    # ---- language -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        count = len(self.order_ids)
        self.intro.setText(self.tr("%n order(s) selected.", "", count))
        kinds = {DocumentKind.CONFIRMATION.value: self.tr("Order confirmation"),
                 DocumentKind.DELIVERY_NOTE.value: self.tr("Delivery note")}
        for i in range(self.document_kind.count()):
            self.document_kind.setItemText(i, kinds[self.document_kind.itemData(i)])
        languages = {"": self.tr("The customer's language"), "fr": self.tr("French"), "en": self.tr("English")}
        for i in range(self.document_language.count()):
            self.document_language.setItemText(i, languages[self.document_language.itemData(i)])
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

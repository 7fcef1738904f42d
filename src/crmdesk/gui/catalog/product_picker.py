"""Choosing a catalogue product for an order line: search by reference, name or EAN barcode."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.records import ProductData
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.orders.models import ProductTableModel
from crmdesk.services import Services

SEARCH_DELAY_MS = 200


class ProductPickerDialog(QDialog):
    """A searchable list of the active products; choosing one emits `product_chosen` and closes.

    A barcode scanner types the EAN and Return: an exact match is chosen at once.

    Signals:
        product_chosen(object): the chosen ProductData.
    """

    product_chosen = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_picker")
        self.services = services
        self.model = ProductTableModel(services, parent=self)

        self.hint = QLabel()
        self.product_search = QLineEdit()
        self.product_search.setObjectName("product_search")
        self.product_search.setClearButtonEnabled(True)
        self.product_search.addAction(icon("barcode"), QLineEdit.ActionPosition.LeadingPosition)
        self.product_table = QTableView()
        self.product_table.setObjectName("product_table")
        self.product_table.setModel(self.model)
        self.product_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.product_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.product_table.verticalHeader().hide()
        self.product_table.setAlternatingRowColors(True)
        header = self.product_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.product_search)
        layout.addWidget(self.product_table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.button_box)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.product_search.textEdited.connect(lambda _t: self._timer.start())
        self.product_search.installEventFilter(self)
        self.product_table.doubleClicked.connect(self._on_double_click)
        self.button_box.accepted.connect(self.choose_current)
        self.button_box.rejected.connect(self.reject)
        self.product_table.selectionModel().selectionChanged.connect(self._update_ok)

        self.retranslate()
        self.search_now()
        fit_to_screen(self, 780, 460)
        header.resizeSection(0, 140)
        header.resizeSection(2, 130)
        header.resizeSection(3, 150)
        header.resizeSection(4, 70)

    # ---- search --------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        self.model.set_search(self.product_search.text())
        self.count_label.setText(self.tr("%n product(s)", "", self.model.rowCount()))
        if self.model.rowCount():
            self.product_table.selectRow(0)
        self._update_ok()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.product_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                if self.model.rowCount() == 1 or self._exact_match() is not None:
                    self.choose_current()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.product_table.setFocus()
                return False
        return super().eventFilter(watched, event)

    def _exact_match(self) -> ProductData | None:
        text = self.product_search.text().strip()
        first = self.model.product_at(0)
        if first is not None and text and text in (first.ean, first.reference):
            return first
        return None

    # ---- choosing ------------------------------------------------------
    def current_product(self) -> ProductData | None:
        rows = self.product_table.selectionModel().selectedRows()
        if rows:
            return self.model.product_at(rows[0].row())
        return self._exact_match()

    def choose_current(self) -> None:
        product = self.current_product()
        if product is None:
            return
        self.product_chosen.emit(product)
        self.accept()

    def _on_double_click(self, index: QModelIndex) -> None:
        self.product_table.selectRow(index.row())
        self.choose_current()

    def _update_ok(self) -> None:
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.current_product() is not None)

    # ---- language ------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a product"))
        self.hint.setText(self.tr("Search by reference, name or EAN barcode (a scanner works too):"))
        self.product_search.setPlaceholderText(self.tr("Reference, name or barcode"))
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.count_label.setText(self.tr("%n product(s)", "", self.model.rowCount()))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

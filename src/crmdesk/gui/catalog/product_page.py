"""The product catalogue: list, search, create, edit, archive and restore the products orders are made of."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.catalog import FRENCH_VAT_RATES
from crmdesk.domain.errors import CrmError, ValidationErrors
from crmdesk.domain.fields import PRODUCT_FIELDS
from crmdesk.domain.numbers import NumberError
from crmdesk.domain.records import ProductData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.busy import run_busy
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.messages import warn
from crmdesk.gui.common.styles import error_text_style
from crmdesk.gui.common.widgets import FieldErrors, parse_decimal
from crmdesk.gui.forms.ui_product_dialog import Ui_ProductDialog
from crmdesk.gui.orders.models import ProductTableModel, decimal_text
from crmdesk.services import Services

SEARCH_DELAY_MS = 250


class ProductDialog(QDialog):
    """Create or edit one product: reference, name, EAN barcode, unit price excluding tax, VAT rate.

    Signals:
        product_saved(object): the saved ProductData.
    """

    product_saved = Signal(object)

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None,
                 product: ProductData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.services = services
        self.bus = bus
        self.product = product
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.reference, self.name, self.ean = ui.reference, ui.name, ui.ean
        self.unit_price, self.vat_rate, self.nature = ui.unit_price, ui.vat_rate, ui.nature
        self.error_label, self.button_box = ui.error_label, ui.button_box
        self.reference.setMaxLength(PRODUCT_FIELDS["reference"].max_length or 50)
        self.name.setMaxLength(PRODUCT_FIELDS["name"].max_length or 200)
        for rate in FRENCH_VAT_RATES:
            self.vat_rate.addItem(decimal_text(rate))
        # Goods or service: stated on the documents (issue 12); the form holds the items' texts.
        self.nature.setItemData(0, "goods")
        self.nature.setItemData(1, "service")
        # A refused value is said under its field (FieldErrors); error_label is for what no field caused.
        self.errors = FieldErrors(self)
        self.fields: dict[str, QWidget] = {"reference": self.reference, "name": self.name, "ean": self.ean,
                                           "unit_price": self.unit_price, "vat_rate": self.vat_rate,
                                           "nature": self.nature}
        for widget in self.fields.values():
            self.errors.attach(widget)
        self.error_label.setStyleSheet(error_text_style())
        self.error_label.hide()
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        if product is not None:
            self.reference.setText(product.reference)
            self.name.setText(product.name)
            self.ean.setText(product.ean)
            self.unit_price.setText(decimal_text(product.unit_price, 4))
            self.vat_rate.setCurrentText(decimal_text(product.vat_rate, 2))
            self.nature.setCurrentIndex(max(self.nature.findData(product.nature), 0))
        else:
            self.unit_price.setText(decimal_text(Decimal(0)))
        self.retranslate()

    def data(self) -> ProductData | None:
        """The product as typed, or None (with the reason shown) when a number cannot be read."""
        try:
            price = parse_decimal(self.unit_price.text(), field="unit_price")
            rate = parse_decimal(self.vat_rate.currentText(), field="vat_rate")
        except NumberError as exc:  # the one number reader's reason, at its field
            self._show_errors({exc.field: exc.message})
            return None
        if price is None:
            self._show_errors({"unit_price": self.tr("Type a price, e.g. 12.50.")})
            return None
        if rate is None:
            self._show_errors({"vat_rate": self.tr("Type a VAT rate, e.g. 20 or 5.5.")})
            return None
        current = self.product
        return ProductData(current.id if current else None, self.reference.text(), self.name.text(),
                           self.ean.text(), price, rate, current.active if current else True,
                           str(self.nature.currentData() or "goods"))

    def save(self) -> bool:
        self.errors.clear_all()
        self.error_label.hide()
        data = self.data()
        if data is None:
            return False
        try:
            saved = run_busy(self, lambda: self.services.catalog.save_product(data), self.services.db)
        except ValidationErrors as exc:
            self._show_errors(exc.by_field())
            return False
        except CrmError as exc:
            self._show_errors({"": exc.message})
            return False
        self.product = saved
        self.bus.products_changed.emit()
        self.product_saved.emit(saved)
        self.accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        other: list[str] = []
        for field, message in errors.items():
            widget = self.fields.get(field)
            if widget is None:
                other.append(message)
                continue
            self.errors.show(widget, message)
            first = first or widget
        self.error_label.setText("\n".join(other))
        self.error_label.setVisible(bool(other))
        if first is not None:
            first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New product") if self.product is None else self.tr("Edit product"))
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


class ProductPage(QWidget):
    """The catalogue page: search, a paged list, and new / edit / archive / restore.

    Signals:
        product_dialog_opened(object): a ProductDialog was opened (shown with open()).
    """

    product_dialog_opened = Signal(object)

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_page")
        self.services = services
        self.bus = bus
        self.model = ProductTableModel(services, include_inactive=True, parent=self)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.product_search = QLineEdit()
        self.product_search.setObjectName("product_search")
        self.product_search.setClearButtonEnabled(True)
        self.product_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.product_search.setMinimumWidth(300)
        self.filter_show_archived = QCheckBox()
        self.filter_show_archived.setObjectName("filter_show_archived")
        self.product_table = QTableView()
        self.product_table.setObjectName("product_table")
        self.product_table.setModel(self.model)
        self.product_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.product_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.product_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.product_table.setAlternatingRowColors(True)
        self.product_table.verticalHeader().hide()
        self.product_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.product_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.product_count = QLabel()
        self.product_count.setObjectName("product_count")

        self.action_new_product = self._action("action_new_product", "new", self.new_product)
        self.action_edit_product = self._action("action_edit_product", "edit", self.edit_selected)
        self.action_archive_product = self._action("action_archive_product", "archive",
                                                   lambda: self.set_selected_active(False))
        self.action_restore_product = self._action("action_restore_product", "restore",
                                                   lambda: self.set_selected_active(True))
        self.product_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.product_table.addActions([self.action_edit_product, self.action_archive_product,
                                       self.action_restore_product])

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for action in (self.action_new_product, self.action_edit_product, self.action_archive_product,
                       self.action_restore_product):
            button = QToolButton()
            button.setObjectName(action.objectName().replace("action_", "") + "_button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.product_search, 1)
        filters.addWidget(self.filter_show_archived)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.product_table, 1)
        layout.addWidget(self.product_count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.product_search.textEdited.connect(lambda _t: self._timer.start())
        self.product_search.returnPressed.connect(self.search_now)
        self.filter_show_archived.toggled.connect(lambda _on: self.search_now())
        self.product_table.doubleClicked.connect(self._on_double_click)
        self.product_table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        bus.products_changed.connect(self._on_products_changed)

        self.retranslate()
        self.search_now()
        for column, width in ((0, 150), (2, 130), (3, 160), (4, 70), (5, 90)):
            header.resizeSection(column, width)

    def _action(self, name: str, icon_name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), "", self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- list ------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        self.model.set_search(self.product_search.text(), self.filter_show_archived.isChecked())
        self._update_count()
        self.update_actions()

    def _update_count(self) -> None:
        self.product_count.setText(self.tr("%n product(s)", "", self.model.rowCount()))

    def _on_products_changed(self) -> None:
        selected = self.selected_product()
        self.model.refresh()
        self._update_count()
        if selected is not None and selected.id is not None:
            row = self.model.cached_row_of(selected.id)
            if row is None and self.model.rowCount():
                self.model.row_at(0)
                row = self.model.cached_row_of(selected.id)
            if row is not None:
                self.product_table.selectRow(row)
        self.update_actions()

    def selected_product(self) -> ProductData | None:
        rows = self.product_table.selectionModel().selectedRows()
        return self.model.product_at(rows[0].row()) if rows else None

    def update_actions(self) -> None:
        product = self.selected_product()
        self.action_edit_product.setEnabled(product is not None)
        self.action_archive_product.setEnabled(product is not None and product.active)
        self.action_restore_product.setEnabled(product is not None and not product.active)

    # ---- commands ----------------------------------------------------------
    def _open(self, product: ProductData | None) -> ProductDialog:
        dialog = ProductDialog(self.services, self.bus, self, product)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.product_dialog_opened.emit(dialog)
        return dialog

    def new_product(self) -> ProductDialog:
        return self._open(None)

    def edit_selected(self) -> ProductDialog | None:
        product = self.selected_product()
        return self._open(product) if product is not None else None

    def _on_double_click(self, index: QModelIndex) -> None:
        self.product_table.selectRow(index.row())
        self.edit_selected()

    def set_selected_active(self, active: bool) -> None:
        product = self.selected_product()
        if product is None or product.id is None:
            return
        try:
            self.services.catalog.set_product_active(product.id, active)
        except CrmError as exc:
            warn(self, self.tr("Products"), exc.message)
            return
        self.bus.products_changed.emit()

    # ---- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Products"))
        self.product_search.setPlaceholderText(self.tr("Search: reference, name or EAN barcode"))
        self.filter_show_archived.setText(self.tr("Show archived products"))
        for action, text, tip in (
            (self.action_new_product, self.tr("New product"), self.tr("Add a product to the catalogue")),
            (self.action_edit_product, self.tr("Edit"), self.tr("Edit the selected product")),
            (self.action_archive_product, self.tr("Archive"),
             self.tr("Archive: no longer offered for new orders; past orders keep it")),
            (self.action_restore_product, self.tr("Restore"), self.tr("Offer the product again")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

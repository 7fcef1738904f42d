"""The product catalogue: list, search, create, edit, archive and restore the products orders are made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QWidget,
)

from crmdesk.domain.errors import CrmError
from crmdesk.domain.records import ProductData
from crmdesk.gui.catalog.product_dialog import ProductDialog
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.messages import warn
from crmdesk.gui.common.page_parts import page_title, search_box, search_timer, stack_list_page
from crmdesk.gui.orders.models import ProductTableModel
from crmdesk.services import Services

SEARCH_DELAY_MS = 250


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

        self.title = page_title()
        self.product_search = search_box("product_search", 300)
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
        stack_list_page(self, top, filters, self.product_table, self.product_count)

        self._timer = search_timer(self, self.product_search, SEARCH_DELAY_MS, self.search_now)
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

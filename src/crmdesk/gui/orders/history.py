"""A customer's orders (the customer dialog's `orders_page`), with the eye to view and the pencil to edit.

`OrderTableView` is the part shared with the order list page: a paged order table whose rows carry an eye
and a pencil that trigger the same QActions as the buttons, and opening of `OrderDialog`.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError
from crmdesk.domain.orders import is_editable, locked_reason
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.column_fit import ColumnFitter, ColumnWidth
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.messages import warn
from crmdesk.gui.orders.dialog import OrderDialog
from crmdesk.gui.orders.models import (
    ORDER_HISTORY_COLUMNS,
    Column,
    OrderTableModel,
    RowActionsDelegate,
    StatusBadgeDelegate,
    count_text,
    money_text,
)
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery


class OrderTableView(QWidget):
    """Base of the order history panel and the order list page: the table, the eye and the pencil.

    Subclasses lay out `order_table` (named by them) and call `_setup_table`.

    Signals:
        order_dialog_opened(object): the OrderDialog just opened (shown with open(), non-blocking).
    """

    order_dialog_opened = Signal(object)

    def __init__(self, services: Services, bus: DataBus, columns: tuple[Column, ...],
                 parent: QWidget | None = None, *, threaded: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.model = OrderTableModel(services, columns, None, self, threaded=threaded)
        self._restore: tuple[int | None, int | None] | None = None  # selection to put back after a refresh
        self.model.loaded.connect(self._after_load)
        self.table = QTableView()
        self.action_view_order = QAction(icon("view"), "", self)
        self.action_view_order.setObjectName("action_view_order")
        self.action_edit_order = QAction(icon("edit"), "", self)
        self.action_edit_order.setObjectName("action_edit_order")
        self.addActions([self.action_view_order, self.action_edit_order])
        self.action_view_order.triggered.connect(self.view_selected)
        self.action_edit_order.triggered.connect(self.edit_selected)
        self.view_order_button = self._tool_button("view_order_button", self.action_view_order)
        self.edit_order_button = self._tool_button("edit_order_button", self.action_edit_order)
        # Documents of the selected orders (issue 12)
        from crmdesk.gui.documents.dialog import DocumentActions

        self.document_actions = DocumentActions(self, services, self.selected_orders)
        self.print_button = self._tool_button("print_button", self.document_actions.action_print_order)
        self.delivery_note_button = self._tool_button("delivery_note_button",
                                                      self.document_actions.action_print_delivery_note)

    @staticmethod
    def _tool_button(name: str, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setMouseTracking(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        keys = [c.key for c in self.model.columns]
        table.setItemDelegateForColumn(keys.index("status"), StatusBadgeDelegate(table))
        self.actions_delegate = RowActionsDelegate(table, self.action_view_order, self.action_edit_order,
                                                   self.select_row)
        table.setItemDelegateForColumn(keys.index("actions"), self.actions_delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(keys.index("actions"), QHeaderView.ResizeMode.Fixed)
        header.resizeSection(keys.index("actions"), 72)
        header.setHighlightSections(False)
        header.setSortIndicator(keys.index("date"), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_sort)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.action_view_order, self.action_edit_order, *self.document_actions.actions()])
        table.doubleClicked.connect(self._on_double_click)
        table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.model.dataChanged.connect(self.update_actions)
        table.installEventFilter(self)

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sort_key_of(column) is None:
            # Columns without a database sort (the icons) keep the previous sort.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            if self.model.query is not None:
                keys = [c.sort_key for c in self.model.columns]
                previous = keys.index(self.model.query.sort) if self.model.query.sort in keys else 1
                header.setSortIndicator(previous, Qt.SortOrder.DescendingOrder if self.model.query.descending
                                        else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def sort_of_header(self) -> tuple[str, bool]:
        header = self.table.horizontalHeader()
        key = self.model.sort_key_of(header.sortIndicatorSection()) or "date"
        return key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Return opens the selected order read-only (the same as a double-click), without a window shortcut.
        if watched is self.table and event.type() == QEvent.Type.ShortcutOverride:
            # F2 in an order table edits the order (the pencil), as F2 edits a customer in the customer list:
            # taken here before the main window's F2 (edit customer) shortcut.
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_F2 and not event.modifiers():
                event.accept()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
                self.action_view_order.trigger()
                return True
            if event.key() == Qt.Key.Key_F2 and not event.modifiers():
                if self.selected_id() is not None and self.action_edit_order.isEnabled():
                    self.action_edit_order.trigger()
                return True

        return super().eventFilter(watched, event)

    # ---- selection -------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_orders(self) -> list[tuple[int, str]]:
        """(id, status) of every selected order, in the list's order."""
        if self.table.selectionModel() is None:
            return []
        out = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            order_id, status = self.model.id_at(index.row()), self.model.status_at(index.row())
            if order_id is not None and status is not None:
                out.append((order_id, status))
        return out

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.id_at(row) if row is not None else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_order(self, order_id: int) -> bool:
        row = self.model.cached_row_of(order_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def update_actions(self) -> None:
        row = self.selected_row()
        status = self.model.status_at(row) if row is not None else None
        self.action_view_order.setEnabled(status is not None)
        editable = status is not None and is_editable(status)
        self.action_edit_order.setEnabled(editable)
        if status is not None and not editable:
            # Say why the pencil is off: "Commande déjà préparée".
            tip = locked_reason(status)
        else:
            tip = self.tr("Edit the order")
        self.action_edit_order.setToolTip(tip)
        self.action_edit_order.setStatusTip(tip)
        self.document_actions.update()

    def refresh_keeping_selection(self) -> None:
        """Read again (a threaded model: in the background); the selected order stays selected."""
        self._restore = (self.selected_id(), self.selected_row())
        self.model.refresh()

    def _after_load(self) -> None:
        selected, old_row = self._restore or (None, None)
        self._restore = None
        if selected is not None:
            if old_row is not None:
                self.model.row_at(min(old_row, max(self.model.rowCount() - 1, 0)))
            if not self.select_order(selected):
                self.table.clearSelection()
        self.update_actions()

    # ---- opening ---------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.columns[index.column()].key != "actions":
            self.select_row(index.row())
            self.action_view_order.trigger()

    def view_selected(self) -> OrderDialog | None:
        order_id = self.selected_id()
        return self.open_order(order_id, read_only=True) if order_id is not None else None

    def edit_selected(self) -> OrderDialog | None:
        order_id = self.selected_id()
        return self.open_order(order_id, read_only=False) if order_id is not None else None

    def open_order(self, order_id: int, read_only: bool) -> OrderDialog | None:
        """Open the order (read-only with the eye); a prepared order opens read-only whatever was asked."""
        try:
            dialog = OrderDialog(self.services, self.bus, self, order_id=order_id, read_only=read_only)
        except CrmError as exc:
            warn(self, self.tr("Order"), exc.message)
            self.refresh_keeping_selection()
            return None
        return self._show_dialog(dialog)

    def _show_dialog(self, dialog: OrderDialog) -> OrderDialog:
        dialog.open()
        self.order_dialog_opened.emit(dialog)
        return dialog

    def retranslate_actions(self) -> None:
        self.action_view_order.setText(self.tr("View"))
        self.action_view_order.setToolTip(self.tr("View the order"))
        self.action_view_order.setStatusTip(self.tr("View the order"))
        self.action_edit_order.setText(self.tr("Edit"))
        self.document_actions.retranslate()
        self.model.retranslate()
        self.update_actions()


class OrderHistoryPanel(OrderTableView):
    """All the orders of one customer, newest first, with the totals of the orders shown.

    Signals:
        order_dialog_opened(object): an OrderDialog was opened from this panel.
    """

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, ORDER_HISTORY_COLUMNS, parent)
        self._totals: tuple[Decimal, Decimal] | None = None  # of the orders shown, as last read
        self.setObjectName("order_history_panel")
        self.customer_id: int | None = None
        self.order_history = self.table
        self.order_history.setObjectName("order_history")
        self._setup_table()

        self.action_new_customer_order = QAction(icon("new"), "", self)
        self.action_new_customer_order.setObjectName("action_new_customer_order")
        self.action_new_customer_order.triggered.connect(self.new_order)
        self.addAction(self.action_new_customer_order)
        self.new_order_button = self._tool_button("new_order_button", self.action_new_customer_order)
        self.title = QLabel()
        self.title.setObjectName("order_history_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("order_history_hint")
        self.empty_hint.setWordWrap(True)
        self.order_totals = QLabel()
        self.order_totals.setObjectName("order_totals")
        self.order_totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.order_count = QLabel()
        self.order_count.setObjectName("order_count")

        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for button in (self.new_order_button, self.view_order_button, self.edit_order_button, self.print_button):
            bar.addWidget(button)
        footer = QHBoxLayout()
        footer.addWidget(self.order_count)
        footer.addStretch(1)
        footer.addWidget(self.order_totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.order_history, 1)
        layout.addLayout(footer)

        # Widths that fit the dialog (issue 15): the eye and the pencil in view at 1024×768, the delivery city
        # over the free width, the payment method whole where there is room.
        self.column_fitter = ColumnFitter(self.order_history, self._column_widths,
                                          [c.key for c in self.model.columns].index("delivery_city"))

        bus.orders_changed.connect(self._on_orders_changed)
        self.retranslate()
        self.set_customer(None)

    def _column_widths(self) -> list[ColumnWidth]:
        from crmdesk.domain.enums import OrderStatus

        table = self.order_history
        header = table.horizontalHeader()
        metrics, char = table.fontMetrics(), table.fontMetrics().averageCharWidth()
        pad = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 6
        header_pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_HeaderMargin, None, header) + 4

        def text(*samples: str) -> int:
            return max(metrics.horizontalAdvance(s) for s in samples) + pad

        amount = text(money_text(Decimal("99999.99")))
        values = {
            "number": text("CMD-0000-000000"), "date": text(QLocale().toString(QDate(2026, 12, 31), QLocale.FormatType.ShortFormat)),
            "status": text(*(status.label for status in OrderStatus)) + 20,  # the badge round the word
            "line_count": text("999"), "total_excl_tax": amount, "total_incl_tax": amount,
        }
        methods = [m.label for m in self.services.catalog.payment_methods()] or ["Virement"]
        out = []
        for i, column in enumerate(self.model.columns):
            if header.isSectionHidden(i):
                continue
            heading = header.fontMetrics().horizontalAdvance(self.model.header_text(column.key)) + header_pad
            if column.key == "actions":
                stages: tuple[int, ...] = (self.actions_delegate.sizeHint(QStyleOptionViewItem(),
                                                                          QModelIndex()).width(),)
            elif column.key in values:  # the value whole, the heading whole when there is room
                stages = (values[column.key], values[column.key], max(values[column.key], heading))
            elif column.key == "payment_method":
                stages = (7 * char, 9 * char, max(text(*methods), heading))
            else:  # the delivery city: stretches
                stages = (8 * char, 12 * char, max(16 * char, heading))
            out.append(ColumnWidth(str(i), stages))
        return out

    def set_customer(self, customer_id: int | None) -> None:
        """Show the orders of this customer (None: a customer not saved yet, no orders)."""
        self.customer_id = customer_id
        if customer_id is None:
            self.model.set_query(None)
        else:
            sort, descending = self.sort_of_header()
            self.model.set_query(OrderQuery(customer_id=customer_id, sort=sort, descending=descending))
        self.action_new_customer_order.setEnabled(customer_id is not None)
        self._update_summary()
        self.update_actions()

    def _on_orders_changed(self, customer_id: int, _order_ids: list) -> None:
        if self.customer_id is not None and customer_id == self.customer_id:
            self.refresh_keeping_selection()
            self._update_summary()

    def _update_summary(self, read: bool = True) -> None:
        """The count and totals under the table; `read=False` (a language change) only words them again."""
        self.empty_hint.setVisible(self.customer_id is None)
        if self.customer_id is None or self.model.query is None:
            self.order_count.setText("")
            self.order_totals.setText("")
            self._totals = None
            return
        count = self.model.rowCount()
        self.order_count.setText(count_text(self.tr("%n order(s)", "", count), count))
        if read or self._totals is None:
            self._totals = self.services.orders.totals(replace(self.model.query))
        excl, incl = self._totals
        self.order_totals.setText(self.tr("Total excl. tax: %1 — Total incl. tax: %2")
                                  .replace("%1", money_text(excl)).replace("%2", money_text(incl)))

    def new_order(self) -> OrderDialog | None:
        """A new order for this customer, with its defaults (preferred payment method, terms, addresses)."""
        if self.customer_id is None:
            return None
        try:
            draft = self.services.orders.new_order_for(self.customer_id)
        except CrmError as exc:
            warn(self, self.tr("New order"), exc.message)
            return None
        return self._show_dialog(OrderDialog(self.services, self.bus, self, order=draft))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders of this customer"))
        self.empty_hint.setText(self.tr("Save the customer first: its orders will then be shown here."))
        self.action_new_customer_order.setText(self.tr("New order"))
        self.action_new_customer_order.setToolTip(self.tr("Create an order for this customer, with its "
                                                          "preferred payment method and addresses"))
        self.retranslate_actions()
        self._update_summary(read=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The customer list ("Ventes clients" › "Clients"): search as you type, filters, sort, row actions.

The page finds any customer among a million as the user types: the search and the filters build a
CustomerQuery that the model (crmdesk.gui.customers.table_model) counts and pages in the background, so typing
never waits on the database. The actions of the main window (CustomerActions) act on the selected rows;
the same QActions appear in the toolbar, the context menu, the row icons and as keyboard shortcuts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError, DeleteRefusedError
from crmdesk.domain.numbers import format_money
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.column_fit import ColumnWidth, IconWhenNarrowDelegate, fit_placeholder, fit_widths
from crmdesk.gui.common.flow_layout import FlowLayout
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.widgets import OptionalDateEdit, RefCombo, ValueCombo, number_language
from crmdesk.gui.customers.actions import CustomerActions
from crmdesk.gui.customers.name_delegate import NameWithMatchDelegate
from crmdesk.gui.customers.table_model import (
    ACTIONS_COLUMN,
    COLUMN_KEYS,
    COLUMNS,
    MATCH_ROLE,
    NAME_COLUMN,
    CustomerTableModel,
    RowActionsDelegate,
)
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.undo import DeletedCustomers

log = logging.getLogger(__name__)

SETTINGS_HEADER = "customer_list/header"
SETTINGS_USER_SIZED = "customer_list/user_sized"  # the columns whose width the user set
# The search starts with the keystroke (0: at the next turn of the event loop, so that keys arriving together
# make one query); a newer keystroke cancels the query still running (gui/common/paged_model.py).
SEARCH_DELAY_MS = 0
# Shown from the header menu; hidden at first so that the row icons fit a 1280-pixel screen beside the
# figures of issue 13 ("CA 12 mois", "Encours").
HIDDEN_BY_DEFAULT = ("status", "order_count", "last_order_date")


class MessageBar(QFrame):
    """A line above the list saying what was just done, with an optional "Undo" (objectName `message_bar`).

    Signals:
        undo_requested(): the Undo button was clicked.
    """

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#message_bar { background: palette(alternate-base); border: 1px solid palette(mid);"
                           " border-radius: 4px; }")
        self.icon = QLabel()
        self.icon.setPixmap(icon("info").pixmap(16, 16))
        self.text = QLabel()
        self.text.setObjectName("message_text")
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(icon("undo"), "")
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("clear"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo_action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Lie over the bottom of `host` (the list) instead of taking a line of the layout: showing or hiding
        the bar never moves the rows under the mouse."""
        self.setParent(host)
        self.setAutoFillBackground(True)
        host.installEventFilter(self)
        self.hide()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        margin = 8
        width = max(host.width() - 2 * margin - 16, 100)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(height, self.sizeHint().height())
        self.setGeometry(margin, host.height() - height - margin - 16, width, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def show_message(self, text: str, undo: Callable[[], None] | None = None, warning: bool = False) -> None:
        self.text.setText(text)
        self.icon.setPixmap(icon("warning" if warning else "info").pixmap(16, 16))
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._place()
        self._timer.start(15_000 if undo else 8_000)

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()
        self.undo_requested.emit()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.close_button.setToolTip(self.tr("Close"))


class CustomerListPage(QWidget):
    """The list of customers with its search box, filters, toolbar and row actions.

    Signals:
        selection_changed(list): ids of the selected customers.
        count_changed(int): number of customers matching the search and filters.
    """

    selection_changed = Signal(list)
    count_changed = Signal(int)

    def __init__(self, services: Services, bus: DataBus, actions: CustomerActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_list_page")
        self.services = services
        self.bus = bus
        self.customer_actions = actions
        self.dialogs: list[QWidget] = []  # open customer / order dialogs (kept alive, closed with the page)
        self.message_boxes: list[QMessageBox] = []
        self._restore_ids: list[int] = []
        self._restore_current: int | None = None
        self._restore_scroll: int | None = None
        self._layout_restored = False
        self._fitting = False
        self._user_sized: set[str] = set()  # columns whose width the user chose (kept by the fit)
        self._payment_labels: list[str] = []
        self._search_placeholders: list[str] = []  # longest first (see retranslate)
        self._table_viewport: QWidget | None = None

        self.model = CustomerTableModel(services, self)
        self._build_toolbar()
        self._build_filters()
        self.message_bar = MessageBar(self)
        self._build_table()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(self.top_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.customer_table, 1)
        self.message_bar.float_over(self.customer_table)
        self.setFocusProxy(self.customer_search)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_header_state)

        self._connect()
        self.retranslate()
        self._restore_header_state()
        self.update_actions()
        self.model.set_query(self.current_query())

    # ---- building ---------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        a = self.customer_actions
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("customer_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio))
        for action in (a.new, None, a.view, a.edit, a.duplicate, a.delete, None, a.archive, a.restore, None,
                       a.new_order):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        for action in (a.view, a.edit, a.duplicate, a.delete, a.archive, a.restore):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("customer_search")
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.customer_search.setMinimumWidth(200)
        self.customer_search.installEventFilter(self)
        # Ctrl+F anywhere on the page (or in the window, when the page is shown) goes to the search box.
        self.search_action = QAction(self)
        self.search_action.setObjectName("action_search_customers")
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(8)
        self.top_row.addWidget(self.toolbar, 1)
        self.top_row.addWidget(self.customer_search, 1)

    def _build_filters(self) -> None:
        self.filter_status = ValueCombo()
        self.filter_status.setObjectName("filter_status")
        self.filter_kind = ValueCombo()
        self.filter_kind.setObjectName("filter_kind")
        self.filter_payment_method = RefCombo()
        self.filter_payment_method.setObjectName("filter_payment_method")
        self.filter_payment_terms = RefCombo()
        self.filter_payment_terms.setObjectName("filter_payment_terms")
        self.filter_place = QLineEdit()
        self.filter_place.setObjectName("filter_place")
        self.filter_place.setClearButtonEnabled(True)
        self.filter_place.setMinimumWidth(110)
        self.filter_place.setMaximumWidth(170)
        self.filter_open_orders = QCheckBox()
        self.filter_open_orders.setObjectName("filter_open_orders")
        self.filter_over_credit_limit = QCheckBox()  # issue 13: outstanding orders over the credit limit
        self.filter_over_credit_limit.setObjectName("filter_over_credit_limit")
        from crmdesk.gui.customers.categories import CategoryFilter

        self.filter_category = CategoryFilter(self.services)  # issue 13
        self.filter_created_from = OptionalDateEdit()
        self.filter_created_from.setObjectName("filter_created_from")
        self.filter_created_to = OptionalDateEdit()
        self.filter_created_to.setObjectName("filter_created_to")
        self.created_dash = QLabel("–")
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters_button")
        self.clear_filters_button.setIcon(icon("clear-filters"))
        self.clear_filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_filters_button.setAutoRaise(True)
        self.customer_count = QLabel()
        self.customer_count.setObjectName("customer_count")
        self.customer_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.customer_count.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # Wraps to a second line on a narrow window rather than forcing a minimum width on it.
        self.filter_row = FlowLayout(spacing=6)
        for widget in (self.filter_status, self.filter_kind, self.filter_payment_method, self.filter_payment_terms,
                       self.filter_place, self.filter_category, self.filter_open_orders,
                       self.filter_over_credit_limit,
                       self.filter_created_from, self.created_dash, self.filter_created_to,
                       self.clear_filters_button):
            self.filter_row.addWidget(widget)
        self.top_row.addWidget(self.customer_count)
        for combo in (self.filter_status, self.filter_kind, self.filter_payment_method, self.filter_payment_terms):
            # As wide as their longest entry: a choice is never cut ("Payment meth"), and choosing one does not
            # move the filters beside it; the filter row wraps on a narrow window.
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.filter_created_from, self.filter_created_to):
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self._fill_reference_filters()

    def reload_reference_lists(self) -> None:
        """Re-read the payment methods and terms after the reference lists were edited."""
        self._fill_reference_filters()

    def _fill_reference_filters(self) -> None:
        try:
            methods, terms = self.services.catalog.payment_methods(), self.services.catalog.payment_terms()
        except Exception as exc:  # noqa: BLE001 - the database unreachable: keep the entries shown, say why
            self.message_bar.show_message(self.tr("The reference lists could not be read: %1").replace("%1", str(exc)),
                                          warning=True)
            return
        self._payment_labels = [m.label for m in methods]
        self.filter_payment_method.set_items(methods, self.tr("Payment method"),
                                             self.filter_payment_method.current_id())
        self.filter_payment_terms.set_items(terms, self.tr("Payment terms"), self.filter_payment_terms.current_id())

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("customer_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never asks the model for a size hint per row (a million rows).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut on a narrow window says so: "Tur…"
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        self.row_actions = [self.customer_actions.duplicate, self.customer_actions.view, self.customer_actions.edit, self.customer_actions.delete]
        self.row_delegate = RowActionsDelegate(table, self.row_actions, self.select_only_row)
        self.row_delegate.GAP = 6  # four icons: the column fits a 1024-pixel screen beside the figures
        table.setItemDelegateForColumn(ACTIONS_COLUMN, self.row_delegate)
        # The name, then greyed why the row matches when it is in a hidden field (issue 16).
        self.name_delegate = NameWithMatchDelegate(MATCH_ROLE, table)
        table.setItemDelegateForColumn(COLUMN_KEYS.index("name"), self.name_delegate)
        # A narrow window shows the kind as its icon alone (the word in the tooltip).
        self.kind_delegate = IconWhenNarrowDelegate(table)
        table.setItemDelegateForColumn(COLUMN_KEYS.index("kind"), self.kind_delegate)
        table.setMouseTracking(True)
        for key in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(COLUMN_KEYS.index(key), True)
        # Enter and Delete act on the table only: typed in the search box they keep their usual meaning.
        for action in (self.customer_actions.view, self.customer_actions.delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        self.customer_table = table
        self._fit_columns(1200)

    def _connect(self) -> None:
        a = self.customer_actions
        a.new.triggered.connect(self.new_customer)
        a.view.triggered.connect(lambda: self.open_customer("view"))
        a.edit.triggered.connect(lambda: self.open_customer("edit"))
        a.duplicate.triggered.connect(lambda: self.open_customer("duplicate"))
        a.delete.triggered.connect(self.delete_selected)
        a.archive.triggered.connect(lambda: self.set_selected_active(False))
        a.restore.triggered.connect(lambda: self.set_selected_active(True))
        a.new_order.triggered.connect(self._on_new_order)

        self.customer_search.textChanged.connect(self._schedule_search)
        self.filter_place.textChanged.connect(self._schedule_search)
        for combo in (self.filter_status, self.filter_kind, self.filter_payment_method, self.filter_payment_terms):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.filter_open_orders.toggled.connect(self.apply_filters)
        self.filter_over_credit_limit.toggled.connect(self.apply_filters)
        self.filter_category.currentIndexChanged.connect(self.apply_filters)
        self.filter_created_from.dateChanged.connect(self.apply_filters)
        self.filter_created_to.dateChanged.connect(self.apply_filters)
        self.clear_filters_button.clicked.connect(self.clear_filters)

        table = self.customer_table
        table.doubleClicked.connect(self._on_double_click)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header = table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sectionResized.connect(self._on_section_resized)
        self._table_viewport = table.viewport()
        self._table_viewport.installEventFilter(self)

        self.model.loaded.connect(self._on_loaded)
        self.model.modelReset.connect(self.update_actions)
        self.model.rowsRemoved.connect(lambda *_: self._after_rows_changed())
        self.model.rowsInserted.connect(lambda *_: self._after_rows_changed())
        self.model.failed.connect(lambda message: self.message_bar.show_message(message, warning=True))
        self.model.busy_changed.connect(self._on_busy)

        self.bus.customers_changed.connect(self._on_customers_changed)
        self.bus.customers_removed.connect(self._on_customers_removed)
        self.bus.orders_changed.connect(lambda customer_id, _ids: self._on_customers_changed([customer_id]))

    # ---- query ------------------------------------------------------------------------------
    def current_query(self) -> CustomerQuery:
        status = self.filter_status.value() or "active"
        kind = self.filter_kind.value() or None
        return CustomerQuery(
            text=self.customer_search.text(),
            status=str(status),
            kind=str(kind) if kind else None,
            payment_method_id=self.filter_payment_method.current_id(),
            payment_terms_id=self.filter_payment_terms.current_id(),
            place_prefix=self.filter_place.text().strip(),
            has_open_orders=self.filter_open_orders.isChecked(),
            over_credit_limit=self.filter_over_credit_limit.isChecked(),
            category_id=self.filter_category.value(),
            created_from=self.filter_created_from.value(),
            created_to=self.filter_created_to.value(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def _schedule_search(self) -> None:
        self._search_timer.start()

    def apply_filters(self) -> None:
        """Run the search and filters now (the search box waits SEARCH_DELAY_MS after the last key)."""
        self._search_timer.stop()
        query = self.current_query()
        self._update_clear_button(query)
        if query != self.model.query:
            self._forget_selection()
            self.model.set_query(query)

    def clear_filters(self) -> None:
        """Back to every active customer: search text and every filter cleared."""
        widgets = (self.customer_search, self.filter_place, self.filter_status, self.filter_kind,
                   self.filter_payment_method, self.filter_payment_terms, self.filter_open_orders,
                   self.filter_over_credit_limit, self.filter_category, self.filter_created_from,
                   self.filter_created_to)
        blocked = [w.blockSignals(True) for w in widgets]
        self.customer_search.clear()
        self.filter_place.clear()
        self.filter_status.set_value("active")
        self.filter_kind.set_value(None)
        self.filter_payment_method.set_value(None)
        self.filter_payment_terms.set_value(None)
        self.filter_open_orders.setChecked(False)
        self.filter_over_credit_limit.setChecked(False)
        self.filter_category.setCurrentIndex(0)
        self.filter_created_from.clear_value()
        self.filter_created_to.clear_value()
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.apply_filters()

    def _update_clear_button(self, query: CustomerQuery) -> None:
        default = replace(CustomerQuery(), sort=query.sort, descending=query.descending)
        self.clear_filters_button.setEnabled(query != default)

    def focus_search(self) -> None:
        self.customer_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customer_search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self._table_viewport:
            self._fit_columns()
            return False
        if event.type() == QEvent.Type.Resize and watched is self.customer_search and self._search_placeholders:
            fit_placeholder(self.customer_search, self._search_placeholders)
            return False
        if watched is self.customer_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) or (
                    event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount()):
                # From the search box straight into the results.
                if self._search_timer.isActive():
                    self.apply_filters()
                self.customer_table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.selected_ids() and self.model.rowCount():
                    self.select_only_row(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.customer_search.text():
                self.customer_search.clear()
                return True
        return super().eventFilter(watched, event)

    # ---- model results ----------------------------------------------------------------------
    def _on_loaded(self, count: int) -> None:
        self.update_count(count)
        self._restore_selection()
        self.update_actions()

    def _on_busy(self, busy: bool) -> None:
        self.customer_table.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def update_count(self, count: int | None = None) -> None:
        count = self.model.rowCount() if count is None else count
        if not self.model.count_known():
            # The first page of a common search is shown; its count follows.
            text = self.tr("%1+ customers…").replace("%1", self.locale().toString(count))
        elif count == 0:
            text = self.tr("No customers")
        elif count == 1:
            text = self.tr("1 customer")
        else:
            text = self.tr("%1 customers").replace("%1", self.locale().toString(count))
        self.customer_count.setText(text)
        self.count_changed.emit(count)

    def _after_rows_changed(self) -> None:
        self.update_count()
        self.update_actions()

    # ---- selection --------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        model = self.customer_table.selectionModel()
        return sorted(index.row() for index in model.selectedRows())

    def selected_ids(self) -> list[int]:
        ids = [self.model.customer_id(r) for r in self.selected_rows()]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        """The customer the single-customer actions act on: the current row if selected, else the only one."""
        index = self.customer_table.currentIndex()
        selection = self.customer_table.selectionModel()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return self.model.customer_id(index.row())
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_only_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows |
                 QItemSelectionModel.SelectionFlag.Current)
        self.customer_table.selectionModel().setCurrentIndex(index, flags)
        self.customer_table.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.find_row(customer_id)
        if row is None:
            return False
        self.select_only_row(row)
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.update_actions()
        self.selection_changed.emit(self.selected_ids())

    def update_actions(self) -> None:
        rows = self.selected_rows()
        count = len(rows)
        one = count == 1
        states = [self.model.row_at(r) for r in rows[:500]]
        any_active = any(s is not None and s.active for s in states)
        any_archived = any(s is not None and not s.active for s in states)
        a = self.customer_actions
        for action in (a.view, a.edit, a.duplicate):
            action.setEnabled(one)
        a.delete.setEnabled(count > 0)
        a.archive.setEnabled(any_active)
        a.restore.setEnabled(any_archived)
        a.delete.setText(self.tr("De&lete") if count <= 1 else self.tr("De&lete %1 customers").replace(
            "%1", self.locale().toString(count)))
        a.archive.setVisible(any_active or not any_archived)
        a.restore.setVisible(any_archived)

    def _forget_selection(self) -> None:
        self._restore_ids = []
        self._restore_current = None
        self._restore_scroll = None

    def _remember_selection(self) -> None:
        self._restore_ids = self.selected_ids()
        self._restore_current = self.current_id()
        self._restore_scroll = self.customer_table.verticalScrollBar().value()

    def _restore_selection(self) -> None:
        """After a refresh: the same customers selected, the view where it was."""
        ids, current, scroll = self._restore_ids, self._restore_current, self._restore_scroll
        self._forget_selection()
        if scroll is not None:
            self.customer_table.verticalScrollBar().setValue(scroll)
        if not ids:
            return
        rows = [r for r in (self.model.cached_row_of(i) for i in ids) if r is not None]
        if current is not None and self.model.cached_row_of(current) is None:
            found = self.model.find_row(current)
            if found is not None:
                rows.append(found)
        if not rows:
            return
        selection = QItemSelection()
        for r in rows:
            selection.select(self.model.index(r, 0), self.model.index(r, len(COLUMNS) - 1))
        selection_model = self.customer_table.selectionModel()
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        current_row = self.model.cached_row_of(current) if current is not None else None
        if current_row is None:
            current_row = rows[0]
        selection_model.setCurrentIndex(self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if scroll is None or not self._row_visible(current_row):
            self.customer_table.scrollTo(self.model.index(current_row, 0))

    def _row_visible(self, row: int) -> bool:
        viewport = self.customer_table.viewport().rect()
        rect = self.customer_table.visualRect(self.model.index(row, 0))
        return rect.isValid() and viewport.intersects(rect)

    # ---- refresh on changes made elsewhere ---------------------------------------------------
    def _on_customers_changed(self, ids: list[int]) -> None:
        self._remember_selection()
        self.model.refresh(changed_ids=ids)

    def _on_customers_removed(self, ids: list[int]) -> None:
        self._remember_selection()
        self._restore_ids = [i for i in self._restore_ids if i not in ids]
        self.model.refresh(removed_ids=ids)

    # ---- actions ----------------------------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != ACTIONS_COLUMN:
            self.select_only_row(index.row())
            if self.customer_actions.view.isEnabled():
                self.customer_actions.view.trigger()

    def _context_menu(self, position: QPoint) -> None:
        index = self.customer_table.indexAt(position)
        if index.isValid() and not self.customer_table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_only_row(index.row())
        self._menu = self.context_menu()
        self._menu.popup(self.customer_table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The actions on the selected rows, as the table's context menu shows them."""
        a = self.customer_actions
        menu = QMenu(self)
        menu.setObjectName("customer_context_menu")
        for action in (a.view, a.edit, a.duplicate, None, a.new_order, None, a.archive, a.restore, a.delete, None,
                       a.new):
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        data_actions = getattr(self.window(), "data_actions", None)  # GDPR requests (issue 11)
        if data_actions is not None:
            menu.addSeparator()
            for action in data_actions.list_actions():
                action.setEnabled(self.current_id() is not None)
                menu.addAction(action)
        return menu

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        dialog.open()  # type: ignore[attr-defined]

    def _forget_dialog(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _page_is_active(self) -> bool:
        """Shared main-window actions are answered by the page on screen only."""
        return self.isVisible()

    def new_customer(self) -> None:
        """A new customer, whatever page is shown: the "+" next to "Clients" and Ctrl+N mean the same."""
        from crmdesk.gui.customers.dialog import CustomerDialog

        dialog = CustomerDialog(self.services, self.bus, self.window(), mode="create")
        dialog.saved.connect(self._select_after_save)
        self._open_dialog(dialog)

    def open_customer(self, mode: str) -> None:
        customer_id = self.current_id()
        if customer_id is None or not self._page_is_active():
            return
        from crmdesk.gui.customers.dialog import CustomerDialog

        try:
            dialog = CustomerDialog(self.services, self.bus, self.window(), customer_id=customer_id, mode=mode)
        except CrmError as exc:
            self.message_bar.show_message(exc.message, warning=True)
            self.model.refresh(changed_ids=[customer_id])
            return
        if mode == "duplicate":
            dialog.saved.connect(self._select_after_save)
        self._open_dialog(dialog)

    def _select_after_save(self, customer_id: int) -> None:
        # The list refreshes on the bus signal of the save; then this customer is the selected one.
        self._restore_ids = [customer_id]
        self._restore_current = customer_id
        self._restore_scroll = None

    def _on_new_order(self) -> None:
        if not self._page_is_active():
            return
        customer_id = self.current_id()
        if customer_id is None:
            self.message_bar.show_message(self.tr("Select the customer to create an order for."))
            return
        from crmdesk.gui.orders.dialog import OrderDialog

        try:
            order = self.services.orders.new_order_for(customer_id)
        except CrmError as exc:
            self.message_bar.show_message(exc.message, warning=True)
            return
        self._open_dialog(OrderDialog(self.services, self.bus, self.window(), order=order, read_only=False))

    def _names(self, ids: list[int], limit: int = 8) -> str:
        lines = []
        for customer_id in ids[:limit]:
            cached = self.model.cached_row_of(customer_id)
            row = self.model.row_at(cached) if cached is not None else self.services.customers.row(customer_id)
            if row is not None:
                lines.append(f"• {row.name} ({row.code})")
        if len(ids) > limit:
            lines.append(self.tr("… and %1 more").replace("%1", self.locale().toString(len(ids) - limit)))
        return "\n".join(lines)

    def ask(self, title: str, text: str, buttons: QMessageBox.StandardButton,
            default: QMessageBox.StandardButton, on_answer: Callable[[QMessageBox.StandardButton], None],
            name: str, icon_: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
        """A window-modal question that does not block: `on_answer` gets the button clicked."""
        box = QMessageBox(icon_, title, text, buttons, self)
        box.setObjectName(name)
        box.setDefaultButton(default)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_boxes.append(box)

        def answered(_result: int) -> None:
            clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else \
                QMessageBox.StandardButton.Cancel
            if box in self.message_boxes:
                self.message_boxes.remove(box)
            on_answer(clicked)

        box.finished.connect(answered)
        box.open()
        return box

    def _order_counts(self, ids: list[int]) -> dict[int, int]:
        counts = {}
        for customer_id in ids:
            cached = self.model.cached_row_of(customer_id)
            row = self.model.row_at(cached) if cached is not None else self.services.customers.row(customer_id)
            counts[customer_id] = row.order_count if row is not None else 0
        return counts

    def delete_selected(self) -> None:
        """One question that says from the start what will happen: deleted (with an Undo for a while), or,
        for customers with orders, archived instead."""
        if not self._page_is_active():
            return
        ids = self.selected_ids()
        if not ids:
            return
        counts = self._order_counts(ids)
        with_orders = [i for i in ids if counts.get(i)]
        names = self._names(ids)
        if with_orders:
            orders = sum(counts[i] for i in with_orders)
            # Singular and plural spelled out (no %n form: the English catalogue has no plural entries yet).
            if len(ids) == 1:
                has = self.tr("This customer has 1 order") if orders == 1 else \
                    self.tr("This customer has %1 orders").replace("%1", self.locale().toString(orders))
                text = self.tr("%1\n\n%2: it is kept for its history and cannot be deleted.\n\nArchive it "
                               "instead? It will be hidden from the list and can be restored.").replace(
                    "%1", names).replace("%2", has)
            else:
                have = self.tr("1 of these customers has orders") if len(with_orders) == 1 else \
                    self.tr("%1 of these customers have orders").replace(
                        "%1", self.locale().toString(len(with_orders)))
                text = self.tr("%1\n\n%2: customers with orders are kept for their history and cannot be "
                               "deleted.\n\nArchive the selected customers instead? They will be hidden from the "
                               "list and can be restored.").replace("%1", names).replace("%2", have)
            box = self.ask(self.tr("Archive instead of deleting"), text,
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                           QMessageBox.StandardButton.Yes,
                           lambda answer: self.set_active(ids, False) if answer == QMessageBox.StandardButton.Yes
                           else None, "delete_confirmation", QMessageBox.Icon.Question)
            yes = box.button(QMessageBox.StandardButton.Yes)
            if yes is not None:
                yes.setText(self.tr("Archive"))
                yes.setIcon(icon("archive"))
            return
        if len(ids) == 1:
            text = self.tr("Delete this customer and its addresses?\n\n%1\n\nYou can undo it for a few seconds "
                           "with “Undo” in the message bar.").replace("%1", names)
        else:
            text = self.tr("Delete these %1 customers and their addresses?\n\n%2\n\nYou can undo it for a few "
                           "seconds with “Undo” in the message bar.").replace(
                "%1", self.locale().toString(len(ids))).replace("%2", names)
        box = self.ask(self.tr("Delete customers") if len(ids) > 1 else self.tr("Delete customer"), text,
                       QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                       QMessageBox.StandardButton.Cancel,
                       lambda answer: self._delete(ids) if answer == QMessageBox.StandardButton.Yes else None,
                       "delete_confirmation", QMessageBox.Icon.Warning)
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Delete"))
            yes.setIcon(icon("delete"))

    def _delete(self, ids: list[int]) -> None:
        try:
            taken = self.services.customers.delete_many(ids)
        except DeleteRefusedError as exc:  # orders added meanwhile (by a colleague)
            self._offer_archive(ids, exc.message)
            return
        except CrmError as exc:
            self.message_bar.show_message(exc.message, warning=True)
            return
        self.bus.customers_removed.emit(ids)
        if len(ids) == 1:
            text = self.tr("Customer deleted.")
        else:
            text = self.tr("%1 customers deleted.").replace("%1", self.locale().toString(len(ids)))
        self.message_bar.show_message(text, lambda: self._undo_delete(taken))

    def _undo_delete(self, taken: DeletedCustomers) -> None:
        try:
            restored = self.services.customers.restore_deleted(taken)
        except CrmError as exc:
            self.message_bar.show_message(exc.message, warning=True)
            return
        except Exception:  # noqa: BLE001 - e.g. a colleague reused a code meanwhile: said, details logged
            log.exception("restoring deleted customers %s failed", taken.ids)
            self.message_bar.show_message(self.tr("The deleted customers could not be restored."), warning=True)
            return
        self._restore_ids = list(restored)
        self._restore_current = restored[0] if restored else None
        self.bus.customers_changed.emit(restored)
        self.message_bar.show_message(self.tr("Customer restored.") if len(restored) == 1 else
                                      self.tr("%1 customers restored.").replace(
                                          "%1", self.locale().toString(len(restored))))

    def _offer_archive(self, ids: list[int], reason: str) -> None:
        text = self.tr("%1\n\nCustomers with orders are kept for their history. Archive instead? Archived "
                       "customers are hidden from the list and can be restored.").replace("%1", reason)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = self.ask(self.tr("Archive instead?"), text, buttons, QMessageBox.StandardButton.Yes,
                       lambda answer: self.set_active(ids, False) if answer == QMessageBox.StandardButton.Yes
                       else None, "archive_offer", QMessageBox.Icon.Information)
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Archive"))
            yes.setIcon(icon("archive"))

    def set_selected_active(self, active: bool) -> None:
        if not self._page_is_active():
            return
        states = [self.model.row_at(r) for r in self.selected_rows()]
        ids = [s.id for s in states if s is not None and s.active != active]
        if ids:
            self.set_active(ids, active)

    def set_active(self, ids: list[int], active: bool, *, undoable: bool = True) -> None:
        """Archive (active=False) or restore customers, say so, and offer to undo."""
        try:
            changed = self.services.customers.set_active(ids, active)
        except CrmError as exc:
            self.message_bar.show_message(exc.message, warning=True)
            return
        self.bus.customers_changed.emit(ids)
        if not changed:
            return
        number = self.locale().toString(changed)
        if active:
            text = self.tr("Customer restored.") if changed == 1 else self.tr("%1 customers restored.").replace(
                "%1", number)
        else:
            text = self.tr("Customer archived: hidden from the list, history kept.") if changed == 1 else \
                self.tr("%1 customers archived: hidden from the list, history kept.").replace("%1", number)
        undo = (lambda: self.set_active(ids, not active, undoable=False)) if undoable else None
        self.message_bar.show_message(text, undo)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    # ---- columns ----------------------------------------------------------------------------
    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if COLUMNS[section].sort is None:
            # Not sortable (the icons): put the indicator back where the sort is.
            header = self.customer_table.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(blocked)
            return
        self._remember_selection()
        self._restore_scroll = None
        self.model.sort(section, order)
        self._save_timer.start()

    def _header_menu(self, position: QPoint) -> None:
        self._column_menu = self.column_menu()
        self._column_menu.popup(self.customer_table.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """The header's context menu: which columns show, and back to the default columns."""
        header = self.customer_table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        title = menu.addAction(icon("columns"), self.tr("Columns shown"))
        title.setEnabled(False)
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.header_text(column.key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setObjectName(f"show_column_{column.key}")
            # The name stays: a list without names would be a list of codes.
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda shown, i=i: self.set_column_visible(i, shown))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default columns"))
        reset.setObjectName("reset_columns")
        reset.triggered.connect(self.reset_columns)
        return menu

    def _column_widths(self) -> list[ColumnWidth]:
        """The shown columns' widths at each stage of the fit (see column_fit): the short values and the row
        icons as wide as their text, the kind and the payment method whole before the address columns grow,
        the name stretching over the rest; a column the user resized keeps its width."""
        table = self.customer_table
        header = table.horizontalHeader()
        metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
        style = table.style()
        pad = 2 * (style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 6
        header_pad = 2 * style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, header) + 4
        char = metrics.averageCharWidth()
        icon_w = table.iconSize().width() if table.iconSize().width() > 0 else \
            style.pixelMetric(style.PixelMetric.PM_SmallIconSize, None, table)
        m = self.model

        def text(*samples: str) -> int:
            return max(metrics.horizontalAdvance(s) for s in samples) + pad

        def heading(key: str) -> int:
            return header_metrics.horizontalAdvance(m.header_text(key)) + header_pad

        amount = format_money(Decimal("99999.99"), "EUR", number_language())
        fixed = {
            "code": text("C000000"), "phone": text("00 00 00 00 00"),
            "order_count": text(m._locale.toString(99999)), "last_order_date": text(m.date_text(date(2026, 12, 31))),
            "turnover_12m": text(amount), "outstanding_amount": text(amount),
            "status": text(m.tr("Active"), m.tr("Archived")),
            "actions": self.row_delegate.sizeHint(QStyleOptionViewItem(), QModelIndex()).width(),
        }
        kind_full = icon_w + 4 + text(m.kind_text("company"), m.kind_text("individual"))
        kind_least = max(icon_w + pad, header_metrics.horizontalAdvance(m.header_text("kind")) + header_pad)
        payment = text(*(self._payment_labels or ["Virement"]))
        flexible = {  # stages: least, the name and the city first, every value readable, roomy
            "name": (12 * char, 17 * char, 23 * char, 28 * char, 34 * char),
            "kind": (kind_least, kind_least, kind_full),
            "payment_method": (7 * char, 9 * char, max(payment, 9 * char)),
            "place": (7 * char, 12 * char, 16 * char, 24 * char, 32 * char),
            "email": (7 * char, 11 * char, 16 * char, 30 * char, 40 * char),
        }
        out = []
        for i, column in enumerate(COLUMNS):
            if header.isSectionHidden(i):
                continue
            if column.key in self._user_sized and column.key != "name":
                stages: tuple[int, ...] = (header.sectionSize(i),)
            elif column.key == "actions":
                stages = (fixed["actions"],)
            elif column.key in fixed:  # the value whole always, the heading whole when there is room
                value = fixed[column.key]
                stages = (value, value, max(value, heading(column.key)))
            else:
                least, *more = flexible.get(column.key, (10 * char,))
                stages = (least, *(max(w, heading(column.key)) if n >= 1 else w for n, w in enumerate(more)))
            out.append(ColumnWidth(column.key, stages))
        return out

    def _fit_columns(self, width: int | None = None) -> None:
        """Widths that fit the list's width (the row icons always in view when the screen allows it); the name
        takes the free width."""
        table = self.customer_table
        header = table.horizontalHeader()
        available = table.viewport().width() if width is None else width
        if available <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
            widths = fit_widths(available - 1, self._column_widths())
            for key, value in widths.items():
                if key != "name":
                    header.resizeSection(COLUMN_KEYS.index(key), value)
        finally:
            self._fitting = False

    def _on_section_resized(self, section: int, old: int, new: int) -> None:
        # A width the user set (dragged, or restored from the last session) is kept by later fits; hiding or
        # showing a column (a width from or to 0) is no such choice.
        if not self._fitting and section != NAME_COLUMN and old and new:
            self._user_sized.add(COLUMN_KEYS[section])
            self._save_timer.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_columns()

    def set_column_visible(self, section: int, visible: bool) -> None:
        self.customer_table.horizontalHeader().setSectionHidden(section, not visible)
        self._fit_columns()
        self.save_header_state()

    def reset_columns(self) -> None:
        header = self.customer_table.horizontalHeader()
        for visual, _ in enumerate(COLUMNS):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        for i, column in enumerate(COLUMNS):
            header.setSectionHidden(i, column.key in HIDDEN_BY_DEFAULT)
        self._user_sized.clear()
        self._fit_columns()
        self.save_header_state()

    def save_header_state(self) -> None:
        QSettings().setValue(SETTINGS_HEADER, self.customer_table.horizontalHeader().saveState())
        QSettings().setValue(SETTINGS_USER_SIZED, sorted(self._user_sized))

    def _restore_header_state(self) -> None:
        state = QSettings().value(SETTINGS_HEADER)
        header = self.customer_table.horizontalHeader()
        blocked = header.blockSignals(True)
        restored = isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state))
        header.blockSignals(blocked)
        self._layout_restored = restored
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)  # a layout saved before
        sized = QSettings().value(SETTINGS_USER_SIZED) if restored else None
        keys = [sized] if isinstance(sized, str) else sized if isinstance(sized, list) else []
        self._user_sized = {k for k in keys if k in COLUMN_KEYS}
        if restored:
            # The saved sort is part of the state: query with it.
            section = header.sortIndicatorSection()
            if 0 <= section < len(COLUMNS) and COLUMNS[section].sort:
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                self.model.query = replace(self.model.query, sort=COLUMNS[section].sort or "name",
                                           descending=descending)

    # ---- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        # The longest that the box shows whole (the box narrows with the window).
        self._search_placeholders = [
            self.tr("Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…"),
            self.tr("Search: name, code, contact, city, phone…"), self.tr("Search customers…")]
        fit_placeholder(self.customer_search, self._search_placeholders)
        self.customer_search.setToolTip(self.tr("Search as you type, accents and case ignored (Ctrl+F)"))
        self.search_action.setText(self.tr("Search customers"))
        self.filter_status.set_choices([("active", self.tr("Active")), ("archived", self.tr("Archived")),
                                        ("all", self.tr("Active and archived"))])
        self.filter_status.setToolTip(self.tr("Status: archived customers are hidden unless chosen here"))
        self.filter_kind.set_choices([(None, self.tr("All kinds")), ("company", self.tr("Companies")),
                                      ("individual", self.tr("Individuals"))])
        self.filter_kind.setToolTip(self.tr("Kind of customer"))
        self._fill_reference_filters()
        self.filter_payment_method.setToolTip(self.tr("Preferred payment method"))
        self.filter_payment_terms.setToolTip(self.tr("Payment terms"))
        self.filter_place.setPlaceholderText(self.tr("City or postal code"))
        self.filter_place.setToolTip(self.tr("Billing city, or the first digits of its postal code (e.g. 69 or "
                                             "974)"))
        self.filter_open_orders.setText(self.tr("Open orders"))
        self.filter_over_credit_limit.setText(self.tr("Over the credit limit"))
        self.filter_over_credit_limit.setToolTip(self.tr("Only customers whose outstanding orders (validated, not yet "
                                                         "delivered) exceed their credit limit"))
        self.filter_open_orders.setToolTip(self.tr("Only customers with orders not yet prepared (draft or "
                                                   "validated)"))
        # The empty date edits say what they are for (no label: the row fits 1280 pixels).
        self.filter_created_from.setSpecialValueText(self.tr("Created from"))
        self.filter_created_to.setSpecialValueText(self.tr("Created until"))
        self.filter_created_from.setToolTip(self.tr("Created on or after this date (empty: no limit)"))
        self.filter_created_to.setToolTip(self.tr("Created on or before this date (empty: no limit)"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setToolTip(self.tr("Clear the search and every filter"))
        self.message_bar.retranslate()
        self.model.retranslate()
        self.update_count()
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self.save_header_state()
        super().hideEvent(event)

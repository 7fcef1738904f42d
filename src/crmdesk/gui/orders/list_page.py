""""Ventes clients" › "Commandes": every order, searched, filtered and sorted in the database, read by window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import CrmError
from crmdesk.domain.orders import OPEN_STATUSES
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.dates import open_calendar_on_today
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.orders.dialog import OrderDialog
from crmdesk.gui.orders.history import OrderTableView
from crmdesk.gui.orders.models import ORDER_LIST_COLUMNS, CustomerPickModel, count_text
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery

# The search starts with the keystroke (keys arriving together make one query); a newer keystroke cancels
# the query still running (gui/common/paged_model.py) rather than a fixed wait after each key.
SEARCH_DELAY_MS = 0
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"


class CustomerPickerDialog(QDialog):
    """Choose the customer of a new order: search by name, code, city, phone...

    Signals:
        customer_chosen(int): the chosen customer's id.
    """

    customer_chosen = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_picker")
        self.model = CustomerPickModel(services, self)
        self.hint = QLabel()
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("customer_search")
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.customer_table = QTableView()
        self.customer_table.setObjectName("customer_table")
        self.customer_table.setModel(self.model)
        self.customer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customer_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customer_table.verticalHeader().hide()
        self.customer_table.setAlternatingRowColors(True)
        self.customer_table.setWordWrap(False)  # one line per customer: "33000 Bordeaux" is not cut in two
        header = self.customer_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, self.model.columnCount()):
            # The city and the payment method as wide as their content and heading, never cut.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.customer_search)
        layout.addWidget(self.customer_table, 1)
        layout.addWidget(self.button_box)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # at once: the model's worker reads, a newer key cancels
        self._timer.timeout.connect(self.search_now)
        self.customer_search.textEdited.connect(lambda _t: self._timer.start())
        self.customer_search.installEventFilter(self)
        self.customer_table.doubleClicked.connect(self._on_double_click)
        self.button_box.accepted.connect(self.choose_current)
        self.button_box.rejected.connect(self.reject)
        self.customer_table.selectionModel().selectionChanged.connect(self._update_ok)
        self.model.loaded.connect(self._on_loaded)
        self._choose_when_loaded = False
        self.retranslate()
        self.search_now()
        fit_to_screen(self, 720, 440)
        header.resizeSection(0, 90)

    def search_now(self) -> None:
        """Search at once (read in the model's worker; a newer keystroke cancels it)."""
        self._timer.stop()
        if self.model.query.text != self.customer_search.text() or self.model.rowCount() == 0:
            self.model.set_text(self.customer_search.text())
        elif self._choose_when_loaded and not self.model.is_busy():
            self._on_loaded(self.model.rowCount())

    def _on_loaded(self, _count: int) -> None:
        if self.model.rowCount() and not self.customer_table.selectionModel().hasSelection():
            self.customer_table.selectRow(0)
        self._update_ok()
        if self._choose_when_loaded and self.model.count_known():
            self._choose_when_loaded = False
            if self.model.rowCount() == 1:
                self.choose_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.customer_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter on a search that finds one customer chooses it, as soon as its rows are read.
                self._choose_when_loaded = True
                self.search_now()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.customer_table.setFocus()
        return super().eventFilter(watched, event)

    def current_id(self) -> int | None:
        rows = self.customer_table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def choose_current(self) -> None:
        customer_id = self.current_id()
        if customer_id is None:
            return
        self.customer_chosen.emit(customer_id)
        self.accept()

    def _on_double_click(self, index: QModelIndex) -> None:
        self.customer_table.selectRow(index.row())
        self.choose_current()

    def _update_ok(self) -> None:
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.current_id() is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New order: choose the customer"))
        self.hint.setText(self.tr("Which customer is the order for?"))
        self.customer_search.setPlaceholderText(self.tr("Name, code, city, phone..."))
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("New order"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OrderListPage(OrderTableView):
    """All orders: search (number, customer name or code, purchase-order reference), status and date filters.

    `new_order_action` is the main window's `action_new_order`; this page answers it while it is visible.

    Signals:
        order_dialog_opened(object): an OrderDialog was opened from this page.
    """

    def __init__(self, services: Services, bus: DataBus, new_order_action: QAction,
                 parent: QWidget | None = None) -> None:
        # Threaded: a search over every order (millions at office scale) can take seconds.
        super().__init__(services, bus, ORDER_LIST_COLUMNS, parent, threaded=True)
        self.setObjectName("order_list_page")
        self.new_order_action = new_order_action
        self.order_table = self.table
        self.order_table.setObjectName("order_table")
        self._setup_table()
        # Several orders can be selected at once to print their documents (issue 12); the eye and the pencil
        # act on the current one.
        self.order_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.order_search = QLineEdit()
        self.order_search.setObjectName("order_search")
        self.order_search.setClearButtonEnabled(True)
        self.order_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.order_search.setMinimumWidth(200)
        self.filter_order_status = QComboBox()
        self.filter_order_status.setObjectName("filter_order_status")
        self.filter_date_from = self._date_edit("filter_date_from")
        self.filter_date_to = self._date_edit("filter_date_to")
        self.date_from_label = QLabel()
        self.date_to_label = QLabel()
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters_button")
        self.clear_filters_button.setIcon(icon("clear"))
        self.clear_filters_button.setAutoRaise(True)
        self.new_order_button = QToolButton()
        self.new_order_button.setObjectName("new_order_button")
        self.new_order_button.setDefaultAction(new_order_action)
        self.new_order_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.order_count = QLabel()
        self.order_count.setObjectName("order_count")

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_order_button)
        top.addWidget(self.view_order_button)
        top.addWidget(self.edit_order_button)
        top.addWidget(self.print_button)
        top.addWidget(self.delivery_note_button)
        filters = QHBoxLayout()
        filters.addWidget(self.order_search, 2)
        filters.addWidget(self.filter_order_status)
        filters.addWidget(self.date_from_label)
        filters.addWidget(self.filter_date_from)
        filters.addWidget(self.date_to_label)
        filters.addWidget(self.filter_date_to)
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.order_table, 1)
        layout.addWidget(self.order_count)

        self._fitted = False
        self.fit_columns(1000)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.order_search.textEdited.connect(lambda _t: self._timer.start())
        self.order_search.returnPressed.connect(self.apply_filters)
        # As on the customer list: the page's focus goes to the search box; Down goes into the results.
        self.setFocusProxy(self.order_search)
        self.order_search.installEventFilter(self)
        self.filter_order_status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filter_date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.filter_date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.clear_filters_button.clicked.connect(self.clear_filters)
        new_order_action.triggered.connect(self._on_new_order_action)
        bus.orders_changed.connect(self._on_orders_changed)
        bus.customers_changed.connect(self._on_customers_changed)
        self.model.loaded.connect(self._update_count)
        self.model.busy_changed.connect(lambda _busy: self._update_count())
        self.model.failed.connect(self._on_failed)

        self.retranslate()
        self.apply_filters()

    # Short columns are as wide as their widest sample value or their heading; the others share what is
    # left, so that the whole row, eye and pencil included, fits the page without a horizontal scroll bar.
    _SAMPLES = {"number": "CMD-2026-000000", "date": "00/00/0000", "status": "Expédiée",
                "line_count": "000", "total_excl_tax": "00 000,00 €", "total_incl_tax": "00 000,00 €"}
    _SHARES = {"customer": 0.4, "payment_method": 0.2, "delivery_city": 0.22, "customer_reference": 0.18}

    def fit_columns(self, width: int) -> None:
        header = self.order_table.horizontalHeader()
        metrics = self.order_table.fontMetrics()
        heading = header.fontMetrics()
        keys = [c.key for c in self.model.columns]

        def heading_width(key: str) -> int:
            text = str(self.model.headerData(keys.index(key), Qt.Orientation.Horizontal) or "")
            return heading.horizontalAdvance(text) + 16  # padding and the sort arrow

        used = header.sectionSize(keys.index("actions"))
        for key, sample in self._SAMPLES.items():
            extra = 24 if key == "status" else 12  # the status is drawn as a badge
            header.resizeSection(keys.index(key), max(metrics.horizontalAdvance(sample) + extra, heading_width(key)))
            used += header.sectionSize(keys.index(key))
        left = max(width - used - 2, 0)
        # Each shared column gets a floor while the room allows (the customer's name most), then its share;
        # a heading cut short is elided, whole in its tooltip.
        floors = {"customer": 100, "payment_method": min(heading_width("payment_method"), 130),
                  "delivery_city": min(heading_width("delivery_city"), 130),
                  "customer_reference": min(heading_width("customer_reference"), 110)}
        if sum(floors.values()) > left:  # a small screen: the customer's name keeps the most
            floors = {key: max(int(left * (0.46 if key == "customer" else 0.18)), 30) for key in self._SHARES}
        spare = max(left - sum(floors.values()), 0)
        for key, share in self._SHARES.items():
            header.resizeSection(keys.index(key), floors[key] + int(spare * share))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        table = self.order_table
        scroll_bar = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
        if not self._fitted or table.horizontalScrollBar().isVisible():
            self.fit_columns(table.viewport().width() if table.verticalScrollBar().isVisible()
                             else table.width() - 2 * table.frameWidth() - scroll_bar)
        self._fitted = self._fitted or self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.order_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                if self._timer.isActive():
                    self.apply_filters()
                self.order_table.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.selected_row() is None:
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(110)
        open_calendar_on_today(edit, NO_DATE)  # not on January 2000, the "Any date" minimum
        return edit

    # ---- filtering -------------------------------------------------------
    def query(self) -> OrderQuery:
        status = self.filter_order_status.currentData()
        statuses: tuple[str, ...] = ()
        if status == "open":
            statuses = OPEN_STATUSES
        elif status:
            statuses = (status,)
        sort, descending = self.sort_of_header()
        return OrderQuery(text=self.order_search.text().strip(), statuses=statuses,
                          date_from=self._date_of(self.filter_date_from), date_to=self._date_of(self.filter_date_to),
                          sort=sort, descending=descending)

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        qdate = edit.date()
        if qdate <= NO_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def apply_filters(self) -> None:
        self._timer.stop()
        # Asked again with the same filters (Return, a pause in typing): read again, others may have written.
        self.model.set_query(self.query())
        self.update_actions()

    def clear_filters(self) -> None:
        for widget in (self.filter_order_status, self.filter_date_from, self.filter_date_to):
            widget.blockSignals(True)
        self.order_search.clear()
        self.filter_order_status.setCurrentIndex(0)
        self.filter_date_from.setDate(NO_DATE)
        self.filter_date_to.setDate(NO_DATE)
        for widget in (self.filter_order_status, self.filter_date_from, self.filter_date_to):
            widget.blockSignals(False)
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Coming back to the page: show what colleagues wrote meanwhile.
        if self.model.query is not None:
            self.refresh_keeping_selection()
        super().showEvent(event)

    def _update_count(self) -> None:
        if self.model.is_busy():
            self.order_count.setText(self.tr("Searching…"))
        else:
            self.order_count.setText(count_text(self.tr("%n order(s)", "", self.model.rowCount()), self.model.rowCount()))

    def _on_failed(self, message: str) -> None:
        self.order_count.setText(self.tr("The orders could not be read: %1").replace("%1", message))

    def _on_orders_changed(self, _customer_id: int, _order_ids: list) -> None:
        self.refresh_keeping_selection()

    def _on_customers_changed(self, _ids: list) -> None:
        # Customer names are shown in the list.
        self.refresh_keeping_selection()

    # ---- new order ---------------------------------------------------------
    def _on_new_order_action(self) -> None:
        if self.isVisible():
            self.new_order(None)

    def new_order(self, customer_id: int | None) -> QDialog | None:
        """A new order for `customer_id`; with None, the customer is asked first (returns that picker then)."""
        if customer_id is None:
            picker = CustomerPickerDialog(self.services, self)
            picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            picker.customer_chosen.connect(self.new_order)
            picker.open()
            return picker
        try:
            draft = self.services.orders.new_order_for(customer_id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("New order"), exc.message)
            return None
        return self._show_dialog(OrderDialog(self.services, self.bus, self, order=draft))

    # ---- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.order_search.setPlaceholderText(self.tr("Search: order number, customer name or code, PO reference"))
        current = self.filter_order_status.currentData()
        self.filter_order_status.blockSignals(True)
        self.filter_order_status.clear()
        self.filter_order_status.addItem(self.tr("All statuses"), "")
        self.filter_order_status.addItem(self.tr("Open (draft or validated)"), "open")
        for status in OrderStatus:
            self.filter_order_status.addItem(status.label, status.value)
        self.filter_order_status.setCurrentIndex(max(self.filter_order_status.findData(current or ""), 0))
        self.filter_order_status.blockSignals(False)
        self.date_from_label.setText(self.tr("From"))
        self.date_to_label.setText(self.tr("to"))
        for edit in (self.filter_date_from, self.filter_date_to):
            edit.setSpecialValueText(self.tr("Any date"))
        self.clear_filters_button.setToolTip(self.tr("Clear the search and the filters"))
        self.retranslate_actions()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

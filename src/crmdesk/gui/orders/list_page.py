""""Ventes clients" › "Commandes": every order, searched, filtered and sorted in the database, read by window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import CrmError
from crmdesk.domain.orders import OPEN_STATUSES
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.dates import open_calendar_on_today
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.messages import warn
from crmdesk.gui.common.page_parts import page_title, search_box, search_timer, stack_list_page
from crmdesk.gui.orders.customer_picker import CustomerPickerDialog
from crmdesk.gui.orders.dialog import OrderDialog
from crmdesk.gui.orders.history import OrderTableView
from crmdesk.gui.orders.models import ORDER_LIST_COLUMNS, count_text
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery

# The search starts with the keystroke (keys arriving together make one query); a newer keystroke cancels
# the query still running (gui/common/paged_model.py) rather than a fixed wait after each key.
SEARCH_DELAY_MS = 0
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"


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

        self.title = page_title()
        self.order_search = search_box("order_search", 200)
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
        stack_list_page(self, top, filters, self.order_table, self.order_count)

        self._fitted = False
        self.fit_columns(1000)

        self._timer = search_timer(self, self.order_search, SEARCH_DELAY_MS, self.apply_filters)
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
            warn(self, self.tr("New order"), exc.message)  # opened with open(): no nested event loop
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

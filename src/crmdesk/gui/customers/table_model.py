"""The customer list's table model, on the list engine of gui/common/paged_model.py.

`CustomerTableModel` knows how many customers match the current query and reads the rows a view shows
page by page through the services (a bounded number of pages cached). It never loads every customer:
memory stays flat from ten thousand to a million customers. A new search, filter or sort is read in the
engine's worker, and a newer one cancels it (see PagedModel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from crmdesk.domain.numbers import format_money
from crmdesk.domain.validation import format_phone
from crmdesk.gui.common.columns import LEFT, RIGHT, Column
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.paged_model import ID_ROLE, PagedModel
from crmdesk.gui.common.row_actions import RowActionsDelegate
from crmdesk.gui.common.styles import error_color
from crmdesk.gui.common.widgets import number_language
from crmdesk.services import Services
from crmdesk.services.customer_search import match_hints
from crmdesk.services.customers import CustomerQuery, CustomerRow

__all__ = ["ACTIONS_COLUMN", "COLUMNS", "COLUMN_KEYS", "ID_ROLE", "LEFT", "NAME_COLUMN", "RIGHT",
           "Column", "CustomerTableModel", "RowActionsDelegate"]

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2  # False for an archived customer
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the services' sort key of a column (header data)
MATCH_ROLE = Qt.ItemDataRole.UserRole + 4  # why a row matches the search, when not in a shown column
_ROLES = frozenset({DISPLAY, DECORATION, TOOLTIP, ALIGN, FOREGROUND, ACTIVE_ROLE, MATCH_ROLE})

COLUMNS: tuple[Column, ...] = (
    Column("code", "code"),
    Column("name", "name"),
    Column("kind", "kind"),
    Column("place", "city"),
    Column("phone", "phone"),
    Column("email", "email"),
    Column("payment_method", "payment_method"),
    Column("order_count", "order_count", RIGHT),
    Column("last_order_date", "last_order_date", RIGHT),
    Column("turnover_12m", "turnover_12m", RIGHT),  # issue 13: "CA 12 mois"
    Column("outstanding_amount", "outstanding_amount", RIGHT),  # issue 13: "Encours"
    Column("status", "status"),
    Column("actions", None),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


@lru_cache(maxsize=4096)
def _money(value: Decimal | None, lang: str) -> str:
    """format_money, remembered: babel takes about a millisecond an amount, and a page paints dozens."""
    return format_money(value, "EUR", lang)
ACTIONS_COLUMN = COLUMN_KEYS.index("actions")
NAME_COLUMN = COLUMN_KEYS.index("name")


# ---- the model ------------------------------------------------------------------------------------

class CustomerTableModel(PagedModel[CustomerQuery, CustomerRow]):
    """Customers matching a CustomerQuery, one row each, read page by page on demand (the list engine of
    gui/common/paged_model.py; its signals: loaded(int), busy_changed(bool), failed(str)).

    A row found through a field the list does not show (a contact's name, a SIRET, another address's city)
    says why under its name (MATCH_ROLE, also in the name's tooltip).
    """

    PAGE_SIZE = 200
    MAX_PAGES = 24  # at most 4,800 rows in memory, whatever the size of the database
    PLACEHOLDER_KEY = "name"
    ROLES = _ROLES

    def __init__(self, services: Services, parent: QObject | None = None, *, threaded: bool = True,
                 columns: Sequence[Column] = COLUMNS) -> None:
        super().__init__(columns, CustomerQuery(), parent, threaded=threaded, engine=services.db.engine)
        self.services = services
        self._display: dict[int, dict[str, str]] = {}  # row -> formatted cells, for the rows painted
        self._locale = QLocale()
        self._keys = [c.key for c in self.columns]
        self.turnover_updating = False

    # ---- reading (worker thread: services only) ---------------------------------------------
    def read_count(self, query: CustomerQuery) -> int:
        return self.services.customers.count(query)

    def read_page(self, query: CustomerQuery, offset: int, limit: int, total: int | None) -> list[CustomerRow]:
        return self.services.customers.page(query, offset, limit, total)

    def wants_notes(self, query: CustomerQuery) -> bool:
        return bool(query.text.strip())

    def read_notes(self, query: CustomerQuery, rows: list[CustomerRow]) -> dict[int, Any] | None:
        return match_hints(self.services.db, query.text, rows)

    def match_hint(self, row: CustomerRow) -> str:
        """Why the row matches the search when no shown cell says it ("Contact: Jean Esnault"), else ""."""
        return str(self.note(row) or "")

    def read_position(self, query: CustomerQuery, row_id: int) -> int | None:
        return self.services.customers.position(query, row_id)

    def row_id(self, row: CustomerRow) -> int:
        return row.id

    def reads_slowly(self, number: int) -> bool:
        """Deep in a search; on PostgreSQL deep in any list too, where OFFSET walks the rows it skips (1.3 s
        for the middle of a million customers; SQLite reads them from an index in 20 ms)."""
        return super().reads_slowly(number) and (bool(self.query.text.strip()) or not self.services.db.is_sqlite)

    def forget_display(self) -> None:
        self._display.clear()

    def page_dropped(self, number: int) -> None:
        first = number * self.PAGE_SIZE
        for r in range(first, first + self.PAGE_SIZE):
            self._display.pop(r, None)

    def customer_id(self, row: int) -> int | None:
        return self.id_at(row)

    def set_turnover_updating(self, updating: bool) -> None:
        """Issue 13: "CA 12 mois" is being brought to this month (gui/customers/turnover_roll.py): greyed."""
        if updating != self.turnover_updating:
            self.turnover_updating = updating
            if "turnover_12m" in self._keys and self.rowCount():
                column = self._keys.index("turnover_12m")
                self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    # ---- Qt model ---------------------------------------------------------------------------
    def header_data(self, column: Column, role: int) -> Any:
        if role == SORT_ROLE:
            return column.sort
        if role == TOOLTIP and column.key == "actions":
            return self.tr("Duplicate, view, edit or delete the customer of the row")
        if role == TOOLTIP:  # the whole heading, where a narrow window cuts it
            return self.header_text(column.key)
        return None

    def header_text(self, key: str) -> str:
        return {
            "code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
            "place": self.tr("City"), "phone": self.tr("Phone"), "email": self.tr("Email"),
            "payment_method": self.tr("Payment method"), "order_count": self.tr("Orders"),
            "last_order_date": self.tr("Last order"), "status": self.tr("Status"), "actions": self.tr("Actions"),
            "turnover_12m": self.tr("Turnover 12 months"), "outstanding_amount": self.tr("Outstanding"),
        }.get(key, key)

    def cell(self, r: int, row: CustomerRow, key: str, role: int) -> Any:
        if role not in _ROLES:
            return None
        if role == DISPLAY:
            if key == "name":
                hint = self.match_hint(row)
                return f"{row.name}  —  {hint}" if hint else row.name
            return self._cells(r, row).get(key) if key != "actions" else None
        if role == ACTIVE_ROLE:
            return row.active
        if role == MATCH_ROLE:
            return self.match_hint(row) or None if key == "name" else None
        if role == DECORATION:
            if key == "kind":
                return icon("company" if row.kind == "company" else "individual")
            return None
        if role == FOREGROUND:
            # Archived customers are shown, greyed, only under "archived" or "all".
            if not row.active:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if key == "outstanding_amount" and row.over_credit_limit:
                return error_color()
            if key == "turnover_12m" and self.turnover_updating:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == TOOLTIP:
            if key == "turnover_12m" and self.turnover_updating:
                return self.tr("Being brought up to this month…")
            if key == "outstanding_amount" and row.over_credit_limit:
                return self.tr("Over the credit limit")
            if key == "status" and not row.active:
                return self.tr("Archived: hidden from the list by default, its history kept")
            if key == "name":
                hint = self.match_hint(row)
                return f"{row.name}\n{hint}" if hint else row.name or None
            if key in ("email", "place", "phone", "kind", "payment_method"):  # cut on a narrow window
                return self._cells(r, row).get(key) or None
            return None
        return None

    def _cells(self, r: int, row: CustomerRow) -> dict[str, str]:
        """The texts of a row, formatted once (phone formatting is costly) and kept while it is shown."""
        cells = self._display.get(r)
        if cells is None or cells["code"] != row.code:
            place = f"{row.city} ({row.postal_code})" if row.city and row.postal_code else (row.city or
                                                                                          row.postal_code)
            cells = {
                "code": row.code, "name": row.name, "kind": self.kind_text(row.kind), "place": place,
                "phone": format_phone(row.phone), "email": row.email, "payment_method": row.payment_method or "",
                "order_count": self._locale.toString(row.order_count),
                "last_order_date": self.date_text(row.last_order_date),
                "turnover_12m": _money(row.turnover_12m, number_language()),
                "outstanding_amount": _money(row.outstanding_amount, number_language()),
                "status": self.tr("Active") if row.active else self.tr("Archived"),
            }
            self._display[r] = cells
        return cells

    def kind_text(self, kind: str) -> str:
        return self.tr("Company") if kind == "company" else self.tr("Individual")

    def date_text(self, value: date | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.query.sort, self.query.descending) != (self.columns[column].sort, descending):
            self.set_query(replace(self.query, sort=self.columns[column].sort or "name", descending=descending))

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.query.sort), self._keys.index("name"))

    def retranslate(self) -> None:
        """Texts and formats follow the language and locale just installed."""
        self._locale = QLocale()
        self._display.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)


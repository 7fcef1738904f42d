"""Table models and delegates of the order screens: orders, order lines, products, customers to pick.

List models know their row count and fetch the rows a view asks for in pages through the services; they
never load all rows. The lines model edits an order's lines in memory and recomputes its totals in Decimal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import FieldError
from crmdesk.domain.i18n import translate
from crmdesk.domain.money import Totals, rate_key
from crmdesk.domain.numbers import format_decimal, format_money
from crmdesk.domain.orders import check_line_value, is_editable, locked_reason
from crmdesk.domain.records import OrderLineData, ProductData
from crmdesk.gui.common.columns import Column
from crmdesk.gui.common.paged_model import PagedModel, QueryT, RowT
from crmdesk.gui.common.row_actions import RowActionsDelegate as CommonRowActionsDelegate
from crmdesk.gui.common.styles import error_color, status_colors
from crmdesk.gui.common.widgets import number_language, parse_decimal
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery, CustomerRow
from crmdesk.services.orders import OrderQuery, OrderRow, order_totals

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
# Custom roles: the record id of the row, its status and whether its pencil is enabled.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
EDITABLE_ROLE = Qt.ItemDataRole.UserRole + 3
# Why the text shown in a line's cell was refused ("" when it was accepted).
ERROR_ROLE = Qt.ItemDataRole.UserRole + 4
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


# ---- formatting ---------------------------------------------------------
def count_text(text: str, count: int) -> str:
    """"%n order(s)" as tr() words it, with the count in the locale's digits ("2 000 242 commandes")."""
    return text.replace(str(count), QLocale().toString(count), 1)


def money_text(value: Decimal | None, currency: str = "EUR") -> str:
    """An amount in the default locale's currency format: "1 234,50 €" in French, "€1,234.50" in English."""
    return format_money(value, currency, number_language())


def price_text(value: Decimal) -> str:
    """A unit price: currency format when it is whole cents, else its four decimals ("0,1234")."""
    if value == value.quantize(Decimal("0.01")):
        return money_text(value)
    return decimal_text(value, 4)


def decimal_text(value: Decimal | None, max_decimals: int = 4) -> str:
    """A number without useless trailing zeros in the default locale: 1.5 -> "1,5" in French, 20 -> "20"."""
    return format_decimal(value, None, number_language(), max_decimals=max_decimals)


def status_label(status: str) -> str:
    try:
        return OrderStatus(status).label
    except ValueError:
        return status




# ---- paged list models --------------------------------------------------


class _OrderScreensModel(PagedModel[QueryT, RowT]):
    """What the order screens' lists share on top of the list engine (gui/common/paged_model.py): headers
    whose tooltip is the heading (cut where the column is narrow), texts that follow the language."""

    PAGE_SIZE = 100
    MAX_PAGES = 20
    # OFFSET walks the rows it skips: 0.3 s in the middle of 2,000,000 orders, so a page at least this far
    # from both ends is read in the background while scrolling ("Loading…" meanwhile).
    BACKGROUND_DEPTH = 5000
    ROLES = frozenset({DISPLAY, TOOLTIP, STATUS_ROLE, EDITABLE_ROLE})

    def header_data(self, column: Column, role: int) -> Any:
        return self.header_text(column.key) if role == TOOLTIP else None

    def cell(self, r: int, row: RowT, key: str, role: int) -> Any:
        return self._cell(row, key, role)

    def _cell(self, row: RowT, key: str, role: int) -> Any:
        return None

    def retranslate(self) -> None:
        """Headers and texts in the new language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))


ORDER_HISTORY_COLUMNS = (
    Column("number", "number"),
    Column("date", "date"),
    Column("status", "status", CENTER),
    Column("line_count", "line_count", RIGHT),
    Column("total_excl_tax", "total_excl_tax", RIGHT),
    Column("total_incl_tax", "total_incl_tax", RIGHT),
    Column("payment_method", "payment_method"),
    Column("delivery_city", "delivery_city"),
    Column("actions", None, CENTER),
)

ORDER_LIST_COLUMNS = (
    Column("number", "number"),
    Column("date", "date"),
    Column("customer", "customer"),
    Column("status", "status", CENTER),
    Column("line_count", "line_count", RIGHT),
    Column("total_excl_tax", "total_excl_tax", RIGHT),
    Column("total_incl_tax", "total_incl_tax", RIGHT),
    Column("payment_method", "payment_method"),
    Column("delivery_city", "delivery_city"),
    Column("customer_reference", None),
    Column("actions", None, CENTER),
)


class OrderTableModel(_OrderScreensModel[OrderQuery | None, OrderRow]):
    """Orders matching an `OrderQuery`, read window by window (services.orders.count / page); threaded for
    the order list (a search over millions of orders), on the GUI thread for a customer's history.

    Signals:
        query_changed(): a new query was applied (rows reset).
    """

    query_changed = Signal()

    def __init__(self, services: Services, columns: Sequence[Column] = ORDER_HISTORY_COLUMNS,
                 query: OrderQuery | None = None, parent: QObject | None = None, *, threaded: bool = False) -> None:
        # None: no rows at all (a customer not saved yet has no orders to show).
        super().__init__(columns, query, parent, threaded=threaded, engine=services.db.engine)
        self.services = services

    def set_query(self, query: OrderQuery | None) -> None:
        super().set_query(query)
        self.query_changed.emit()

    def read_count(self, query: OrderQuery | None) -> int:
        return self.services.orders.count(query) if query is not None else 0

    def read_page(self, query: OrderQuery | None, offset: int, limit: int, total: int | None) -> list[OrderRow]:
        return self.services.orders.page(query, offset, limit, total) if query is not None else []

    def row_id(self, row: OrderRow) -> int:
        return row.id

    def header_text(self, key: str) -> str:
        return self._header(key)

    def _header(self, key: str) -> str:
        return {
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "customer": self.tr("Customer"),
            "status": self.tr("Status"),
            "line_count": self.tr("Lines"),
            "total_excl_tax": self.tr("Total excl. tax"),
            "total_incl_tax": self.tr("Total incl. tax"),
            "payment_method": self.tr("Payment method"),
            "delivery_city": self.tr("Delivery city"),
            "customer_reference": self.tr("Customer PO"),
            "actions": "",
        }.get(key, key)

    def _cell(self, row: OrderRow, key: str, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status
        if role == EDITABLE_ROLE:
            return is_editable(row.status)
        if role == TOOLTIP:
            if key == "actions":
                return None  # the delegate tells which icon is under the mouse
            if key == "status" and not is_editable(row.status):
                return locked_reason(row.status)
            if key in ("payment_method", "delivery_city", "customer"):  # elided on a narrow window
                return self._cell(row, key, DISPLAY) or None
            return None
        if key == "number":
            return row.number
        if key == "date":
            return QLocale().toString(row.order_date, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
        if key == "customer":
            return f"{row.customer_name} ({row.customer_code})"
        if key == "status":
            return status_label(row.status)
        if key == "line_count":
            return QLocale().toString(row.line_count)
        if key == "total_excl_tax":
            return money_text(row.total_excl_tax)
        if key == "total_incl_tax":
            return money_text(row.total_incl_tax)
        if key == "payment_method":
            return row.payment_method
        if key == "delivery_city":
            return row.delivery_city
        if key == "customer_reference":
            return row.customer_reference
        return None

    def status_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.status if found is not None else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key_of(column)
        if key is None or self.query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(replace(self.query, sort=key, descending=descending))


class ProductTableModel(_OrderScreensModel[tuple[str, bool], ProductData]):
    """Catalogue products matching a text (reference, name or EAN), read page by page; the query is
    (text, include_inactive)."""

    def __init__(self, services: Services, include_inactive: bool = False, parent: QObject | None = None) -> None:
        columns = [Column("reference"), Column("name"), Column("ean"), Column("unit_price", align=RIGHT),
                   Column("vat_rate", align=RIGHT), Column("active", align=CENTER)]
        super().__init__(columns if include_inactive else columns[:-1], ("", include_inactive), parent,
                         threaded=True, engine=services.db.engine)
        self._all_columns = columns
        self.services = services

    @property
    def text(self) -> str:
        return self.query[0]

    @property
    def include_inactive(self) -> bool:
        return self.query[1]

    def set_search(self, text: str, include_inactive: bool | None = None) -> None:
        inactive = self.include_inactive if include_inactive is None else include_inactive
        if inactive != self.include_inactive:
            self.beginResetModel()
            self.columns = self._all_columns if inactive else self._all_columns[:-1]
            self.query = (self.text, inactive)
            self.endResetModel()
        self.set_query((text, inactive))

    def read_count(self, query: tuple[str, bool]) -> int:
        return self.services.catalog.count_products(*query)

    def read_page(self, query: tuple[str, bool], offset: int, limit: int, total: int | None) -> list[ProductData]:
        return self.services.catalog.products(query[0], query[1], offset, limit)

    def row_id(self, row: ProductData) -> int:
        assert row.id is not None
        return row.id

    def header_text(self, key: str) -> str:
        return self._header(key)

    def _header(self, key: str) -> str:
        return {
            "reference": self.tr("Reference"),
            "name": self.tr("Name"),
            "ean": self.tr("EAN barcode"),
            "unit_price": self.tr("Unit price excl. tax"),
            "vat_rate": self.tr("VAT %"),
            "active": self.tr("Status"),
        }.get(key, key)

    def _cell(self, row: ProductData, key: str, role: int) -> Any:
        if role != DISPLAY:
            return None
        if key == "reference":
            return row.reference
        if key == "name":
            return row.name
        if key == "ean":
            return row.ean
        if key == "unit_price":
            return price_text(row.unit_price)
        if key == "vat_rate":
            return decimal_text(row.vat_rate)
        if key == "active":
            return self.tr("Active") if row.active else self.tr("Archived")
        return None

    def product_at(self, row: int) -> ProductData | None:
        return self.row_at(row)


class CustomerPickModel(PagedModel[CustomerQuery, CustomerRow]):
    """Customers matching a search, to choose the customer of a new order: the list engine's worker reads
    and counts them (a million customers never hold the dialog), a newer keystroke cancels the last query."""

    PAGE_SIZE = 100

    def __init__(self, services: Services, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__((Column("code"), Column("name"), Column("city"), Column("payment_method")),
                         CustomerQuery(), parent, threaded=threaded, engine=services.db.engine)
        self.services = services

    def set_text(self, text: str) -> None:
        self.set_query(CustomerQuery(text=text))

    def read_count(self, query: CustomerQuery) -> int:
        return self.services.customers.count(query)

    def read_page(self, query: CustomerQuery, offset: int, limit: int, total: int | None) -> list[CustomerRow]:
        return self.services.customers.page(query, offset, limit, total)

    def row_id(self, row: CustomerRow) -> int:
        return row.id

    def header_text(self, key: str) -> str:
        return {"code": self.tr("Code"), "name": self.tr("Name"), "city": self.tr("City"),
                "payment_method": self.tr("Preferred payment method")}.get(key, key)

    def cell(self, r: int, row: CustomerRow, key: str, role: int) -> Any:
        if role != DISPLAY:
            return None
        if key == "city":
            return f"{row.postal_code} {row.city}".strip()
        return getattr(row, key, None) or ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


# ---- order lines ----------------------------------------------------------
LINE_COLUMNS = ("product_reference", "description", "quantity", "unit_price", "discount_percent", "vat_rate",
                "line_total")
NUMERIC_LINE_COLUMNS = frozenset({"quantity", "unit_price", "discount_percent", "vat_rate"})


class OrderLinesModel(QAbstractTableModel):
    """The lines of the order being edited or viewed, in memory, with totals recomputed on every change.

    A number the domain refuses (crmdesk.domain.numbers, check_line_value) is not stored: the cell keeps the
    text as typed with the reason (ERROR_ROLE, tooltip), the line counts for nothing in the totals, and
    `errors()` lists it until it is corrected, so the order cannot be saved meanwhile.

    Signals:
        totals_changed(object): the new `Totals` after any change of a line.
        lines_edited(): a line was added, removed or changed by the user.
        errors_changed(): a cell's text was refused or corrected.
    """

    totals_changed = Signal(object)
    lines_edited = Signal()
    errors_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[OrderLineData] = []
        # Per line: column key -> (text as typed, reason refused).
        self._rejected: list[dict[str, tuple[str, str]]] = []
        # The cell being edited and its value when the editing began: the editor commits every keystroke,
        # so a refused "150" must not leave the "15" typed on the way in the line.
        self._edit_origin: tuple[int, str, Any] | None = None
        self.read_only = False
        self._totals = order_totals([])

    # -- content
    def set_lines(self, lines: list[OrderLineData]) -> None:
        self.beginResetModel()
        self._lines = [replace(line) for line in lines]
        had_errors = any(self._rejected)
        self._rejected = [{} for _ in self._lines]
        self.endResetModel()
        self._recompute()
        if had_errors:
            self.errors_changed.emit()

    def lines(self) -> list[OrderLineData]:
        return [replace(line) for line in self._lines]

    def line(self, row: int) -> OrderLineData:
        return self._lines[row]

    def totals(self) -> Totals:
        return self._totals

    def start_editing(self, row: int, key: str) -> None:
        self._edit_origin = (row, key, getattr(self._lines[row], key)) if 0 <= row < len(self._lines) else None

    def finish_editing(self) -> None:
        self._edit_origin = None

    def cell_error(self, row: int, key: str) -> str:
        """Why the text in the cell was refused, or ""."""
        return self._rejected[row].get(key, ("", ""))[1] if 0 <= row < len(self._rejected) else ""

    def errors(self) -> list[FieldError]:
        """Every refused cell, as the order's errors ("Line 2: the quantity must be more than zero.")."""
        return [FieldError("order_lines", translate("gui.orders.models", "Line {n}: {reason}").format(n=row + 1, reason=reason))
                for row, rejected in enumerate(self._rejected) for _text, reason in rejected.values()]

    def add_line(self, line: OrderLineData) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(replace(line))
        self._rejected.append({})
        self.endInsertRows()
        self._recompute()
        self.lines_edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        had_errors = bool(self._rejected.pop(row))
        self.endRemoveRows()
        self._recompute()
        self.lines_edited.emit()
        if had_errors:
            self.errors_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(LINE_COLUMNS) - 1))

    def _recompute(self) -> None:
        # A line with a refused number counts for nothing until it is corrected.
        self._totals = order_totals([line for line, bad in zip(self._lines, self._rejected, strict=True)
                                     if not bad])
        self.totals_changed.emit(self._totals)

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(LINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == DISPLAY and 0 <= section < len(self._lines) else None
        if not 0 <= section < len(LINE_COLUMNS):
            return None
        key = LINE_COLUMNS[section]
        if role == ALIGN:
            return RIGHT if key in NUMERIC_LINE_COLUMNS or key == "line_total" else LEFT
        if role != DISPLAY:
            return None
        return {
            "product_reference": self.tr("Reference"),
            "description": self.tr("Description"),
            "quantity": self.tr("Quantity"),
            "unit_price": self.tr("Unit price excl. tax"),
            "discount_percent": self.tr("Discount %"),
            "vat_rate": self.tr("VAT %"),
            "line_total": self.tr("Total excl. tax"),
        }[key]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in (DISPLAY, EDIT, ALIGN, TOOLTIP, ERROR_ROLE, FOREGROUND) or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._lines):
            return None
        key = LINE_COLUMNS[index.column()]
        if role == ALIGN:
            return RIGHT if key in NUMERIC_LINE_COLUMNS or key == "line_total" else LEFT
        line = self._lines[index.row()]
        rejected = self._rejected[index.row()].get(key)
        if role == ERROR_ROLE:
            return rejected[1] if rejected else ""
        if role == FOREGROUND:
            return error_color() if rejected else None
        if rejected is not None:
            # What the user typed stays on screen, with the reason beside it.
            return rejected[1] if role == TOOLTIP else rejected[0]
        if key == "line_total" and self._rejected[index.row()]:
            return "" if role != TOOLTIP else self.tr("Correct the line to see its total")
        if role == TOOLTIP:
            if key == "product_reference" and line.product_id is None:
                return self.tr("Free line (not from the catalogue)")
            return None
        if key == "product_reference":
            return line.product_reference
        if key == "description":
            return line.description
        if key == "quantity":
            return decimal_text(line.quantity, 3)
        if key == "unit_price":
            return decimal_text(line.unit_price, 4) if role == EDIT else price_text(line.unit_price)
        if key == "discount_percent":
            return decimal_text(line.discount_percent, 2)
        if key == "vat_rate":
            return decimal_text(line.vat_rate, 2)
        if key == "line_total":
            from crmdesk.domain.money import LineAmounts

            try:
                amount = LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)
                return money_text(amount.total_excl_tax)
            except (TypeError, InvalidOperation):
                return ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = LINE_COLUMNS[index.column()]
        if not self.read_only and (key == "description" or key in NUMERIC_LINE_COLUMNS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid() or self.read_only or not 0 <= index.row() < len(self._lines):
            return False
        key = LINE_COLUMNS[index.column()]
        line = self._lines[index.row()]
        if key == "description":
            new_text = str(value)
            if new_text == line.description:
                return True
            line.description = new_text
        elif key in NUMERIC_LINE_COLUMNS:
            row = index.row()
            text = value if isinstance(value, str) else str(value)
            try:
                number = check_line_value(key, value if isinstance(value, Decimal)
                                          else parse_decimal(text, field=key))
            except FieldError as exc:
                self._rejected[row][key] = (text, exc.message)
                if self._edit_origin is not None and self._edit_origin[:2] == (row, key):
                    setattr(line, key, self._edit_origin[2])  # back to the value before this editing
                self.dataChanged.emit(self.index(row, index.column()), self.index(row, len(LINE_COLUMNS) - 1))
                self._recompute()
                self.errors_changed.emit()
                return False
            corrected = self._rejected[row].pop(key, None) is not None
            if number == getattr(line, key) and not corrected:
                return True
            setattr(line, key, number)
            if corrected:
                self.errors_changed.emit()
        else:
            return False
        row = index.row()
        # The cell and the line total changed.
        self.dataChanged.emit(self.index(row, index.column()), self.index(row, len(LINE_COLUMNS) - 1))
        self._recompute()
        self.lines_edited.emit()
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LINE_COLUMNS) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(LINE_COLUMNS) - 1))


def vat_rate_text(rate: Decimal) -> str:
    return decimal_text(rate_key(rate), 2)


# ---- delegates ------------------------------------------------------------
class LineEditDelegate(QStyledItemDelegate):
    """Edits a line cell in a QLineEdit and commits on every keystroke, so totals follow the typing."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        key = LINE_COLUMNS[index.column()]
        editor.setObjectName(f"line_{key}_editor")
        if key in NUMERIC_LINE_COLUMNS:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            editor.setMaxLength(300)
        editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        model = index.model()
        if isinstance(model, OrderLinesModel):
            model.start_editing(index.row(), key)
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        model = index.model()
        if isinstance(model, OrderLinesModel):
            model.finish_editing()
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        text = str(index.data(EDIT) or "")
        if editor.text() != text and not editor.isModified():
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), EDIT)
        # A refused number stays in the editor, in the error colour, with the reason as its tooltip.
        reason = str(index.data(ERROR_ROLE) or "")
        editor.setToolTip(reason)
        palette = editor.palette()
        palette.setColor(QPalette.ColorRole.Text, error_color() if reason
                         else QApplication.palette(editor).color(QPalette.ColorRole.Text))
        editor.setPalette(palette)


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws an order status as a coloured, rounded badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = index.data(STATUS_ROLE)
        text = index.data(DISPLAY)
        if not status or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground = status_colors(str(status))
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRect(0, 0, min(width, opt.rect.width() - 4), min(height, opt.rect.height() - 2))
        rect.moveCenter(opt.rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                                rect.width() - 8))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 8))


class RowActionsDelegate(CommonRowActionsDelegate):
    """The eye and the pencil of an order's row (gui/common/row_actions.py): the pencil is drawn disabled
    when the row's EDITABLE_ROLE is false, its tooltip then saying why."""

    def __init__(self, view: QAbstractItemView, view_action: QAction, edit_action: QAction,
                 select_row: Callable[[int], None]) -> None:
        super().__init__(view, (view_action, edit_action), select_row,
                         enabled=lambda action, index: action is not edit_action or bool(index.data(EDITABLE_ROLE)),
                         reason=lambda _action, index: locked_reason(index.data(STATUS_ROLE)))
        self.view_action = view_action
        self.edit_action = edit_action

    def _rects(self, cell: QRect) -> tuple[QRect, QRect]:
        eye, pencil = self.rects(cell)
        return eye, pencil

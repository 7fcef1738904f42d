"""One address of a customer (`address_dialog`), and the table of a customer's addresses.

The customer dialog edits its addresses in memory and saves them with the customer in one transaction, so
this dialog never writes: it checks the address with the domain rules and hands it back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from crmdesk.domain.addresses import flags_of, resolve_defaults
from crmdesk.domain.enums import AddressUsage
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import ADDRESS_FIELDS
from crmdesk.domain.postal_codes import city_choices, city_name, postal_codes_for
from crmdesk.domain.records import AddressData
from crmdesk.domain.validation import format_phone, validate_address
from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.common.widgets import FieldErrors, country_name, set_placeholder, set_read_only
from crmdesk.gui.forms.ui_address_dialog import Ui_AddressDialog

# Domain field name -> widget objectName, where they differ: the contract names the first street line
# `street` (crmdesk's automation surface), the record calls it `street1`.
WIDGET_OF_FIELD = {"street1": "street"}
TEXT_FIELDS = ("label", "recipient", "street1", "street2", "street3", "postal_code", "city", "phone")
REQUIRED = ("usage", "street1", "postal_code", "city", "country")


class AddressDialog(QDialog):
    """Create, edit or view one address (objectName `address_dialog`).

    `address()` gives the checked, normalised address once the dialog is accepted.

    Signals: those of QDialog (accepted when OK passes the checks).
    """

    def __init__(self, address: AddressData | None = None, parent: QWidget | None = None, *,
                 read_only: bool = False, first: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_AddressDialog()
        self.ui.setupUi(self)
        self.setObjectName("address_dialog")
        self._original = address or AddressData()
        self._result: AddressData | None = None
        self._read_only = read_only
        self._first = first
        self._is_new = address is None
        self.errors = FieldErrors(self)
        for name in ADDRESS_FIELDS:
            self.errors.attach(self.field_widget(name))
        # No setMaxLength (it cuts pasted text silently): the domain refuses a text over the limit, with why.
        self.ui.postal_code.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        self.ui.postal_code.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.ui.country.currentIndexChanged.connect(lambda _i: self.errors.clear(self.ui.postal_code))
        # A French postal code fills the city in; a city proposes its postal codes (offline data:
        # crmdesk.domain.postal_codes).
        self._filled_city = ""
        self.city_completer = QCompleter([], self)
        self.city_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.city_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.city.setCompleter(self.city_completer)
        self.postal_code_completer = QCompleter([], self)
        self.ui.postal_code.setCompleter(self.postal_code_completer)
        self.ui.postal_code.textEdited.connect(self._postal_code_typed)
        self.ui.city.editingFinished.connect(self._city_typed)
        self.ui.city.installEventFilter(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        self.load(self._original)
        self._apply_read_only()
        fit_to_screen(self, 560, 520)
        if self._is_new and not read_only:
            self.ui.street.setFocus(Qt.FocusReason.OtherFocusReason)  # the label is optional: start where typing is

    # ---- postal code and city ------------------------------------------
    def _in_france(self) -> bool:
        return (self.ui.country.code() or "FR") == "FR" and not self._read_only

    def _postal_code_typed(self, text: str) -> None:
        if not self._in_france():
            return
        city = city_name(text)
        current = self.ui.city.text().strip()
        # Proposals only when there is a choice, for a city still to type (never a popup over one typed).
        choices = city_choices(text)
        communes = choices if len(choices) > 1 and (not current or current == self._filled_city) else []
        self.city_completer.setModel(QStringListModel(communes, self.city_completer))
        if city and (not current or current == self._filled_city):
            self.ui.city.setText(city)  # only into an empty city, or over the one filled in before
            self.ui.city.selectAll()  # what the user types there replaces it
            self._filled_city = city
            self.errors.clear(self.ui.city)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Entering a city the postal code filled in selects it: what is typed replaces it ("LyonLyon" never).
        city: QLineEdit = self.ui.city
        if watched is city and event.type() == QEvent.Type.FocusIn and self._filled_city \
                and city.text() == self._filled_city:
            city.selectAll()
        return super().eventFilter(watched, event)

    def _city_typed(self) -> None:
        if not self._in_france():
            return
        typed_code = self.ui.postal_code.text().strip()
        codes = postal_codes_for(self.ui.city.text())
        # Proposals only while the postal code is still empty.
        self.postal_code_completer.setModel(QStringListModel([] if typed_code else codes,
                                                             self.postal_code_completer))
        if len(codes) == 1 and not typed_code:
            self.ui.postal_code.setText(codes[0])
            self.errors.clear(self.ui.postal_code)

    # ---- fields ------------------------------------------------------
    def field_widget(self, field: str) -> QWidget:
        """The widget editing a domain field of AddressData (`street1` is the `street` widget)."""
        widget = getattr(self.ui, WIDGET_OF_FIELD.get(field, field))
        assert isinstance(widget, QWidget)
        return widget

    def load(self, a: AddressData) -> None:
        self.ui.label.setText(a.label)
        self.ui.usage.set_value(a.usage or AddressUsage.BOTH.value)
        self.ui.recipient.setText(a.recipient)
        self.ui.street.setText(a.street1)
        self.ui.street2.setText(a.street2)
        self.ui.street3.setText(a.street3)
        self.ui.postal_code.setText(a.postal_code)
        self.ui.city.setText(a.city)
        self.ui.country.set_code(a.country or "FR")
        self.ui.phone.setText(format_phone(a.phone) if a.phone.startswith("+") else a.phone)
        self.ui.instructions.setPlainText(a.instructions)
        first = self._first and self._is_new
        self.ui.is_default_billing.setChecked(a.is_default_billing or first)
        self.ui.is_default_delivery.setChecked(a.is_default_delivery or first)
        if first:
            # A customer's first address is both defaults (the services enforce it too): say so.
            for box in (self.ui.is_default_billing, self.ui.is_default_delivery):
                box.setEnabled(False)
                box.setToolTip(self.tr("The first address is the default for billing and delivery."))

    def collect(self) -> AddressData:
        return replace(
            self._original,
            label=self.ui.label.text(),
            usage=str(self.ui.usage.value() or ""),
            recipient=self.ui.recipient.text(),
            street1=self.ui.street.text(),
            street2=self.ui.street2.text(),
            street3=self.ui.street3.text(),
            postal_code=self.ui.postal_code.text(),
            city=self.ui.city.text(),
            country=self.ui.country.code(),
            phone=self.ui.phone.text(),
            instructions=self.ui.instructions.toPlainText(),
            is_default_billing=self.ui.is_default_billing.isChecked(),
            is_default_delivery=self.ui.is_default_delivery.isChecked(),
        )

    def address(self) -> AddressData | None:
        """The accepted address, normalised by the domain rules (None until OK succeeded)."""
        return self._result

    def is_read_only(self) -> bool:
        return self._read_only

    # ---- accept --------------------------------------------------------
    def accept(self) -> None:
        if self._read_only:
            super().accept()
            return
        try:
            clean = validate_address(self.collect())
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return
        self._result = replace(clean, id=self._original.id)
        super().accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.errors.clear_all()
        first: QWidget | None = None
        for error in errors:
            widget = self.field_widget(error.field) if error.field in ADDRESS_FIELDS else None
            if widget is None:
                continue
            previous = self.errors.message(widget)
            self.errors.show(widget, f"{previous}\n{error.message}" if previous else error.message)
            first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _apply_read_only(self) -> None:
        if not self._read_only:
            return
        for name in ADDRESS_FIELDS:
            set_read_only(self.field_widget(name), True)
        for box in (self.ui.is_default_billing, self.ui.is_default_delivery):
            set_read_only(box, True)
        self.ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # ---- language ------------------------------------------------------
    def retranslate(self) -> None:
        if self._read_only:
            self.setWindowTitle(self.tr("Address"))
        elif self._is_new:
            self.setWindowTitle(self.tr("New address"))
        else:
            self.setWindowTitle(self.tr("Edit address"))
        self.ui.usage.set_choices([(u.value, u.label) for u in AddressUsage])
        self.ui.country.fill()
        set_placeholder(self.ui.label, self.tr("e.g. Head office, Warehouse"))
        set_placeholder(self.ui.postal_code, "75001")
        set_placeholder(self.ui.phone, "01 23 45 67 89")
        mark_required(self, [self.field_widget(f) for f in REQUIRED])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def mark_required(root: QWidget, required: list[QWidget]) -> None:
    """Bold labels and a star for required fields; every buddy gets its label as accessible name."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        text = label.text().rstrip(" *")
        is_required = buddy in required
        font = label.font()
        font.setBold(is_required)
        label.setFont(font)
        label.setText(f"{text} *" if is_required else text)
        if not isinstance(buddy, QCheckBox):
            buddy.setAccessibleName(text.replace("&", ""))


class AddressTableModel(QAbstractTableModel):
    """A customer's addresses, held in memory until the customer is saved (a customer has few).

    Keeps the domain's rule (crmdesk.domain.addresses.resolve_defaults, which the services apply too): at most
    one default billing and one default delivery address, and a customer with addresses always has both.

    Signals: those of QAbstractTableModel.
    """

    COLUMNS = ("label", "usage", "street", "postal_code", "city", "country", "default_billing",
               "default_delivery")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AddressData] = []

    # ---- Qt model ------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"default_billing": self.tr("Default billing address"),
                    "default_delivery": self.tr("Default delivery address")}.get(column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "label": self.tr("Label"), "usage": self.tr("Usage"), "street": self.tr("Street"),
            "postal_code": self.tr("Postal code"), "city": self.tr("City"), "country": self.tr("Country"),
            "default_billing": self.tr("Billing"), "default_delivery": self.tr("Delivery"),
        }[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        flag = {"default_billing": a.is_default_billing, "default_delivery": a.is_default_delivery}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if flag is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.one_line()
        if flag is not None:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Yes") if flag else self.tr("No")
            return "✓" if flag else ""
        if column == "usage":
            try:
                return AddressUsage(a.usage).label
            except ValueError:
                return a.usage
        if column == "street":
            return ", ".join(s for s in (a.street1, a.street2, a.street3) if s)
        if column == "country":
            return country_name(a.country)
        return getattr(a, column)

    # ---- editing -------------------------------------------------------
    def addresses(self) -> list[AddressData]:
        return [replace(a) for a in self._rows]

    def address(self, row: int) -> AddressData:
        return replace(self._rows[row])

    def set_addresses(self, addresses: list[AddressData]) -> None:
        self.beginResetModel()
        self._rows = [replace(a) for a in addresses]
        self.endResetModel()

    def add(self, address: AddressData) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(replace(address, is_default_billing=False, is_default_delivery=False))
        self.endInsertRows()
        self._set_defaults(row, address.is_default_billing or row == 0, address.is_default_delivery or row == 0)
        return row

    def replace(self, row: int, address: AddressData) -> None:
        self._rows[row] = replace(address, is_default_billing=self._rows[row].is_default_billing,
                                  is_default_delivery=self._rows[row].is_default_delivery)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self._set_defaults(row, address.is_default_billing, address.is_default_delivery)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._fix_defaults()

    def set_default(self, row: int, *, billing: bool = False, delivery: bool = False) -> None:
        """Make `row` the default billing and/or delivery address (the others lose that flag)."""
        a = self._rows[row]
        self._set_defaults(row, billing or a.is_default_billing, delivery or a.is_default_delivery)

    def default_row(self, flag: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if getattr(a, flag)), None)

    def _set_defaults(self, row: int, billing: bool, delivery: bool) -> None:
        self._apply_flags(resolve_defaults(flags_of(self._rows), row, billing, delivery))

    def _fix_defaults(self) -> None:
        self._apply_flags(resolve_defaults(flags_of(self._rows)))

    def _apply_flags(self, flags: list[tuple[bool, bool]]) -> None:
        """Set the default flags the domain's rule gave (crmdesk.domain.addresses), repainting changed rows."""
        first = len(self.COLUMNS) - 2
        for i, (a, (billing, delivery)) in enumerate(zip(self._rows, flags, strict=True)):
            if (a.is_default_billing, a.is_default_delivery) != (billing, delivery):
                a.is_default_billing, a.is_default_delivery = billing, delivery
                self.dataChanged.emit(self.index(i, first), self.index(i, first + 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

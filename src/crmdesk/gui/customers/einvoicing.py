"""The customer dialog's e-invoicing group (accounting tab): category, Chorus Pro service code and the
electronic invoicing addresses (scheme 0225), checked by crmdesk.domain.einvoicing.

`EInvoicingPanel` is a plain group box the accounting page inserts and drives with load / save /
set_editable; its fields are named after CustomerData's (`einvoicing_category`, `chorus_service_code`,
`einvoice_addresses`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.einvoicing import FRENCH_DIRECTORY_SCHEME, AddressForm, CustomerCategory, required_identifiers
from crmdesk.domain.fields import CUSTOMER_FIELDS
from crmdesk.domain.records import CustomerData, EInvoiceAddressData
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.widgets import OptionalDateEdit, ValueCombo, set_read_only

COL_FORM, COL_IDENTIFIER, COL_DEFAULT, COL_FROM, COL_TO = range(5)


class EInvoiceAddressTable(QTableWidget):
    """One row per address, each cell an editor: form, identifier, default, valid from, valid to.

    Signals:
        edited(): a cell's value changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("einvoice_addresses")
        self._ids: list[int | None] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_IDENTIFIER, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(110)

    def add_row(self, address: EInvoiceAddressData | None = None) -> int:
        address = address or EInvoiceAddressData()
        row = self.rowCount()
        self.insertRow(row)
        self._ids.append(address.id)
        form = QComboBox()
        form.setObjectName(f"einvoice_form_{row}")
        for value in AddressForm:
            form.addItem(value.label, value.value)
        form.setCurrentIndex(max(form.findData(address.form), 0))
        form.currentIndexChanged.connect(lambda _i: self._form_changed(form))
        identifier = QLineEdit(address.identifier)
        identifier.setObjectName(f"einvoice_identifier_{row}")
        identifier.setPlaceholderText(AddressForm(form.currentData()).example)
        identifier.textEdited.connect(lambda _t: self.edited.emit())
        default = QCheckBox()
        default.setObjectName(f"einvoice_default_{row}")
        default.setChecked(address.is_default)
        default.toggled.connect(lambda on, box=default: self._default_toggled(box, on))
        valid_from = OptionalDateEdit()
        valid_from.setObjectName(f"einvoice_valid_from_{row}")
        valid_from.set_value(address.valid_from)
        valid_to = OptionalDateEdit()
        valid_to.setObjectName(f"einvoice_valid_to_{row}")
        valid_to.set_value(address.valid_to)
        for column, widget in ((COL_FORM, form), (COL_IDENTIFIER, identifier), (COL_DEFAULT, default),
                               (COL_FROM, valid_from), (COL_TO, valid_to)):
            self.setCellWidget(row, column, widget)
        self.resizeRowsToContents()
        return row

    def _form_changed(self, combo: QComboBox) -> None:
        for row in range(self.rowCount()):
            if self.cellWidget(row, COL_FORM) is combo:
                edit = self.cellWidget(row, COL_IDENTIFIER)
                assert isinstance(edit, QLineEdit)
                edit.setPlaceholderText(AddressForm(combo.currentData()).example)
        self.edited.emit()

    def _default_toggled(self, box: QCheckBox, on: bool) -> None:
        if on:  # one default: ticking one unticks the others
            for row in range(self.rowCount()):
                other = self.cellWidget(row, COL_DEFAULT)
                if isinstance(other, QCheckBox) and other is not box and other.isChecked():
                    other.setChecked(False)
        self.edited.emit()

    def remove_row(self, row: int) -> None:
        self.removeRow(row)
        del self._ids[row]
        self.edited.emit()

    def set_addresses(self, addresses: list[EInvoiceAddressData]) -> None:
        self.setRowCount(0)
        self._ids = []
        for address in addresses:
            self.add_row(address)

    def addresses(self) -> list[EInvoiceAddressData]:
        out = []
        for row in range(self.rowCount()):
            form, identifier, default, valid_from, valid_to = (self.cellWidget(row, c) for c in range(5))
            assert isinstance(form, QComboBox) and isinstance(identifier, QLineEdit)
            assert isinstance(default, QCheckBox)
            assert isinstance(valid_from, OptionalDateEdit) and isinstance(valid_to, OptionalDateEdit)
            out.append(EInvoiceAddressData(id=self._ids[row], scheme=FRENCH_DIRECTORY_SCHEME,
                                           form=str(form.currentData()), identifier=identifier.text(),
                                           is_default=default.isChecked(), valid_from=valid_from.value(),
                                           valid_to=valid_to.value()))
        return out

    def set_editable(self, editable: bool) -> None:
        for row in range(self.rowCount()):
            for column in range(5):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    set_read_only(widget, not editable)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Form (scheme 0225)"), self.tr("Identifier"), self.tr("Default"),
                                        self.tr("Valid from"), self.tr("Valid until")])
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, COL_FORM)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, AddressForm(combo.itemData(i)).label)


class EInvoicingPanel(QGroupBox):
    """Category, service code and e-invoicing addresses.

    Signals:
        category_changed(str): the category chosen (the form marks the identifiers it requires).
    """

    category_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("einvoicing_group")
        self.einvoicing_category = ValueCombo()
        self.einvoicing_category.setObjectName("einvoicing_category")
        self.chorus_service_code = QLineEdit()
        self.chorus_service_code.setObjectName("chorus_service_code")
        self.chorus_service_code.setMaxLength(120)
        self.einvoice_addresses = EInvoiceAddressTable()
        self.add_einvoice_address_button = QToolButton()
        self.add_einvoice_address_button.setObjectName("add_einvoice_address_button")
        self.add_einvoice_address_button.setIcon(icon("add-line"))
        self.add_einvoice_address_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_einvoice_address_button = QToolButton()
        self.remove_einvoice_address_button.setObjectName("remove_einvoice_address_button")
        self.remove_einvoice_address_button.setIcon(icon("remove-line"))
        self.remove_einvoice_address_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_einvoice_address_button.clicked.connect(self.add_address)
        self.remove_einvoice_address_button.clicked.connect(self.remove_address)
        self.einvoice_addresses.itemSelectionChanged.connect(self._update_buttons)
        self.einvoicing_category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.required_hint = QLabel()
        self.required_hint.setObjectName("einvoicing_required_hint")
        self.required_hint.setWordWrap(True)
        self.required_hint.setForegroundRole(self.required_hint.foregroundRole())
        self.category_label, self.service_code_label, self.addresses_label = QLabel(), QLabel(), QLabel()
        self.category_label.setBuddy(self.einvoicing_category)
        self.service_code_label.setBuddy(self.chorus_service_code)

        form = QFormLayout()
        form.addRow(self.category_label, self.einvoicing_category)
        form.addRow("", self.required_hint)
        form.addRow(self.service_code_label, self.chorus_service_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.addresses_label)
        buttons.addStretch(1)
        buttons.addWidget(self.add_einvoice_address_button)
        buttons.addWidget(self.remove_einvoice_address_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.einvoice_addresses)
        self._editable = False
        self.retranslate()

    # ---- load / save ----------------------------------------------------------------------------------
    def load(self, data: CustomerData) -> None:
        self.einvoicing_category.set_value(data.einvoicing_category or "")
        self.chorus_service_code.setText(data.chorus_service_code)
        self.einvoice_addresses.set_addresses(data.einvoice_addresses)
        self.einvoice_addresses.set_editable(self._editable)
        self._category_changed()

    def save(self, data: CustomerData) -> None:
        data.einvoicing_category = str(self.einvoicing_category.value() or "")
        public = data.einvoicing_category == CustomerCategory.PUBLIC_ENTITY
        data.chorus_service_code = self.chorus_service_code.text() if public else ""
        data.einvoice_addresses = self.einvoice_addresses.addresses()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (self.einvoicing_category, self.chorus_service_code):
            set_read_only(widget, not editable)
        self.einvoice_addresses.set_editable(editable)
        self.add_einvoice_address_button.setVisible(editable)
        self.remove_einvoice_address_button.setVisible(editable)
        self._update_buttons()

    def widget(self, field: str) -> QWidget | None:
        return {"einvoicing_category": self.einvoicing_category, "chorus_service_code": self.chorus_service_code,
                "einvoice_addresses": self.einvoice_addresses}.get(field)

    def apply_kind(self, kind: str) -> None:
        """An individual's category is "private individual": offered alone."""
        current = str(self.einvoicing_category.value() or "")
        self._fill_categories(kind)
        self.einvoicing_category.set_value(current if self.einvoicing_category.findData(current) >= 0 else
                                           (CustomerCategory.INDIVIDUAL.value if kind == "individual" else ""))

    # ---- editing ----------------------------------------------------------------------------------------
    def add_address(self) -> int:
        row = self.einvoice_addresses.add_row(EInvoiceAddressData(is_default=self.einvoice_addresses.rowCount() == 0))
        self.einvoice_addresses.selectRow(row)
        editor = self.einvoice_addresses.cellWidget(row, COL_IDENTIFIER)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_address(self) -> None:
        rows = self.einvoice_addresses.selectionModel().selectedRows()
        if rows:
            self.einvoice_addresses.remove_row(rows[0].row())

    def _update_buttons(self) -> None:
        self.remove_einvoice_address_button.setEnabled(
            self._editable and bool(self.einvoice_addresses.selectionModel().selectedRows()))

    def _category_changed(self) -> None:
        category = str(self.einvoicing_category.value() or "")
        public = category == CustomerCategory.PUBLIC_ENTITY
        self.chorus_service_code.setVisible(public)
        self.service_code_label.setVisible(public)
        required = [CUSTOMER_FIELDS[name].label for name in required_identifiers(category)]
        self.required_hint.setText(self.tr("Required: %1").replace("%1", ", ".join(required)) if required else "")
        self.required_hint.setVisible(bool(required))
        self.category_changed.emit(category)

    def _fill_categories(self, kind: str = "company") -> None:
        categories = [c for c in CustomerCategory if (c is CustomerCategory.INDIVIDUAL) == (kind == "individual")
                      or c is CustomerCategory.NOT_SPECIFIED]
        blocked = self.einvoicing_category.blockSignals(True)
        self.einvoicing_category.clear()  # else set_choices would keep a category of the other kind
        self.einvoicing_category.set_choices([(c.value, c.label) for c in categories])
        self.einvoicing_category.blockSignals(blocked)

    def retranslate(self) -> None:
        current = str(self.einvoicing_category.value() or "") if self.einvoicing_category.count() else ""
        kind = "individual" if current == CustomerCategory.INDIVIDUAL else "company"
        self._fill_categories(kind)
        self.einvoicing_category.set_value(current)
        self.setTitle(self.tr("Electronic invoicing"))
        self.category_label.setText(CUSTOMER_FIELDS["einvoicing_category"].label)
        self.service_code_label.setText(CUSTOMER_FIELDS["chorus_service_code"].label)
        self.addresses_label.setText(self.tr("Electronic invoicing addresses"))
        self.add_einvoice_address_button.setText(self.tr("Add"))
        self.remove_einvoice_address_button.setText(self.tr("Remove"))
        self.einvoice_addresses.retranslate()
        self._category_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

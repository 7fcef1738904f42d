"""The customer record (`customer_dialog`): Contact, Logistics, Accounting, Addresses and Orders tabs.

Modes: "create", "view" (read-only, `edit_button` switches to editing), "edit", and "duplicate" (a copy of
a customer opened for editing; nothing is written until Save).

Each tab is a page with `load` (record -> widgets), `check` (what the widgets themselves refuse, such as a
number that is not one) and `save` (widgets -> record). Save checks every page and the domain rules,
shows each refused value beside its field, jumps to the first one, then writes once through the services,
in one transaction, and only if something changed.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.card import CardEdits
from crmdesk.domain.enums import CIVILITIES, CURRENCIES, INCOTERMS, LEGAL_FORMS, CustomerKind, VatRegime
from crmdesk.domain.errors import ConflictError, CrmError, FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.fields import CUSTOMER_FIELDS
from crmdesk.domain.i18n import language
from crmdesk.domain.records import CustomerData
from crmdesk.domain.validation import (
    check_email,
    check_siren,
    check_siret,
    check_vat_number,
    format_iban,
    format_phone,
    mask_iban,
    validate_customer,
    vat_from_siren,
)
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.busy import run_busy
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.modes import ModeBanner, apply_mode_style
from crmdesk.gui.common.screen import elide_title, fit_to_screen, set_elided_text
from crmdesk.gui.common.styles import Tone, banner_style, error_text_style
from crmdesk.gui.common.widgets import (
    DecimalEdit,
    FieldErrors,
    OptionalDateEdit,
    RefCombo,
    form_position,
    set_placeholder,
    set_read_only,
)
from crmdesk.gui.customers.address_dialog import AddressDialog, AddressTableModel, mark_required
from crmdesk.gui.forms.ui_customer_dialog import Ui_CustomerDialog
from crmdesk.services import Services

log = logging.getLogger(__name__)

MODES = ("create", "view", "edit", "duplicate")
TAB_CONTACT, TAB_LOGISTICS, TAB_ACCOUNTING, TAB_ADDRESSES, TAB_ORDERS = range(5)

# Languages a customer may be written to in, by their own names (not translated on purpose).
CUSTOMER_LANGUAGES = (("fr", "Français"), ("en", "English"), ("de", "Deutsch"), ("es", "Español"),
                      ("it", "Italiano"), ("nl", "Nederlands"), ("pt", "Português"))
# Free-text fields whose stored length is what the user types (identifiers are typed with spaces).
LENGTH_LIMITED = ("code", "name", "first_name", "last_name", "email", "website", "incoterm_place",
                  "accounting_code", "sepa_mandate_ref")
# CustomerData attributes edited by the form (everything but ids, timestamps, counters and addresses).
EDITED = [f.name for f in dataclass_fields(CustomerData)
          if f.name not in {"id", "version", "created_at", "updated_at", "order_count", "addresses"}]
DUPLICATE_FIELDS = ("siren", "siret", "vat_number", "email")


def date_refused_message(label: str, text: str) -> str:
    return QCoreApplication.translate("Page", "{label}: {text} does not exist; type the date again.").format(
        label=label, text=text)


def group_digits(value: str, groups: tuple[int, ...]) -> str:
    """'732829320' as '732 829 320' (and a SIRET as '732 829 320 00074'): easier to read back."""
    if not value.isdigit() or len(value) != sum(groups):
        return value
    parts, start = [], 0
    for size in groups:
        parts.append(value[start:start + size])
        start += size
    return " ".join(parts)


def _set_editable(widget: QWidget, editable: bool) -> None:
    # Read-only rather than disabled: the values stay legible and reachable with Tab (screen readers).
    set_read_only(widget, not editable)


# ---- pages ------------------------------------------------------------------------------------------

class Page(QObject):
    """One tab of the customer dialog: the widgets of some CustomerData fields."""

    fields: tuple[str, ...] = ()

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ui = dialog.ui

    def widget(self, field: str) -> QWidget | None:
        if field not in self.fields:
            return None
        widget = getattr(self.ui, field, None)
        return widget if isinstance(widget, QWidget) else None

    def load(self, data: CustomerData, editing: bool) -> None:
        raise NotImplementedError

    def check(self) -> list[FieldError]:
        """What the widgets themselves refuse (a number that is not one)."""
        errors = []
        for name in self.fields:
            widget = self.widget(name)
            reason = widget.error_message() if isinstance(widget, DecimalEdit) else ""
            if reason:
                # The reason comes from crmdesk.domain.numbers, the one number reader.
                errors.append(FieldError(name, f"{CUSTOMER_FIELDS[name].label} : {reason}" if language() == "fr"
                                         else f"{CUSTOMER_FIELDS[name].label}: {reason}"))
            if isinstance(widget, OptionalDateEdit) and not widget.is_valid():
                errors.append(FieldError(name, date_refused_message(CUSTOMER_FIELDS[name].label,
                                                                    widget.refused_text())))
        return errors

    def save(self, data: CustomerData) -> None:
        raise NotImplementedError

    def stage(self, edits: CardEdits) -> None:
        """Put what this page holds besides the record (contacts, categories, notes) in `edits`."""

    def restore(self, edits: CardEdits) -> None:
        """Show staged `edits` again (after the stored record was re-read under them)."""

    def set_editable(self, editable: bool) -> None:
        for name in self.fields:
            widget = self.widget(name)
            if widget is not None:
                _set_editable(widget, editable)

    def apply_kind(self, kind: str) -> None:
        """Show the fields of a company or of an individual."""

    def retranslate(self) -> None:
        """Re-apply the texts set in code."""

    @staticmethod
    def decimal(widget: DecimalEdit) -> Decimal | None:
        try:
            return widget.value()
        except ValueError:
            return None


class ContactPage(Page):
    """Identity and contact details. An individual's own name (civility, first and last name) is edited here;
    a company's contact persons are not: they live in the Contacts list only (one place for a person), and
    this tab shows the main one with a button to that list."""

    fields = ("kind", "code", "name", "legal_form", "civility", "first_name", "last_name", "email",
              "phone", "mobile", "website", "language", "notes", "active")

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self.ui.legal_form.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ui.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        for name in ("phone", "mobile"):
            getattr(self.ui, name).setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.ui.website.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)

    def load(self, data: CustomerData, editing: bool) -> None:
        ui = self.ui
        ui.kind.set_value(data.kind)
        ui.code.setText(data.code)
        ui.name.setText(data.name)
        ui.legal_form.setCurrentText(data.legal_form)
        ui.civility.set_value(data.civility)
        ui.first_name.setText(data.first_name)
        ui.last_name.setText(data.last_name)
        ui.email.setText(data.email)
        ui.phone.setText(format_phone(data.phone))
        ui.mobile.setText(format_phone(data.mobile))
        ui.website.setText(data.website)
        ui.language.set_value(data.language or "fr")
        ui.notes.setPlainText(data.notes)
        ui.active.setChecked(data.active)

    def kind(self) -> str:
        return str(self.ui.kind.value() or CustomerKind.COMPANY.value)

    def save(self, data: CustomerData) -> None:
        ui = self.ui
        data.kind = self.kind()
        data.code = ui.code.text()
        data.legal_form = ui.legal_form.currentText()
        data.civility = str(ui.civility.value() or "")
        data.first_name = ui.first_name.text()
        data.last_name = ui.last_name.text()
        data.email = ui.email.text()
        data.phone = ui.phone.text()
        data.mobile = ui.mobile.text()
        data.website = ui.website.text()
        data.language = str(ui.language.value() or "fr")
        data.notes = ui.notes.toPlainText()
        data.active = ui.active.isChecked()
        if data.kind == CustomerKind.INDIVIDUAL:
            # An individual's name is theirs: "Jeanne Martin", derived rather than typed twice.
            data.name = " ".join(p for p in (data.first_name.strip(), data.last_name.strip()) if p)
            data.legal_form = ""
        else:
            data.name = ui.name.text()

    def apply_kind(self, kind: str) -> None:
        company = kind != CustomerKind.INDIVIDUAL
        for name in ("name", "legal_form"):
            self.dialog.set_row_visible(getattr(self.ui, name), company)
        # A company's people are its contacts (the Contacts tab); an individual's name is typed here.
        self.ui.person_group.setVisible(not company)
        self.ui.contact_people_group.setVisible(company)
        self.ui.person_group.setTitle(self.tr("Person"))

    def retranslate(self) -> None:
        ui = self.ui
        ui.kind.set_choices([(k.value, k.label) for k in CustomerKind])
        ui.kind.setItemIcon(0, icon("company"))
        ui.kind.setItemIcon(1, icon("individual"))
        ui.civility.set_choices([("", "—")] + [(c, {"M.": self.tr("Mr"), "Mme": self.tr("Ms")}.get(c, c))
                                               for c in CIVILITIES])
        ui.language.set_choices(list(CUSTOMER_LANGUAGES))
        current = ui.legal_form.currentText()
        ui.legal_form.clear()
        ui.legal_form.addItems(["", *LEGAL_FORMS])
        ui.legal_form.setCurrentText(current)
        ui.name_label.setText(self.tr("Company name"))
        self.apply_kind(self.kind())
        set_placeholder(ui.code, self.tr("Given when saved"))
        set_placeholder(ui.email, self.tr("name@example.fr"))
        set_placeholder(ui.phone, "01 23 45 67 89")
        set_placeholder(ui.mobile, "06 12 34 56 78")
        set_placeholder(ui.website, "www.example.fr")


class LogisticsPage(Page):
    fields = ("default_carrier", "default_delivery_address", "incoterm", "incoterm_place", "franco_threshold",
              "minimum_order_amount", "delivery_instructions")

    def load(self, data: CustomerData, editing: bool) -> None:
        ui = self.ui
        ui.default_carrier.set_items(self.dialog.carriers, self.tr("— none —"), data.default_carrier_id,
                                     self.tr("{label} (inactive)"))
        ui.incoterm.set_value(data.incoterm)
        ui.incoterm_place.setText(data.incoterm_place)
        ui.franco_threshold.set_value(data.franco_threshold)
        ui.minimum_order_amount.set_value(data.minimum_order_amount)
        ui.delivery_instructions.setPlainText(data.delivery_instructions)
        self.refresh_addresses()

    def save(self, data: CustomerData) -> None:
        ui = self.ui
        data.default_carrier_id = ui.default_carrier.current_id()
        data.incoterm = str(ui.incoterm.value() or "")
        data.incoterm_place = ui.incoterm_place.text()
        data.franco_threshold = self.decimal(ui.franco_threshold)
        data.minimum_order_amount = self.decimal(ui.minimum_order_amount)
        data.delivery_instructions = ui.delivery_instructions.toPlainText()
        # The default delivery address is a flag of the addresses: the Addresses page saves it.

    def refresh_addresses(self) -> None:
        """List the customer's addresses (as edited so far) in the default-delivery combo."""
        model = self.dialog.address_model
        combo = self.ui.default_delivery_address
        if model.rowCount() == 0:
            # Short enough for the combo at 1024 pixels; the whole hint in the tooltip.
            combo.set_choices([(None, self.tr("No address yet"))])
            combo.set_value(None)
            combo.setToolTip(self.tr("No address yet: add one on the Addresses tab"))
            return
        combo.setToolTip("")
        choices: list[tuple[object, str]] = []
        for row, a in enumerate(model.addresses()):
            text = a.one_line()
            choices.append((row, f"{a.label} — {text}" if a.label else text))
        combo.set_choices(choices)
        combo.set_value(model.default_row("is_default_delivery"))

    def set_currency(self, code: str) -> None:
        for edit in (self.ui.franco_threshold, self.ui.minimum_order_amount):
            edit.set_currency(code)

    def retranslate(self) -> None:
        self.ui.incoterm.set_choices([("", "—")] + [(c, c) for c in INCOTERMS])
        set_placeholder(self.ui.incoterm_place, self.tr("e.g. Le Havre"))
        self.ui.franco_threshold.relocalize()
        self.ui.minimum_order_amount.relocalize()


class AccountingPage(Page):
    fields = ("siren", "siret", "vat_number", "naf_code", "accounting_code", "preferred_payment_method",
              "payment_terms", "iban", "bic", "sepa_mandate_ref", "sepa_mandate_date", "credit_limit",
              "default_discount", "vat_regime", "currency")

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self._iban = ""
        self._editing = False
        self._editable = False
        self.ui.default_discount.set_decimals(None)
        self.ui.default_discount.set_suffix("%")
        self.ui.compute_vat_button.setIcon(icon("calculator"))
        self.ui.compute_vat_button.clicked.connect(self.compute_vat)
        # Electronic invoicing (issue 12): its own widget, under the identifiers and bank groups.
        from crmdesk.gui.customers.einvoicing import EInvoicingPanel

        self.einvoicing = EInvoicingPanel()
        grid = self.ui.accounting_grid
        grid.removeItem(self.ui.accounting_spacer)
        grid.addWidget(self.einvoicing, 2, 0, 1, 2)
        grid.addItem(self.ui.accounting_spacer, 3, 0, 1, 1)

    def load(self, data: CustomerData, editing: bool) -> None:
        ui = self.ui
        self._editing = editing
        ui.siren.setText(group_digits(data.siren, (3, 3, 3)))
        ui.siret.setText(group_digits(data.siret, (3, 3, 3, 5)))
        ui.vat_number.setText(data.vat_number)
        ui.naf_code.setText(data.naf_code)
        ui.accounting_code.setText(data.accounting_code)
        none = self.tr("— none —")
        inactive = self.tr("{label} (inactive)")
        ui.preferred_payment_method.set_items(self.dialog.payment_methods, none, data.preferred_payment_method_id,
                                              inactive)
        ui.payment_terms.set_items(self.dialog.payment_terms, none, data.payment_terms_id, inactive)
        self._iban = data.iban
        self._show_iban()
        ui.bic.setText(data.bic)
        ui.sepa_mandate_ref.setText(data.sepa_mandate_ref)
        ui.sepa_mandate_date.set_value(data.sepa_mandate_date)
        ui.credit_limit.set_value(data.credit_limit)
        ui.default_discount.set_value(data.default_discount)
        ui.vat_regime.set_value(data.vat_regime or VatRegime.FRANCE.value)
        ui.currency.set_value(data.currency or "EUR")
        self.einvoicing.apply_kind(data.kind)
        self.einvoicing.load(data)

    def _show_iban(self) -> None:
        if self._editing:
            self.ui.iban.setText(format_iban(self._iban))
            self.ui.iban.setToolTip("")
        else:
            # Outside editing, enough to recognise the account, not to copy it.
            self.ui.iban.setText(mask_iban(self._iban))
            self.ui.iban.setToolTip(self.tr("Masked: shown in full when editing.") if self._iban else "")

    def save(self, data: CustomerData) -> None:
        ui = self.ui
        company = self.dialog.contact.kind() != CustomerKind.INDIVIDUAL
        data.siren = ui.siren.text() if company else ""
        data.siret = ui.siret.text() if company else ""
        data.vat_number = ui.vat_number.text() if company else ""
        data.naf_code = ui.naf_code.text() if company else ""
        data.accounting_code = ui.accounting_code.text()
        data.preferred_payment_method_id = ui.preferred_payment_method.current_id()
        data.payment_terms_id = ui.payment_terms.current_id()
        data.iban = ui.iban.text() if self._editing else self._iban
        data.bic = ui.bic.text()
        data.sepa_mandate_ref = ui.sepa_mandate_ref.text()
        data.sepa_mandate_date = ui.sepa_mandate_date.value()
        data.credit_limit = self.decimal(ui.credit_limit)
        data.default_discount = self.decimal(ui.default_discount)
        data.vat_regime = str(ui.vat_regime.value() or VatRegime.FRANCE.value)
        data.currency = str(ui.currency.value() or "EUR")
        self.einvoicing.save(data)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._editable = editable
        self.einvoicing.set_editable(editable)
        self.ui.compute_vat_button.setVisible(editable and self.dialog.contact.kind() != CustomerKind.INDIVIDUAL)

    def widget(self, field: str) -> QWidget | None:
        return self.einvoicing.widget(field) or super().widget(field.removesuffix("_id"))

    def compute_vat(self) -> None:
        """Fill the VAT number from the SIREN (or the SIRET's first nine digits)."""
        source = self.ui.siren.text().strip() or self.ui.siret.text().replace(" ", "")[:9]
        errors = self.dialog.errors
        if not source:
            errors.show(self.ui.siren, self.tr("Type the SIREN first: the French VAT number is computed from it."))
            self.ui.siren.setFocus()
            return
        try:
            vat = vat_from_siren(source)
        except FieldError as exc:
            errors.show(self.ui.siren, exc.message)
            self.ui.siren.setFocus()
            return
        errors.clear(self.ui.siren)
        errors.clear(self.ui.vat_number)
        self.ui.vat_number.setText(vat)
        self.dialog.schedule_duplicate_check()

    def apply_kind(self, kind: str) -> None:
        company = kind != CustomerKind.INDIVIDUAL
        for name in ("siren", "siret", "vat_number", "naf_code"):
            self.dialog.set_row_visible(getattr(self.ui, name), company)
        # Showing the VAT row shows its button too: only for editing.
        self.ui.compute_vat_button.setVisible(company and self._editable)
        self.ui.identifiers_group.setTitle(self.tr("Identifiers") if company else self.tr("Accounting"))
        self.einvoicing.apply_kind(kind)

    def set_currency(self, code: str) -> None:
        self.ui.credit_limit.set_currency(code)

    def retranslate(self) -> None:
        from babel.numbers import get_currency_name

        ui = self.ui
        ui.vat_regime.set_choices([(v.value, v.label) for v in VatRegime])
        locale = "fr_FR" if language() == "fr" else "en_GB"
        ui.currency.set_choices([(c, f"{c} — {get_currency_name(c, locale=locale)}") for c in CURRENCIES])
        ui.compute_vat_button.setToolTip(self.tr("Compute the French VAT number from the SIREN"))
        set_placeholder(ui.siren, "732 829 320")
        set_placeholder(ui.siret, "732 829 320 00074")
        set_placeholder(ui.vat_number, "FR44 732829320")
        set_placeholder(ui.naf_code, "62.01Z")
        set_placeholder(ui.iban, "FR76 3000 6000 0112 3456 7890 189")
        set_placeholder(ui.bic, "BNPAFRPP")
        self._show_iban()
        ui.credit_limit.relocalize()
        ui.default_discount.relocalize()
        ui.sepa_mandate_date.apply_locale()


class AddressesPage(Page):
    fields = ("addresses",)

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self.model = AddressTableModel(dialog)
        self._editable = False
        table = self.ui.addresses_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setWordWrap(False)  # one line per address; the tooltip has it in full
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.activated.connect(lambda _index: self.edit_address())
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.ui.addresses_error.setStyleSheet(error_text_style())
        self.ui.addresses_error.hide()
        for name, icon_name in (("add_address_button", "new"), ("edit_address_button", "edit"),
                                ("delete_address_button", "delete"), ("default_billing_button", "check"),
                                ("default_delivery_button", "deliver")):
            getattr(self.ui, name).setIcon(icon(icon_name))
        self.ui.add_address_button.clicked.connect(self.add_address)
        self.ui.edit_address_button.clicked.connect(self.edit_address)
        self.ui.delete_address_button.clicked.connect(self.delete_address)
        self.ui.default_billing_button.clicked.connect(lambda: self.set_default(billing=True))
        self.ui.default_delivery_button.clicked.connect(lambda: self.set_default(delivery=True))
        self.address_dialog: AddressDialog | None = None

    def widget(self, field: str) -> QWidget | None:
        return self.ui.addresses_table if field == "addresses" else None

    def load(self, data: CustomerData, editing: bool) -> None:
        self.model.set_addresses(data.addresses)
        self._resize()
        self.update_buttons()

    def _resize(self) -> None:
        table = self.ui.addresses_table
        for column in range(self.model.columnCount()):
            if column != 2:
                table.resizeColumnToContents(column)

    def check(self) -> list[FieldError]:
        return []

    def save(self, data: CustomerData) -> None:
        data.addresses = self.model.addresses()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for name in ("add_address_button", "edit_address_button", "delete_address_button",
                     "default_billing_button", "default_delivery_button"):
            getattr(self.ui, name).setVisible(editable)
        self.update_buttons()

    def selected_row(self) -> int | None:
        rows = self.ui.addresses_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self) -> None:
        row = self.selected_row()
        for name in ("edit_address_button", "delete_address_button", "default_billing_button",
                     "default_delivery_button"):
            getattr(self.ui, name).setEnabled(row is not None)

    def select(self, row: int) -> None:
        self.ui.addresses_table.selectRow(row)
        self.ui.addresses_table.setCurrentIndex(self.model.index(row, 0))

    def show_error(self, message: str) -> None:
        self.ui.addresses_error.setText(message)
        self.ui.addresses_error.setVisible(bool(message))
        self.ui.addresses_table.setAccessibleDescription(message)

    def has_error(self) -> bool:
        return bool(self.ui.addresses_error.text())

    def _open(self, dialog: AddressDialog, row: int | None) -> None:
        self.address_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            address = dialog.address()
            if address is None:
                return
            target = self.model.add(address) if row is None else row
            if row is not None:
                self.model.replace(row, address)
            self.show_error("")
            self.dialog.refresh_error_marks()
            self._resize()
            self.select(target)
            self.ui.addresses_table.setFocus()

        def finished() -> None:
            self.address_dialog = None

        if not dialog.is_read_only():
            dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def add_address(self) -> None:
        if not self._editable:
            return
        self._open(AddressDialog(None, self.dialog, first=self.model.rowCount() == 0), None)

    def edit_address(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._open(AddressDialog(self.model.address(row), self.dialog, read_only=not self._editable), row)

    def delete_address(self) -> None:
        row = self.selected_row()
        if row is None or not self._editable:
            return
        self.model.remove(row)
        self.show_error("")
        self.dialog.refresh_error_marks()
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        self.update_buttons()

    def set_default(self, *, billing: bool = False, delivery: bool = False) -> None:
        row = self.selected_row()
        if row is not None and self._editable:
            self.model.set_default(row, billing=billing, delivery=delivery)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.ui.addresses_table.setAccessibleName(self.tr("Addresses"))


class OrdersPage(Page):
    """The customer's orders: the order-history panel of the orders feature (with its count, totals and
    "New order" button, enabled once the customer is saved); without that feature, the number of orders."""

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self.customer_id: int | None = None
        self.order_count = 0
        layout = QVBoxLayout(self.ui.orders_host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel: QWidget | None = None
        self.order_count_label: QLabel | None = None
        try:
            from crmdesk.gui.orders import history as order_history
        except ImportError:
            order_history = None  # type: ignore[assignment]  # a build without the orders feature
        if order_history is not None:
            self.panel = order_history.OrderHistoryPanel(dialog.services, dialog.bus, self.ui.orders_host)
            layout.addWidget(self.panel)
        else:
            self.order_count_label = QLabel(self.ui.orders_host)
            self.order_count_label.setObjectName("order_count_label")
            layout.addWidget(self.order_count_label)
            layout.addStretch(1)
            dialog.bus.orders_changed.connect(self._orders_changed)

    def load(self, data: CustomerData, editing: bool) -> None:
        self.customer_id = data.id
        self.order_count = data.order_count
        if self.panel is not None:
            self.panel.set_customer(data.id)  # type: ignore[attr-defined]
        self.retranslate()

    def save(self, data: CustomerData) -> None:
        pass

    def set_editable(self, editable: bool) -> None:
        pass

    def _orders_changed(self, customer_id: int, _order_ids: list) -> None:
        if self.customer_id is None or customer_id != self.customer_id:
            return
        row = self.dialog.services.customers.row(self.customer_id)
        if row is not None:
            self.order_count = row.order_count
            self.retranslate()

    def retranslate(self) -> None:
        if self.order_count_label is None:
            return
        if self.customer_id is None:
            text = self.tr("The orders are shown once the customer is saved.")
        elif self.order_count == 0:
            text = self.tr("No orders yet.")
        elif self.order_count == 1:
            text = self.tr("1 order")
        else:
            text = self.tr("{count} orders").format(count=self.order_count)
        self.order_count_label.setText(text)


# ---- the dialog ------------------------------------------------------------------------------------

class CustomerDialog(QDialog):
    """Create, view, edit or duplicate a customer (objectName `customer_dialog`).

    Signals:
        saved(int): the customer was written (created or updated); its id.
        mode_changed(str): "view" or "edit" after switching (the create and duplicate modes edit).
    """

    saved = Signal(int)
    mode_changed = Signal(str)

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None, *,
                 customer_id: int | None = None, mode: str = "view") -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        if mode != "create" and customer_id is None:
            raise ValueError(f"mode {mode!r} needs a customer_id")
        self.services = services
        self.bus = bus
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self.setObjectName("customer_dialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.mode = mode
        self._editing = mode != "view"
        self._source_code = ""  # the customer a duplicate was made from
        self._original: CustomerData | None = None  # the stored record the edits started from
        self._draft = CustomerData()  # id, version and timestamps of what is edited
        self._baseline: CustomerData | None = None  # the form as loaded, to tell what changed
        self._question: QMessageBox | None = None
        self._saving = False
        self._close_after_save = False
        self._shown_hints: set[tuple[int, str]] = set()
        self._blank_tab_icon: QIcon | None = None
        self._failing_tabs: list[int] = []
        self._siret_confirmed = ""  # the SIRET the user chose to save although another customer has it
        self.linked_dialogs: list[CustomerDialog] = []

        self.payment_methods = services.catalog.payment_methods(include_inactive=True)
        self.payment_terms = services.catalog.payment_terms(include_inactive=True)
        self.carriers = services.catalog.carriers(include_inactive=True)

        self.errors = FieldErrors(self)
        self.contact = ContactPage(self)
        self.logistics = LogisticsPage(self)
        self.accounting = AccountingPage(self)
        self.addresses = AddressesPage(self)
        self.orders = OrdersPage(self)
        self.pages: list[Page] = [self.contact, self.logistics, self.accounting, self.addresses, self.orders]
        self.address_model = self.addresses.model
        from crmdesk.gui.customers.card import install_customer_card

        # Issue 13: summary band, credit control, and the Contacts, Activité and Historique tabs.
        self.pages += install_customer_card(self)
        for page in self.pages[:3]:
            for name in page.fields:
                widget = page.widget(name)
                if widget is not None:
                    self.errors.attach(widget)
        self.errors.cleared.connect(lambda _w: self.refresh_error_marks())
        # View mode says so at the top, and shows when a save went through.
        self.mode_banner = ModeBanner(self)
        self.ui.dialog_layout.insertWidget(1, self.mode_banner)
        self._setup_widgets()
        self._setup_buttons()
        self._setup_shortcuts()
        self.retranslate()

        if mode == "create":
            self._load(services.customers.new_customer())
        elif mode == "duplicate":
            assert customer_id is not None
            self._source_code = services.customers.get(customer_id).code
            self._load(services.customers.duplicate_draft(customer_id))
            self.check_duplicates()
        else:
            assert customer_id is not None
            self._load(services.customers.get(customer_id))
        bus.customers_changed.connect(self._customers_changed)
        bus.customers_removed.connect(self._customers_removed)
        self.ui.customer_tabs.setCurrentIndex(TAB_CONTACT)
        # Roomy on a usual screen, never taller than a small one (every tab fits in 1024×640).
        fit_to_screen(self, 980, 700)
        if self._editing:
            # A new customer starts on its name: typing at once must not go to "Type".
            first = self.ui.name if self.contact.kind() != CustomerKind.INDIVIDUAL else self.ui.last_name
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- set-up ----------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        # No setMaxLength: it cuts a pasted text without a word. The domain refuses a text over the limit
        # with its length, beside the field, and what was typed stays on screen.
        font = ui.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.header_label.setFont(font)
        ui.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.duplicate_banner.setStyleSheet(banner_style("QFrame#duplicate_banner", Tone.WARNING, padding="0px",
                                                       children="QLabel"))
        ui.duplicate_icon.setPixmap(icon("warning").pixmap(20, 20))
        ui.duplicate_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        ui.duplicate_label.linkActivated.connect(self._open_linked)
        ui.duplicate_banner.hide()
        ui.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.currency.currentIndexChanged.connect(lambda _i: self._currency_changed())
        ui.default_delivery_address.activated.connect(self._default_delivery_chosen)
        for signal in (self.address_model.rowsInserted, self.address_model.rowsRemoved,
                       self.address_model.dataChanged, self.address_model.modelReset):
            signal.connect(lambda *_: self.logistics.refresh_addresses())
        self.address_model.rowsInserted.connect(lambda *_: self._delivery_combo_enabled())
        self.address_model.rowsRemoved.connect(lambda *_: self._delivery_combo_enabled())
        for name in DUPLICATE_FIELDS:
            getattr(ui, name).editingFinished.connect(self.schedule_duplicate_check)
        # A date that does not exist is said at once, beside its field (and refused on save).
        ui.sepa_mandate_date.date_refused.connect(lambda text: self.errors.show(
            ui.sepa_mandate_date, date_refused_message(CUSTOMER_FIELDS["sepa_mandate_date"].label, text)))
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(0)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        for scroll in self.findChildren(QScrollArea):
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in self.findChildren(QPushButton):
            # Enter in a field never saves by surprise: Save is Ctrl+S or a click.
            button.setAutoDefault(False)
            button.setDefault(False)

    def _setup_buttons(self) -> None:
        box = self.ui.button_box
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setAutoDefault(False)
        box.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button.clicked.connect(self.switch_to_edit)
        box.clicked.connect(self._button_clicked)

    def _setup_shortcuts(self) -> None:
        def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str,
                     slot: Callable[[], object]) -> QShortcut:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            return sc

        self.save_shortcut = shortcut(QKeySequence.StandardKey.Save, self._save_requested)
        # "Ajouter une adresse" from anywhere in the record, without the mouse.
        self.add_address_shortcut = shortcut("Ctrl+Shift+A", self._add_address_requested)
        tabs = self.ui.customer_tabs
        step = lambda delta: tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())  # noqa: E731
        self.tab_shortcuts = [
            shortcut("Ctrl+PgDown", lambda: step(1)),
            shortcut("Ctrl+PgUp", lambda: step(-1)),
            shortcut("Ctrl+Tab", lambda: step(1)),
            shortcut("Ctrl+Shift+Tab", lambda: step(-1)),
        ]

    # ---- loading -----------------------------------------------------------
    def _load(self, record: CustomerData, shown: CustomerData | None = None) -> None:
        """Show `record` (the stored one, or a new draft) and take it as the starting point of the edits.

        `shown`, when given, is put in the widgets instead (edits kept over a newer stored record).
        """
        self._draft = replace(record, addresses=[replace(a) for a in record.addresses])
        self._original = self._draft if record.id is not None else None
        self.errors.clear_all()
        self.addresses.show_error("")
        for page in self.pages:
            page.set_editable(self._editing)
        for page in self.pages:
            page.load(record, self._editing)
        apply_mode_style(self)
        self.mode_banner.set_viewing(not self._editing)
        self._kind_changed()
        self._currency_changed()
        self._baseline = self.collect()[0] if self._editing else None
        if shown is not None:
            for page in self.pages:
                page.load(shown, self._editing)
            self._kind_changed()
            self._currency_changed()
        self._delivery_combo_enabled()
        self._update_buttons()
        self._update_title()
        self.refresh_error_marks()
        from crmdesk.gui.data.gdpr import add_gdpr_button

        add_gdpr_button(self)  # export or erase the customer's personal data (issue 11)

    def customer_id(self) -> int | None:
        return self._draft.id

    def is_editing(self) -> bool:
        return self._editing

    # ---- what the form holds -----------------------------------------------
    def collect(self) -> tuple[CustomerData, list[FieldError]]:
        """The record as the form shows it, and what the widgets refuse."""
        data = replace(self._draft, addresses=[replace(a) for a in self._draft.addresses])
        errors: list[FieldError] = []
        for page in self.pages:
            errors += page.check()
            page.save(data)
        return data, errors

    def card_edits(self) -> CardEdits:
        """The contacts, categories and notes staged in the dialog (written with the customer's save)."""
        edits = CardEdits()
        for page in self.pages:
            page.stage(edits)
        return edits

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet (staged contacts, categories and notes included)."""
        if not self._editing or self._baseline is None:
            return False
        data, errors = self.collect()
        return bool(errors) or data != self._baseline or not self.card_edits().is_empty()

    def check(self) -> tuple[CustomerData | None, list[FieldError]]:
        """Check every page, then the domain rules: (normalised record, []) or (None, errors in form order)."""
        data, errors = self.collect()
        probe = data
        if not data.code.strip() and data.id is None:
            probe = replace(data, code="C?")  # the services give the code of a new customer
        try:
            clean = validate_customer(probe)
        except ValidationErrors as exc:
            failed = {e.field for e in errors}
            errors += [e for e in exc.errors if e.field not in failed]
            clean = None
        if errors:
            order = list(self.field_order())
            errors.sort(key=lambda e: order.index(self._widget_name(e.field))
                        if self._widget_name(e.field) in order else len(order))
            return None, errors
        assert clean is not None
        return (replace(clean, code=data.code.strip()) if probe is not data else clean), []

    def field_order(self) -> list[str]:
        """Widget names in tab (visual) order."""
        order: list[str] = []
        for page in self.pages:
            order += [n for n in page.fields]
        return order

    # ---- saving ----------------------------------------------------------------
    def _save_requested(self) -> None:
        if self._editing:
            self.save()

    def _add_address_requested(self) -> None:
        if self._editing:
            self.ui.customer_tabs.setCurrentIndex(TAB_ADDRESSES)
            self.addresses.add_address()

    def save(self) -> bool:
        """Check, then write once if something changed. True when the customer is saved (or unchanged)."""
        if not self._editing or self._saving:
            return False
        clean, errors = self.check()
        if errors:
            self.show_errors(errors)
            return False
        assert clean is not None
        creating = self._draft.id is None
        if not creating and not self.is_dirty():
            # Nothing changed: nothing to write; the same end as a save.
            if self._close_after_save:
                self._close(QDialog.DialogCode.Accepted)
            else:
                self._show_saved(self._original or self._draft, written=False)
            return True
        try:
            if not self._confirm_same_siret(clean):
                return False
            self.check_duplicates(clean)
        except CrmError as exc:  # the database gone before the save itself: said, the form stays as typed
            self._error_box(exc.message)
            return False
        self._saving = True
        try:
            data, _ = self.collect()
            edits = self.card_edits()
            # Off the GUI thread: a busy database shows a busy state, not a frozen window (gui/common/busy.py).
            # The staged contacts, categories and notes go in the customer's transaction.
            original = self._original
            if creating:
                saved = run_busy(self, lambda: self.services.customers.create(data, edits), self.services.db)
            else:
                saved = run_busy(self, lambda: self.services.customers.update(data, original, edits),
                                 self.services.db)
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except CrmError as exc:  # deleted meanwhile, and the like: said, and the form stays as typed
            self._error_box(exc.message)
            return False
        except Exception:  # noqa: BLE001 - a lost connection must not lose what was typed either
            log.exception("saving customer %s failed", self._draft.id)
            from crmdesk.gui.common.error_report import log_path

            # Never the exception's text: it may carry SQL and values; the log has the details.
            self._error_box(self.tr("The customer could not be saved. What you typed is kept; the details are "
                                    "in %1.").replace("%1", str(log_path())))
            return False
        finally:
            self._saving = False
        assert saved.id is not None
        self.bus.customers_changed.emit([saved.id])
        self.saved.emit(saved.id)
        if self._close_after_save:
            self._close(QDialog.DialogCode.Accepted)
        else:
            self._show_saved(saved, written=True)
        return True

    def _show_saved(self, saved: CustomerData, written: bool) -> None:
        # A new customer and an edited one end the same way: on screen, in view mode, with a visible
        # "Saved" (Esc or Close closes; Edit goes on editing).
        self.mode = "view"
        self._editing = False
        self._load(saved)
        self.mode_changed.emit("view")
        self.mode_banner.show_saved(self.tr("Customer saved") if written else self.tr("No change to save"))

    def _confirm_same_siret(self, clean: CustomerData) -> bool:
        """A second customer with the same SIRET is asked about before it is written (Save anyway / Go
        back); True to go on saving."""
        if not clean.siret or self._siret_confirmed == clean.siret:
            return True
        probe = replace(clean, id=self._draft.id)
        others = [h for h in self.services.customers.find_duplicates(probe) if h.field == "siret"]
        if not others:
            return True
        names = ", ".join(f"{h.code} — {h.name}" for h in others[:3])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Same SIRET"),
                          self.tr("Another customer already has the SIRET {siret}: {names}.").format(
                              siret=group_digits(clean.siret, (3, 3, 3, 5)), names=names),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("same_siret_box")
        box.setInformativeText(self.tr("A SIRET identifies one establishment. Save this customer anyway?"))
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("save_anyway_button")
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("go_back_button")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is save:
                self._siret_confirmed = clean.siret
                self.save()
            else:
                self.ui.customer_tabs.setCurrentIndex(self.tab_of(self.ui.siret))
                self.ui.siret.setFocus(Qt.FocusReason.OtherFocusReason)

        box.buttonClicked.connect(answered)
        box.open()
        return False

    def _close(self, code: QDialog.DialogCode) -> None:
        self._baseline = None
        self.done(int(code.value))

    def _button_clicked(self, button: QAbstractButton) -> None:
        box = self.ui.button_box
        role = box.buttonRole(button)
        if button is self.edit_button:
            return
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.save()
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()

    # ---- errors --------------------------------------------------------------
    def _widget_name(self, field: str) -> str:
        field = field.removesuffix("_id")
        if field == "street1":
            return "addresses"
        if field == "name" and self.contact.kind() == CustomerKind.INDIVIDUAL:
            return "last_name"  # an individual's name is made of the first and last names
        return field

    def widget_for(self, field: str) -> QWidget | None:
        name = self._widget_name(field)
        for page in self.pages:
            widget = page.widget(name)
            if widget is not None:
                return widget
        return None

    def tab_of(self, widget: QWidget) -> int:
        tabs = self.ui.customer_tabs
        for index in range(tabs.count()):
            if tabs.widget(index).isAncestorOf(widget):
                return index
        return -1

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field, the tabs holding errors marked, the first field focused."""
        self.errors.clear_all()
        self.addresses.show_error("")
        unplaced: list[str] = []
        first: QWidget | None = None
        address_messages: list[str] = []
        for error in errors:
            widget = self.widget_for(error.field)
            if widget is None:
                unplaced.append(error.message)
                continue
            if widget is self.ui.addresses_table:
                address_messages.append(error.message)
            else:
                previous = self.errors.message(widget)
                self.errors.show(widget, f"{previous}\n{error.message}" if previous else error.message)
            first = first or widget
        if address_messages:
            self.addresses.show_error("\n".join(address_messages))
        self.refresh_error_marks()
        if first is not None:
            self.ui.customer_tabs.setCurrentIndex(self.tab_of(first))
            scroll = self._scroll_area_of(first)
            if scroll is not None:
                scroll.ensureWidgetVisible(first, 50, 80)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
        if unplaced:
            self._error_box("\n".join(unplaced))

    def _scroll_area_of(self, widget: QWidget) -> QScrollArea | None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def refresh_error_marks(self) -> None:
        """A warning icon on each tab that holds a refused value."""
        tabs = self.ui.customer_tabs
        failing = {self.tab_of(w) for w in self.errors.fields()}
        if self.addresses.has_error():
            failing.add(TAB_ADDRESSES)
        if self._blank_tab_icon is None:
            # The fields below must not move under the mouse when a warning comes or goes; tabs without one
            # carry no icon (a blank one on each took ~200 px and pushed "Historique" behind the arrows).
            self._blank_tab_icon = QIcon()
            line = tabs.tabBar().fontMetrics().height()
            tabs.setIconSize(QSize(line, line))  # no higher than the text: the bar's height never changes
        self._failing_tabs = sorted(failing)
        for index in range(tabs.count()):
            has_error = index in failing
            tabs.setTabIcon(index, icon("warning") if has_error else self._blank_tab_icon)
            tabs.setTabToolTip(index, self.tr("This tab has values to correct.") if has_error else "")

    def error_tabs(self) -> list[int]:
        return [i for i in self._failing_tabs if 0 <= i < self.ui.customer_tabs.count()]

    def _error_box(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Customer not saved"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ---- a colleague's change ---------------------------------------------------
    def _conflict(self, exc: ConflictError) -> None:
        labels = []
        for field in exc.changed:
            widget = self.widget_for(field)
            label = self._label_text(widget) if widget is not None else ""
            labels.append(label or (self.tr("Addresses") if field == "addresses" else field))
        name = self._original.name if self._original else ""
        text = self.tr("{name} was saved by someone else since you opened it.").format(name=name)
        if labels:
            text += "\n" + self.tr("They changed: {fields}.").format(fields=", ".join(dict.fromkeys(labels)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("conflict_box")
        box.setInformativeText(self.tr(
            "Reload: drop your changes and show theirs.\n"
            "Keep editing: your changes stay on screen, theirs are kept in the fields you did not change; "
            "saving again writes yours over theirs."))
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        reload_button.setObjectName("reload_button")
        keep_button = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep_button.setObjectName("keep_editing_button")
        box.setDefaultButton(keep_button)
        box.setEscapeButton(keep_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is reload_button:
                self.reload()
            else:
                self.rebase()

        box.buttonClicked.connect(answered)
        self._close_after_save = False
        box.open()

    def _label_text(self, widget: QWidget) -> str:
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text().rstrip(" *").replace("&", "")
        return ""

    def reload(self) -> None:
        """Drop the edits and show the stored record."""
        customer_id = self._draft.id
        if customer_id is None:
            return
        try:
            record = self.services.customers.get(customer_id)
        except NotFoundError as exc:
            self._error_box(exc.message)
            return
        self._load(record)

    def rebase(self) -> None:
        """Keep the user's edits over the newer stored record: fields they did not touch take the stored
        values, so that saving again does not undo a colleague's other changes."""
        customer_id = self._draft.id
        if customer_id is None or self._baseline is None:
            return
        mine, _ = self.collect()
        base = self._baseline
        try:
            theirs = self.services.customers.get(customer_id)
        except NotFoundError as exc:
            self._error_box(exc.message)
            return
        merged = replace(theirs, addresses=[replace(a) for a in theirs.addresses])
        for name in EDITED:
            if getattr(mine, name) != getattr(base, name):
                setattr(merged, name, getattr(mine, name))
        if mine.addresses != base.addresses:
            merged.addresses = mine.addresses
        edits = self.card_edits()
        self._load(theirs, shown=merged)
        for page in self.pages:
            page.restore(edits)  # staged contacts, categories and notes stay too

    # ---- modes -------------------------------------------------------------------
    def switch_to_edit(self) -> None:
        """From view mode to editing the latest stored record."""
        if self._editing or self._draft.id is None:
            return
        try:
            record = self.services.customers.get(self._draft.id)
        except NotFoundError as exc:
            self._error_box(exc.message)
            return
        self.mode = "edit"
        self._editing = True
        self._load(record)
        self.mode_changed.emit("edit")
        page = self.ui.customer_tabs.currentWidget()
        target = next((w for w in self._focus_chain() if page.isAncestorOf(w) and w.isVisible()
                       and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        (target or self.ui.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 500:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def _update_buttons(self) -> None:
        box = self.ui.button_box
        Std = QDialogButtonBox.StandardButton  # noqa: N806
        if self._editing:
            box.setStandardButtons(Std.Save | Std.Cancel)
            save = box.button(Std.Save)
            save.setIcon(icon("save"))
            save.setToolTip(self.tr("Save the customer (Ctrl+S)"))
        else:
            box.setStandardButtons(Std.Close)
        for button in box.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.edit_button.setVisible(not self._editing)
        self.save_shortcut.setEnabled(self._editing)
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this customer"))

    def _update_title(self) -> None:
        d = self._draft
        if d.id is None:
            if self._source_code:
                title = self.tr("New customer (copy of {code})").format(code=self._source_code)
            else:
                title = self.tr("New customer")
            header = title
        else:
            if self._editing:
                title = self.tr("Customer {code} — {name} (editing)")
            else:
                title = self.tr("Customer {code} — {name} (view)")
            title = title.format(code=d.code, name=d.name)
            try:
                kind = CustomerKind(d.kind).label
            except ValueError:
                kind = d.kind
            parts = [d.name, d.code, kind]
            if not d.active:
                parts.append(self.tr("archived"))
            header = "  ·  ".join(p for p in parts if p)
        self.setWindowTitle(elide_title(title))
        set_elided_text(self.ui.header_label, header)

    # ---- kind, currency, addresses ---------------------------------------------
    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        position = form_position(widget)
        if position is None:
            widget.setVisible(visible)
            return
        form, row = position
        form.setRowVisible(row, visible)
        if not visible:
            self.errors.clear(widget)

    def _kind_changed(self) -> None:
        kind = self.contact.kind()
        for page in self.pages:
            page.apply_kind(kind)
        required = [self.ui.name] if kind != CustomerKind.INDIVIDUAL else [self.ui.last_name]
        mark_required(self, required)

    def _currency_changed(self) -> None:
        code = str(self.ui.currency.value() or "EUR")
        self.logistics.set_currency(code)
        self.accounting.set_currency(code)

    def _default_delivery_chosen(self, _index: int) -> None:
        row = self.ui.default_delivery_address.value()
        if isinstance(row, int):
            self.address_model.set_default(row, delivery=True)

    def _delivery_combo_enabled(self) -> None:
        self.ui.default_delivery_address.setEnabled(self.address_model.rowCount() > 0)

    # ---- possible duplicates ------------------------------------------------------
    def schedule_duplicate_check(self) -> None:
        if self._editing:
            self._duplicate_timer.start()

    def check_duplicates(self, data: CustomerData | None = None) -> bool:
        """Show the customers sharing a SIREN, SIRET, VAT number or email (archived ones too).

        Returns True when it shows one the user had not been shown yet. Never blocks saving.
        """
        if data is None:
            data, _ = self.collect()
            probe = replace(data, siren="", siret="", vat_number="", email="")
            for field, check in (("siren", check_siren), ("siret", check_siret), ("vat_number", check_vat_number),
                                 ("email", check_email)):
                try:
                    setattr(probe, field, check(getattr(data, field)))
                except FieldError:
                    pass  # not valid yet: its own message comes on save
            if probe.siret and not probe.siren:
                probe.siren = probe.siret[:9]
        else:
            probe = data
        probe.id = self._draft.id
        hints = self.services.customers.find_duplicates(probe)
        labels = {"siren": "SIREN", "siret": "SIRET", "vat_number": self.tr("VAT number"),
                  "email": self.tr("email address")}
        lines = []
        for hint in hints:
            link = f'<a href="customer:{hint.id}">{html.escape(hint.code)} — {html.escape(hint.name)}</a>'
            line = self.tr("{customer}: same {field}").format(customer=link, field=labels.get(hint.field, hint.field))
            if not hint.active:
                line += " " + self.tr("(archived)")
            lines.append(line + ".")
        if lines:
            self.ui.duplicate_label.setText(
                "<b>" + html.escape(self.tr("Possible duplicate:")) + "</b> " + "<br>".join(lines))
            self.ui.duplicate_banner.show()
            self.ui.duplicate_label.setAccessibleName(self.ui.duplicate_label.text())
        else:
            self.ui.duplicate_banner.hide()
            self.ui.duplicate_label.clear()
        keys = {(h.id, h.field) for h in hints}
        unseen = bool(keys - self._shown_hints)
        self._shown_hints |= keys
        return unseen

    def duplicate_ids(self) -> list[int]:
        """Customers the banner links to (empty when hidden)."""
        import re

        if self.ui.duplicate_banner.isHidden():
            return []
        return [int(x) for x in re.findall(r'href="customer:(\d+)"', self.ui.duplicate_label.text())]

    def _open_linked(self, link: str) -> None:
        if not link.startswith("customer:"):
            return
        dialog = CustomerDialog(self.services, self.bus, self, customer_id=int(link.split(":", 1)[1]), mode="view")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.linked_dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self.linked_dialogs.remove(dialog) if dialog in self.linked_dialogs
                                 else None)
        dialog.show()

    # ---- others' changes, through the bus -------------------------------------------
    def _customers_changed(self, ids: list) -> None:
        # A record on screen read-only follows changes made elsewhere in crmdesk; one being edited does not
        # (its save detects them).
        if not self._saving and not self._editing and self._draft.id in ids:
            try:
                self._load(self.services.customers.get(self._draft.id))  # type: ignore[arg-type]
            except NotFoundError:
                pass

    def _customers_removed(self, ids: list) -> None:
        if self._draft.id in ids and not self._editing:
            self._close(QDialog.DialogCode.Rejected)

    # ---- closing -------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel, Close and the window's close button: ask first when edits would be lost."""
        if self._question is not None:
            return
        if not self.is_dirty():
            self._close(QDialog.DialogCode.Rejected)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this customer before closing?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsaved_changes_box")
        # The same three buttons, in the same words, as the order dialog's question.
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._question = box

        def answered(button: QAbstractButton) -> None:
            choice = box.standardButton(button)
            self._question = None
            if choice == QMessageBox.StandardButton.Save:
                self._close_after_save = True
                if not self.save():
                    self._close_after_save = False
            elif choice == QMessageBox.StandardButton.Discard:
                self._close(QDialog.DialogCode.Rejected)

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _r: setattr(self, "_question", None))
        box.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter in a field does not save by surprise (QDialog would press the default button): Save is
        # Ctrl+S or a click. Buttons with focus still take Enter themselves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        for button in self.ui.button_box.buttons():  # QDialogButtonBox makes Save the default when shown
            if isinstance(button, QPushButton):
                button.setDefault(False)

    # ---- language ---------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        for page in self.pages:
            page.retranslate()
        ui.customer_tabs.setTabText(TAB_CONTACT, self.tr("Contact"))
        ui.customer_tabs.setTabText(TAB_LOGISTICS, self.tr("Logistics"))
        ui.customer_tabs.setTabText(TAB_ACCOUNTING, self.tr("Accounting"))
        ui.customer_tabs.setTabText(TAB_ADDRESSES, self.tr("Addresses"))
        ui.customer_tabs.setTabText(TAB_ORDERS, self.tr("Orders"))
        ui.customer_tabs.setAccessibleName(self.tr("Customer record"))
        ui.duplicate_label.setAccessibleName(self.tr("Possible duplicate"))
        ui.add_address_button.setToolTip(self.tr("Add an address to this customer (Ctrl+Shift+A)"))
        self.mode_banner.set_view_text(self.tr("View only — click Edit to change this customer."))
        self._update_buttons()
        self._update_title()
        required = [ui.name] if self.contact.kind() != CustomerKind.INDIVIDUAL else [ui.last_name]
        mark_required(self, required)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            try:
                self.payment_methods = self.services.catalog.payment_methods(include_inactive=True)
                self.payment_terms = self.services.catalog.payment_terms(include_inactive=True)
                self.carriers = self.services.catalog.carriers(include_inactive=True)
            except CrmError:  # the database away for a moment: the lists read before stay, relabelled
                log.warning("reference lists not re-read on a language change")
            self.ui.retranslateUi(self)
            self.retranslate()
            for combo, items in ((self.ui.preferred_payment_method, self.payment_methods),
                                 (self.ui.payment_terms, self.payment_terms),
                                 (self.ui.default_carrier, self.carriers)):
                assert isinstance(combo, RefCombo)
                combo.set_items(items, self.tr("— none —"), combo.current_id(), self.tr("{label} (inactive)"))
            self._kind_changed()
            self._currency_changed()
        super().changeEvent(event)

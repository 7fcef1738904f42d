"""The order dialog: view an order, or edit it while it is not yet prepared, and move it through its workflow.

The rule "an order can be edited until it is prepared" is the services' at save time (a colleague may prepare
the order while it is open here); the dialog shows it early (read-only, disabled actions) and, when a save is
refused, says why and keeps what the user typed on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from crmdesk.domain.addresses import address_block, order_address, same_place
from crmdesk.domain.credit import CreditLimitError
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import (
    ConflictError,
    CrmError,
    NotFoundError,
    OrderLockedError,
    TransitionError,
    ValidationErrors,
)
from crmdesk.domain.fields import ORDER_FIELDS
from crmdesk.domain.money import Totals
from crmdesk.domain.orders import (
    IRREVERSIBLE,
    can_transition,
    is_editable,
    locked_reason,
    new_line,
    vat_rate_for_new_place,
)
from crmdesk.domain.records import AddressData, CustomerData, OrderData, ProductData, RefItem
from crmdesk.gui.catalog.product_picker import ProductPickerDialog
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.busy import run_busy
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.modes import apply_mode_style
from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.common.styles import Tone, banner_style, error_text_style, status_colors
from crmdesk.gui.forms.ui_order_dialog import Ui_OrderDialog
from crmdesk.gui.orders.models import (
    LINE_COLUMNS,
    LineEditDelegate,
    OrderLinesModel,
    money_text,
    status_label,
    vat_rate_text,
)
from crmdesk.services import Services
from crmdesk.services.orders import validate_order

StandardButton = QMessageBox.StandardButton


def address_text(address: AddressData, name: str = "") -> str:
    """An address on several lines, as on an order: the customer's name first (domain address_block)."""
    return "\n".join(address_block(address, name))


def same_address(a: AddressData, b: AddressData) -> bool:
    return same_place(a, b)


class OrderDialog(QDialog):
    """One order: header, lines, totals and status changes.

    Read-only when opened with the eye (`read_only=True`) or when the order is prepared or beyond. New orders
    come as an unsaved `order` (services.orders.new_order_for); saved ones as `order_id`.

    Signals:
        order_saved(object): the OrderData after each successful write (save or status change).
    """

    order_saved = Signal(object)

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None, *,
                 order_id: int | None = None, order: OrderData | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("order_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.bus = bus
        if order_id is not None:
            order = services.orders.get(order_id)
        if order is None:
            raise ValueError("OrderDialog needs an order_id or an order")
        self._requested_read_only = read_only
        self._order = order
        self._baseline = order
        self._billing = replace(order.billing_address)
        self._delivery = replace(order.delivery_address)
        self._customer: CustomerData | None = None
        self._loading = False
        self._banner_override = ""

        self._build()
        self._connect()
        self._load(order)
        self.retranslate()
        from crmdesk.gui.orders.card import install_order_card

        self.card = install_order_card(self)  # issue 13: history, accounting contact
        fit_to_screen(self, 1080, 760)
        # Start where the work is: the lines.
        self.order_lines.setFocus()

    # ---- building ------------------------------------------------------
    def _build(self) -> None:
        # The layout is the Designer form ui/order_dialog.ui; here: what depends on data, actions, fonts.
        self.ui = Ui_OrderDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.title_label = ui.order_title  # elided: a long customer name must not widen the dialog
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_badge = ui.status
        self.banner = ui.lock_banner
        self.edit_button = ui.edit_button
        self.edit_button.setIcon(icon("edit"))

        # Status changes: one QAction each, shown as buttons in a toolbar.
        self.action_validate_order = self._status_action("action_validate_order", "check", OrderStatus.VALIDATED)
        self.action_draft_order = self._status_action("action_draft_order", "undo", OrderStatus.DRAFT)
        self.action_prepare_order = self._status_action("action_prepare_order", "prepare", OrderStatus.PREPARED)
        self.action_ship_order = self._status_action("action_ship_order", "ship", OrderStatus.SHIPPED)
        self.action_deliver_order = self._status_action("action_deliver_order", "deliver", OrderStatus.DELIVERED)
        self.action_cancel_order = self._status_action("action_cancel_order", "cancel-order", OrderStatus.CANCELLED)
        self.status_actions = {
            OrderStatus.VALIDATED: self.action_validate_order,
            OrderStatus.DRAFT: self.action_draft_order,
            OrderStatus.PREPARED: self.action_prepare_order,
            OrderStatus.SHIPPED: self.action_ship_order,
            OrderStatus.DELIVERED: self.action_deliver_order,
            OrderStatus.CANCELLED: self.action_cancel_order,
        }
        self.status_toolbar = ui.status_toolbar
        self.status_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_validate_order, self.action_draft_order, self.action_prepare_order,
                       self.action_ship_order, self.action_deliver_order):
            self.status_toolbar.addAction(action)
        self.status_toolbar.addSeparator()
        self.status_toolbar.addAction(self.action_cancel_order)
        # Documents (issue 12): action_print_order, action_print_delivery_note, of the order as saved.
        from crmdesk.gui.documents.dialog import DocumentActions

        self.document_actions = DocumentActions(
            self, self.services, lambda: [(self._order.id, self._order.status)] if self._order.id is not None else [],
            lambda: self.tr("Your changes are not saved yet: the document shows the order as last saved.")
            if self.is_dirty() else "")
        # One button beside the title: the confirmation, and the delivery note in its menu.
        self.print_order_button = ui.print_order_button
        self.print_order_button.setDefaultAction(self.document_actions.action_print_order)
        self.print_order_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_order_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        print_menu = QMenu(self.print_order_button)
        print_menu.addActions(self.document_actions.actions())
        self.print_order_button.setMenu(print_menu)

        self.action_save_order = QAction(icon("save"), "", self)
        self.action_save_order.setObjectName("action_save_order")
        self.action_save_order.setShortcut(QKeySequence.StandardKey.Save)
        self.addAction(self.action_save_order)

        # Header fields, named after what they edit.
        self.number, self.order_date, self.customer = ui.number, ui.order_date, ui.customer
        self.customer_reference = ui.customer_reference
        self.customer_reference.setMaxLength(ORDER_FIELDS["customer_reference"].max_length or 100)
        self.payment_method = self._combo(ui.payment_method)
        self.payment_terms = self._combo(ui.payment_terms)
        self.carrier = self._combo(ui.carrier)
        self.billing_address = self._combo(ui.billing_address)
        self.delivery_address = self._combo(ui.delivery_address)
        self.billing_address_text = self._address_label(ui.billing_address_text)
        self.delivery_address_text = self._address_label(ui.delivery_address_text)
        self.notes = ui.notes
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.header_box = ui.header_box
        self.form_labels: dict[str, QLabel] = {
            name: getattr(ui, f"{name}_label") for name in (
                "number", "order_date", "customer", "customer_reference", "payment_method", "payment_terms",
                "carrier", "billing_address", "delivery_address", "notes")}

        # Lines.
        self.lines_model = OrderLinesModel(self)
        self.order_lines = ui.order_lines
        self.order_lines.setModel(self.lines_model)
        self.order_lines.setItemDelegate(LineEditDelegate(self.order_lines))
        self.order_lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.order_lines.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed
                                         | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.order_lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LINE_COLUMNS.index("description"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for key, width in (("product_reference", 110), ("quantity", 80), ("unit_price", 150),
                           ("discount_percent", 95), ("vat_rate", 75), ("line_total", 130)):
            header.resizeSection(LINE_COLUMNS.index(key), width)
        self.order_lines.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

        self.action_add_product_line = QAction(icon("add-line"), "", self)
        self.action_add_product_line.setObjectName("action_add_product_line")
        self.action_add_product_line.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action_add_free_line = QAction(icon("new"), "", self)
        self.action_add_free_line.setObjectName("action_add_free_line")
        self.action_remove_line = QAction(icon("remove-line"), "", self)
        self.action_remove_line.setObjectName("action_remove_line")
        self.addActions([self.action_add_product_line, self.action_add_free_line])
        self.add_product_button = self._tool_button(ui.add_product_button, self.action_add_product_line)
        self.add_free_line_button = self._tool_button(ui.add_free_line_button, self.action_add_free_line)
        self.remove_line_button = self._tool_button(ui.remove_line_button, self.action_remove_line)
        self.lines_label = ui.lines_label
        # Why numbers typed in the lines were refused (the domain's line rules), under the table.
        self.lines_error = ui.order_lines_error
        self.lines_error.setStyleSheet(error_text_style())
        self.lines_error.hide()

        # Totals.
        self.totals_box, self.totals_form = ui.totals_box, ui.totals_form
        self.total_excl_tax = self._amount_label(ui.total_excl_tax)
        self.total_incl_tax = self._amount_label(ui.total_incl_tax)
        bold = QFont(self.total_incl_tax.font())
        bold.setBold(True)
        self.total_incl_tax.setFont(bold)
        self.total_excl_tax_label = ui.total_excl_tax_label
        self.total_incl_tax_label = ui.total_incl_tax_label
        self.total_incl_tax_label.setFont(bold)
        self.vat_labels: list[tuple[QLabel, QLabel]] = []

        self.button_box = ui.button_box
        # "Saved (14:32)" after Ctrl+S or a status change: beside the totals, so nothing moves.
        self.saved_sign = ui.saved_sign

    def _status_action(self, name: str, icon_name: str, target: OrderStatus) -> QAction:
        action = QAction(icon(icon_name), "", self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, t=target: self.change_status(t))
        return action

    @staticmethod
    def _combo(combo: QComboBox) -> QComboBox:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    @staticmethod
    def _address_label(label: QLabel) -> QLabel:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(4, 2, 4, 2)
        label.setWordWrap(True)  # a long street wraps instead of widening the dialog
        return label

    @staticmethod
    def _amount_label(label: QLabel) -> QLabel:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(120)
        return label

    @staticmethod
    def _tool_button(button: QToolButton, action: QAction) -> QToolButton:
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _connect(self) -> None:
        self.button_box.accepted.connect(self._on_save_clicked)
        self.button_box.rejected.connect(self.reject)
        self.action_save_order.triggered.connect(self._save_from_shortcut)
        self.edit_button.clicked.connect(self.switch_to_edit)
        self.action_add_product_line.triggered.connect(self.pick_product)
        self.action_add_free_line.triggered.connect(self.add_free_line)
        self.action_remove_line.triggered.connect(self.remove_selected_lines)
        self.lines_model.totals_changed.connect(self._show_totals)
        self.lines_model.errors_changed.connect(self._show_line_errors)
        self.lines_model.modelReset.connect(self._update_line_actions)
        self.lines_model.rowsInserted.connect(self._update_line_actions)
        self.lines_model.rowsRemoved.connect(self._update_line_actions)
        self.order_lines.selectionModel().selectionChanged.connect(self._update_line_actions)
        self.billing_address.currentIndexChanged.connect(lambda _i: self._address_chosen("billing"))
        self.delivery_address.currentIndexChanged.connect(lambda _i: self._address_chosen("delivery"))

    # ---- state ---------------------------------------------------------
    @property
    def order(self) -> OrderData:
        return self._order

    def is_read_only(self) -> bool:
        return self._requested_read_only or not is_editable(self._order.status)

    def is_dirty(self) -> bool:
        return not self.is_read_only() and (self.current_data() != self._baseline or bool(self.lines_model.errors()))

    def current_data(self) -> OrderData:
        """The order as it stands on screen."""
        qdate = self.order_date.date()
        return replace(
            self._order,
            order_date=date(qdate.year(), qdate.month(), qdate.day()),
            payment_method_id=self.payment_method.currentData(),
            payment_terms_id=self.payment_terms.currentData(),
            carrier_id=self.carrier.currentData(),
            billing_address=replace(self._billing),
            delivery_address=replace(self._delivery),
            customer_reference=self.customer_reference.text(),
            notes=self.notes.toPlainText(),
            lines=self.lines_model.lines(),
        )

    # ---- loading -------------------------------------------------------
    def _load(self, order: OrderData) -> None:
        """Show `order` as saved (it becomes the baseline for the unsaved-changes question)."""
        self._loading = True
        try:
            self._order = order
            self._baseline = order
            self._billing = replace(order.billing_address)
            self._delivery = replace(order.delivery_address)
            self.number.setText(order.number)
            day = order.order_date or date.today()
            self.order_date.setDate(QDate(day.year, day.month, day.day))
            self.customer.setText(f"{order.customer_name} ({order.customer_code})" if order.customer_code
                                  else order.customer_name)
            self.customer.setCursorPosition(0)  # a long name shows its start, not "oulangerie Martin…"
            self.customer.setToolTip(self.customer.text())
            self.customer_reference.setText(order.customer_reference)
            self.notes.setPlainText(order.notes)
            self._fill_references()
            if not self.is_read_only() and self._customer is None and order.customer_id is not None:
                try:
                    self._customer = self.services.customers.get(order.customer_id)
                except NotFoundError:
                    self._customer = None
            self._fill_addresses()
            self.lines_model.set_lines(order.lines)
        finally:
            self._loading = False
        # What the form shows may differ in form only (e.g. spaces); compare against the form from now on.
        self._baseline = self.current_data() if not self.is_read_only() else order
        self._apply_mode()

    def _fill_references(self) -> None:
        catalog = self.services.catalog
        for combo, items, current in (
            (self.payment_method, catalog.payment_methods(include_inactive=True), self._order.payment_method_id),
            (self.payment_terms, catalog.payment_terms(include_inactive=True), self._order.payment_terms_id),
            (self.carrier, catalog.carriers(include_inactive=True), self._order.carrier_id),
        ):
            self._fill_combo(combo, items, current)

    def _fill_combo(self, combo: QComboBox, items: list[RefItem], current: int | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for item in items:
            # Retired entries stay shown only where an order still uses them.
            if item.active or item.id == current:
                combo.addItem(item.label, item.id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_addresses(self) -> None:
        addresses = self._customer.addresses if self._customer is not None else []
        for combo, which, current in ((self.billing_address, "billing", self._billing),
                                      (self.delivery_address, "delivery", self._delivery)):
            combo.blockSignals(True)
            combo.clear()
            match = next((i for i, a in enumerate(addresses) if same_address(a, current)), None)
            if match is None:
                # The address copied onto the order is no longer one of the customer's: keep it as it is.
                # (An order without an address says so, rather than "As on the order: —".)
                combo.addItem(self.tr("As on the order: %1").replace("%1", current.one_line())
                              if current.one_line() else self.tr("No address on the order"), -1)
            for i, a in enumerate(addresses):
                if which == "billing" and a.usage == "delivery" and i != match:
                    continue
                if which == "delivery" and a.usage == "billing" and i != match:
                    continue
                text = f"{a.label} — {a.one_line()}" if a.label else a.one_line()
                combo.addItem(text, i)
            combo.setCurrentIndex(max(combo.findData(match if match is not None else -1), 0))
            combo.blockSignals(False)
        name = self._order.customer_name
        self.billing_address_text.setText(address_text(self._billing, name) or self.tr("No address"))
        self.delivery_address_text.setText(address_text(self._delivery, name) or self.tr("No address"))

    def _address_chosen(self, which: str) -> None:
        if self._loading or self._customer is None:
            return
        combo = self.billing_address if which == "billing" else self.delivery_address
        index = combo.currentData()
        if index is None or index < 0:
            chosen = self._baseline.billing_address if which == "billing" else self._baseline.delivery_address
        else:
            # The order keeps its own copy: later changes of the customer's address don't rewrite it.
            chosen = order_address(self._customer.addresses[index], self._customer.name)
        if which == "billing":
            self._billing = replace(chosen)
            self.billing_address_text.setText(address_text(chosen, self._order.customer_name) or self.tr("No address"))
        else:
            previous, self._delivery = self._delivery, replace(chosen)
            self.delivery_address_text.setText(address_text(chosen, self._order.customer_name)
                                               or self.tr("No address"))
            self._follow_delivery_place(previous)

    def _follow_delivery_place(self, previous: AddressData) -> None:
        """The lines' default VAT rates follow the new delivery place (La Réunion 8.5 %, Guyane none, ...)."""
        if self._customer is None or self.is_read_only():
            return
        products: dict[int, Decimal] = {}
        for row, line in enumerate(self.lines_model.lines()):
            if line.product_id is not None and line.product_id not in products:
                try:
                    products[line.product_id] = self.services.catalog.product(line.product_id).vat_rate
                except NotFoundError:
                    continue
            rate = vat_rate_for_new_place(line.vat_rate, self._customer.vat_regime, previous, self._delivery,
                                          products.get(line.product_id) if line.product_id is not None else None)
            if rate != line.vat_rate:
                self.lines_model.setData(self.lines_model.index(row, LINE_COLUMNS.index("vat_rate")), rate)

    def _apply_mode(self) -> None:
        read_only = self.is_read_only()
        self.lines_model.set_read_only(read_only)
        for line_edit in (self.customer_reference,):
            line_edit.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.order_date.setReadOnly(read_only)
        self.order_date.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                                         else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.order_date.setCalendarPopup(not read_only)
        for combo in (self.payment_method, self.payment_terms, self.carrier):
            combo.setEnabled(not read_only)
        for combo in (self.billing_address, self.delivery_address):
            combo.setVisible(not read_only)
            combo.setEnabled(self._customer is not None)
        for action in (self.action_add_product_line, self.action_add_free_line, self.action_save_order):
            action.setEnabled(not read_only)
        for button in (self.add_product_button, self.add_free_line_button, self.remove_line_button):
            button.setVisible(not read_only)
        self.order_lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked))
        self.button_box.clear()
        if read_only:
            close = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
            close.setText(self.tr("Close"))
        else:
            save = self.button_box.addButton(QDialogButtonBox.StandardButton.Save)
            save.setIcon(icon("save"))
            save.setText(self.tr("Save"))
            save.setDefault(False)
            save.setAutoDefault(False)
            cancel = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
            # "Close", not "Cancel": the toolbar's "Cancel order" is another thing (unsaved edits are asked).
            cancel.setText(self.tr("Close"))
            cancel.setAutoDefault(False)
        self.edit_button.setVisible(read_only and is_editable(self._order.status))
        for combo in (self.payment_method, self.payment_terms, self.carrier):
            combo.setProperty("read_only", read_only)
        apply_mode_style(self)
        self._update_status_actions()
        self._update_line_actions()
        self._update_texts()

    def _update_status_actions(self) -> None:
        status = OrderStatus(self._order.status)
        for target, action in self.status_actions.items():
            allowed = can_transition(status, target)
            if self._order.id is None:
                # An unsaved order can only be validated (saved first).
                allowed = target is OrderStatus.VALIDATED
            action.setEnabled(allowed)
        self.action_draft_order.setVisible(status is OrderStatus.VALIDATED)
        self.document_actions.update()

    def _update_line_actions(self) -> None:
        rows = self.order_lines.selectionModel().selectedRows() if self.order_lines.selectionModel() else []
        self.action_remove_line.setEnabled(not self.is_read_only() and bool(rows))
        self.lines_label.setText(self.tr("%n line(s)", "", self.lines_model.rowCount()))

    def _show_line_errors(self) -> None:
        messages = [error.message for error in self.lines_model.errors()]
        self.lines_error.setText("\n".join(messages))
        self.lines_error.setVisible(bool(messages))

    def _show_totals(self, totals: Totals) -> None:
        """Total excl. tax, one VAT line per rate, total incl. tax: rebuilt as the lines change."""
        self.total_excl_tax.setText(money_text(totals.excl_tax))
        self.total_incl_tax.setText(money_text(totals.incl_tax))
        for label, _value in self.vat_labels:
            self.totals_form.removeRow(label)
        self.vat_labels = []
        rates = totals.vat_by_rate or {Decimal(0): Decimal("0.00")}
        for position, (rate, amount) in enumerate(rates.items(), start=1):
            label = QLabel(self.tr("VAT %1 %").replace("%1", vat_rate_text(rate)))
            value = self._amount_label(QLabel())
            value.setObjectName(f"total_vat_{vat_rate_text(rate)}")
            value.setText(money_text(amount))
            self.totals_form.insertRow(position, label, value)
            self.vat_labels.append((label, value))

    # ---- editing -------------------------------------------------------
    def switch_to_edit(self) -> None:
        """From the read-only view of an editable order to the editor (fresh from the database)."""
        if not is_editable(self._order.status) or self._order.id is None:
            return
        try:
            fresh = self.services.orders.get(self._order.id)
        except NotFoundError as exc:
            self._show_error(exc.message)
            return
        self._requested_read_only = False
        self._load(fresh)
        if self.is_read_only():
            self._show_error(locked_reason(fresh.status))

    def pick_product(self) -> ProductPickerDialog | None:
        if self.is_read_only():
            return None
        picker = ProductPickerDialog(self.services, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.product_chosen.connect(self.add_product_line)
        picker.open()
        return picker

    def add_product_line(self, product: ProductData) -> int:
        """A catalogue line: reference, name, price and VAT from the product; the customer's usual discount."""
        line = new_line(self._customer, self._delivery, product)  # the domain's defaults (VAT by regime, place)
        row = self.lines_model.add_line(line)
        self._edit_cell(row, "quantity")
        return row

    def add_free_line(self) -> int:
        line = new_line(self._customer, self._delivery)
        row = self.lines_model.add_line(line)
        self._edit_cell(row, "description")
        return row

    def _edit_cell(self, row: int, key: str) -> None:
        index = self.lines_model.index(row, LINE_COLUMNS.index(key))
        self.order_lines.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.order_lines.scrollTo(index)
        if self.isVisible():
            self.order_lines.setFocus()
            self.order_lines.edit(index)

    def remove_selected_lines(self) -> None:
        if self.is_read_only():
            return
        rows = sorted({index.row() for index in self.order_lines.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.lines_model.remove_line(row)

    # ---- saving --------------------------------------------------------
    def _commit_open_editor(self) -> None:
        # A cell still being edited holds text the model has (it commits as the user types); close it cleanly.
        focus = self.focusWidget()
        if focus is not None and self.order_lines.isAncestorOf(focus):
            self.order_lines.setFocus()

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Write the order (create or update); True when written now. False, with the reason shown and the
        edits kept, if refused, or while the credit-limit question waits for its answer: the write (and
        `then()`) happen when the user goes on, and `order_saved` tells."""
        if self.is_read_only():
            return False
        self._commit_open_editor()
        refused = self.lines_model.errors()
        if refused:  # a number typed in a line was refused: it is still on screen, with its reason
            try:
                validate_order(self.current_data())  # and whatever else saving would refuse
            except ValidationErrors as exc:
                refused += exc.errors
            self._show_validation(ValidationErrors(refused))
            return False
        data = self.current_data()

        def write(confirmed: bool) -> OrderData:
            # Off the GUI thread: a busy database shows a busy state, not a frozen window (gui/common/busy.py).
            return run_busy(self, lambda: self.services.orders.create(data, credit_confirmed=confirmed)
                            if data.id is None else self.services.orders.update(data, credit_confirmed=confirmed),
                            self.services.db)

        def done(saved: OrderData) -> None:
            self._banner_override = ""
            self._load(saved)
            self._written(saved)
            if then is not None:
                then()

        return self._write_with_credit(write, done, self._save_failed)

    def _save_failed(self, exc: CrmError) -> None:
        if isinstance(exc, ValidationErrors):
            self._show_validation(exc)
        elif isinstance(exc, OrderLockedError):
            self._refused(exc.message, locked=True)
        elif isinstance(exc, ConflictError):
            self._refused(exc.message, locked=False)
        else:
            self._show_error(exc.message)

    def _written(self, saved: OrderData) -> None:
        assert saved.customer_id is not None and saved.id is not None
        self.bus.orders_changed.emit(saved.customer_id, [saved.id])
        self.order_saved.emit(saved)

    def _save_from_shortcut(self) -> None:
        number = self._order.number
        self.save(then=lambda: self.saved_sign.show_saved(self.tr("Order %1 saved").replace(
            "%1", self._order.number or number)))

    def _on_save_clicked(self) -> None:
        self.save(then=self.accept)

    def reload(self) -> None:
        """Throw away what is on screen and show the order as it is in the database now."""
        if self._order.id is None:
            return
        try:
            fresh = self.services.orders.get(self._order.id)
        except NotFoundError as exc:
            self._show_error(exc.message)
            return
        self._banner_override = ""
        self._load(fresh)

    def _open_box(self, box: QMessageBox, answered: Callable[[QAbstractButton], object] | None = None) -> None:
        """Show `box` window-modal with open(), never a nested exec() loop; `answered(button)` on a click."""
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if answered is not None:
            box.buttonClicked.connect(answered)
        box.open()

    def _refused(self, message: str, locked: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Order not saved"), message, parent=self)
        box.setObjectName("save_refused_box")
        box.setInformativeText(self.tr("Your changes are still on screen; nothing was written. Reload to see the "
                                       "order as it is now (your changes will be lost)."))
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.ResetRole)
        keep = box.addButton(self.tr("Keep my changes on screen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        if locked:
            self._banner_override = message
            self._update_texts()
        self._open_box(box, lambda button: self.reload() if button is reload_button else None)

    def _show_validation(self, exc: ValidationErrors) -> None:
        first = exc.errors[0].field if exc.errors else ""
        widget = {"order_lines": self.order_lines, "customer_reference": self.customer_reference,
                  "notes": self.notes}.get(first)
        self._show_error("\n".join(e.message for e in exc.errors), title=self.tr("Check the order"))
        if widget is not None:
            widget.setFocus()

    def _show_error(self, message: str, title: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Order"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")
        self._open_box(box)

    def _write_with_credit(self, write: Callable[[bool], OrderData], done: Callable[[OrderData], None],
                           failed: Callable[[CrmError], None]) -> bool:
        """`write(False)` then `done(result)`; True if written now. Over the customer's credit limit: the
        question with the figures (gui/orders/card.py) and, if the user goes on, `write(True)` and `done` from
        its answer. A refusal goes to `failed(error)`."""
        from crmdesk.gui.orders.card import ask_credit

        def attempt(confirmed: bool) -> bool:
            try:
                result = write(confirmed)
            except CreditLimitError as exc:
                if confirmed:  # cannot happen once confirmed; said rather than asked again
                    failed(exc)
                else:
                    ask_credit(self, exc, lambda: attempt(True))
                return False
            except CrmError as exc:
                failed(exc)
                return False
            done(result)
            return True

        return attempt(False)

    # ---- status changes --------------------------------------------------
    def _confirm_text(self, target: OrderStatus) -> str:
        number = self._order.number or self.tr("this order")
        return {
            OrderStatus.PREPARED: self.tr("Mark order %1 as prepared? It can then no longer be edited."),
            OrderStatus.SHIPPED: self.tr("Mark order %1 as shipped? This cannot be undone."),
            OrderStatus.DELIVERED: self.tr("Mark order %1 as delivered? The order will then be final."),
            OrderStatus.CANCELLED: self.tr("Cancel order %1? A cancelled order is final and cannot be edited."),
        }.get(target, "%1").replace("%1", number)

    def change_status(self, target: OrderStatus | str) -> bool:
        """Move the order to `target`, saving pending edits first; True when done now. A change that cannot be
        undone is asked first, with a window-modal question (open(), no nested loop): False then, and the
        change happens from the answer (`order_saved` tells)."""
        target = OrderStatus(target)
        if not can_transition(self._order.status, target):
            return False
        if target in IRREVERSIBLE:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the status"), self._confirm_text(target),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("confirm_status_box")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.setEscapeButton(QMessageBox.StandardButton.No)
            yes = box.button(QMessageBox.StandardButton.Yes)
            yes.setText(self.status_actions[target].text().replace("&", ""))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Don't change"))
            self._open_box(box, lambda button: self._set_status(target) if button is yes else None)
            return False
        return self._set_status(target)

    def _set_status(self, target: OrderStatus) -> bool:
        if not self.is_read_only() and (self._order.id is None or self.is_dirty()):
            # Pending edits first; the status follows once they are written.
            return self.save(then=lambda: self._set_status(target)) and self._order.status == target
        assert self._order.id is not None
        order_id, version = self._order.id, self._order.version

        def done(changed: OrderData) -> None:
            self._load(changed)
            self._written(changed)

        return self._write_with_credit(
            lambda confirmed: run_busy(self, lambda: self.services.orders.set_status(
                order_id, target, expected_version=version, credit_confirmed=confirmed), self.services.db),
            done, self._status_failed)

    def _status_failed(self, exc: CrmError) -> None:
        if not isinstance(exc, (ConflictError, TransitionError)):
            self._show_error(exc.message)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Status not changed"), exc.message, parent=self)
        box.setObjectName("status_refused_box")
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.ResetRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self._open_box(box, lambda button: self.reload() if button is reload_button else None)

    # ---- closing ---------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before losing unsaved changes (a window-modal
        question opened with open(); the dialog closes from the answer)."""
        if not self.is_dirty():
            super().reject()
            return
        asking = self.findChild(QMessageBox, "unsaved_changes_box")
        if asking is not None and asking.isVisible():
            return  # already asking
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes made to this order?"),
                          StandardButton.Save | StandardButton.Discard | StandardButton.Cancel, self)
        box.setObjectName("unsaved_changes_box")
        box.button(StandardButton.Save).setText(self.tr("Save"))
        box.button(StandardButton.Discard).setText(self.tr("Discard"))
        box.button(StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(StandardButton.Save)
        box.setEscapeButton(StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            answer = box.standardButton(button)
            if answer == StandardButton.Save:
                self.save(then=self.accept)
            elif answer == StandardButton.Discard:
                QDialog.reject(self)

        self._open_box(box, answered)

    # ---- language --------------------------------------------------------
    def _update_texts(self) -> None:
        order = self._order
        if order.id is None:
            title = self.tr("New order")
        else:
            title = self.tr("Order %1").replace("%1", order.number)
        # Elided to the room it has (whole in the tooltip): a long customer name must not widen the dialog.
        self.title_label.setText(f"{title} — {order.customer_name}" if order.customer_name else title)
        self.setWindowTitle(title)
        background, foreground = status_colors(order.status)
        self.status_badge.setText(status_label(order.status))
        self.status_badge.setStyleSheet(f"QLabel#status {{ background: {background.name()}; "
                                        f"color: {foreground.name()}; "
                                        "border-radius: 9px; padding: 2px 12px; font-weight: bold; }")
        if self._banner_override:
            text = self._banner_override
        elif not is_editable(order.status):
            text = self.tr("%1: this order can no longer be edited.").replace("%1", locked_reason(order.status))
        elif self.is_read_only():
            text = self.tr("Read-only view.")
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        warn = bool(self._banner_override) or not is_editable(order.status)
        self.banner.setStyleSheet(banner_style("QLabel#lock_banner", Tone.WARNING if warn else Tone.INFO,
                                               padding="6px"))
        self.lines_label.setText(self.tr("%n line(s)", "", self.lines_model.rowCount()))

    def retranslate(self) -> None:
        texts = {
            "number": self.tr("Number"),
            "order_date": self.tr("Date"),
            "customer": self.tr("Customer"),
            "customer_reference": self.tr("Customer PO reference"),
            "payment_method": self.tr("Payment method"),
            "payment_terms": self.tr("Payment terms"),
            "carrier": self.tr("Carrier"),
            "billing_address": self.tr("Billing address"),
            "delivery_address": self.tr("Delivery address"),
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            self.form_labels[name].setText(text)
        self.header_box.setTitle(self.tr("Order"))
        self.number.setPlaceholderText(self.tr("Given when saved"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this order (it is not prepared yet)"))
        for action, text, tip in (
            (self.action_validate_order, self.tr("Validate"), self.tr("Validate the order (saves it first)")),
            (self.action_draft_order, self.tr("Back to draft"), self.tr("Put the validated order back to draft")),
            (self.action_prepare_order, self.tr("Mark prepared"),
             self.tr("The order has been prepared: it can no longer be edited")),
            (self.action_ship_order, self.tr("Ship"), self.tr("The order has left the warehouse")),
            (self.action_deliver_order, self.tr("Mark delivered"), self.tr("The customer has received the order")),
            (self.action_cancel_order, self.tr("Cancel order"), self.tr("Cancel the order (final)")),
            (self.action_save_order, self.tr("Save"), self.tr("Save the order (Ctrl+S)")),
            (self.action_add_product_line, self.tr("Add a product"),
             self.tr("Add a line from the catalogue: search by reference, name or barcode (Ctrl+Shift+A)")),
            (self.action_add_free_line, self.tr("Add a free line"),
             self.tr("Add a line that is not in the catalogue")),
            (self.action_remove_line, self.tr("Remove line"), self.tr("Remove the selected lines")),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self.total_excl_tax_label.setText(self.tr("Total excl. tax"))
        self.total_incl_tax_label.setText(self.tr("Total incl. tax"))
        self.document_actions.retranslate()
        self.lines_model.retranslate()
        self._show_totals(self.lines_model.totals())
        self._apply_mode()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

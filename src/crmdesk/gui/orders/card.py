"""What the customer card adds to the order dialog (issue 13): the credit-limit question, the order's history
(`action_order_history`) and the customer's accounting contact proposed for the order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMessageBox, QWidget

from crmdesk.domain.credit import CreditLimitError
from crmdesk.domain.validation import format_phone
from crmdesk.gui.common.icons import icon
from crmdesk.gui.customers.history_page import OrderHistoryDialog

if TYPE_CHECKING:
    from crmdesk.gui.orders.dialog import OrderDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderCard", text)


def ask_credit(parent: QWidget, error: CreditLimitError, go_on: Callable[[], object]) -> QMessageBox:
    """Ask before going over the credit limit, with the figures. Warn mode: Continue / Cancel. Block mode: the
    order is refused; an explicit "Override the limit" goes on, and the history records it. The question is
    window-modal and opened with open() (no nested event loop): `go_on()` runs if the user goes on."""
    box = QMessageBox(QMessageBox.Icon.Critical if error.blocking else QMessageBox.Icon.Warning,
                      _tr("Credit limit exceeded"), error.message, parent=parent)
    box.setObjectName("credit_limit_box")
    if error.blocking:
        box.setInformativeText(_tr("The customer's credit control refuses this order. Overriding it is recorded "
                                   "in the customer's history, with your name."))
        go = box.addButton(_tr("Override the limit"), QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("override_credit_button")
    else:
        box.setInformativeText(_tr("Save the order anyway? Your confirmation is recorded in the history."))
        go = box.addButton(_tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("confirm_credit_button")
    stop = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    stop.setObjectName("cancel_credit_button")
    box.setDefaultButton(stop)
    box.setEscapeButton(stop)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: go_on() if button is go else None)
    box.open()
    return box


class OrderCard:
    """Installed on an OrderDialog by `install_order_card`."""

    def __init__(self, dialog: OrderDialog) -> None:
        self.dialog = dialog
        self.history_dialog: OrderHistoryDialog | None = None
        self.action_order_history = QAction(icon("info"), "", dialog)
        self.action_order_history.setObjectName("action_order_history")
        self.action_order_history.setShortcut("Ctrl+H")
        self.action_order_history.triggered.connect(self.show_history)
        dialog.addAction(self.action_order_history)
        dialog.order_saved.connect(lambda _order: self.refresh())
        dialog.status_toolbar.addSeparator()
        dialog.status_toolbar.addAction(self.action_order_history)
        self.accounting_contact = QLabel()
        self.accounting_contact.setObjectName("accounting_contact")
        self.accounting_contact.setWordWrap(True)
        self.accounting_contact_label = QLabel()
        layout = dialog.header_box.layout()
        if isinstance(layout, QGridLayout):
            # One line under the header's two columns: "Accounting contact: name — email — phone".
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(self.accounting_contact_label)
            row.addWidget(self.accounting_contact, 1)
            layout.addLayout(row, 1, 0, 1, 2)
        self.accounting_contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate()

    def refresh(self) -> None:
        order = self.dialog.order
        self.action_order_history.setEnabled(order.id is not None)
        if order.id is not None:
            # A saved order shows the accounting contact stored on it when it was created.
            parts = [order.accounting_contact_name, order.accounting_contact_email,
                     format_phone(order.accounting_contact_phone)]
        else:
            contact = None
            if order.customer_id is not None:
                try:
                    contact = self.dialog.services.contacts.accounting_contact(order.customer_id)
                except Exception:  # a missing contact is no reason to refuse opening the order
                    contact = None
            parts = [] if contact is None else [contact.full_name() or contact.job_title, contact.email,
                                                format_phone(contact.phone or contact.mobile)]
        if not any(parts):
            self.accounting_contact.setText("")
            self.accounting_contact_label.setText("")
            return
        self.accounting_contact_label.setText(_tr("Accounting contact:"))
        self.accounting_contact.setText(" — ".join(p for p in parts if p))

    def show_history(self) -> OrderHistoryDialog | None:
        order = self.dialog.order
        if order.id is None:
            return None
        self.history_dialog = OrderHistoryDialog(self.dialog.services, order.id, order.number, self.dialog)
        self.history_dialog.finished.connect(lambda _r: self.history_dialog.deleteLater() if self.history_dialog
                                             else None)
        self.history_dialog.open()
        return self.history_dialog

    def retranslate(self) -> None:
        self.action_order_history.setText(_tr("History"))
        self.action_order_history.setToolTip(_tr("Who changed this order and when (Ctrl+H)"))
        self.refresh()


def install_order_card(dialog: OrderDialog) -> OrderCard:
    return OrderCard(dialog)

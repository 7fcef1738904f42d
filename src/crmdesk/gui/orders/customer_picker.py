"""Choosing the customer of a new order: search by name, code, city, phone..."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from crmdesk.gui.common.picker import PickerDialog, PickerTexts
from crmdesk.gui.orders.models import CustomerPickModel, count_text
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery, CustomerRow


class CustomerPickerDialog(PickerDialog[CustomerPickModel]):
    """The customers (objectName `customer_picker`, with `customer_search` and `customer_table`), counted and
    read by the list engine's worker: a million customers never hold the dialog.

    Return on a search that finds one customer, or on a customer's exact code, chooses it.

    Signals:
        customer_chosen(int): the chosen customer's id.
    """

    customer_chosen = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(CustomerPickModel(services), "customer", parent, size=(720, 440))
        self.services = services
        self.customer_search, self.customer_table = self.search, self.table
        self.chosen.connect(lambda row: self.customer_chosen.emit(self.model.row_id(row)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, self.model.columnCount()):
            # The city and the payment method as wide as their content and heading, never cut.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 90)
        self.start()

    def query_for(self, text: str) -> CustomerQuery:
        return CustomerQuery(text=text)

    def is_exact(self, row: Any, text: str) -> bool:
        return isinstance(row, CustomerRow) and bool(row.code) and row.code.casefold() == text.casefold()

    def count_text(self, count: int) -> str:
        return count_text(self.tr("%n customer(s)", "", count), count)

    def texts(self) -> PickerTexts:
        return PickerTexts(self.tr("New order: choose the customer"), self.tr("Which customer is the order for?"),
                           self.tr("Name, code, city, phone..."), self.tr("New order"), self.tr("Cancel"))

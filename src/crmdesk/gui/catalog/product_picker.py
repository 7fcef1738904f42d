"""Choosing a catalogue product for an order line: search by reference, name or EAN barcode."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from crmdesk.domain.records import ProductData
from crmdesk.gui.common.picker import PickerDialog, PickerTexts
from crmdesk.gui.orders.models import ProductTableModel, count_text
from crmdesk.services import Services


class ProductPickerDialog(PickerDialog[ProductTableModel]):
    """The active products (objectName `product_picker`, with `product_search` and `product_table`);
    choosing one emits `product_chosen` and closes.

    A barcode scanner types the EAN and Return: an exact match is chosen at once.

    Signals:
        product_chosen(object): the chosen ProductData.
    """

    product_chosen = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ProductTableModel(services), "product", parent, search_icon="barcode", size=(780, 460))
        self.services = services
        self.product_search, self.product_table = self.search, self.table
        self.chosen.connect(self.product_chosen)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (2, 130), (3, 150), (4, 70)):
            header.resizeSection(column, width)
        self.start()

    def query_for(self, text: str) -> tuple[str, bool]:
        return (text, False)  # the active products only: an archived one is no longer offered

    def is_exact(self, row: Any, text: str) -> bool:
        return isinstance(row, ProductData) and text in (row.ean, row.reference)

    def current_product(self) -> ProductData | None:
        row = self.current_row()
        return row if isinstance(row, ProductData) else None

    def count_text(self, count: int) -> str:
        return count_text(self.tr("%n product(s)", "", count), count)

    def texts(self) -> PickerTexts:
        return PickerTexts(self.tr("Add a product"),
                           self.tr("Search by reference, name or EAN barcode (a scanner works too):"),
                           self.tr("Reference, name or barcode"), self.tr("Add"), self.tr("Cancel"))

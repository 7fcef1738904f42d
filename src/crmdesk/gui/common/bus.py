"""Change notifications between the pages and dialogs of one crmdesk window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Broadcasts writes so that every open list refreshes the rows that changed.

    Signals:
        customers_changed(list): ids of customers created, edited, archived or restored.
        customers_removed(list): ids of customers deleted.
        orders_changed(int, list): a customer id and the ids of its orders created or changed.
        products_changed(): the catalogue changed.
    """

    customers_changed = Signal(list)
    customers_removed = Signal(list)
    orders_changed = Signal(int, list)
    products_changed = Signal()

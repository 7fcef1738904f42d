"""Services: one session per call, plain records in and out. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.services.catalog import CatalogService
from crmdesk.services.customers import CustomerService
from crmdesk.services.orders import OrderService
from crmdesk.store.database import Database


@dataclass
class Services:
    """Everything the GUI needs, built on one open database."""

    db: Database
    customers: CustomerService
    orders: OrderService
    catalog: CatalogService

    @classmethod
    def open(cls, db: Database) -> Services:
        return cls(db=db, customers=CustomerService(db), orders=OrderService(db), catalog=CatalogService(db))

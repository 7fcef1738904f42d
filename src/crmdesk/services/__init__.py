"""Services: one session per call, plain records in and out. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from crmdesk.services.catalog import CatalogService
from crmdesk.services.customers import CustomerService
from crmdesk.services.orders import OrderService
from crmdesk.store.database import Database

if TYPE_CHECKING:
    from crmdesk.services.activity import ActivityService
    from crmdesk.services.categories import CategoryService
    from crmdesk.services.company import CompanyService
    from crmdesk.services.contacts import ContactService
    from crmdesk.services.documents import DocumentService
    from crmdesk.services.history import HistoryService


@dataclass
class Services:
    """Everything the GUI needs, built on one open database."""

    db: Database
    customers: CustomerService
    orders: OrderService
    catalog: CatalogService

    @classmethod
    def open(cls, db: Database, *, roll_turnover: bool = True) -> Services:
        """`roll_turnover`: bring "CA 12 mois" to this month now (issue 13: cheap when already done, seconds
        at a million customers on the first start of a month). The window passes False and rolls it in a
        background job once shown (gui/customers/turnover_roll.py)."""
        if roll_turnover:
            from crmdesk.services.activity import roll_turnover as roll

            roll(db)
        return cls(db=db, customers=CustomerService(db), orders=OrderService(db), catalog=CatalogService(db))

    # Issue 12: stateless services, made on demand so that the constructor above stays as it is.
    @property
    def company(self) -> CompanyService:
        from crmdesk.services.company import CompanyService

        return CompanyService(self.db)

    @property
    def documents(self) -> DocumentService:
        from crmdesk.services.documents import DocumentService

        return DocumentService(self.db)

    # Issue 13: the customer card (figures and credit control, contacts, history and notes), on demand too.
    @property
    def activity(self) -> ActivityService:
        from crmdesk.services.activity import ActivityService

        return ActivityService(self.db)

    @property
    def categories(self) -> CategoryService:
        from crmdesk.services.categories import CategoryService

        return CategoryService(self.db)

    @property
    def contacts(self) -> ContactService:
        from crmdesk.services.contacts import ContactService

        return ContactService(self.db)

    @property
    def history(self) -> HistoryService:
        from crmdesk.services.history import HistoryService

        return HistoryService(self.db)

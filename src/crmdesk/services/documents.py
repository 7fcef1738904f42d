"""Reading what a document needs (order, customer, seller, reference labels) in one session."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk.domain.documents import Document, DocumentInputs, DocumentKind, allowed_kinds, build_document
from crmdesk.domain.errors import CrmError, NotFoundError
from crmdesk.domain.i18n import translate
from crmdesk.services.company import CompanyService
from crmdesk.services.customers import CustomerService
from crmdesk.services.orders import OrderService
from crmdesk.store.database import Database
from crmdesk.store.models import Carrier, PaymentMethod, PaymentTerms, Product, SalesOrder


class DocumentNotAvailableError(CrmError):
    """The document does not exist for this order (a delivery note for an order not yet prepared)."""


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def order_id(self, number: str) -> int:
        with self.db.read() as s:
            found = s.scalar(select(SalesOrder.id).where(SalesOrder.number == number.strip().upper()))
        if found is None:
            raise NotFoundError(translate("services.documents", "No order numbered {number}.").format(number=number))
        return int(found)

    def document(self, order_id: int, kind: DocumentKind | str = DocumentKind.CONFIRMATION,
                 lang: str | None = None) -> Document:
        """The document of an order in `lang` (None: the customer's language)."""
        kind = DocumentKind(kind)
        order = OrderService(self.db).get(order_id)
        if kind not in allowed_kinds(order.status):
            raise DocumentNotAvailableError(translate("services.documents", "Order {number} is not prepared yet: it has no delivery note.").format(number=order.number))
        assert order.customer_id is not None
        customer = CustomerService(self.db).get(order.customer_id)
        company = CompanyService(self.db).get()
        with self.db.read() as s:
            method = s.get(PaymentMethod, order.payment_method_id) if order.payment_method_id else None
            terms = s.get(PaymentTerms, order.payment_terms_id) if order.payment_terms_id else None
            carrier = s.get(Carrier, order.carrier_id) if order.carrier_id else None
            ids = [line.product_id for line in order.lines if line.product_id is not None]
            natures = {pid: nature for pid, nature in s.execute(
                select(Product.id, Product.nature).where(Product.id.in_(ids)))} if ids else {}
            inputs = DocumentInputs(
                payment_method={"fr": method.label, "en": method.label_en or method.label} if method else {},
                payment_terms={"fr": terms.label, "en": terms.label_en or terms.label} if terms else {},
                terms_days=terms.days if terms else None, terms_end_of_month=bool(terms and terms.end_of_month),
                carrier=carrier.label if carrier else "", product_nature=natures)
        return build_document(kind, order, customer, company, inputs, lang)

"""A customer's contacts: list, add, edit, remove, main contact (issue 13).

Each write refreshes the customer's folded search text (contacts' names, emails and phones are found from
the customer list) and bumps nothing else: the customer dialog's own save is not disturbed by a contact
added meanwhile. The history listener records every change in the same transaction.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.contacts import ContactData, accounting_contact, validate_contact
from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.i18n import translate
from crmdesk.domain.validation import fold, phone_search_forms
from crmdesk.store.database import Database
from crmdesk.store.models import Contact, Customer

_COLUMNS = [f.name for f in fields(ContactData) if f.name not in {"id", "customer_id"}]


def _data(c: Contact) -> ContactData:
    return ContactData(id=c.id, customer_id=c.customer_id, **{name: getattr(c, name) for name in _COLUMNS})


def contact_search_terms(s: Session, customer_id: int | None) -> list[str]:
    """What the customer search matches in the customer's contacts: names and emails folded, phones in
    every form the search accepts."""
    if customer_id is None:
        return []
    terms: list[str] = []
    for first, last, email, phone, mobile in s.execute(
            select(Contact.first_name, Contact.last_name, Contact.email, Contact.phone, Contact.mobile)
            .where(Contact.customer_id == customer_id).order_by(Contact.position, Contact.id)):
        terms.append(fold(" ".join(p for p in (first, last, email) if p)))
        terms.extend(phone_search_forms(p) for p in (phone, mobile) if p)
    return [term for term in terms if term]


def first_contact_from_customer(s: Session, c: Customer) -> None:
    """A new company typed with its contact person (names, job title) gets that person as its first, main
    contact, with the customer's email, phones and language: what migration 0006 did for existing ones."""
    if c.kind != "company" or not (c.first_name or c.last_name or c.job_title):
        return
    if s.scalar(select(Contact.id).where(Contact.customer_id == c.id).limit(1)) is not None:
        return
    s.add(Contact(customer_id=c.id, position=0, civility=c.civility, first_name=c.first_name,
                  last_name=c.last_name, job_title=c.job_title, role="other", email=c.email, phone=c.phone,
                  mobile=c.mobile, language=c.language or "fr", is_main=True))
    s.flush()


def refresh_customer_search(s: Session, customer_id: int) -> None:
    """The customer's search text after a change of its contacts (as customers._refresh_summary writes it)."""
    from crmdesk.services.common import customer_search_text

    c = s.get(Customer, customer_id)
    if c is None:
        return
    s.flush()
    wanted = customer_search_text(c, [(a.city, a.postal_code) for a in c.addresses],
                                  contact_search_terms(s, customer_id))
    if c.search_text != wanted:
        # Core update: the search text is a kept summary, not a change the history records.
        s.execute(update(Customer).where(Customer.id == customer_id).values(search_text=wanted)
                  .execution_options(synchronize_session="fetch"))


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, customer_id: int) -> list[ContactData]:
        with self.db.read() as s:
            return [_data(c) for c in s.scalars(select(Contact).where(Contact.customer_id == customer_id)
                                               .order_by(Contact.position, Contact.id))]

    def accounting_contact(self, customer_id: int) -> ContactData | None:
        """The contact an order proposes for invoicing (see domain.contacts.accounting_contact)."""
        return accounting_contact(self.list(customer_id))

    def add(self, customer_id: int, data: ContactData) -> ContactData:
        clean = validate_contact(data)
        with self.db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(translate("services.contacts", "This customer no longer exists."))
            last = s.scalar(select(func.max(Contact.position)).where(Contact.customer_id == customer_id))
            position = 0 if last is None else int(last) + 1
            first = position == 0
            if clean.is_main:
                self._clear_main(s, customer_id)
            row = Contact(customer_id=customer_id, position=position,
                          **{name: getattr(clean, name) for name in _COLUMNS if name != "is_main"},
                          is_main=clean.is_main or first)
            s.add(row)
            s.flush()
            refresh_customer_search(s, customer_id)
            return _data(row)

    def update(self, data: ContactData) -> ContactData:
        if data.id is None:
            raise ValueError("update needs a saved contact")
        clean = validate_contact(data)
        with self.db.session() as s:
            row = s.get(Contact, clean.id)
            if row is None:
                raise NotFoundError(translate("services.contacts", "This contact no longer exists."))
            if clean.is_main and not row.is_main:
                self._clear_main(s, row.customer_id)
            for name in _COLUMNS:
                setattr(row, name, getattr(clean, name))
            s.flush()
            refresh_customer_search(s, row.customer_id)
            return _data(row)

    def remove(self, contact_id: int) -> None:
        with self.db.session() as s:
            row = s.get(Contact, contact_id)
            if row is None:
                return
            customer_id, was_main = row.customer_id, row.is_main
            s.delete(row)
            s.flush()
            if was_main:
                # A customer with contacts keeps a main one: the first left.
                first = s.scalars(select(Contact).where(Contact.customer_id == customer_id)
                                  .order_by(Contact.position, Contact.id).limit(1)).first()
                if first is not None:
                    first.is_main = True
                    s.flush()
            refresh_customer_search(s, customer_id)

    def set_main(self, contact_id: int) -> ContactData:
        with self.db.session() as s:
            row = s.get(Contact, contact_id)
            if row is None:
                raise NotFoundError(translate("services.contacts", "This contact no longer exists."))
            if not row.is_main:
                self._clear_main(s, row.customer_id)
                row.is_main = True
                s.flush()
            return _data(row)

    @staticmethod
    def _clear_main(s: Session, customer_id: int) -> None:
        # Through the ORM (one row at most), so the history sees the main flag move.
        for other in s.scalars(select(Contact).where(Contact.customer_id == customer_id, Contact.is_main.is_(True))):
            other.is_main = False
        s.flush()


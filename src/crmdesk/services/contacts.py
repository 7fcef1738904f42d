"""A customer's contacts: list, add, edit, remove, main contact (issue 13).

Each write refreshes the customer's folded search text (contacts' names, emails and phones are found from
the customer list) and bumps nothing else: the customer dialog's own save is not disturbed by a contact
added meanwhile. The history listener records every change in the same transaction.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.card import single_main
from crmdesk.domain.contacts import ContactData, accounting_contact, validate_contact
from crmdesk.domain.errors import FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.i18n import translate
from crmdesk.domain.validation import fold, phone_search_forms
from crmdesk.store.database import Database
from crmdesk.store.models import Contact, Customer, SalesOrder

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


def write_contacts(s: Session, customer_id: int, contacts: list[ContactData]) -> None:
    """The customer's contacts become `contacts`, in that order (the dialog's staged list, written with the
    customer's save): those missing are removed, those with an id updated, the others added; one main
    contact when there are any. Through the ORM, so the history listener records each change."""
    errors: list[FieldError] = []
    cleaned: list[ContactData] = []
    for contact in contacts:
        try:
            cleaned.append(validate_contact(contact))
        except ValidationErrors as exc:
            name = contact.full_name() or contact.email
            errors.extend(FieldError("contacts", f"{name} — {e.message}" if name else e.message) for e in exc.errors)
    if errors:
        raise ValidationErrors(errors)
    cleaned = single_main(cleaned)
    existing = {row.id: row for row in s.scalars(select(Contact).where(Contact.customer_id == customer_id))}
    kept = {c.id for c in cleaned if c.id is not None}
    for row_id, row in existing.items():
        if row_id not in kept:
            s.delete(row)
    # Main flags lost first: the partial unique index never sees two main contacts mid-flush.
    wanted_main = next((c.id for c in cleaned if c.is_main), None)
    for row_id, row in existing.items():
        if row.is_main and row_id != wanted_main:
            row.is_main = False
    s.flush()
    for position, clean in enumerate(cleaned):
        found = existing.get(clean.id) if clean.id is not None else None
        if found is None:  # new, or removed by a colleague meanwhile: what the user sees is what is kept
            found = Contact(customer_id=customer_id)
            s.add(found)
        row = found
        row.position = position
        for name in _COLUMNS:
            setattr(row, name, getattr(clean, name))
    s.flush()
    refresh_customer_search(s, customer_id)


def company_person_to_contact(s: Session, c: Customer) -> None:
    """A company has no contact person of its own any more (the Contacts list is the one place): a person
    given on it (an older caller, a kind changed from individual) becomes a contact, unless one of that name
    exists, and the customer's person fields are left blank."""
    if c.kind != "company" or not (c.first_name or c.last_name or c.job_title or c.civility):
        return
    if c.first_name or c.last_name:
        rows = list(s.scalars(select(Contact).where(Contact.customer_id == c.id)))
        same = next((r for r in rows if (fold(r.first_name), fold(r.last_name)) == (fold(c.first_name),
                                                                                   fold(c.last_name))), None)
        if same is None:
            first = not rows
            position = max((r.position for r in rows), default=-1) + 1
            s.add(Contact(customer_id=c.id, position=position, civility=c.civility, first_name=c.first_name,
                          last_name=c.last_name, job_title=c.job_title, role="other",
                          email=c.email if first else "", phone=c.phone if first else "",
                          mobile=c.mobile if first else "", language=c.language or "fr", is_main=first))
            s.flush()
    c.civility = c.first_name = c.last_name = c.job_title = ""


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



def _accounting_row(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """domain.contacts.accounting_contact on contact rows (dicts), for bulk generation."""
    accounting = [r for r in rows if r.get("role") == "accounting"]
    return (next((r for r in accounting if r.get("is_main")), None) or (accounting[0] if accounting else None)
            or next((r for r in rows if r.get("is_main")), None))


def contact_row_name(row: dict[str, Any]) -> str:
    name = " ".join(p for p in (row.get("civility"), row.get("first_name"), row.get("last_name")) if p)
    return name or str(row.get("job_title") or "")


def stamp_demo_card(customers: list[dict[str, Any]], orders: list[dict[str, Any]],
                    contacts: list[dict[str, Any]]) -> None:
    """Generated rows as the services would leave them (issue 13): a company's person only in its contacts,
    each order with its customer's accounting contact of the day it was placed."""
    by_customer: dict[int, list[dict[str, Any]]] = {}
    for row in sorted(contacts, key=lambda r: (r["customer_id"], r.get("position", 0), r["id"])):
        by_customer.setdefault(row["customer_id"], []).append(row)
    for c in customers:
        if c.get("kind") == "company" and c["id"] in by_customer:
            # The search text as customer_search_text writes it without the person's names (they come back
            # with the contact's terms at its end).
            person = " ".join(p for p in (fold(c.get("first_name") or ""), fold(c.get("last_name") or "")) if p)
            head = " ".join(p for p in (str(c.get("code", "")).lower(), fold(c.get("name") or "")) if p)
            text_ = str(c.get("search_text") or "")
            if person and text_.startswith(f"{head} {person}"):
                c["search_text"] = head + text_[len(head) + 1 + len(person):]
            for name in ("civility", "first_name", "last_name", "job_title"):
                c[name] = ""
    chosen = {cid: _accounting_row(rows) for cid, rows in by_customer.items()}
    for o in orders:
        picked = chosen.get(o["customer_id"])
        o["accounting_contact_name"] = contact_row_name(picked) if picked else ""
        o["accounting_contact_email"] = (picked.get("email") or "") if picked else ""
        o["accounting_contact_phone"] = (picked.get("phone") or picked.get("mobile") or "") if picked else ""


def accounting_contact_of(s: Session, customer_id: int | None) -> ContactData | None:
    """The customer's accounting contact now (domain.contacts.accounting_contact), in the session."""
    if customer_id is None:
        return None
    return accounting_contact([_data(c) for c in s.scalars(select(Contact).where(Contact.customer_id == customer_id)
                                                           .order_by(Contact.position, Contact.id))])


def contact_name(contact: ContactData | None) -> str:
    """How an order and its documents name a contact: the person, else the job title ("Comptabilité")."""
    if contact is None:
        return ""
    return contact.full_name() or contact.job_title


def stamp_accounting_contact(s: Session, order: SalesOrder) -> None:
    """Store the customer's accounting contact of this moment on a new order."""
    contact = accounting_contact_of(s, order.customer_id)
    order.accounting_contact_name = contact_name(contact)[:250]
    order.accounting_contact_email = contact.email if contact else ""
    order.accounting_contact_phone = (contact.phone or contact.mobile) if contact else ""

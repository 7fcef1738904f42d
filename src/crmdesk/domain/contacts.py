"""A customer's contacts: the record, the roles, the rules (a name or a way to reach them; at most one main)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from crmdesk.domain.enums import CIVILITIES
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import CUSTOMER_FIELDS
from crmdesk.domain.i18n import translate
from crmdesk.domain.text import single_line
from crmdesk.domain.validation import check_email, check_length, check_phone, check_storable, clean_text


class ContactRole(StrEnum):
    MANAGEMENT = "management"
    PURCHASING = "purchasing"
    ACCOUNTING = "accounting"
    DELIVERY = "delivery"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            ContactRole.MANAGEMENT: translate("domain.contacts", "Management"),
            ContactRole.PURCHASING: translate("domain.contacts", "Purchasing"),
            ContactRole.ACCOUNTING: translate("domain.contacts", "Accounting"),
            ContactRole.DELIVERY: translate("domain.contacts", "Delivery"),
            ContactRole.OTHER: translate("domain.contacts", "Other"),
        }[self]


@dataclass
class ContactData:
    id: int | None = None
    customer_id: int | None = None
    civility: str = ""
    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    role: str = ContactRole.OTHER.value
    email: str = ""
    phone: str = ""
    mobile: str = ""
    language: str = "fr"
    is_main: bool = False

    def full_name(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)

    def role_label(self) -> str:
        try:
            return ContactRole(self.role).label
        except ValueError:
            return self.role


CONTACT_TEXT_FIELDS = ("civility", "first_name", "last_name", "job_title", "email", "phone", "mobile", "language")


def validate_contact(data: ContactData) -> ContactData:
    """A normalised copy (email normalised, phones in E.164), or ValidationErrors naming each bad field."""
    out = replace(data)
    errors: list[FieldError] = []
    # The same text rule as a customer's fields: one line, NFC, and nothing a database cannot store.
    for name in CONTACT_TEXT_FIELDS:
        value = getattr(data, name)
        if value == "":
            continue
        setattr(out, name, clean_text(single_line(value)))
        try:
            check_storable(name, CUSTOMER_FIELDS[name].label, getattr(out, name), False)
        except FieldError as exc:
            errors.append(exc)
    for name in ("first_name", "last_name", "job_title", "email", "civility", "language"):
        try:
            check_length(name, getattr(out, name), CUSTOMER_FIELDS[name])
        except FieldError as exc:
            errors.append(exc)
    if out.civility and out.civility not in CIVILITIES:
        errors.append(FieldError("civility", translate("domain.contacts", "Choose a civility from the list.")))
    if out.role not in {r.value for r in ContactRole}:
        errors.append(FieldError("role", translate("domain.contacts", "Choose a role from the list.")))
    for name, check in (("email", lambda v: check_email(v, "email")), ("phone", lambda v: check_phone(v, "phone")),
                        ("mobile", lambda v: check_phone(v, "mobile"))):
        try:
            setattr(out, name, check(getattr(out, name)))
        except FieldError as exc:
            errors.append(exc)
    if not (out.first_name or out.last_name):
        errors.append(FieldError("last_name", translate("domain.contacts", "Enter the contact's first or last name.")))
    if errors:
        raise ValidationErrors(errors)
    return out


def with_single_main(contacts: Sequence[ContactData], main_id: int | None) -> list[ContactData]:
    """The contacts with `main_id` (or none) as the only main contact."""
    return [replace(c, is_main=(main_id is not None and c.id == main_id)) for c in contacts]


def accounting_contact(contacts: Sequence[ContactData]) -> ContactData | None:
    """The contact an order proposes for invoicing: the main accounting contact, else the first accounting
    one, else the main contact."""
    accounting = [c for c in contacts if c.role == ContactRole.ACCOUNTING.value]
    return (next((c for c in accounting if c.is_main), None) or (accounting[0] if accounting else None)
            or next((c for c in contacts if c.is_main), None))

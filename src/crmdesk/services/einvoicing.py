"""A customer's electronic invoicing addresses, read and written with the customer (services/customers.py)."""

from __future__ import annotations

from crmdesk.domain.records import EInvoiceAddressData
from crmdesk.store.models import Customer, EInvoiceAddress

_FIELDS = ("scheme", "form", "identifier", "is_default", "valid_from", "valid_to")


def einvoice_addresses_of(c: Customer) -> list[EInvoiceAddressData]:
    return [EInvoiceAddressData(id=a.id, **{name: getattr(a, name) for name in _FIELDS}) for a in c.einvoice_addresses]


def set_einvoice_addresses(c: Customer, addresses: list[EInvoiceAddressData]) -> None:
    """Make the customer's rows what `addresses` (validated) says: update by id, add new, drop the rest."""
    by_id = {a.id: a for a in c.einvoice_addresses}
    keep = {a.id for a in addresses if a.id is not None}
    for old in list(c.einvoice_addresses):
        if old.id not in keep:
            c.einvoice_addresses.remove(old)
    for address in addresses:
        row: EInvoiceAddress | None = by_id.get(address.id) if address.id is not None else None
        if row is None:
            row = EInvoiceAddress()
            c.einvoice_addresses.append(row)
        for name in _FIELDS:
            setattr(row, name, getattr(address, name))

"""Rules of a customer's addresses: the default billing and delivery addresses, and the copy an order keeps.

The functions take anything with the attributes they read (AddressData, a mapped Address row, a demo row
wrapper), so the services, the address table of the customer dialog and the demo generator share them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from crmdesk.domain.records import AddressData

# The parts of an address an order copies (its own columns billing_* and delivery_*).
ORDER_ADDRESS_PARTS = ("recipient", "street1", "street2", "street3", "postal_code", "city", "country")
DEFAULT_FLAGS = ("is_default_billing", "is_default_delivery")

Flags = tuple[bool, bool]  # (default billing, default delivery)


class _Flagged(Protocol):
    is_default_billing: bool
    is_default_delivery: bool


class Place(Protocol):
    """Where an address is: what the VAT of a delivery depends on."""

    @property
    def postal_code(self) -> str: ...

    @property
    def country(self) -> str: ...


class _Postal(Place, Protocol):
    @property
    def recipient(self) -> str: ...

    @property
    def street1(self) -> str: ...

    @property
    def street2(self) -> str: ...

    @property
    def street3(self) -> str: ...

    @property
    def city(self) -> str: ...


A = TypeVar("A", bound=_Flagged)


# ---- the default addresses -----------------------------------------------------------------------

def resolve_defaults(flags: Sequence[Flags], row: int | None = None, billing: bool = False,
                     delivery: bool = False) -> list[Flags]:
    """The default flags of a customer's addresses after address `row` is made (True) or unmade (False)
    the default billing / delivery address, by the rule: at most one default of each kind, and a customer
    with addresses always has both (the first address takes a default nobody holds).

    Without `row`, only the rule is applied (several defaults: the first keeps it).
    """
    out = [list(pair) for pair in flags]
    if row is not None:
        for kind, wanted in enumerate((billing, delivery)):
            for i, pair in enumerate(out):
                if i == row:
                    pair[kind] = wanted
                elif wanted:
                    pair[kind] = False
    for kind in (0, 1):
        marked = [i for i, pair in enumerate(out) if pair[kind]]
        for extra in marked[1:]:
            out[extra][kind] = False
        if not marked and out:
            out[0][kind] = True
    return [(pair[0], pair[1]) for pair in out]


def flags_of(addresses: Sequence[_Flagged]) -> list[Flags]:
    return [(a.is_default_billing, a.is_default_delivery) for a in addresses]


def default_addresses(addresses: Sequence[A]) -> tuple[A | None, A | None]:
    """The default billing address and the default delivery address (the billing one when none is marked)."""
    billing = next((a for a in addresses if a.is_default_billing), None)
    delivery = next((a for a in addresses if a.is_default_delivery), None) or billing
    return billing, delivery


# ---- the copy on an order ----------------------------------------------------------------------------

def order_address(source: _Postal | None, customer_name: str) -> AddressData:
    """The copy of a customer's address an order keeps (later changes of the customer's address do not
    rewrite it); the recipient is the customer's name when the address names none."""
    if source is None:
        return AddressData()
    copy = AddressData()
    for part in ORDER_ADDRESS_PARTS:
        setattr(copy, part, getattr(source, part) or "")
    copy.recipient = copy.recipient or customer_name
    return copy


def same_place(a: _Postal, b: _Postal) -> bool:
    """The same address apart from the recipient (which an order fills with the customer's name)."""
    return all((getattr(a, p) or "") == (getattr(b, p) or "") for p in ORDER_ADDRESS_PARTS if p != "recipient")


def address_block(address: _Postal, name: str = "", country: Callable[[str], str] = str.upper) -> list[str]:
    """The lines of an address as shown on an order: the customer's name first (a recipient such as
    "Service comptabilité" alone does not say which company), then the recipient, the streets, the postal
    code and city, and the country when not France (as `country` writes its code)."""
    lines = [name] if name else []
    if address.recipient and address.recipient != name:
        lines.append(address.recipient)
    lines += [p for p in (address.street1, address.street2, address.street3) if p]
    place = f"{address.postal_code} {address.city}".strip()
    if place:
        lines.append(place)
    if address.country and address.country.upper() != "FR":
        lines.append(country(address.country.upper()))
    return lines if len(lines) > (1 if name else 0) else []

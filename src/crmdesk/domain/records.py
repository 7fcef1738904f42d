"""Plain records exchanged between the services and the GUI.

The GUI never holds ORM objects; it reads and edits these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class AddressData:
    id: int | None = None
    label: str = ""
    usage: str = "both"
    recipient: str = ""
    street1: str = ""
    street2: str = ""
    street3: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    phone: str = ""
    instructions: str = ""
    is_default_billing: bool = False
    is_default_delivery: bool = False

    def one_line(self) -> str:
        parts = [self.street1, self.street2, self.street3, f"{self.postal_code} {self.city}".strip()]
        if self.country and self.country != "FR":
            parts.append(self.country)
        return ", ".join(p for p in parts if p)


@dataclass
class EInvoiceAddressData:
    """An electronic invoicing address of a customer (domain/einvoicing.py checks it)."""

    id: int | None = None
    scheme: str = "0225"
    form: str = "siren"
    identifier: str = ""
    is_default: bool = False
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass
class CustomerData:
    """Every editable field of a customer, plus its addresses."""

    id: int | None = None
    version: int = 0
    code: str = ""
    kind: str = "company"
    name: str = ""
    legal_form: str = ""
    civility: str = ""
    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    website: str = ""
    language: str = "fr"
    notes: str = ""
    active: bool = True
    # logistics
    default_carrier_id: int | None = None
    incoterm: str = ""
    incoterm_place: str = ""
    franco_threshold: Decimal | None = None
    minimum_order_amount: Decimal | None = None
    delivery_instructions: str = ""
    # accounting
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    naf_code: str = ""
    accounting_code: str = ""
    preferred_payment_method_id: int | None = None
    payment_terms_id: int | None = None
    iban: str = ""
    bic: str = ""
    sepa_mandate_ref: str = ""
    sepa_mandate_date: date | None = None
    credit_limit: Decimal | None = None
    credit_control: str = "warn"  # none / warn / block (domain/credit.py)
    default_discount: Decimal | None = None
    vat_regime: str = "france"
    currency: str = "EUR"
    # e-invoicing identity (domain/einvoicing.py)
    einvoicing_category: str = ""
    chorus_service_code: str = ""
    einvoice_addresses: list[EInvoiceAddressData] = field(default_factory=list)
    # read-only, filled by the services
    created_at: datetime | None = None
    updated_at: datetime | None = None
    order_count: int = 0
    addresses: list[AddressData] = field(default_factory=list)


@dataclass
class OrderLineData:
    id: int | None = None
    product_id: int | None = None
    product_reference: str = ""
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit_price: Decimal = Decimal(0)
    discount_percent: Decimal = Decimal(0)
    vat_rate: Decimal = Decimal("20")


@dataclass
class OrderData:
    id: int | None = None
    version: int = 0
    number: str = ""
    customer_id: int | None = None
    customer_code: str = ""
    customer_name: str = ""
    order_date: date | None = None
    status: str = "draft"
    payment_method_id: int | None = None
    payment_terms_id: int | None = None
    carrier_id: int | None = None
    billing_address: AddressData = field(default_factory=AddressData)
    delivery_address: AddressData = field(default_factory=AddressData)
    customer_reference: str = ""
    notes: str = ""
    lines: list[OrderLineData] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # The customer's accounting contact, stored on the order when it is created (issue 13); read-only after.
    accounting_contact_name: str = ""
    accounting_contact_email: str = ""
    accounting_contact_phone: str = ""


@dataclass(frozen=True)
class RefItem:
    """An entry of a reference list (payment method, payment terms, carrier)."""

    id: int
    code: str
    label: str
    active: bool = True
    days: int | None = None


@dataclass(frozen=True)
class ProductData:
    id: int | None
    reference: str
    name: str
    ean: str
    unit_price: Decimal
    vat_rate: Decimal
    active: bool = True
    nature: str = "goods"  # goods or service: the nature of the operation documents state

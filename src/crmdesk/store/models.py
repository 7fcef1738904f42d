"""SQLAlchemy 2 typed mappings of crmdesk's tables.

String lengths come from the domain's field rules. Per-customer summary columns
(billing city, order counts, last order date, folded search text) are kept by
the services in the same transaction as the write that changes them, so the
list can sort and search on indexed columns at a million rows.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS, max_length

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _c(name: str) -> int:
    return max_length(CUSTOMER_FIELDS, name)


def _a(name: str) -> int:
    return max_length(ADDRESS_FIELDS, name)


class PaymentMethod(Base):
    __tablename__ = "payment_method"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PaymentTerms(Base):
    __tablename__ = "payment_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100), default="")
    days: Mapped[int] = mapped_column(Integer, default=0)
    end_of_month: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Carrier(Base):
    __tablename__ = "carrier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Counter(Base):
    """Next numbers for customer codes and order numbers (one row per series)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(_c("code")), unique=True)
    kind: Mapped[str] = mapped_column(String(_c("kind")), default="company")
    name: Mapped[str] = mapped_column(String(_c("name")))
    legal_form: Mapped[str] = mapped_column(String(_c("legal_form")), default="")
    civility: Mapped[str] = mapped_column(String(_c("civility")), default="")
    first_name: Mapped[str] = mapped_column(String(_c("first_name")), default="")
    last_name: Mapped[str] = mapped_column(String(_c("last_name")), default="")
    job_title: Mapped[str] = mapped_column(String(_c("job_title")), default="")
    email: Mapped[str] = mapped_column(String(_c("email")), default="")
    phone: Mapped[str] = mapped_column(String(_c("phone")), default="")
    mobile: Mapped[str] = mapped_column(String(_c("mobile")), default="")
    website: Mapped[str] = mapped_column(String(_c("website")), default="")
    language: Mapped[str] = mapped_column(String(_c("language")), default="fr")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # logistics
    default_carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))
    incoterm: Mapped[str] = mapped_column(String(_c("incoterm")), default="")
    incoterm_place: Mapped[str] = mapped_column(String(_c("incoterm_place")), default="")
    franco_threshold: Mapped[Decimal | None] = mapped_column(Money)
    minimum_order_amount: Mapped[Decimal | None] = mapped_column(Money)
    delivery_instructions: Mapped[str] = mapped_column(Text, default="")
    # accounting
    siren: Mapped[str] = mapped_column(String(_c("siren")), default="")
    siret: Mapped[str] = mapped_column(String(_c("siret")), default="")
    vat_number: Mapped[str] = mapped_column(String(_c("vat_number")), default="")
    naf_code: Mapped[str] = mapped_column(String(_c("naf_code")), default="")
    accounting_code: Mapped[str] = mapped_column(String(_c("accounting_code")), default="")
    preferred_payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_method.id"))
    payment_terms_id: Mapped[int | None] = mapped_column(ForeignKey("payment_terms.id"))
    iban: Mapped[str] = mapped_column(String(_c("iban")), default="")
    bic: Mapped[str] = mapped_column(String(_c("bic")), default="")
    sepa_mandate_ref: Mapped[str] = mapped_column(String(_c("sepa_mandate_ref")), default="")
    sepa_mandate_date: Mapped[date | None] = mapped_column(Date)
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)
    default_discount: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    vat_regime: Mapped[str] = mapped_column(String(_c("vat_regime")), default="france")
    currency: Mapped[str] = mapped_column(String(_c("currency")), default="EUR")
    # e-invoicing identity (migration 0007)
    einvoicing_category: Mapped[str] = mapped_column(String(_c("einvoicing_category")), default="",
                                                     server_default="")
    chorus_service_code: Mapped[str] = mapped_column(String(_c("chorus_service_code")), default="",
                                                     server_default="")
    # summary, maintained by the services
    sort_name: Mapped[str] = mapped_column(String(_c("name")), default="")
    billing_city: Mapped[str] = mapped_column(String(_a("city")), default="")
    billing_postal_code: Mapped[str] = mapped_column(String(_a("postal_code")), default="")
    order_count: Mapped[int] = mapped_column(Integer, default=0)
    open_order_count: Mapped[int] = mapped_column(Integer, default=0)
    last_order_date: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # customer card (issue 13): credit control and figures kept by services/activity.py
    credit_control: Mapped[str] = mapped_column(String(8), default="warn", server_default="warn")
    turnover_12m: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    outstanding_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    over_credit_limit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # GDPR (issue 11): when the personal fields were pseudonymised (the orders kept); None for everyone else
    pseudonymised_at: Mapped[datetime | None] = mapped_column(DateTime)

    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.id"
    )
    einvoice_addresses: Mapped[list[EInvoiceAddress]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="EInvoiceAddress.id"
    )

    __table_args__ = (
        Index("ix_customer_sort_name", "sort_name", "id"),
        Index("ix_customer_kind", "kind", "sort_name"),
        Index("ix_customer_active", "active", "sort_name"),
        Index("ix_customer_billing_city", "billing_city", "sort_name"),
        Index("ix_customer_billing_postal_code", "billing_postal_code", "sort_name"),
        Index("ix_customer_phone", "phone"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_payment_method", "preferred_payment_method_id", "sort_name"),
        Index("ix_customer_payment_terms", "payment_terms_id", "sort_name"),
        Index("ix_customer_order_count", "order_count", "sort_name"),
        Index("ix_customer_open_order_count", "open_order_count"),
        Index("ix_customer_last_order_date", "last_order_date", "sort_name"),
        Index("ix_customer_created_at", "created_at", "sort_name"),
        Index("ix_customer_siren", "siren"),
        Index("ix_customer_siret", "siret"),
        Index("ix_customer_vat_number", "vat_number"),
        Index("ix_customer_default_carrier", "default_carrier_id"),
        # The default list (active customers) in every sort order, from the index alone (migration 0002).
        Index("ix_customer_active_code", "active", "code"),
        Index("ix_customer_active_kind", "active", "kind", "sort_name"),
        Index("ix_customer_active_city", "active", "billing_city", "sort_name"),
        Index("ix_customer_active_postal_code", "active", "billing_postal_code", "sort_name"),
        Index("ix_customer_active_phone", "active", "phone"),
        Index("ix_customer_active_email", "active", "email"),
        Index("ix_customer_active_order_count", "active", "order_count", "sort_name"),
        Index("ix_customer_active_created_at", "active", "created_at", "sort_name"),
        Index("ix_customer_active_open_orders", "active", "open_order_count", "sort_name"),
        # customer card (migration 0006): the list's "CA 12 mois", "Encours" and over-limit filter
        Index("ix_customer_turnover_12m", "turnover_12m", "sort_name"),
        Index("ix_customer_active_turnover_12m", "active", "turnover_12m", "sort_name"),
        Index("ix_customer_outstanding", "outstanding_amount", "sort_name"),
        Index("ix_customer_active_outstanding", "active", "outstanding_amount", "sort_name"),
        Index("ix_customer_over_limit", "over_credit_limit", "active", "sort_name"),
    )


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(_a("label")), default="")
    usage: Mapped[str] = mapped_column(String(_a("usage")), default="both")
    recipient: Mapped[str] = mapped_column(String(_a("recipient")), default="")
    street1: Mapped[str] = mapped_column(String(_a("street1")), default="")
    street2: Mapped[str] = mapped_column(String(_a("street2")), default="")
    street3: Mapped[str] = mapped_column(String(_a("street3")), default="")
    postal_code: Mapped[str] = mapped_column(String(_a("postal_code")), default="")
    city: Mapped[str] = mapped_column(String(_a("city")), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    phone: Mapped[str] = mapped_column(String(_a("phone")), default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    is_default_billing: Mapped[bool] = mapped_column(Boolean, default=False)
    is_default_delivery: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="addresses")

    __table_args__ = (
        # At most one default of each kind per customer, enforced by the database.
        Index(
            "uq_address_default_billing",
            "customer_id",
            unique=True,
            sqlite_where=text("is_default_billing"),
            postgresql_where=text("is_default_billing"),
        ),
        Index(
            "uq_address_default_delivery",
            "customer_id",
            unique=True,
            sqlite_where=text("is_default_delivery"),
            postgresql_where=text("is_default_delivery"),
        ),
    )


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(max_length(PRODUCT_FIELDS, "reference")), unique=True)
    name: Mapped[str] = mapped_column(String(max_length(PRODUCT_FIELDS, "name")))
    ean: Mapped[str] = mapped_column(String(13), default="", index=True)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[str] = mapped_column(String(8), default="goods", server_default="goods")  # migration 0007


class EInvoiceAddress(Base):
    """A customer's electronic invoicing address (migration 0007)."""

    __tablename__ = "einvoice_address"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    scheme: Mapped[str] = mapped_column(String(4), default="0225")
    form: Mapped[str] = mapped_column(String(24), default="siren")
    identifier: Mapped[str] = mapped_column(String(125), default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="einvoice_addresses")

    __table_args__ = ({"sqlite_autoincrement": True},)


class Company(Base):
    """The seller's own details: one row (id 1), shared by the whole office (migration 0007)."""

    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(_c("name")), default="")
    legal_form: Mapped[str] = mapped_column(String(_c("legal_form")), default="")
    share_capital: Mapped[Decimal | None] = mapped_column(Money)
    siren: Mapped[str] = mapped_column(String(9), default="")
    trade_register: Mapped[str] = mapped_column(String(3), default="RCS")
    registry_city: Mapped[str] = mapped_column(String(100), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    street1: Mapped[str] = mapped_column(String(_a("street1")), default="")
    street2: Mapped[str] = mapped_column(String(_a("street2")), default="")
    postal_code: Mapped[str] = mapped_column(String(_a("postal_code")), default="")
    city: Mapped[str] = mapped_column(String(_a("city")), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    phone: Mapped[str] = mapped_column(String(_c("phone")), default="")
    email: Mapped[str] = mapped_column(String(_c("email")), default="")
    website: Mapped[str] = mapped_column(String(_c("website")), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str] = mapped_column(String(40), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    payment_terms_text: Mapped[str] = mapped_column(Text, default="")
    late_penalty_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    recovery_indemnity: Mapped[bool] = mapped_column(Boolean, default=True)
    early_payment_discount: Mapped[str] = mapped_column(Text, default="")
    footer: Mapped[str] = mapped_column(Text, default="")
    payment_terms_text_en: Mapped[str] = mapped_column(Text, default="")
    early_payment_discount_en: Mapped[str] = mapped_column(Text, default="")
    footer_en: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class SalesOrder(Base):
    __tablename__ = "sales_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str] = mapped_column(String(max_length(ORDER_FIELDS, "number")), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    order_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    payment_method_id: Mapped[int | None] = mapped_column(ForeignKey("payment_method.id"))
    payment_terms_id: Mapped[int | None] = mapped_column(ForeignKey("payment_terms.id"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))
    # addresses are copied: editing the customer's address does not rewrite past orders
    billing_recipient: Mapped[str] = mapped_column(String(_a("recipient")), default="")
    billing_street1: Mapped[str] = mapped_column(String(_a("street1")), default="")
    billing_street2: Mapped[str] = mapped_column(String(_a("street2")), default="")
    billing_street3: Mapped[str] = mapped_column(String(_a("street3")), default="")
    billing_postal_code: Mapped[str] = mapped_column(String(_a("postal_code")), default="")
    billing_city: Mapped[str] = mapped_column(String(_a("city")), default="")
    billing_country: Mapped[str] = mapped_column(String(2), default="FR")
    delivery_recipient: Mapped[str] = mapped_column(String(_a("recipient")), default="")
    delivery_street1: Mapped[str] = mapped_column(String(_a("street1")), default="")
    delivery_street2: Mapped[str] = mapped_column(String(_a("street2")), default="")
    delivery_street3: Mapped[str] = mapped_column(String(_a("street3")), default="")
    delivery_postal_code: Mapped[str] = mapped_column(String(_a("postal_code")), default="")
    delivery_city: Mapped[str] = mapped_column(String(_a("city")), default="")
    delivery_country: Mapped[str] = mapped_column(String(2), default="FR")
    customer_reference: Mapped[str] = mapped_column(String(max_length(ORDER_FIELDS, "customer_reference")), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The customer's accounting contact as it was when the order was created (migration 0011): a later change
    # of the customer's contacts does not rewrite the order, and its documents print this one.
    accounting_contact_name: Mapped[str] = mapped_column(String(250), default="", server_default="")
    accounting_contact_email: Mapped[str] = mapped_column(String(_c("email")), default="", server_default="")
    accounting_contact_phone: Mapped[str] = mapped_column(String(_c("phone")), default="", server_default="")
    # summary of the lines, kept by the services
    line_count: Mapped[int] = mapped_column(Integer, default=0)
    total_excl_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_incl_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )

    __table_args__ = (
        Index("ix_sales_order_customer", "customer_id", "order_date", "id"),
        Index("ix_sales_order_date", "order_date", "id"),
        Index("ix_sales_order_status", "status", "order_date", "id"),
        Index("ix_sales_order_customer_reference", "customer_reference"),
        # One per sort of the order list (migration 0004).
        Index("ix_sales_order_total_excl_tax", "total_excl_tax", "id"),
        Index("ix_sales_order_total_incl_tax", "total_incl_tax", "id"),
        Index("ix_sales_order_line_count", "line_count", "id"),
        Index("ix_sales_order_delivery_city", "delivery_city", "id"),
        Index("ix_sales_order_payment_method_sort", "payment_method_id", "id"),
        # Reference lists are checked for use before an entry is deleted.
        Index("ix_sales_order_payment_method", "payment_method_id"),
        Index("ix_sales_order_payment_terms", "payment_terms_id"),
        Index("ix_sales_order_carrier", "carrier_id"),
        # A customer's figures from the index alone (migration 0006).
        Index("ix_sales_order_customer_figures", "customer_id", "status", "order_date", "total_excl_tax",
              "total_incl_tax"),
    )


class OrderLine(Base):
    __tablename__ = "order_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    description: Mapped[str] = mapped_column(String(max_length(ORDER_FIELDS, "description")))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(20))

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class OrderWord(Base):
    """The words of an order's number and PO reference (crmdesk.domain.search.text_words), kept by the order
    services (services/order_search.py) in the order's transaction (migration 0009): the order list's search
    reads word prefixes from `ix_order_word_word` instead of scanning every order's texts."""

    __tablename__ = "order_word"
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id", ondelete="CASCADE"), primary_key=True)
    # In the "C" collation on PostgreSQL (migration 0014): a prefix is a range of the plain index, as on SQLite.
    word: Mapped[str] = mapped_column(String(max_length(ORDER_FIELDS, "customer_reference")).with_variant(
        String(max_length(ORDER_FIELDS, "customer_reference"), collation="C"), "postgresql"), primary_key=True)
    # The order's date, copied: the dates a word's orders span bound the walk of the list's date index.
    order_date: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        # Prefix ranges (word >= w AND word < w'), the first words under a prefix and their dates.
        Index("ix_order_word_word", "word", "order_date", "order_id"),
        {"sqlite_with_rowid": False},
    )


# ---- customer card (issue 13, migration 0006) ---------------------------------------------------------

class CustomerTurnover(Base):
    """Turnover excl. tax and number of counted orders per customer and month (YYYYMM), kept by the
    services with every order write: the 12-month and yearly figures are sums of a few rows."""

    __tablename__ = "customer_turnover"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_excl_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    order_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_customer_turnover_month", "month", "customer_id"),)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    civility: Mapped[str] = mapped_column(String(_c("civility")), default="")
    first_name: Mapped[str] = mapped_column(String(_c("first_name")), default="")
    last_name: Mapped[str] = mapped_column(String(_c("last_name")), default="")
    job_title: Mapped[str] = mapped_column(String(_c("job_title")), default="")
    role: Mapped[str] = mapped_column(String(12), default="other")
    email: Mapped[str] = mapped_column(String(_c("email")), default="")
    phone: Mapped[str] = mapped_column(String(_c("phone")), default="")
    mobile: Mapped[str] = mapped_column(String(_c("mobile")), default="")
    language: Mapped[str] = mapped_column(String(_c("language")), default="fr")
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # At most one main contact per customer, enforced by the database.
        Index("uq_contact_main", "customer_id", unique=True, sqlite_where=text("is_main"),
              postgresql_where=text("is_main")),
        {"sqlite_autoincrement": True},
    )


class HistoryEntry(Base):
    """One change: written in the transaction of the change, never updated or deleted by the app."""

    __tablename__ = "history_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100), default="")
    customer_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: history outlives the record
    order_id: Mapped[int | None] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(12))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_history_entry_customer", "customer_id", "at", "id"),
        Index("ix_history_entry_order", "order_id", "at", "id"),
        {"sqlite_autoincrement": True},
    )


class CustomerNote(Base):
    __tablename__ = "customer_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(12), default="other")
    author: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_customer_note_customer", "customer_id", "at"),
        {"sqlite_autoincrement": True},
    )


class Category(Base):
    __tablename__ = "category"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = ({"sqlite_autoincrement": True},)


class CustomerCategory(Base):
    __tablename__ = "customer_category"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_customer_category_category", "category_id", "customer_id"),)


class AppSetting(Base):
    """Office-wide settings shared by every desk on the database (e.g. the default credit control)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Ids a window may hold are never handed out again on SQLite (AUTOINCREMENT, migration 0005): a stale window of a
# deleted customer cannot save over a new one that got its id. PostgreSQL's sequences never go back anyway.
NEVER_REUSED_IDS = ("payment_method", "payment_terms", "carrier", "customer", "address", "product", "sales_order",
                    "order_line")
for _name in NEVER_REUSED_IDS:
    Base.metadata.tables[_name].dialect_kwargs["sqlite_autoincrement"] = True

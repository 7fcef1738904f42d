"""Closed lists of values stored as text in the database."""

from __future__ import annotations

from enum import StrEnum

from crmdesk.domain.i18n import translate


class CustomerKind(StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        return {
            CustomerKind.COMPANY: translate("domain.enums", "Company"),
            CustomerKind.INDIVIDUAL: translate("domain.enums", "Individual"),
        }[self]


class AddressUsage(StrEnum):
    BILLING = "billing"
    DELIVERY = "delivery"
    BOTH = "both"

    @property
    def label(self) -> str:
        return {
            AddressUsage.BILLING: translate("domain.enums", "Billing"),
            AddressUsage.DELIVERY: translate("domain.enums", "Delivery"),
            AddressUsage.BOTH: translate("domain.enums", "Billing and delivery"),
        }[self]


class VatRegime(StrEnum):
    FRANCE = "france"
    INTRA_EU = "intra_eu"
    EXPORT = "export"
    EXEMPT = "exempt"

    @property
    def label(self) -> str:
        return {
            VatRegime.FRANCE: translate("domain.enums", "France"),
            VatRegime.INTRA_EU: translate("domain.enums", "Intra-EU"),
            VatRegime.EXPORT: translate("domain.enums", "Export"),
            VatRegime.EXEMPT: translate("domain.enums", "VAT exempt"),
        }[self]


class OrderStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    PREPARED = "prepared"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            OrderStatus.DRAFT: translate("domain.enums", "Draft"),
            OrderStatus.VALIDATED: translate("domain.enums", "Validated"),
            OrderStatus.PREPARED: translate("domain.enums", "Prepared"),
            OrderStatus.SHIPPED: translate("domain.enums", "Shipped"),
            OrderStatus.DELIVERED: translate("domain.enums", "Delivered"),
            OrderStatus.CANCELLED: translate("domain.enums", "Cancelled"),
        }[self]


INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
CIVILITIES = ("M.", "Mme")
LEGAL_FORMS = ("SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "EI", "Association", "Autre")
CURRENCIES = ("EUR", "USD", "GBP", "CHF")

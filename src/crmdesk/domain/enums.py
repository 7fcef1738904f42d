"""Closed lists of values stored as text in the database."""

from __future__ import annotations

from enum import StrEnum

from crmdesk.domain.i18n import t


class CustomerKind(StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        return {
            CustomerKind.COMPANY: t("Company", "Société"),
            CustomerKind.INDIVIDUAL: t("Individual", "Particulier"),
        }[self]


class AddressUsage(StrEnum):
    BILLING = "billing"
    DELIVERY = "delivery"
    BOTH = "both"

    @property
    def label(self) -> str:
        return {
            AddressUsage.BILLING: t("Billing", "Facturation"),
            AddressUsage.DELIVERY: t("Delivery", "Livraison"),
            AddressUsage.BOTH: t("Billing and delivery", "Facturation et livraison"),
        }[self]


class VatRegime(StrEnum):
    FRANCE = "france"
    INTRA_EU = "intra_eu"
    EXPORT = "export"
    EXEMPT = "exempt"

    @property
    def label(self) -> str:
        return {
            VatRegime.FRANCE: t("France", "France"),
            VatRegime.INTRA_EU: t("Intra-EU", "Intracommunautaire"),
            VatRegime.EXPORT: t("Export", "Export"),
            VatRegime.EXEMPT: t("VAT exempt", "Exonéré de TVA"),
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
            OrderStatus.DRAFT: t("Draft", "Brouillon"),
            OrderStatus.VALIDATED: t("Validated", "Validée"),
            OrderStatus.PREPARED: t("Prepared", "Préparée"),
            OrderStatus.SHIPPED: t("Shipped", "Expédiée"),
            OrderStatus.DELIVERED: t("Delivered", "Livrée"),
            OrderStatus.CANCELLED: t("Cancelled", "Annulée"),
        }[self]


INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
CIVILITIES = ("M.", "Mme")
LEGAL_FORMS = ("SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "EI", "Association", "Autre")
CURRENCIES = ("EUR", "USD", "GBP", "CHF")

"""Field rules shared by the forms, the services and the import: label, length, required.

The database schema takes its string lengths from here too, so the program
enforces what SQLite would not.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.i18n import t


@dataclass(frozen=True)
class FieldRule:
    en: str
    fr: str
    max_length: int | None = None
    required: bool = False

    @property
    def label(self) -> str:
        return t(self.en, self.fr)


CUSTOMER_FIELDS: dict[str, FieldRule] = {
    "code": FieldRule("Code", "Code", 20, True),
    "kind": FieldRule("Kind", "Type", 12, True),
    "name": FieldRule("Name", "Nom", 200, True),
    "legal_form": FieldRule("Legal form", "Forme juridique", 50),
    "civility": FieldRule("Title", "Civilité", 20),
    "first_name": FieldRule("First name", "Prénom", 100),
    "last_name": FieldRule("Last name", "Nom du contact", 100),
    "job_title": FieldRule("Job title", "Fonction", 100),
    "email": FieldRule("Email", "E-mail", 254),
    "phone": FieldRule("Phone", "Téléphone", 32),
    "mobile": FieldRule("Mobile", "Mobile", 32),
    "website": FieldRule("Website", "Site web", 200),
    "language": FieldRule("Language", "Langue", 5),
    "notes": FieldRule("Notes", "Notes", 5000),
    "incoterm": FieldRule("Incoterm", "Incoterm", 3),
    "incoterm_place": FieldRule("Incoterm place", "Lieu Incoterm", 100),
    "franco_threshold": FieldRule("Carriage-paid threshold", "Franco de port"),
    "minimum_order_amount": FieldRule("Minimum order", "Minimum de commande"),
    "delivery_instructions": FieldRule("Delivery instructions", "Instructions de livraison", 2000),
    "siren": FieldRule("SIREN", "SIREN", 9),
    "siret": FieldRule("SIRET", "SIRET", 14),
    "vat_number": FieldRule("VAT number", "N° de TVA intracommunautaire", 20),
    "naf_code": FieldRule("NAF/APE code", "Code NAF/APE", 6),
    "accounting_code": FieldRule("Accounting code", "Compte comptable", 20),
    "preferred_payment_method": FieldRule("Preferred payment method", "Mode de paiement privilégié"),
    "payment_terms": FieldRule("Payment terms", "Conditions de paiement"),
    "iban": FieldRule("IBAN", "IBAN", 34),
    "bic": FieldRule("BIC", "BIC", 11),
    "sepa_mandate_ref": FieldRule("SEPA mandate reference", "Référence unique de mandat (RUM)", 35),
    "sepa_mandate_date": FieldRule("Mandate signature date", "Date de signature du mandat"),
    "credit_limit": FieldRule("Credit limit", "Encours autorisé"),
    "credit_control": FieldRule("Credit control", "Contrôle de l'encours", 8),
    "default_discount": FieldRule("Default discount", "Remise par défaut"),
    "vat_regime": FieldRule("VAT regime", "Régime de TVA", 12),
    "currency": FieldRule("Currency", "Devise", 3),
    "einvoicing_category": FieldRule("Customer category", "Catégorie de client", 16),
    "chorus_service_code": FieldRule("Chorus Pro service code", "Code service Chorus Pro", 100),
}

ADDRESS_FIELDS: dict[str, FieldRule] = {
    "label": FieldRule("Label", "Libellé", 100),
    "usage": FieldRule("Usage", "Usage", 10, True),
    "recipient": FieldRule("Recipient", "Destinataire", 200),
    "street1": FieldRule("Street", "Adresse", 200, True),
    "street2": FieldRule("Street (line 2)", "Complément d'adresse", 200),
    "street3": FieldRule("Street (line 3)", "Complément d'adresse (ligne 3)", 200),
    "postal_code": FieldRule("Postal code", "Code postal", 10, True),
    "city": FieldRule("City", "Ville", 100, True),
    "country": FieldRule("Country", "Pays", 2, True),
    "phone": FieldRule("Phone", "Téléphone", 32),
    "instructions": FieldRule("Instructions", "Instructions", 2000),
}

ORDER_FIELDS: dict[str, FieldRule] = {
    "number": FieldRule("Number", "Numéro", 20, True),
    "customer_reference": FieldRule("Customer PO reference", "Référence client", 100),
    "notes": FieldRule("Notes", "Notes", 5000),
    "description": FieldRule("Description", "Désignation", 300, True),
}

PRODUCT_FIELDS: dict[str, FieldRule] = {
    "reference": FieldRule("Reference", "Référence", 50, True),
    "name": FieldRule("Name", "Désignation", 200, True),
    "ean": FieldRule("EAN barcode", "Code EAN", 13),
}


def max_length(table: dict[str, FieldRule], name: str) -> int:
    rule = table[name]
    assert rule.max_length is not None, name
    return rule.max_length


# What a duplicated customer does not take from its source: bank details and the SEPA mandate belong to one
# account and one signed mandate (a RUM identifies one mandate), and a SIRET to one establishment.
NOT_COPIED_ON_DUPLICATE: dict[str, object] = {"iban": "", "bic": "", "sepa_mandate_ref": "",
                                              "sepa_mandate_date": None, "siret": ""}

"""What goes on a printed document (order confirmation, delivery note), computed from the records.

The document has its own language, chosen per customer and changeable at print time, independent of the
interface's: every text here comes from `LABELS[lang]`, numbers, amounts and dates from Babel's locale data.
Totals come from domain/money.py, as the order dialog shows them. The Qt renderer only lays this out.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from crmdesk.domain.addresses import address_block
from crmdesk.domain.company import LEGAL_RECOVERY_INDEMNITY, CompanyData
from crmdesk.domain.einvoicing import CustomerCategory, address_text, default_einvoice_address
from crmdesk.domain.enums import CustomerKind, OrderStatus, VatRegime
from crmdesk.domain.money import LineAmounts, compute_totals, rate_key
from crmdesk.domain.records import AddressData, CustomerData, OrderData
from crmdesk.domain.validation import format_iban, format_phone

LANGUAGES = ("fr", "en")
LOCALES = {"fr": "fr_FR", "en": "en_GB"}


class DocumentKind(StrEnum):
    CONFIRMATION = "confirmation"
    DELIVERY_NOTE = "delivery-note"


# A delivery note is for goods on their way or delivered.
DELIVERY_NOTE_STATUSES = frozenset({OrderStatus.PREPARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED})


def allowed_kinds(status: str) -> tuple[DocumentKind, ...]:
    if OrderStatus(status) in DELIVERY_NOTE_STATUSES:
        return (DocumentKind.CONFIRMATION, DocumentKind.DELIVERY_NOTE)
    return (DocumentKind.CONFIRMATION,)


LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "confirmation": "Confirmation de commande",
        "delivery-note": "Bon de livraison",
        "order_no": "Commande n°",
        "order_date": "Date de commande",
        "customer_code": "Code client",
        "your_reference": "Votre référence",
        "payment_method": "Mode de paiement",
        "payment_terms": "Conditions de paiement",
        "due_date": "Échéance",
        "carrier": "Transporteur",
        "nature": "Nature des opérations",
        "goods": "Livraison de biens",
        "services": "Prestation de services",
        "mixed": "Livraison de biens et prestation de services",
        "billing": "Facturation",
        "delivery": "Livraison",
        "customer": "Client",
        "accounting_contact": "Contact comptabilité",
        "siren": "SIREN",
        "siret": "SIRET",
        "vat": "N° TVA intracom.",
        "service_code": "Code service",
        "einvoice": "Adresse de facturation électronique",
        "reference": "Référence",
        "description": "Désignation",
        "quantity": "Qté",
        "unit_price": "P.U. HT",
        "discount": "Remise",
        "vat_rate": "TVA",
        "line_total": "Total HT",
        "service": "Service",
        "vat_base": "Base HT",
        "vat_amount": "Montant TVA",
        "vat_summary": "Récapitulatif TVA",
        "total_excl": "Total HT",
        "total_vat": "Total TVA",
        "total_incl": "Total TTC",
        "share_capital": "{form} au capital de {capital}",
        "trade_register": "{registry} {city} {siren}",
        "siren_line": "SIREN {siren}",
        "vat_line": "TVA {vat}",
        "penalties": "Pénalités de retard : {rate} par an, exigibles dès le lendemain de l'échéance.",
        "indemnity": "Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : {amount} "
                     "(art. L441-10 et D441-5 du Code de commerce).",
        "discount_text": "Escompte pour paiement anticipé : {text}",
        "bank": "Coordonnées bancaires — IBAN : {iban} — BIC : {bic}",
        "reverse_charge": "Autoliquidation : TVA due par le preneur (art. 283-2 du CGI ; art. 196 directive "
                          "2006/112/CE).",
        "export": "Exonération de TVA, art. 262 I du CGI (exportation).",
        "exempt": "TVA non applicable.",
        "received": "Reçu en bon état le : ____________________   Nom et signature :",
        "instructions": "Instructions de livraison",
        "notes": "Notes",
        "page": "Page {page}/{pages}",
        "continued": "{title} {number} (suite)",
        "quantity_long": "Quantité",
        "lines_count": "{n} ligne(s), {q} article(s)",
        "cash": "Comptant",
        "status": "Statut",
        "draft": "Brouillon (non validée)",
        "cancelled": "ANNULÉE",
    },
    "en": {
        "confirmation": "Order confirmation",
        "delivery-note": "Delivery note",
        "order_no": "Order no.",
        "order_date": "Order date",
        "customer_code": "Customer code",
        "your_reference": "Your reference",
        "payment_method": "Payment method",
        "payment_terms": "Payment terms",
        "due_date": "Due date",
        "carrier": "Carrier",
        "nature": "Nature of the transactions",
        "goods": "Supply of goods",
        "services": "Supply of services",
        "mixed": "Supply of goods and services",
        "billing": "Billing",
        "delivery": "Delivery",
        "customer": "Customer",
        "accounting_contact": "Accounting contact",
        "siren": "SIREN",
        "siret": "SIRET",
        "vat": "VAT number",
        "service_code": "Service code",
        "einvoice": "E-invoicing address",
        "reference": "Reference",
        "description": "Description",
        "quantity": "Qty",
        "unit_price": "Unit price excl. VAT",
        "discount": "Discount",
        "vat_rate": "VAT",
        "line_total": "Total excl. VAT",
        "service": "Service",
        "vat_base": "Base excl. VAT",
        "vat_amount": "VAT amount",
        "vat_summary": "VAT summary",
        "total_excl": "Total excl. VAT",
        "total_vat": "Total VAT",
        "total_incl": "Total incl. VAT",
        "share_capital": "{form} with a share capital of {capital}",
        "trade_register": "{registry} {city} {siren}",
        "siren_line": "SIREN {siren}",
        "vat_line": "VAT {vat}",
        "penalties": "Late-payment penalties: {rate} per year, due from the day after the due date.",
        "indemnity": "Fixed indemnity for recovery costs in case of late payment: {amount} "
                     "(French Commercial Code, art. L441-10 and D441-5).",
        "discount_text": "Early-payment discount: {text}",
        "bank": "Bank details — IBAN: {iban} — BIC: {bic}",
        "reverse_charge": "Reverse charge: VAT due by the customer (art. 196, Directive 2006/112/EC).",
        "export": "VAT exempt, art. 262 I of the French Tax Code (export).",
        "exempt": "VAT not applicable.",
        "received": "Received in good condition on: ____________________   Name and signature:",
        "instructions": "Delivery instructions",
        "notes": "Notes",
        "page": "Page {page}/{pages}",
        "continued": "{title} {number} (continued)",
        "quantity_long": "Quantity",
        "lines_count": "{n} line(s), {q} item(s)",
        "cash": "Cash",
        "status": "Status",
        "draft": "Draft (not validated)",
        "cancelled": "CANCELLED",
    },
}


def document_language(customer_language: str | None) -> str:
    """The customer's language when crmdesk can print it, else French."""
    lang = (customer_language or "fr").lower()[:2]
    return lang if lang in LANGUAGES else "fr"


# ---- formatting in the document's locale ------------------------------------------------------------

def money(value: Decimal, lang: str, currency: str = "EUR") -> str:
    return str(format_currency(value, currency, locale=LOCALES[lang]))


def number(value: Decimal, lang: str, decimals: int = 3) -> str:
    """A quantity: 2, 1.5, 0.125 (no trailing zeros)."""
    return str(format_decimal(value, format="#,##0." + "#" * decimals, locale=LOCALES[lang]))


def percent(value: Decimal, lang: str) -> str:
    text = str(format_decimal(rate_key(value), format="#,##0.##", locale=LOCALES[lang]))
    return f"{text}\u00a0%" if lang == "fr" else f"{text}%"


def long_date(value: date, lang: str) -> str:
    return str(format_date(value, "long", locale=LOCALES[lang]))


def country_name(code: str, lang: str) -> str:
    return str(Locale.parse(LOCALES[lang]).territories.get(code.upper(), code))


def spaced_siren(value: str) -> str:
    return " ".join(value[i:i + 3] for i in range(0, len(value), 3)) if len(value) == 9 else value


def due_date(order_date: date, days: int | None, end_of_month: bool) -> date:
    """The due date of payment terms: N days after the date, then to the end of that month if "fin de mois"."""
    due = order_date + timedelta(days=days or 0)
    if end_of_month:
        due = due.replace(day=calendar.monthrange(due.year, due.month)[1])
    return due


# ---- the document ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str
    label: str
    weight: float  # share of the table's width
    align: str = "left"  # left or right


@dataclass
class Document:
    kind: DocumentKind
    language: str
    title: str
    number: str
    seller_name: str
    seller_lines: list[str]
    seller_legal: list[str]
    logo: bytes | None
    logo_type: str
    meta: list[tuple[str, str]]
    customer_heading: str
    customer_lines: list[str]
    customer_ids: list[str]
    delivery_heading: str
    delivery_lines: list[str]
    columns: list[Column]
    lines: list[list[str]]
    vat_heading: str = ""
    vat_columns: list[str] = field(default_factory=list)
    vat_rows: list[list[str]] = field(default_factory=list)
    totals: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    page_label: str = "Page {page}/{pages}"
    continued_label: str = ""

    def text(self) -> str:
        """Every text of the document, in reading order (tests, search)."""
        parts = [self.title, self.number, self.seller_name, *self.seller_lines, *self.seller_legal]
        parts += [f"{k} {v}" for k, v in self.meta]
        parts += [self.customer_heading, *self.customer_lines, *self.customer_ids, self.delivery_heading,
                  *self.delivery_lines, *(c.label for c in self.columns)]
        parts += [" ".join(cells) for cells in self.lines]
        parts += [" ".join(row) for row in self.vat_rows]
        parts += [f"{k} {v}" for k, v in self.totals] + [f"{k} {v}" for k, v in self.notes]
        parts += self.mentions + self.footer
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class DocumentInputs:
    """What the services read for one document besides the order, customer and seller."""

    payment_method: dict[str, str] = field(default_factory=dict)  # label by language
    payment_terms: dict[str, str] = field(default_factory=dict)
    terms_days: int | None = None
    terms_end_of_month: bool = False
    carrier: str = ""
    product_nature: dict[int, str] = field(default_factory=dict)  # product id -> goods / service


def _address_lines(address: AddressData, name: str, lang: str) -> list[str]:
    """The address under the customer's name (printed above it), the country written out."""
    block = address_block(address, name, country=lambda code: country_name(code, lang).upper())
    return block[1:] if name else block


def _same_place(a: AddressData, b: AddressData) -> bool:
    keys = ("recipient", "street1", "street2", "street3", "postal_code", "city", "country")
    return all((getattr(a, k) or "").strip().lower() == (getattr(b, k) or "").strip().lower() for k in keys)


def seller_legal_lines(company: CompanyData, lang: str) -> list[str]:
    """Legal form and capital, register and SIREN, VAT number: what French law asks a seller to print."""
    words = LABELS[lang]
    lines = []
    if company.legal_form and company.share_capital is not None:
        lines.append(words["share_capital"].format(form=company.legal_form,
                                                   capital=money(company.share_capital, lang)))
    elif company.legal_form:
        lines.append(company.legal_form)
    if company.siren and company.registry_city:
        lines.append(words["trade_register"].format(registry=company.trade_register or "RCS", city=company.registry_city,
                                              siren=spaced_siren(company.siren)))
    elif company.siren:
        lines.append(words["siren_line"].format(siren=spaced_siren(company.siren)))
    if company.vat_number:
        lines.append(words["vat_line"].format(vat=company.vat_number))
    return lines


def is_business(customer: CustomerData) -> bool:
    if customer.einvoicing_category:
        return CustomerCategory(customer.einvoicing_category).is_business
    return customer.kind != CustomerKind.INDIVIDUAL


def build_document(kind: DocumentKind | str, order: OrderData, customer: CustomerData, company: CompanyData,
                   inputs: DocumentInputs, lang: str | None = None) -> Document:
    kind = DocumentKind(kind)
    lang = document_language(lang or customer.language)
    words = LABELS[lang]
    delivery_note = kind is DocumentKind.DELIVERY_NOTE
    currency = customer.currency or "EUR"
    assert order.order_date is not None

    seller_lines = [p for p in (company.street1, company.street2) if p]
    place = f"{company.postal_code} {company.city}".strip()
    if place:
        seller_lines.append(place)
    if company.country and company.country != "FR":
        seller_lines.append(country_name(company.country, lang))
    contact = " — ".join(p for p in (format_phone(company.phone), company.email) if p)
    if contact:
        seller_lines.append(contact)
    if company.website:
        seller_lines.append(company.website)
    legal = seller_legal_lines(company, lang)

    meta = [(words["order_no"], order.number), (words["order_date"], long_date(order.order_date, lang)),
            (words["customer_code"], customer.code)]
    if order.customer_reference:
        meta.append((words["your_reference"], order.customer_reference))
    if order.status in (OrderStatus.DRAFT, OrderStatus.CANCELLED):  # so that nobody takes it for a firm order
        meta.append((words["status"], words[order.status]))
    natures = {inputs.product_nature.get(line.product_id, "goods") if line.product_id is not None else "goods"
               for line in order.lines}
    if delivery_note:
        if inputs.carrier:
            meta.append((words["carrier"], inputs.carrier))
    else:
        if inputs.payment_method:
            meta.append((words["payment_method"], inputs.payment_method.get(lang) or inputs.payment_method["fr"]))
        if inputs.payment_terms:
            meta.append((words["payment_terms"], inputs.payment_terms.get(lang) or inputs.payment_terms["fr"]))
            due = due_date(order.order_date, inputs.terms_days, inputs.terms_end_of_month)
            meta.append((words["due_date"], long_date(due, lang)))
        if natures:
            meta.append((words["nature"], words["mixed"] if len(natures) > 1 else
                         words["services"] if natures == {"service"} else words["goods"]))

    customer_lines = [customer.name, *_address_lines(order.billing_address, customer.name, lang)]
    ids: list[str] = []
    if not delivery_note:
        category = customer.einvoicing_category
        if customer.siren and category != CustomerCategory.PUBLIC_ENTITY:
            ids.append(_pair(words["siren"], spaced_siren(customer.siren), lang))
        if customer.siret and category == CustomerCategory.PUBLIC_ENTITY:
            ids.append(_pair(words["siret"], customer.siret, lang))
        if customer.chorus_service_code and category == CustomerCategory.PUBLIC_ENTITY:
            ids.append(_pair(words["service_code"], customer.chorus_service_code, lang))
        if customer.vat_number:
            ids.append(_pair(words["vat"], customer.vat_number, lang))
        einvoice = default_einvoice_address(customer)
        if einvoice is not None:
            ids.append(_pair(words["einvoice"], address_text(einvoice), lang))
        # The accounting contact stored on the order when it was created, not the customer's current one.
        contact = " — ".join(p for p in (order.accounting_contact_name, order.accounting_contact_email,
                                         format_phone(order.accounting_contact_phone)) if p)
        if contact:
            ids.append(_pair(words["accounting_contact"], contact, lang))
    show_delivery = delivery_note or not _same_place(order.billing_address, order.delivery_address)
    delivery_lines = (_address_lines(order.delivery_address, customer.name, lang)
                      if show_delivery and order.delivery_address.street1 else [])
    if delivery_lines and order.delivery_address.recipient in ("", customer.name):
        delivery_lines.insert(0, customer.name)

    if delivery_note:
        columns = [Column("reference", words["reference"], 0.2), Column("description", words["description"], 0.62),
                   Column("quantity", words["quantity_long"], 0.18, "right")]
    else:
        columns = [Column("reference", words["reference"], 0.12), Column("description", words["description"], 0.34),
                   Column("quantity", words["quantity"], 0.08, "right"),
                   Column("unit_price", words["unit_price"], 0.13, "right"),
                   Column("discount", words["discount"], 0.09, "right"),
                   Column("vat_rate", words["vat_rate"], 0.08, "right"),
                   Column("line_total", words["line_total"], 0.16, "right")]
    rows: list[list[str]] = []
    amounts: list[LineAmounts] = []
    for line in order.lines:
        description = line.description
        if line.product_id is not None and inputs.product_nature.get(line.product_id) == "service" and len(natures) > 1:
            description = f"{description}\n({words['service']})"
        amount = LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)
        amounts.append(amount)
        if delivery_note:
            rows.append([line.product_reference, description, number(line.quantity, lang)])
        else:
            rows.append([line.product_reference, description, number(line.quantity, lang),
                         money(line.unit_price, lang, currency) if line.unit_price == line.unit_price.quantize(
                             Decimal("0.01")) else _price4(line.unit_price, lang, currency),
                         percent(line.discount_percent, lang) if line.discount_percent else "",
                         percent(line.vat_rate, lang), money(amount.total_excl_tax, lang, currency)])

    document = Document(
        kind=kind, language=lang, title=words[kind.value], number=order.number,
        seller_name=company.name, seller_lines=seller_lines, seller_legal=legal,
        logo=company.logo, logo_type=company.logo_type, meta=meta,
        customer_heading=words["customer"] if delivery_note else words["billing"],
        customer_lines=customer_lines, customer_ids=ids,
        delivery_heading=words["delivery"] if delivery_lines else "", delivery_lines=delivery_lines,
        columns=columns, lines=rows, page_label=words["page"],
        continued_label=words["continued"].format(title=words[kind.value], number=order.number),
    )
    if delivery_note:
        total_quantity = sum((line.quantity for line in order.lines), Decimal(0))
        document.totals = [(words["lines_count"].format(n=len(order.lines), q=number(total_quantity, lang)), "")]
        if customer.delivery_instructions:
            document.notes.append((words["instructions"], customer.delivery_instructions))
        document.mentions.append(words["received"])
    else:
        totals = compute_totals(amounts)
        document.vat_heading = words["vat_summary"]
        document.vat_columns = [words["vat_rate"], words["vat_base"], words["vat_amount"]]
        bases: dict[Decimal, Decimal] = {}
        for amount in amounts:
            key = rate_key(amount.vat_rate)
            bases[key] = bases.get(key, Decimal(0)) + amount.total_excl_tax
        document.vat_rows = [[percent(rate, lang), money(bases[rate], lang, currency), money(vat, lang, currency)]
                             for rate, vat in totals.vat_by_rate.items()]
        document.totals = [(words["total_excl"], money(totals.excl_tax, lang, currency)),
                           (words["total_vat"], money(totals.vat, lang, currency)),
                           (words["total_incl"], money(totals.incl_tax, lang, currency))]
        document.mentions += _payment_mentions(company, customer, lang, totals.vat == 0)
    if order.notes:
        document.notes.append((words["notes"], order.notes))
    document.footer = [" — ".join(p for p in [company.name, *legal] if p)]
    if company.text("footer", lang):
        document.footer.append(company.text("footer", lang))
    return document


def _pair(label: str, value: str, lang: str) -> str:
    return f"{label} : {value}" if lang == "fr" else f"{label}: {value}"


def _price4(value: Decimal, lang: str, currency: str) -> str:
    """A unit price with more than two decimals (0.1234 €) keeps them."""
    return str(format_currency(value, currency, format="#,##0.00## ¤" if lang == "fr" else "¤#,##0.00##",
                               locale=LOCALES[lang], currency_digits=False))


def _payment_mentions(company: CompanyData, customer: CustomerData, lang: str, no_vat: bool) -> list[str]:
    words = LABELS[lang]
    mentions: list[str] = []
    if no_vat:
        regime = customer.vat_regime
        if regime == VatRegime.INTRA_EU:
            mentions.append(words["reverse_charge"])
        elif regime == VatRegime.EXPORT:
            mentions.append(words["export"])
        elif regime == VatRegime.EXEMPT:
            mentions.append(words["exempt"])
    if company.text("payment_terms_text", lang):
        mentions.append(company.text("payment_terms_text", lang))
    if company.late_penalty_rate is not None:
        mentions.append(words["penalties"].format(rate=percent(company.late_penalty_rate, lang)))
    if company.recovery_indemnity and is_business(customer):
        mentions.append(words["indemnity"].format(amount=money(LEGAL_RECOVERY_INDEMNITY, lang)))
    if company.text("early_payment_discount", lang):
        mentions.append(words["discount_text"].format(text=company.text("early_payment_discount", lang)))
    if company.iban:
        mentions.append(words["bank"].format(iban=format_iban(company.iban), bic=company.bic or "—"))
    return mentions

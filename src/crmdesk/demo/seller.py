"""Demo data for documents (issue 12): the seller's details, product natures, an e-invoicing address."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from crmdesk.store.models import Company, Customer, EInvoiceAddress, Product

# Demo products that are services rather than goods (the nature a document states).
SERVICE_WORDS = ("location", "pose de", "rénovation", "nuitée", "transport de voyageurs", "buffet")

# A fictitious seller with valid identifiers (SIREN 552 100 554 passes the Luhn check).
SELLER: dict[str, Any] = {
    "id": 1, "version": 1, "name": "Fournitures Rhône-Alpes", "legal_form": "SAS",
    "share_capital": Decimal("50000.00"), "siren": "552100554", "trade_register": "RCS", "registry_city": "Lyon",
    "vat_number": "FR96552100554", "street1": "12 rue de la Part-Dieu", "street2": "Bâtiment B",
    "postal_code": "69003", "city": "Lyon", "country": "FR", "phone": "+33478000102",
    "email": "commandes@fournitures-rhone-alpes.fr", "website": "www.fournitures-rhone-alpes.fr",
    "logo": None, "logo_type": "", "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP",
    "payment_terms_text": "Paiement à réception de facture, sauf conditions particulières mentionnées ci-dessus.",
    "late_penalty_rate": Decimal("12.00"), "recovery_indemnity": True,
    "early_payment_discount": "aucun escompte pour paiement anticipé.",
    "footer": "Fournitures Rhône-Alpes — merci de votre confiance.", "updated_at": None,
    "payment_terms_text_en": "Payment on receipt of invoice, unless other terms are stated above.",
    "early_payment_discount_en": "no discount for early payment.",
    "footer_en": "Fournitures Rhône-Alpes — thank you for your business.",
}

LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
<rect x="2" y="2" width="76" height="76" rx="14" fill="#1e3a5f"/>
<path d="M20 58 L40 22 L60 58 Z" fill="#f59e0b"/>
<text x="92" y="36" font-family="DejaVu Sans" font-size="22" font-weight="bold" fill="#1e3a5f">FRA</text>
<text x="92" y="62" font-family="DejaVu Sans" font-size="13" fill="#4b5563">Fournitures</text>
</svg>"""


def product_nature(name: str) -> str:
    folded = name.lower()
    return "service" if any(word in folded for word in SERVICE_WORDS) else "goods"


def fill_documents_demo(conn: Connection) -> None:
    """In the demo's own transaction: the seller (if none yet), natures, categories and one e-invoicing address."""
    if conn.scalar(select(func.count()).select_from(Company)) == 0:
        conn.execute(insert(Company), [{**SELLER, "logo": LOGO_SVG, "logo_type": "image/svg+xml"}])
    for product_id, name in conn.execute(select(Product.id, Product.name)).all():
        if product_nature(name) == "service":
            conn.execute(update(Product).where(Product.id == product_id).values(nature="service"))
    first = conn.execute(select(Customer.id, Customer.siren).where(Customer.kind == "company", Customer.siren != "")
                         .order_by(Customer.id).limit(1)).first()
    if first is not None and not conn.scalar(select(func.count()).select_from(EInvoiceAddress)
                                             .where(EInvoiceAddress.customer_id == first.id)):
        conn.execute(insert(EInvoiceAddress), [{"customer_id": first.id, "scheme": "0225", "form": "siren",
                                                "identifier": first.siren, "is_default": True,
                                                "valid_from": None, "valid_to": None}])

"""Issue 12: the seller's details, order confirmations and delivery notes as PDF (read back with pypdf),
the customer's e-invoicing identity per category, the migration that adds them, `crmdesk print`."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, text

from crmdesk.demo.seller import LOGO_SVG, SELLER
from crmdesk.domain.company import CompanyData
from crmdesk.domain.documents import DocumentKind, due_date, money
from crmdesk.domain.errors import ConflictError, ValidationErrors
from crmdesk.domain.money import LineAmounts, compute_totals
from crmdesk.domain.records import AddressData, CustomerData, EInvoiceAddressData, OrderLineData
from crmdesk.domain.validation import check_siren
from crmdesk.services import Services
from crmdesk.services.documents import DocumentNotAvailableError
from crmdesk.store.database import alembic_config, make_engine, open_database

# ---- helpers ----------------------------------------------------------------------------------------


def seller() -> CompanyData:
    values = {k: v for k, v in SELLER.items() if k not in ("id", "version", "updated_at")}
    return CompanyData(**{**values, "logo": LOGO_SVG, "logo_type": "image/svg+xml"})


def flat(value: str) -> str:
    """Text as compared: any run of spaces (narrow no-break ones included) and line breaks is one space."""
    return re.sub(r"[\s\u202f\u00a0]+", " ", value).strip()


def pdf_pages(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def make_customer(services: Services, lang: str = "fr", **extra: Any) -> CustomerData:
    data = CustomerData(
        name="Boulangerie Müller & Fils", kind="company", siren="732829320", vat_number="FR44732829320",
        einvoicing_category="fr_business", language=lang,
        einvoice_addresses=[EInvoiceAddressData(form="siren_suffix", identifier="732829320_COMPTA")],
        addresses=[AddressData(street1="3 place de l'Église", postal_code="69002", city="Lyon",
                               is_default_billing=True),
                   AddressData(label="Entrepôt", street1="ZI des Œillets, allée 4", postal_code="38000",
                               city="Grenoble", is_default_delivery=True)])
    return services.customers.create(replace(data, **extra))


def make_order(services: Services, customer: CustomerData, lines: list[OrderLineData]) -> Any:
    order = services.orders.new_order_for(customer.id, date(2026, 12, 1))  # type: ignore[arg-type]
    terms = next(t for t in services.catalog.payment_terms() if t.code == "30jfdm")
    method = next(m for m in services.catalog.payment_methods() if m.code == "virement")
    order = replace(order, customer_reference="BC-2026-118", payment_terms_id=terms.id, payment_method_id=method.id,
                    lines=lines)
    return services.orders.create(order)


LINES = [
    OrderLineData(product_reference="", description="Café en grains Arabica 1 kg", quantity=Decimal(3),
                  unit_price=Decimal("16.90"), discount_percent=Decimal(5), vat_rate=Decimal("5.5")),
    OrderLineData(description="Chaise de bureau ergonomique « Confort »", quantity=Decimal(2),
                  unit_price=Decimal("219.00"), vat_rate=Decimal(20)),
    OrderLineData(description="Pose de cloison (forfait m²)", quantity=Decimal("12.5"),
                  unit_price=Decimal("42.00"), discount_percent=Decimal(10), vat_rate=Decimal(10)),
]


def write(services: Services, order_id: int, path: Path, kind: str = "confirmation", lang: str | None = None) -> Path:
    from crmdesk.gui.documents.renderer import write_pdf_file

    write_pdf_file([services.documents.document(order_id, kind, lang)], path)
    return path


# ---- the seller's details ---------------------------------------------------------------------------

def test_company_details_are_shared_validated_and_guarded(services: Services) -> None:
    assert services.company.get().version == 0
    with pytest.raises(ValidationErrors) as refused:
        services.company.save(replace(seller(), siren="552100555", iban="FR76 0000", email="commandes@"))
    fields = refused.value.by_field()
    assert set(fields) >= {"siren", "iban", "email"}
    # The same rule, the same words as a customer's SIREN.
    with pytest.raises(Exception) as customer_rule:
        check_siren("552100555")
    assert fields["siren"] == customer_rule.value.message  # type: ignore[attr-defined]
    with pytest.raises(ValidationErrors) as vat:
        services.company.save(replace(seller(), vat_number="FR44732829320"))
    assert "vat_number" in vat.value.by_field()

    saved = services.company.save(seller())
    assert saved.version == 1 and saved.logo == LOGO_SVG and saved.logo_type == "image/svg+xml"
    assert saved.share_capital == Decimal("50000.00") and saved.phone == "+33478000102"
    again = services.company.save(replace(saved, footer="Merci !"))
    assert again.version == 2 and services.company.get().footer == "Merci !"
    with pytest.raises(ConflictError):
        services.company.save(replace(saved, footer="stale"))  # a colleague saved version 2 meanwhile
    assert services.company.get().footer == "Merci !"


# ---- e-invoicing identity, per category ---------------------------------------------------------------

def _refused(services: Services, data: CustomerData) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as refused:
        services.customers.create(data)
    return refused.value.by_field()


def test_identity_rules_per_category(services: Services) -> None:
    company = CustomerData(name="Acme", kind="company")
    assert "siren" in _refused(services, replace(company, einvoicing_category="fr_business"))
    assert "vat_number" in _refused(services, replace(company, einvoicing_category="eu_business"))
    assert "vat_number" in _refused(services, replace(company, einvoicing_category="eu_business",
                                                      vat_number="FR44732829320"))  # French: not EU business
    public = _refused(services, replace(company, einvoicing_category="public"))
    assert {"siret", "chorus_service_code"} <= set(public)
    assert "einvoicing_category" in _refused(services, replace(company, einvoicing_category="individual"))
    assert "einvoicing_category" in _refused(services, CustomerData(name="Jean Dupont", kind="individual",
                                                                    einvoicing_category="fr_business"))
    assert "einvoicing_category" in _refused(services, replace(company, einvoicing_category="martian"))

    french = services.customers.create(replace(company, einvoicing_category="fr_business", siren="732 829 320"))
    assert french.siren == "732829320"
    # A SIRET is enough: the SIREN comes from it, as for any customer.
    assert services.customers.create(replace(company, name="Acme 2", einvoicing_category="fr_business",
                                             siret="73282932000074")).siren == "732829320"
    german = services.customers.create(replace(company, name="Müller GmbH", einvoicing_category="eu_business",
                                               vat_number="DE 136 695 976"))
    assert german.vat_number == "DE136695976"
    assert services.customers.create(replace(company, name="Acme Inc.", einvoicing_category="non_eu_business"))
    assert services.customers.create(CustomerData(name="Jean Dupont", kind="individual",
                                                  einvoicing_category="individual"))
    town = services.customers.create(replace(
        company, name="Mairie de Villeurbanne", einvoicing_category="public", siret="21690266800013",
        chorus_service_code="SERVICE-FINANCES",
        einvoice_addresses=[EInvoiceAddressData(form="siren_siret_routing",
                                                identifier="216902668_21690266800013_SERVICE-FINANCES")]))
    stored = services.customers.get(town.id)  # type: ignore[arg-type]
    assert (stored.einvoicing_category, stored.siret, stored.chorus_service_code) == (
        "public", "21690266800013", "SERVICE-FINANCES")
    assert [(a.form, a.identifier, a.is_default) for a in stored.einvoice_addresses] == [
        ("siren_siret_routing", "216902668_21690266800013_SERVICE-FINANCES", True)]
    # A "not specified" category requires nothing (customers from before the reform).
    assert services.customers.create(replace(company, name="Ancien client"))


@pytest.mark.parametrize(("form", "identifier", "ok"), [
    ("siren", "732829320", True),
    ("siren", "732 829 320", True),
    ("siren", "732829321", False),                       # check digit
    ("siren", "732829320_X", False),                     # not this form
    ("siren_siret", "732829320_73282932000074", True),
    ("siren_siret", "732829320_55210055400013", False),  # another company's SIRET
    ("siren_siret_routing", "732829320_73282932000074_ACHATS-01", True),
    ("siren_siret_routing", "732829320_73282932000074_", False),
    ("siren_suffix", "732829320_COMPTA.FR", True),
    ("siren_suffix", "732829320_COMPTA_2", False),       # the underscore separates the parts
    ("siren_suffix", "732829320_é", False),
    ("siren_suffix", "552100554_COMPTA", False),         # not the customer's SIREN
])
def test_einvoice_address_forms(form: str, identifier: str, ok: bool) -> None:
    from crmdesk.domain.einvoicing import check_einvoice_address
    from crmdesk.domain.errors import FieldError

    address = EInvoiceAddressData(form=form, identifier=identifier)
    if ok:
        assert check_einvoice_address(address, "732829320").identifier == identifier.replace(" ", "")
    else:
        with pytest.raises(FieldError) as refused:
            check_einvoice_address(address, "732829320")
        assert refused.value.field == "einvoice_addresses"


def test_einvoice_addresses_are_updated_with_the_customer(services: Services) -> None:
    customer = make_customer(services)
    assert [a.identifier for a in customer.einvoice_addresses] == ["732829320_COMPTA"]
    first = customer.einvoice_addresses[0]
    two = replace(customer, einvoice_addresses=[
        replace(first, is_default=False, valid_to=date(2026, 12, 31)),
        EInvoiceAddressData(form="siren", identifier="732829320", is_default=True, valid_from=date(2027, 1, 1))])
    saved = services.customers.update(two)
    assert [(a.id == first.id, a.identifier, a.is_default) for a in saved.einvoice_addresses] == [
        (True, "732829320_COMPTA", False), (False, "732829320", True)]
    with pytest.raises(ValidationErrors) as refused:
        services.customers.update(replace(saved, einvoice_addresses=[
            replace(a, is_default=True) for a in saved.einvoice_addresses]))
    assert "einvoice_addresses" in refused.value.by_field()
    with pytest.raises(ValidationErrors):
        services.customers.update(replace(saved, einvoice_addresses=[EInvoiceAddressData(
            form="siren", identifier="732829320", valid_from=date(2027, 1, 2), valid_to=date(2027, 1, 1))]))
    left = services.customers.update(replace(saved, einvoice_addresses=saved.einvoice_addresses[1:]))
    assert [a.identifier for a in left.einvoice_addresses] == ["732829320"]
    copy = services.customers.duplicate_draft(customer.id)  # type: ignore[arg-type]
    assert [a.id for a in copy.einvoice_addresses] == [None]


# ---- documents as PDF ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_confirmation_pdf_holds_every_mention_line_and_total(sqlite_services: Services, tmp_path: Path,
                                                             qapp: Any, lang: str) -> None:
    services = sqlite_services
    services.company.save(seller())
    customer = make_customer(services, lang=lang)
    order = make_order(services, customer, LINES)
    path = write(services, order.id, tmp_path / "c.pdf")  # the customer's language
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)  # A4
    page = pdf_pages(path)[0]
    totals = compute_totals(LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)
                            for line in LINES)
    fr = lang == "fr"
    expected = [
        "Confirmation de commande" if fr else "Order confirmation", order.number,
        "Fournitures Rhône-Alpes", "12 rue de la Part-Dieu", "69003 Lyon", "commandes@fournitures-rhone-alpes.fr",
        "SAS au capital de 50 000,00 €" if fr else "SAS with a share capital of €50,000.00",
        "RCS Lyon 552 100 554", "FR96552100554",
        "Boulangerie Müller & Fils", "3 place de l'Église", "69002 Lyon", "ZI des Œillets, allée 4",
        "38000 Grenoble", "732 829 320", "FR44732829320", "0225:732829320_COMPTA", "BC-2026-118",
        "1 décembre 2026" if fr else "1 December 2026",
        "30 jours fin de mois" if fr else "30 days end of month",
        "31 décembre 2026" if fr else "31 December 2026",  # 1 Dec + 30 days = 31 Dec, end of month
        "Virement" if fr else "transfer",
        "12 % par an" if fr else "12% per year",
        "40,00 €" if fr else "€40.00", "L441-10",
        "aucun escompte pour paiement anticipé" if fr else "no discount for early payment",
        "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
        "merci de votre confiance" if fr else "thank you for your business", "Page 1/1",
        "Brouillon (non validée)" if fr else "Draft (not validated)",  # a draft says so
    ]
    for line in LINES:
        amount = LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)
        expected += [line.description, money(amount.total_excl_tax, lang)]
    expected += [money(totals.excl_tax, lang), money(totals.vat, lang), money(totals.incl_tax, lang)]
    expected += [money(vat, lang) for vat in totals.vat_by_rate.values()]
    expected += ["5,5 %", "10 %", "20 %"] if fr else ["5.5%", "10%", "20%"]
    expected += (["Total HT", "Total TVA", "Total TTC", "Récapitulatif TVA", "Échéance"] if fr else
                 ["Total excl. VAT", "Total VAT", "Total incl. VAT", "VAT summary", "Due date"])
    missing = [text for text in expected if flat(text) not in page]
    assert missing == []
    assert money(totals.incl_tax, lang) == money(order_total_incl(services, order.id), lang)
    # Real text in embedded fonts (DejaVu Sans, shipped with crmdesk): no system font needed to show it.
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        assert "DejaVuSans" in str(descendant["/BaseFont"])
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def order_total_incl(services: Services, order_id: int) -> Decimal:
    with services.db.read() as s:
        return Decimal(s.execute(text("SELECT total_incl_tax FROM sales_order WHERE id = :i"),
                                 {"i": order_id}).scalar_one())


def test_language_is_changeable_at_print_time(sqlite_services: Services, tmp_path: Path, qapp: Any) -> None:
    services = sqlite_services
    services.company.save(replace(seller(), footer_en=""))  # no English footer: the French one is printed
    order = make_order(services, make_customer(services, lang="fr"), LINES)
    english = pdf_pages(write(services, order.id, tmp_path / "en.pdf", lang="en"))[0]
    assert "Order confirmation" in english and "Confirmation de commande" not in english
    assert "Payment on receipt of invoice" in english and "merci de votre confiance" in english
    french = pdf_pages(write(services, order.id, tmp_path / "fr.pdf"))[0]
    assert "Confirmation de commande" in french and "Paiement à réception de facture" in french


def test_three_page_order_paginates_without_cutting_a_line(sqlite_services: Services, tmp_path: Path,
                                                           qapp: Any) -> None:
    services = sqlite_services
    services.company.save(seller())
    lines = [OrderLineData(description=f"Article {i:03d} : " + " ".join(["fourniture de bureau"] * (1 + i % 5))
                           + f" fin{i:03d}", quantity=Decimal(1 + i % 4), unit_price=Decimal("9.90") + i,
                           vat_rate=Decimal(20)) for i in range(40)]
    order = make_order(services, make_customer(services), lines)
    pages = pdf_pages(write(services, order.id, tmp_path / "long.pdf"))
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number}/3" in page
        assert "Désignation" in page  # the table's header on every page
    for line in lines:
        holding = [n for n, page in enumerate(pages) if flat(line.description) in page]
        assert len(holding) == 1, f"{line.description} is cut or missing"
        assert f"fin{line.description[8:11]}" not in "".join(p for n, p in enumerate(pages) if n != holding[0])
    totals = compute_totals(LineAmounts(line.quantity, line.unit_price, vat_rate=line.vat_rate) for line in lines)
    assert money(totals.incl_tax, "fr").replace("\u202f", " ").replace("\xa0", " ") in pages[-1]


def test_delivery_note_holds_quantities_and_no_price(sqlite_services: Services, tmp_path: Path, qapp: Any) -> None:
    services = sqlite_services
    services.company.save(seller())
    order = make_order(services, make_customer(services), LINES)
    with pytest.raises(DocumentNotAvailableError):
        services.documents.document(order.id, DocumentKind.DELIVERY_NOTE)  # a draft has no delivery note
    services.orders.set_status(order.id, "validated")
    services.orders.set_status(order.id, "prepared")
    page = pdf_pages(write(services, order.id, tmp_path / "bl.pdf", "delivery-note"))[0]
    assert "Bon de livraison" in page and order.number in page and "ZI des Œillets, allée 4" in page
    for line in LINES:
        assert flat(line.description) in page
    assert "12,5" in page and "3 " in page
    seller_mentions = page.replace("50 000,00 €", "").replace("TVA FR96552100554", "")  # capital, VAT number
    assert "€" not in seller_mentions and "HT" not in seller_mentions and "TVA" not in seller_mentions
    for line in LINES:
        assert flat(money(line.unit_price, "fr")) not in page


def test_several_orders_into_one_pdf_and_one_file_each(sqlite_services: Services, tmp_path: Path, qtbot: Any) -> None:
    from crmdesk.gui.documents.dialog import PrintDocumentDialog

    services = sqlite_services
    services.company.save(seller())
    customer = make_customer(services)
    orders = [make_order(services, customer, LINES[: i + 1]) for i in range(3)]
    dialog = PrintDocumentDialog(services, [o.id for o in orders], DocumentKind.CONFIRMATION)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as one:
        dialog.save_pdf(str(tmp_path / "all.pdf"))
    assert one.args == [[str(tmp_path / "all.pdf")]]
    pages = pdf_pages(tmp_path / "all.pdf")
    assert [o.number in page for o, page in zip(orders, pages, strict=True)] == [True] * 3
    folder = tmp_path / "each"
    folder.mkdir()
    dialog.file_per_order.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_pdf(str(folder), per_order=True)
    assert sorted(p.name for p in folder.iterdir()) == [f"{o.number}_confirmation-de-commande.pdf" for o in orders]


def test_order_dialog_and_lists_offer_the_documents(sqlite_services: Services, qtbot: Any) -> None:
    from PySide6.QtGui import QAction

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.documents.dialog import PrintDocumentDialog
    from crmdesk.gui.orders.dialog import OrderDialog

    services = sqlite_services
    order = make_order(services, make_customer(services), LINES)
    dialog = OrderDialog(services, DataBus(), order_id=order.id, read_only=True)
    qtbot.addWidget(dialog)
    confirmation = dialog.findChild(QAction, "action_print_order")
    note = dialog.findChild(QAction, "action_print_delivery_note")
    assert confirmation.isEnabled() and not note.isEnabled()  # a draft: no delivery note yet
    confirmation.trigger()
    printing = dialog.findChild(PrintDocumentDialog)
    assert printing is not None and printing.isVisible()
    assert printing.kind() is DocumentKind.CONFIRMATION and printing.language() is None
    printing.close()
    services.orders.set_status(order.id, "validated")
    services.orders.set_status(order.id, "prepared")
    prepared = OrderDialog(services, DataBus(), order_id=order.id, read_only=True)
    qtbot.addWidget(prepared)
    assert prepared.findChild(QAction, "action_print_delivery_note").isEnabled()


# ---- the demo data ------------------------------------------------------------------------------------

def test_demo_orders_print_in_french_and_english(sqlite_services: Services, tmp_path: Path, qapp: Any) -> None:
    from crmdesk.demo.builder import fill_demo

    services = sqlite_services
    fill_demo(services, customers=12)
    company = services.company.get()
    assert company.name and company.siren and company.iban and company.logo
    with services.db.read() as s:
        rows = s.execute(text("SELECT id, number, status, total_incl_tax FROM sales_order WHERE customer_id = "
                              "(SELECT MIN(id) FROM customer) ORDER BY id")).all()
    assert {status for _id, _n, status, _t in rows} >= {"draft", "validated", "prepared", "shipped", "delivered"}
    for order_id, number, status, total in rows:
        order = services.orders.get(order_id)
        for lang in ("fr", "en"):
            page = " ".join(pdf_pages(write(services, order_id, tmp_path / f"{number}-{lang}.pdf", lang=lang)))
            assert number in page and company.name in page and "0225:" in page
            assert flat(money(Decimal(total), lang)) in page
            assert ("Total TTC" if lang == "fr" else "Total incl. VAT") in page
            for line in order.lines:
                assert flat(line.description) in page
            if status in ("prepared", "shipped", "delivered"):
                note = " ".join(pdf_pages(write(services, order_id, tmp_path / f"{number}-{lang}-bl.pdf",
                                                "delivery-note", lang)))
                assert ("Bon de livraison" if lang == "fr" else "Delivery note") in note
                assert "€" not in note.replace(flat(money(company.share_capital or Decimal(0), lang)), "")


# ---- migration ----------------------------------------------------------------------------------------

def _insert(conn: Any, table: str, **values: Any) -> int:
    """A row at revision 0006, giving every NOT NULL column without a default a neutral value."""
    row = dict(values)
    for column in inspect(conn).get_columns(table):
        name = column["name"]
        if name == "id" or name in row or column["nullable"] or column.get("default") is not None:
            continue
        kind = str(column["type"]).upper()
        row[name] = (0 if kind.startswith(("INT", "BOOL", "NUM", "SMALLINT")) else date(2026, 1, 5)
                     if kind == "DATE" else "2026-01-05 10:00:00" if kind.startswith(("DATETIME", "TIMESTAMP"))
                     else "")
    if "active" in row and conn.dialect.name == "postgresql":
        row["active"] = bool(row["active"])
    names = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    result = conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id"), row)
    return int(result.scalar_one())


def test_migration_adds_the_fields_to_an_existing_database(database_url: str) -> None:
    from alembic import command

    engine = make_engine(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
    customers = {
        "french": dict(kind="company", name="Alpha SARL", siren="732829320", vat_regime="france"),
        "german": dict(kind="company", name="Bravo GmbH", vat_number="DE136695976", vat_regime="intra_eu"),
        "export": dict(kind="company", name="Charlie Inc.", vat_regime="export"),
        "person": dict(kind="individual", name="Delta Dupont", vat_regime="france"),
        "unknown": dict(kind="company", name="Echo SAS", vat_regime="france"),  # no SIREN: left to the user
    }
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        for i, (key, values) in enumerate(customers.items(), start=1):
            ids[key] = _insert(conn, "customer", code=f"C{i:06d}", version=1, active=True, sort_name=key,
                               search_text=key, **values)
        product = _insert(conn, "product", reference="ART-1", name="Farine", unit_price="2", vat_rate="5.5",
                          active=True)
    engine.dispose()

    db = open_database(database_url)  # migrates to head
    try:
        services = Services.open(db)
        categories = {key: services.customers.get(cid).einvoicing_category for key, cid in ids.items()}
        assert categories == {"french": "fr_business", "german": "eu_business", "export": "non_eu_business",
                              "person": "individual", "unknown": ""}
        kept = services.customers.get(ids["french"])
        assert (kept.name, kept.siren, kept.chorus_service_code, kept.einvoice_addresses) == (
            "Alpha SARL", "732829320", "", [])
        with db.read() as s:
            assert s.execute(text("SELECT nature FROM product WHERE id = :i"), {"i": product}).scalar_one() == "goods"
        assert services.company.get().version == 0
        # Every old customer still saves: the derived categories are met by the data they hold.
        for cid in ids.values():
            services.customers.update(services.customers.get(cid))
    finally:
        db.dispose()
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0006")
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            assert "company" not in names and "einvoice_address" not in names
            columns = {c["name"] for c in inspect(conn).get_columns("customer")}
            assert "einvoicing_category" not in columns
            assert conn.execute(text("SELECT COUNT(*) FROM customer")).scalar_one() == len(customers)
    finally:
        engine.dispose()


# ---- the command line ----------------------------------------------------------------------------------

def _crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "LANG": "C.UTF-8"})


def test_cli_print(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    try:
        services = Services.open(db)
        services.company.save(seller())
        order = make_order(services, make_customer(services), LINES)
    finally:
        db.dispose()
    out = tmp_path / "out.pdf"
    done = _crmdesk("print", order.number, "--pdf", str(out), "--database", sqlite_url, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Order confirmation" in pdf_pages(out)[0] and order.number in done.stdout
    default = tmp_path / "fr.pdf"
    assert _crmdesk("print", order.number, "--pdf", str(default), "--database", sqlite_url).returncode == 0
    assert "Confirmation de commande" in pdf_pages(default)[0]  # the customer's language
    note = tmp_path / "bl.pdf"
    refused = _crmdesk("print", order.number, "--pdf", str(note), "--document", "delivery-note",
                       "--database", sqlite_url)
    assert refused.returncode != 0 and not note.exists()
    assert len(refused.stderr.strip().splitlines()) == 1 and "delivery note" in refused.stderr
    missing = _crmdesk("print", "CMD-1999-000001", "--pdf", str(tmp_path / "x.pdf"), "--database", sqlite_url)
    assert missing.returncode != 0 and "CMD-1999-000001" in missing.stderr and not (tmp_path / "x.pdf").exists()
    nowhere = _crmdesk("print", order.number, "--pdf", str(tmp_path / "no" / "x.pdf"), "--database", sqlite_url)
    assert nowhere.returncode != 0 and len(nowhere.stderr.strip().splitlines()) == 1


def test_due_date_of_payment_terms() -> None:
    assert due_date(date(2026, 12, 1), 30, False) == date(2026, 12, 31)
    assert due_date(date(2026, 1, 31), 30, True) == date(2026, 3, 31)
    assert due_date(date(2026, 2, 10), 45, True) == date(2026, 3, 31)
    assert due_date(date(2026, 2, 10), 0, False) == date(2026, 2, 10)


def test_png_logo_is_embedded_at_its_own_resolution(sqlite_services: Services, tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e3a5f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    services = sqlite_services
    services.company.save(replace(seller(), logo=bytes(data.data()), logo_type=""))
    assert services.company.get().logo_type == "image/png"  # recognised from its bytes
    order = make_order(services, make_customer(services), LINES[:1])
    reader = PdfReader(str(write(services, order.id, tmp_path / "png.pdf")))
    objects = reader.pages[0]["/Resources"]["/XObject"]
    images = [o.get_object() for o in objects.values() if o.get_object()["/Subtype"] == "/Image"]
    # The 600 px wide logo is drawn 48 mm wide: about 318 dpi, its pixels kept, not resampled to the screen's.
    assert [(i["/Width"], i["/Height"]) for i in images] == [(600, 200)]

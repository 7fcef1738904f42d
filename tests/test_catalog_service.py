"""CatalogService on SQLite and PostgreSQL: the seeded reference lists, extending them, products."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from crmdesk.domain.errors import NotFoundError, ValidationErrors
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import ProductData
from crmdesk.services import Services


def product(reference: str = "FAR-T65-25", name: str = "Farine de blé T65, sac de 25 kg", ean: str = "",
            price: str = "18.90", vat: str = "5.5", active: bool = True) -> ProductData:
    return ProductData(None, reference, name, ean, Decimal(price), Decimal(vat), active)


# ---- reference lists ---------------------------------------------------------------

def test_payment_methods_are_seeded_in_both_languages(services: Services) -> None:
    set_language("fr")
    methods = services.catalog.payment_methods()
    assert [m.label for m in methods] == ["Virement", "Chèque", "Prélèvement SEPA", "Carte bancaire", "Espèces",
                                          "LCR"]
    assert [m.code for m in methods] == ["virement", "cheque", "sepa", "carte", "especes", "lcr"]
    assert all(m.active for m in methods)
    set_language("en")
    english = services.catalog.payment_methods()
    assert [m.id for m in english] == [m.id for m in methods]
    assert english[2].label == "SEPA direct debit"


def test_payment_terms_are_seeded_with_their_days(services: Services) -> None:
    set_language("fr")
    terms = services.catalog.payment_terms()
    assert [(t.label, t.days) for t in terms] == [
        ("À réception", 0), ("30 jours", 30), ("30 jours fin de mois", 30), ("45 jours fin de mois", 45),
        ("60 jours", 60)]
    set_language("en")
    assert services.catalog.payment_terms()[2].label == "30 days end of month"


def test_carriers_are_seeded(services: Services) -> None:
    carriers = services.catalog.carriers()
    labels = [c.label for c in carriers]
    assert len(carriers) >= 3
    assert {"Colissimo", "Chronopost", "DPD"} <= set(labels)
    assert len({c.code for c in carriers}) == len(carriers) and len({c.id for c in carriers}) == len(carriers)


def test_reference_lists_can_be_extended(services: Services) -> None:
    cat = services.catalog
    added = cat.add_payment_method("Affacturage", "Factoring")
    assert added.label == "Affacturage" and added.active
    assert cat.payment_methods()[-1] == added.__class__(added.id, added.code, "Factoring", True)
    set_language("fr")
    assert cat.payment_methods()[-1].label == "Affacturage"
    set_language("en")
    # The same label twice is refused, as in the reference lists dialog: one rule (crmdesk.domain.reference).
    with pytest.raises(ValidationErrors) as err:
        cat.add_payment_method("  affacturage ")
    assert list(err.value.by_field()) == ["label"]
    assert len(cat.payment_methods()) == 7
    # Without an English label the French one shows in English too.
    again = cat.add_payment_method("Lettre de change")
    assert again.code != added.code and again.id != added.id
    assert len(cat.payment_methods()) == 8
    assert cat.payment_methods()[-1].label == "Lettre de change"
    terms = cat.add_payment_terms("90 jours fin de mois", 90, end_of_month=True)
    assert terms.days == 90 and cat.payment_terms()[-1].days == 90
    carrier = cat.add_carrier("Transports Ségur & Fils")
    assert cat.carriers()[-1].label == "Transports Ségur & Fils" and cat.carriers()[-1].id == carrier.id
    with pytest.raises(ValidationErrors) as err:
        cat.add_carrier("   ")
    assert list(err.value.by_field()) == ["label"]
    # A new entry can be used at once.
    customer = services.customers.new_customer()
    customer.name = "Client affacturé"
    customer.preferred_payment_method_id = added.id
    customer.payment_terms_id = terms.id
    customer.default_carrier_id = carrier.id
    saved = services.customers.create(customer)
    order = services.orders.new_order_for(saved.id)  # type: ignore[arg-type]
    assert (order.payment_method_id, order.payment_terms_id, order.carrier_id) == (added.id, terms.id, carrier.id)


# ---- products ------------------------------------------------------------------------

def test_product_create_read_update(services: Services) -> None:
    cat = services.catalog
    saved = cat.save_product(product(ean="4006381333931"))
    assert saved.id is not None
    got = cat.product(saved.id)
    assert (got.reference, got.name, got.ean, got.active) == (
        "FAR-T65-25", "Farine de blé T65, sac de 25 kg", "4006381333931", True)
    assert isinstance(got.unit_price, Decimal) and got.unit_price == Decimal("18.90")
    assert isinstance(got.vat_rate, Decimal) and got.vat_rate == Decimal("5.5")
    changed = cat.save_product(replace(got, name="Farine T65 (25 kg)", unit_price=Decimal("19.2550")))
    assert changed.id == saved.id
    assert cat.product(saved.id).name == "Farine T65 (25 kg)"
    assert cat.product(saved.id).unit_price == Decimal("19.2550")  # four decimals kept
    assert cat.count_products() == 1
    with pytest.raises(NotFoundError):
        cat.product(999_999)
    with pytest.raises(NotFoundError):
        cat.save_product(replace(got, id=999_999, reference="AUTRE"))


def test_ean_is_validated(services: Services) -> None:
    cat = services.catalog
    assert cat.save_product(product("A", ean="73513537")).ean == "73513537"  # EAN-8
    assert cat.save_product(product("B", ean=" 4006381333931 ")).ean == "4006381333931"
    for bad in ("4006381333932", "12345", "ABCDEFGHIJKLM"):
        with pytest.raises(ValidationErrors) as err:
            cat.save_product(product("C", ean=bad))
        assert list(err.value.by_field()) == ["ean"], bad
    assert cat.save_product(product("D", ean="")).ean == ""
    assert cat.count_products() == 3


def test_product_fields_are_checked(services: Services) -> None:
    cat = services.catalog
    with pytest.raises(ValidationErrors) as err:
        cat.save_product(product("", "", price="-1", vat="120"))
    assert set(err.value.by_field()) == {"reference", "name", "unit_price", "vat_rate"}
    with pytest.raises(ValidationErrors) as err:
        cat.save_product(product("R" * 51, "N" * 201))
    assert set(err.value.by_field()) == {"reference", "name"}
    assert cat.count_products(include_inactive=True) == 0


def test_duplicate_reference_is_refused(services: Services) -> None:
    cat = services.catalog
    first = cat.save_product(product("REF-1", "Premier"))
    second = cat.save_product(product("REF-2", "Second"))
    with pytest.raises(ValidationErrors) as err:
        cat.save_product(product("REF-1", "Copie"))
    assert list(err.value.by_field()) == ["reference"] and "REF-1" in err.value.by_field()["reference"]
    with pytest.raises(ValidationErrors):
        cat.save_product(replace(second, reference="REF-1"))
    assert cat.product(second.id).reference == "REF-2"  # type: ignore[arg-type]
    assert cat.save_product(replace(first, name="Premier, renommé")).reference == "REF-1"
    assert cat.count_products() == 2


def test_product_search_and_active_flag(services: Services) -> None:
    cat = services.catalog
    farine = cat.save_product(product("FAR-T65-25", "Farine de blé T65", ean="4006381333931"))
    cafe = cat.save_product(product("CAF-ARA-1", "Café arabica moulu 1 kg", ean="73513537", vat="5.5"))
    cat.save_product(product("SAC-KRAFT", "Sac kraft 100 % recyclé", vat="20"))
    cat.save_product(product("FAR_SEIGLE", "Farine de seigle"))

    def refs(text: str, **kw: object) -> list[str]:
        rows = cat.products(text, **kw)  # type: ignore[arg-type]
        assert cat.count_products(text, **kw) == len(rows)  # type: ignore[arg-type]
        return [p.reference for p in rows]

    assert refs("") == ["CAF-ARA-1", "FAR-T65-25", "FAR_SEIGLE", "SAC-KRAFT"]
    assert refs("far") == ["FAR-T65-25", "FAR_SEIGLE"]
    assert refs("caf-ara") == ["CAF-ARA-1"]
    assert refs("cafe") == ["CAF-ARA-1"]  # accents do not matter
    assert refs("BLÉ") == ["FAR-T65-25"]
    assert refs("seigle") == ["FAR_SEIGLE"]
    assert refs("4006381333931") == ["FAR-T65-25"]
    assert refs("73513537") == ["CAF-ARA-1"]
    assert refs("100 %") == ["SAC-KRAFT"]
    assert refs("%") == ["SAC-KRAFT"]  # a literal percent sign, not a wildcard
    assert refs("_") == ["FAR_SEIGLE"]
    assert refs("introuvable") == []
    cat.set_product_active(cafe.id, False)  # type: ignore[arg-type]
    assert refs("cafe") == []
    assert refs("cafe", include_inactive=True) == ["CAF-ARA-1"]
    assert cat.product(cafe.id).active is False  # type: ignore[arg-type]
    cat.set_product_active(cafe.id, True)  # type: ignore[arg-type]
    assert refs("cafe") == ["CAF-ARA-1"]
    # Pages.
    assert [p.reference for p in cat.products(offset=1, limit=2)] == ["FAR-T65-25", "FAR_SEIGLE"]
    assert farine.id is not None

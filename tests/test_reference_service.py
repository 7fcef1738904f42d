"""ReferenceService on SQLite and PostgreSQL: add, rename, reorder, deactivate and delete entries of the
payment methods, payment terms and carriers, and what CatalogService then offers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crmdesk.domain.errors import DeleteRefusedError, NotFoundError, ValidationErrors
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import CustomerData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.reference import ReferenceKind, ReferenceService, ReferenceUsage

PM, PT, CA = ReferenceKind.PAYMENT_METHOD, ReferenceKind.PAYMENT_TERMS, ReferenceKind.CARRIER


@pytest.fixture
def ref(services: Services) -> ReferenceService:
    return ReferenceService(services.db)


def customer(services: Services, name: str = "Boulangerie Martin", **kw: object) -> CustomerData:
    data = services.customers.new_customer()
    data.name = name
    for key, value in kw.items():
        setattr(data, key, value)
    return services.customers.create(data)


def place_order(services: Services, customer_id: int, **kw: object) -> int:
    order = services.orders.new_order_for(customer_id)
    order.lines = [OrderLineData(description="Farine T65", quantity=Decimal(1), unit_price=Decimal(10),
                                 discount_percent=Decimal(0), vat_rate=Decimal("5.5"))]
    for key, value in kw.items():
        setattr(order, key, value)
    saved = services.orders.create(order)
    assert saved.id is not None
    return saved.id


def fields_of(err: pytest.ExceptionInfo[ValidationErrors]) -> list[str]:
    return [e.field for e in err.value.errors]


# ---- reading -----------------------------------------------------------------------------------------

def test_entries_list_every_kind_with_both_labels(ref: ReferenceService) -> None:
    methods = ref.entries(PM)
    assert [(m.label, m.label_en) for m in methods][:3] == [
        ("Virement", "Bank transfer"), ("Chèque", "Cheque"), ("Prélèvement SEPA", "SEPA direct debit")]
    assert [m.position for m in methods] == sorted(m.position for m in methods)
    terms = ref.entries(PT)
    assert [(t.label, t.days, t.end_of_month) for t in terms] == [
        ("À réception", 0, False), ("30 jours", 30, False), ("30 jours fin de mois", 30, True),
        ("45 jours fin de mois", 45, True), ("60 jours", 60, False)]
    carriers = ref.entries(CA)
    assert "Colissimo" in [c.label for c in carriers]
    assert all(c.label_en == "" and c.days is None and c.end_of_month is None for c in carriers)
    first = ref.entry(PM, methods[0].id)
    assert first == methods[0]
    with pytest.raises(NotFoundError):
        ref.entry(PM, 999_999)


# ---- add -----------------------------------------------------------------------------------------------

def test_add_payment_method_appears_last_in_the_catalogue(services: Services, ref: ReferenceService) -> None:
    added = ref.add(PM, "  Affacturage ", "Factoring")
    assert (added.label, added.label_en, added.active, added.code) == ("Affacturage", "Factoring", True,
                                                                       "affacturage")
    assert ref.entries(PM)[-1] == added
    offered = services.catalog.payment_methods()
    assert (offered[-1].id, offered[-1].label) == (added.id, "Factoring")
    set_language("fr")
    assert services.catalog.payment_methods()[-1].label == "Affacturage"


def test_add_terms_and_carrier(services: Services, ref: ReferenceService) -> None:
    terms = ref.add(PT, "90 jours fin de mois", "90 days end of month", days=90, end_of_month=True)
    assert (terms.days, terms.end_of_month) == (90, True)
    assert services.catalog.payment_terms()[-1].days == 90
    carrier = ref.add(CA, "Transports Ségur & Fils", "ignored for carriers")
    assert (carrier.label, carrier.label_en, carrier.code) == ("Transports Ségur & Fils", "", "transports-segur-fil")
    assert services.catalog.carriers()[-1].id == carrier.id
    # Codes stay unique even when two labels fold to the same stem.
    other = ref.add(CA, "Transports Ségur & Fils (Lyon)")
    assert other.code != carrier.code and len(other.code) <= 20


def test_add_is_validated_field_by_field(ref: ReferenceService) -> None:
    count = len(ref.entries(PM))
    with pytest.raises(ValidationErrors) as err:
        ref.add(PM, "   ")
    assert err.value.by_field() == {"label": "The label is required."}
    with pytest.raises(ValidationErrors) as err:
        ref.add(PM, "x" * 101, "y" * 101)
    assert fields_of(err) == ["label", "label_en"]
    assert "at most 100 characters (101 typed)" in err.value.by_field()["label"]
    # Case and accents do not make a different entry: "cheque" is "Chèque".
    with pytest.raises(ValidationErrors) as err:
        ref.add(PM, "CHEQUE")
    assert err.value.by_field() == {"label": "“Chèque” is already in the list."}
    # Nor in English: a new French label whose English one reads like another entry's.
    with pytest.raises(ValidationErrors) as err:
        ref.add(PM, "Numéraire", "cash")
    assert err.value.by_field() == {"label_en": "“Cash” is already in the list."}
    with pytest.raises(ValidationErrors) as err:
        ref.add(PT, "Sans délai")
    assert err.value.by_field() == {"days": "Type the number of days (0 for payment on receipt)."}
    for bad in (-1, 366):
        with pytest.raises(ValidationErrors) as err:
            ref.add(PT, "Bizarre", days=bad)
        assert fields_of(err) == ["days"]
    assert len(ref.entries(PM)) == count and len(ref.entries(PT)) == 5


def test_messages_follow_the_users_language(ref: ReferenceService) -> None:
    set_language("fr")
    with pytest.raises(ValidationErrors) as err:
        ref.add(PM, "")
    assert err.value.by_field() == {"label": "Le libellé est obligatoire."}
    with pytest.raises(ValidationErrors) as err:
        ref.add(PT, "À réception")
    assert err.value.by_field() == {"label": "« À réception » figure déjà dans la liste.",
                                    "days": "Saisissez le nombre de jours (0 pour un paiement à réception)."}
    with pytest.raises(NotFoundError, match="Cette entrée n'existe plus"):
        ref.set_active(CA, 999_999, False)


# ---- rename --------------------------------------------------------------------------------------------

def test_rename_keeps_the_code_and_updates_what_customers_show(services: Services, ref: ReferenceService) -> None:
    lcr = next(m for m in ref.entries(PM) if m.code == "lcr")
    c = customer(services, preferred_payment_method_id=lcr.id)
    renamed = ref.rename(PM, lcr.id, "LCR magnétique", "Bill of exchange (LCR)")
    assert (renamed.id, renamed.code, renamed.label, renamed.label_en) == (
        lcr.id, "lcr", "LCR magnétique", "Bill of exchange (LCR)")
    assert services.customers.get(c.id).preferred_payment_method_id == lcr.id  # type: ignore[arg-type]
    assert next(m.label for m in services.catalog.payment_methods() if m.id == lcr.id) == "Bill of exchange (LCR)"
    # Its own label, differently written, is not a duplicate of itself.
    assert ref.rename(PM, lcr.id, "lcr magnétique", "").label == "lcr magnétique"
    # Another entry's label is.
    with pytest.raises(ValidationErrors) as err:
        ref.rename(PM, lcr.id, "Virement", "")
    assert fields_of(err) == ["label"]
    assert ref.entry(PM, lcr.id).label == "lcr magnétique"
    with pytest.raises(NotFoundError):
        ref.rename(PM, 999_999, "Nouveau")


def test_rename_terms_changes_days_and_end_of_month(services: Services, ref: ReferenceService) -> None:
    sixty = next(t for t in ref.entries(PT) if t.days == 60)
    changed = ref.rename(PT, sixty.id, "60 jours fin de mois", "60 days end of month", days=60, end_of_month=True)
    assert (changed.days, changed.end_of_month) == (60, True)
    assert ref.entry(PT, sixty.id) == changed
    with pytest.raises(ValidationErrors) as err:
        ref.rename(PT, sixty.id, "Cinq cents jours", days=500)
    assert fields_of(err) == ["days"]
    assert ref.entry(PT, sixty.id).days == 60
    assert next(t.days for t in services.catalog.payment_terms() if t.id == sixty.id) == 60


# ---- order ---------------------------------------------------------------------------------------------

def test_move_up_and_down_reorders_the_combos(services: Services, ref: ReferenceService) -> None:
    before = [m.id for m in ref.entries(PM)]
    after = ref.move(PM, before[2], -1)
    expected = [before[0], before[2], before[1], *before[3:]]
    assert [m.id for m in after] == expected
    assert [m.position for m in after] == list(range(1, len(before) + 1))
    assert [m.id for m in ref.entries(PM)] == expected
    assert [m.id for m in services.catalog.payment_methods()] == expected
    # Past either end the entry stays where it is.
    assert [m.id for m in ref.move(PM, expected[0], -1)] == expected
    assert [m.id for m in ref.move(PM, expected[-1], +1)] == expected
    # A new entry comes last, and moves like the others.
    added = ref.add(PM, "Affacturage")
    assert [m.id for m in ref.move(PM, added.id, -1)][-2:] == [added.id, expected[-1]]
    with pytest.raises(NotFoundError):
        ref.move(PM, 999_999, 1)


# ---- deactivate and delete -----------------------------------------------------------------------------

def test_deactivated_entry_is_no_longer_offered_but_customers_keep_it(services: Services,
                                                                     ref: ReferenceService) -> None:
    cheque = next(m for m in ref.entries(PM) if m.code == "cheque")
    c = customer(services, preferred_payment_method_id=cheque.id)
    off = ref.set_active(PM, cheque.id, False)
    assert off.active is False
    assert cheque.id not in [m.id for m in services.catalog.payment_methods()]
    # The forms list inactive entries too, to show the value of a customer that uses one.
    listed = {m.id: m for m in services.catalog.payment_methods(include_inactive=True)}
    assert listed[cheque.id].active is False and listed[cheque.id].label == "Cheque"
    assert services.customers.get(c.id).preferred_payment_method_id == cheque.id  # type: ignore[arg-type]
    # It stays in the maintenance list, and a new order for that customer still gets it by default.
    assert next(m for m in ref.entries(PM) if m.id == cheque.id).active is False
    assert services.orders.new_order_for(c.id).payment_method_id == cheque.id  # type: ignore[arg-type]
    # Reactivated, it is offered again at the same place.
    ref.set_active(PM, cheque.id, True)
    assert [m.id for m in services.catalog.payment_methods()] == [m.id for m in ref.entries(PM)]


def test_delete_unused_entry(services: Services, ref: ReferenceService) -> None:
    unused = ref.add(CA, "Coursier Paris 11e")
    assert ref.usage(CA, unused.id) == ReferenceUsage(0, 0)
    ref.delete(CA, unused.id)
    assert unused.id not in [c.id for c in ref.entries(CA)]
    assert unused.id not in [c.id for c in services.catalog.carriers(include_inactive=True)]
    with pytest.raises(NotFoundError):
        ref.delete(CA, unused.id)
    # A seeded entry nothing uses can go too.
    lcr = next(m for m in ref.entries(PM) if m.code == "lcr")
    ref.delete(PM, lcr.id)
    assert "lcr" not in [m.code for m in services.catalog.payment_methods(include_inactive=True)]


def test_delete_refused_when_a_customer_or_an_order_uses_it(services: Services, ref: ReferenceService) -> None:
    terms = ref.add(PT, "Comptant", "Cash on order", days=0)
    carrier = ref.add(CA, "Messagerie Dupont")
    method = ref.add(PM, "Affacturage", "Factoring")
    c = customer(services, payment_terms_id=terms.id)
    other = customer(services, "Épicerie Lefèvre")
    # The carrier and the payment method are only on an order, not on any customer.
    place_order(services, other.id, carrier_id=carrier.id, payment_method_id=method.id)  # type: ignore[arg-type]
    assert ref.usage(PT, terms.id) == ReferenceUsage(1, 0)
    assert ref.usage(CA, carrier.id) == ReferenceUsage(0, 1)
    assert ref.usage(PM, method.id).used
    for kind, entry in ((PT, terms), (CA, carrier), (PM, method)):
        with pytest.raises(DeleteRefusedError, match="deactivate it instead"):
            ref.delete(kind, entry.id)
        assert ref.entry(kind, entry.id) == entry  # untouched
    set_language("fr")
    with pytest.raises(DeleteRefusedError, match="Désactivez-la"):
        ref.delete(PT, terms.id)
    # Deactivating is the way out; the customer keeps its terms.
    ref.set_active(PT, terms.id, False)
    assert services.customers.get(c.id).payment_terms_id == terms.id  # type: ignore[arg-type]
    assert terms.id not in [t.id for t in services.catalog.payment_terms()]

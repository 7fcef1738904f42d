"""Order totals: Decimal only, each line rounded half-up to the cent, VAT per rate on the rounded bases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crmdesk.domain.money import LineAmounts, Totals, compute_totals, rate_key, to_cents

D = Decimal


def line(quantity: str, unit_price: str, discount: str = "0", vat: str = "20") -> LineAmounts:
    return LineAmounts(D(quantity), D(unit_price), D(discount), D(vat))


def assert_cents(value: Decimal) -> None:
    """A stored or shown amount: a Decimal with exactly two decimals."""
    assert type(value) is Decimal
    assert value.as_tuple().exponent == -2, value


def assert_all_cents(totals: Totals) -> None:
    assert_cents(totals.excl_tax)
    assert_cents(totals.vat)
    assert_cents(totals.incl_tax)
    for rate, amount in totals.vat_by_rate.items():
        assert type(rate) is Decimal
        assert_cents(amount)


# --------------------------------------------------------------------------- rounding


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        ("1.005", "1.01"),  # half-up, where banker's rounding would give 1.00
        ("1.015", "1.02"),
        ("2.675", "2.68"),  # the float 2.675 is 2.67499999…: Decimal keeps it exact
        ("0.125", "0.13"),
        ("1.0049999", "1.00"),
        ("0.5", "0.50"),
        ("7", "7.00"),
        ("-1.005", "-1.01"),  # a credit rounds like the sale it cancels
        ("-0.004", "0.00"),
    ],
)
def test_to_cents_half_up(value: str, cents: str) -> None:
    result = to_cents(D(value))
    assert result == D(cents)
    assert str(result) in (cents, "-0.00")


@pytest.mark.parametrize(
    ("quantity", "price", "discount", "total"),
    [
        ("3", "0.335", "0", "1.01"),  # 1.005 → 1.01
        ("1", "1.005", "0", "1.01"),
        ("3", "0.335", "50", "0.50"),  # 0.5025, rounded once on the exact net amount
        ("1", "1.005", "50", "0.50"),
        ("10", "19.99", "15", "169.92"),  # 169.915
        ("2", "10", "0", "20.00"),
        ("1", "99.99", "100", "0.00"),  # free of charge
        ("0", "12.50", "0", "0.00"),
        ("1.5", "3.33", "0", "5.00"),  # 4.995 → 5.00, fractional quantities (kg, m)
        ("0.250", "18.90", "0", "4.73"),  # 4.725
        ("3", "33.33", "33.33", "66.66"),  # 99.99 × 0.6667 = 66.663333
        ("-3", "0.335", "0", "-1.01"),  # return line
        ("1000000", "999.99", "0", "999990000.00"),
    ],
)
def test_line_total_rounded_half_up_to_the_cent(quantity: str, price: str, discount: str, total: str) -> None:
    amount = line(quantity, price, discount).total_excl_tax
    assert amount == D(total)
    assert_cents(amount)


def test_each_line_is_rounded_before_adding() -> None:
    # Three lines of 1.005: rounded per line 3 × 1.01 = 3.03; rounding the sum would give 3.02 (3.015 → 3.02).
    totals = compute_totals([line("3", "0.335")] * 3)
    assert totals.excl_tax == D("3.03")


# --------------------------------------------------------------------------- totals across VAT rates


def test_totals_with_every_french_rate() -> None:
    totals = compute_totals(
        [
            line("3", "12.50", vat="20"),  # 37.50, VAT 7.50
            line("2", "8.99", vat="10"),  # 17.98, VAT 1.798 → 1.80
            line("4", "2.35", vat="5.5"),  # 9.40, VAT 0.517 → 0.52
            line("1", "15.00", vat="2.1"),  # 15.00, VAT 0.315 → 0.32
            line("1", "30.00", vat="0"),  # 30.00, no VAT
        ]
    )
    assert totals.excl_tax == D("109.88")
    assert totals.vat_by_rate == {
        D("0"): D("0.00"),
        D("2.1"): D("0.32"),
        D("5.5"): D("0.52"),
        D("10"): D("1.80"),
        D("20"): D("7.50"),
    }
    assert totals.vat == D("10.14")
    assert totals.incl_tax == D("120.02")
    assert_all_cents(totals)


def test_vat_rates_listed_in_ascending_order() -> None:
    totals = compute_totals([line("1", "1", vat=r) for r in ("20", "0", "10", "2.1", "5.5")])
    assert list(totals.vat_by_rate) == [D("0"), D("2.1"), D("5.5"), D("10"), D("20")]


def test_totals_with_discounts_and_several_rates() -> None:
    totals = compute_totals(
        [
            line("10", "19.99", "15", "20"),  # 169.915 → 169.92
            line("3", "0.335", "50", "20"),  # 0.5025 → 0.50
            line("12", "4.15", "5", "5.5"),  # 47.31
            line("1", "250.00", "10", "10"),  # 225.00
        ]
    )
    assert totals.excl_tax == D("442.73")  # 169.92 + 0.50 + 47.31 + 225.00
    assert totals.vat_by_rate == {
        D("5.5"): D("2.60"),  # 47.31 × 5.5 % = 2.60205
        D("10"): D("22.50"),
        D("20"): D("34.08"),  # (169.92 + 0.50) × 20 % = 34.084
    }
    assert totals.vat == D("59.18")
    assert totals.incl_tax == D("501.91")
    assert_all_cents(totals)


def test_vat_is_computed_per_rate_not_per_line() -> None:
    # Three lines of 0.10 at 5.5 %: per line 0.0055 → 0.01 each (0.03); per rate 0.30 × 5.5 % = 0.0165 → 0.02.
    totals = compute_totals([line("1", "0.10", vat="5.5")] * 3)
    assert totals.vat_by_rate == {D("5.5"): D("0.02")}


def test_vat_is_computed_on_the_rounded_bases() -> None:
    # Ten lines of 0.125 → 0.13 each: base 1.30, VAT 0.26 (0.25 on the unrounded 1.25).
    totals = compute_totals([line("1", "0.125")] * 10)
    assert totals.excl_tax == D("1.30")
    assert totals.vat_by_rate == {D("20"): D("0.26")}
    assert totals.incl_tax == D("1.56")


def test_vat_half_up_per_rate() -> None:
    # 0.25 × 10 % = 0.025 → 0.03 (banker's rounding would give 0.02).
    totals = compute_totals([line("1", "0.25", vat="10")])
    assert totals.vat_by_rate == {D("10"): D("0.03")}


@pytest.mark.parametrize("spelling", ["20", "20.0", "20.00", "2E+1"])
def test_one_vat_line_per_rate_whatever_its_spelling(spelling: str) -> None:
    totals = compute_totals([line("1", "10", vat="20"), line("1", "5", vat=spelling)])
    assert totals.vat_by_rate == {D(20): D("3.00")}
    (rate,) = totals.vat_by_rate
    assert str(rate) == "20"  # shown in the VAT summary: never "2E+1"


@pytest.mark.parametrize(
    ("rate", "shown"),
    [("20.00", "20"), ("10", "10"), ("5.50", "5.5"), ("2.10", "2.1"), ("0.00", "0"), ("0", "0"), ("8.5", "8.5")],
)
def test_rate_key(rate: str, shown: str) -> None:
    assert str(rate_key(D(rate))) == shown
    assert rate_key(D(rate)) == D(rate)


def test_empty_order() -> None:
    totals = compute_totals([])
    assert totals.excl_tax == 0 and totals.vat == 0 and totals.incl_tax == 0
    assert totals.vat_by_rate == {}
    assert_all_cents(totals)


def test_zero_rate_only() -> None:
    totals = compute_totals([line("2", "7.50", vat="0")])
    assert (totals.excl_tax, totals.vat, totals.incl_tax) == (D("15.00"), D("0.00"), D("15.00"))
    assert totals.vat_by_rate == {D(0): D("0.00")}
    assert_all_cents(totals)


def test_credit_note_is_the_exact_opposite() -> None:
    sale = compute_totals([line("3", "0.335", vat="20"), line("2", "8.99", vat="5.5")])
    credit = compute_totals([line("-3", "0.335", vat="20"), line("-2", "8.99", vat="5.5")])
    assert credit.excl_tax == -sale.excl_tax
    assert credit.vat == -sale.vat
    assert credit.incl_tax == -sale.incl_tax


def test_totals_accept_a_generator() -> None:
    totals = compute_totals(line("1", p) for p in ("1.00", "2.00"))
    assert totals.excl_tax == D("3.00")


# --------------------------------------------------------------------------- Decimal only


@pytest.mark.parametrize("field", ["quantity", "unit_price", "discount_percent", "vat_rate"])
def test_floats_are_refused(field: str) -> None:
    values: dict[str, object] = {"quantity": D(1), "unit_price": D("0.10"), "discount_percent": D(0), "vat_rate": D(20)}
    values[field] = 0.1
    with pytest.raises(TypeError, match=field):
        LineAmounts(**values)  # type: ignore[arg-type]


def test_whole_numbers_become_decimals() -> None:
    amounts = LineAmounts(3, D("0.335"), 0, 20)  # type: ignore[arg-type]
    assert type(amounts.quantity) is Decimal and type(amounts.vat_rate) is Decimal
    assert amounts.total_excl_tax == D("1.01")
    assert compute_totals([amounts]).vat_by_rate == {D(20): D("0.20")}


def test_decimal_everywhere() -> None:
    totals = compute_totals([line("3", "0.335", "10", "5.5"), line("1", "0.01", vat="2.1")])
    assert_all_cents(totals)
    assert all(type(k) is Decimal for k in totals.vat_by_rate)

"""Order totals in Decimal, rounded half-up to the cent per line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)
ZERO_CENTS = Decimal("0.00")


def to_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rate_key(rate: Decimal) -> Decimal:
    """One key per VAT rate whatever its spelling: 20, 20.0 and 20.00 are Decimal('20'), 5.50 is Decimal('5.5').

    Plain `normalize()` would give Decimal('2E+1'), which shows as "2E+1" in a VAT summary.
    """
    if not rate:
        return ZERO
    normal = rate.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


@dataclass(frozen=True)
class LineAmounts:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    vat_rate: Decimal = ZERO

    def __post_init__(self) -> None:
        # Money is never a float: 0.1 + 0.2 != 0.3. Whole numbers are welcome (quantity 3).
        for name in ("quantity", "unit_price", "discount_percent", "vat_rate"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, Decimal | int):
                raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
            if not isinstance(value, Decimal):
                object.__setattr__(self, name, Decimal(value))

    @property
    def total_excl_tax(self) -> Decimal:
        gross = self.quantity * self.unit_price
        return to_cents(gross * (HUNDRED - self.discount_percent) / HUNDRED)


@dataclass(frozen=True)
class Totals:
    excl_tax: Decimal
    vat_by_rate: dict[Decimal, Decimal] = field(default_factory=dict)

    @property
    def vat(self) -> Decimal:
        return sum(self.vat_by_rate.values(), ZERO_CENTS)

    @property
    def incl_tax(self) -> Decimal:
        return self.excl_tax + self.vat


def vat_amount(base: Decimal, rate: Decimal) -> Decimal:
    """The VAT of one rate on the sum of its lines' rounded amounts, rounded half-up to the cent."""
    return to_cents(base * rate / HUNDRED)


def compute_totals(lines: Iterable[LineAmounts]) -> Totals:
    """Each line is rounded to the cent; VAT is computed per rate on the rounded bases."""
    excl = ZERO_CENTS
    bases: dict[Decimal, Decimal] = {}
    for line in lines:
        amount = line.total_excl_tax
        excl += amount
        rate = rate_key(line.vat_rate)
        bases[rate] = bases.get(rate, ZERO) + amount
    vat = {rate: vat_amount(base, rate) for rate, base in sorted(bases.items())}
    return Totals(excl_tax=excl, vat_by_rate=vat)

"""Order totals in Decimal, rounded half-up to the cent per line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)


def to_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    vat_rate: Decimal = ZERO

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
        return sum(self.vat_by_rate.values(), ZERO)

    @property
    def incl_tax(self) -> Decimal:
        return self.excl_tax + self.vat


def compute_totals(lines: Iterable[LineAmounts]) -> Totals:
    """Each line is rounded to the cent; VAT is computed per rate on the rounded bases."""
    excl = ZERO
    bases: dict[Decimal, Decimal] = {}
    for line in lines:
        amount = line.total_excl_tax
        excl += amount
        rate = line.vat_rate.normalize() if line.vat_rate else ZERO
        bases[rate] = bases.get(rate, ZERO) + amount
    vat = {rate: to_cents(base * rate / HUNDRED) for rate, base in sorted(bases.items())}
    return Totals(excl_tax=excl, vat_by_rate=vat)

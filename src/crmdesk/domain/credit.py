"""Customer figures and credit control: which orders count, and the rule at order entry.

- Turnover counts the orders validated and beyond, never a draft nor a cancelled one.
- The outstanding amount ("encours commandes") is the amount incl. tax of the orders validated and not yet
  delivered nor cancelled.
- Credit control, per customer: none, warn or block. Creating, editing or validating an order that takes the
  outstanding amount over the credit limit warns (the user confirms with the figures shown) or is refused;
  a refusal is overridden only by an explicit confirmation, which the history records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import CrmError
from crmdesk.domain.i18n import translate
from crmdesk.domain.numbers import format_money

TURNOVER_STATUSES = frozenset({OrderStatus.VALIDATED, OrderStatus.PREPARED, OrderStatus.SHIPPED,
                               OrderStatus.DELIVERED})
OUTSTANDING_STATUSES = frozenset({OrderStatus.VALIDATED, OrderStatus.PREPARED, OrderStatus.SHIPPED})
# Statuses of an order on its way to the outstanding amount: checked when created, edited or validated.
CHECKED_STATUSES = frozenset({OrderStatus.DRAFT, OrderStatus.VALIDATED})


class CreditControl(StrEnum):
    NONE = "none"
    WARN = "warn"
    BLOCK = "block"

    @property
    def label(self) -> str:
        return {
            CreditControl.NONE: translate("domain.credit", "No control"),
            CreditControl.WARN: translate("domain.credit", "Warn"),
            CreditControl.BLOCK: translate("domain.credit", "Block"),
        }[self]


DEFAULT_CREDIT_CONTROL = CreditControl.WARN


def parse_credit_control(value: str | None) -> CreditControl:
    try:
        return CreditControl(value or DEFAULT_CREDIT_CONTROL.value)
    except ValueError:
        return DEFAULT_CREDIT_CONTROL


def counts_in_turnover(status: str) -> bool:
    return OrderStatus(status) in TURNOVER_STATUSES


def counts_in_outstanding(status: str) -> bool:
    return OrderStatus(status) in OUTSTANDING_STATUSES


@dataclass(frozen=True)
class CreditCheck:
    """The figures of one check: the outstanding amount without this order, the order's amount incl. tax,
    and the limit."""

    mode: CreditControl
    limit: Decimal | None
    outstanding: Decimal
    order_amount: Decimal

    @property
    def after(self) -> Decimal:
        return self.outstanding + self.order_amount

    @property
    def exceeds(self) -> bool:
        return self.limit is not None and self.after > self.limit

    @property
    def excess(self) -> Decimal:
        return max(self.after - (self.limit or Decimal(0)), Decimal(0))

    def message(self, currency: str = "EUR") -> str:
        return translate("domain.credit", "Outstanding orders {outstanding} + this order {amount} = {after}, over the credit limit of {limit} "
            "by {excess}.").format(outstanding=format_money(self.outstanding, currency), amount=format_money(self.order_amount, currency),
            after=format_money(self.after, currency), limit=format_money(self.limit or Decimal(0), currency),
            excess=format_money(self.excess, currency))


class CreditLimitError(CrmError):
    """The order would take the customer over its credit limit; nothing was written.

    `check.mode` says whether a confirmation is enough (warn) or an explicit override is needed (block)."""

    def __init__(self, check: CreditCheck, customer_name: str, currency: str = "EUR") -> None:
        if check.mode is CreditControl.BLOCK:
            head = translate("domain.credit", "Credit limit of {name} exceeded: the order is refused.").format(name=customer_name)
        else:
            head = translate("domain.credit", "Credit limit of {name} exceeded.").format(name=customer_name)
        super().__init__(f"{head} {check.message(currency)}")
        self.check = check
        self.blocking = check.mode is CreditControl.BLOCK


def check_credit(mode: CreditControl | str, limit: Decimal | None, outstanding: Decimal, order_amount: Decimal,
                 customer_name: str, *, confirmed: bool = False, currency: str = "EUR") -> CreditCheck | None:
    """The rule: raise CreditLimitError when the order takes the outstanding amount over the limit and the user
    has not confirmed; returns the check when the limit is exceeded with the user's confirmation (to record),
    None when within the limit or not controlled."""
    check = CreditCheck(parse_credit_control(mode), limit, outstanding, order_amount)
    if check.mode is CreditControl.NONE or not check.exceeds or order_amount <= 0:
        return None
    if not confirmed:
        raise CreditLimitError(check, customer_name, currency)
    return check


# ---- months and windows ---------------------------------------------------------------------------------

def month_key(day: date) -> int:
    return day.year * 100 + day.month


def add_months(month: int, delta: int) -> int:
    index = (month // 100) * 12 + month % 100 - 1 + delta
    return (index // 12) * 100 + index % 12 + 1


def last_12_months(today: date) -> tuple[int, int]:
    """First and last month (YYYYMM) of the rolling 12 months ending with today's month."""
    last = month_key(today)
    return add_months(last, -11), last


def month_range(first: int, last: int) -> list[int]:
    out = []
    m = first
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out

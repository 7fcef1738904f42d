"""The formats of the numbers crmdesk gives: customer codes and order numbers (services and the demo share them)."""

from __future__ import annotations

import re

# "CMD-2026-000012": the year, then a counter per year.
ORDER_NUMBER_START = re.compile(r"^CMD-\d", re.IGNORECASE)


def order_number_prefix(year: int) -> str:
    return f"CMD-{year}-"


def order_number(year: int, number: int) -> str:
    return f"{order_number_prefix(year)}{number:06d}"


def customer_code(number: int) -> str:
    """"C000042": the customer series' counter."""
    return f"C{number:06d}"

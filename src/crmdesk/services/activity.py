"""A customer's figures and credit control at order entry (issue 13).

Kept figures: every order write calls `refresh_figures` in its own transaction (through
customers.refresh_order_summary). It rebuilds the customer's rows of `customer_turnover` (turnover excl. tax
and order count per month, orders validated and beyond) and the customer's `turnover_12m`,
`outstanding_amount` and `over_credit_limit` columns, from the index `ix_sales_order_customer_figures`
alone: a few milliseconds for a customer with 10,000 orders. The list sorts and filters on those columns,
indexed, at any size.

"CA 12 mois" slides with the calendar: a maintained sum cannot slide by itself. `roll_turnover` (cheap when
nothing is due; run by Services.open for the command line, and by the window in a background job once it
shows) recomputes `turnover_12m` of the customers with turnover in a month that left or entered the window
since the month recorded in `app_setting.turnover_month`.

Credit control: `lock_customer` serialises the writes that change a customer's outstanding amount
(PostgreSQL: SELECT ... FOR UPDATE; SQLite: a write statement first, which takes the database's write lock),
then the outstanding amount is read again inside the transaction, so two colleagues validating at once are
checked one after the other: the second sees the first.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, case, cast, delete, extract, func, insert, select, text, update
from sqlalchemy.orm import Session

from crmdesk.domain.credit import (
    DEFAULT_CREDIT_CONTROL,
    OUTSTANDING_STATUSES,
    TURNOVER_STATUSES,
    CreditCheck,
    CreditControl,
    add_months,
    check_credit,
    last_12_months,
    month_key,
    month_range,
    parse_credit_control,
)
from crmdesk.domain.validation import fold, phone_search_forms
from crmdesk.store.database import Database
from crmdesk.store.models import AppSetting, Customer, CustomerTurnover, OrderLine, Product, SalesOrder

_TURNOVER = [s.value for s in TURNOVER_STATUSES]
_OUTSTANDING = [s.value for s in OUTSTANDING_STATUSES]
CENT = Decimal("0.01")


def _month_of(column: Any) -> Any:
    """YYYYMM of a date column, on both backends (SQLite: strftime; PostgreSQL: EXTRACT)."""
    return cast(extract("year", column), Integer) * 100 + cast(extract("month", column), Integer)


def _d(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENT)


# ---- settings ----------------------------------------------------------------------------------------

def get_setting(s: Session, key: str, default: str = "") -> str:
    value = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return default if value is None else str(value)


def set_setting(s: Session, key: str, value: str) -> None:
    row = s.get(AppSetting, key)
    if row is None:
        s.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    s.flush()


# ---- kept figures ------------------------------------------------------------------------------------

def refresh_figures(s: Session, customer_id: int, today: date | None = None) -> None:
    """Rebuild one customer's monthly turnover rows, 12-month turnover, outstanding amount and over-limit flag."""
    first, last = last_12_months(today or date.today())
    month = _month_of(SalesOrder.order_date)
    s.execute(delete(CustomerTurnover).where(CustomerTurnover.customer_id == customer_id)
              .execution_options(synchronize_session=False))
    s.execute(insert(CustomerTurnover).from_select(
        ["customer_id", "month", "amount_excl_tax", "order_count"],
        select(SalesOrder.customer_id, month, func.sum(SalesOrder.total_excl_tax), func.count())
        .where(SalesOrder.customer_id == customer_id, SalesOrder.status.in_(_TURNOVER))
        .group_by(SalesOrder.customer_id, month)))
    turnover = (select(func.coalesce(func.sum(CustomerTurnover.amount_excl_tax), 0))
                .where(CustomerTurnover.customer_id == customer_id,
                       CustomerTurnover.month.between(first, last)).scalar_subquery())
    outstanding = (select(func.coalesce(func.sum(SalesOrder.total_incl_tax), 0))
                   .where(SalesOrder.customer_id == customer_id, SalesOrder.status.in_(_OUTSTANDING))
                   .scalar_subquery())
    s.execute(update(Customer).where(Customer.id == customer_id)
              .values(turnover_12m=turnover, outstanding_amount=outstanding)
              .execution_options(synchronize_session=False))
    s.execute(update(Customer).where(Customer.id == customer_id)
              .values(over_credit_limit=case((Customer.credit_limit.is_(None), False),
                                             else_=Customer.outstanding_amount > Customer.credit_limit))
              .execution_options(synchronize_session="fetch"))


ROLL_LOCK = 1313  # PostgreSQL advisory lock key: one desk at a time rolls "CA 12 mois" (1414: migrations)
ROLL_BATCH = 5000  # customer ids per transaction: short write locks, an order write waits milliseconds at most


def turnover_roll_due(db: Database, today: date | None = None) -> bool:
    """Whether "CA 12 mois" still follows an earlier month than today's (one read)."""
    with db.read() as r:
        return get_setting(r, "turnover_month") != str(month_key(today or date.today()))


def roll_turnover(db: Database, today: date | None = None, *, batch_size: int = ROLL_BATCH,
                  stop: Callable[[], bool] | None = None) -> int:
    """Bring `turnover_12m` up to today's month; returns how many customers were recomputed.

    Safe with several desks: each customer's value is recomputed from its kept monthly rows (set, never
    added to), so a customer done twice is still right; on PostgreSQL an advisory lock lets one desk roll
    while the others wait and then find the month done. Batches of customer ids, each its own transaction;
    on PostgreSQL a batch locks its customers (FOR UPDATE) before the UPDATE, whose fresh snapshot then
    sees every order write committed on them (a later order write recomputes the customer itself).
    `stop()` true: give up between batches (the window closes); the month stays due and is rolled again.
    """
    today = today or date.today()
    if not turnover_roll_due(db, today):
        return 0  # the usual case: a read, no write lock
    with _roll_lock(db, today, stop) as held:
        return _roll(db, today, batch_size, stop) if held else 0


@contextmanager
def _roll_lock(db: Database, today: date, stop: Callable[[], bool] | None) -> Iterator[bool]:
    """PostgreSQL: hold the roll's session-level advisory lock (True), or False when another desk rolled the
    month meanwhile or `stop()`. SQLite: True (each batch's BEGIN IMMEDIATE serialises the writes)."""
    if db.dialect != "postgresql":
        yield True
        return
    try:
        conn = db.engine.connect()
    except Exception as exc:
        raise _translated(exc) from None
    with conn:
        try:
            while not conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({ROLL_LOCK})").scalar():
                conn.commit()
                if (stop is not None and stop()) or not turnover_roll_due(db, today):
                    yield False
                    return
                time.sleep(0.2)  # another desk is rolling: wait for it to finish, then find it done
            conn.commit()  # a session-level lock: no transaction left open while the batches run
        except Exception as exc:
            raise _translated(exc) from None
        try:
            yield True
        finally:
            try:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({ROLL_LOCK})")
                conn.commit()
            except Exception:  # connection lost: the server released the lock with it
                conn.invalidate()


def _translated(exc: Exception) -> BaseException:
    from crmdesk.store.errors import translated

    return translated(exc)


def _roll(db: Database, today: date, batch_size: int, stop: Callable[[], bool] | None) -> int:
    first, last = last_12_months(today)
    with db.read() as r:
        stored = get_setting(r, "turnover_month")
        low, high = r.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
    if stored == str(last):
        return 0  # another desk rolled it while this one waited for the lock
    old_last = int(stored) if stored.isdigit() else None
    months: list[int] | None = None  # None: every customer with turnover (first roll, or a year or more late)
    if old_last is not None and old_last < last and add_months(old_last, 12) > last:
        # Months that left the window, and months that entered it (orders dated ahead of time).
        months = sorted(set(month_range(add_months(old_last, -11), old_last)) ^ set(month_range(first, last)))
    postgres = db.dialect == "postgresql"
    done = 0
    start = int(low or 0)
    while high is not None and start <= int(high):
        if stop is not None and stop():
            return done
        end = start + batch_size
        with db.session() as s:
            if get_setting(s, "turnover_month") == str(last):
                return done  # SQLite: another desk finished the roll meanwhile
            moved = select(CustomerTurnover.customer_id).where(CustomerTurnover.customer_id >= start,
                                                               CustomerTurnover.customer_id < end)
            if months is not None:
                moved = moved.where(CustomerTurnover.month.in_(months))
            batch = (Customer.id >= start, Customer.id < end, Customer.id.in_(moved))
            if postgres:
                s.execute(select(Customer.id).where(*batch).order_by(Customer.id).with_for_update())
            turnover = (select(func.coalesce(func.sum(CustomerTurnover.amount_excl_tax), 0))
                        .where(CustomerTurnover.customer_id == Customer.id,
                               CustomerTurnover.month.between(first, last)).scalar_subquery())
            result = s.execute(update(Customer).where(*batch).values(turnover_12m=turnover)
                               .execution_options(synchronize_session=False))
            done += int(result.rowcount or 0)  # type: ignore[attr-defined]
        start = end
    with db.session() as s:
        set_setting(s, "turnover_month", str(last))
    return done


# ---- credit control ----------------------------------------------------------------------------------

def lock_customer(s: Session, customer_id: int) -> None:
    """Serialise the writes that change this customer's outstanding amount, until the transaction ends."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(Customer.id).where(Customer.id == customer_id).with_for_update())
    else:
        # A write as the transaction's first statement: pysqlite opens it there and SQLite takes its write
        # lock, waiting (busy timeout) for a colleague's transaction to end; the reads after it see theirs.
        s.execute(text("UPDATE customer SET credit_control = credit_control WHERE id = :id"), {"id": customer_id})


def outstanding_of(s: Session, customer_id: int, *, excluding_order: int | None = None) -> Decimal:
    stmt = (select(func.coalesce(func.sum(SalesOrder.total_incl_tax), 0))
            .where(SalesOrder.customer_id == customer_id, SalesOrder.status.in_(_OUTSTANDING)))
    if excluding_order is not None:
        stmt = stmt.where(SalesOrder.id != excluding_order)
    return _d(s.scalar(stmt))


def enforce_credit(s: Session, customer_id: int, order_amount: Decimal, *, excluding_order: int | None,
                   confirmed: bool) -> CreditCheck | None:
    """The domain's rule on figures read inside the (locked) transaction. Raises CreditLimitError; returns the
    check when the user confirmed going over the limit (the caller records it in the history)."""
    row = s.execute(select(Customer.name, Customer.credit_limit, Customer.credit_control, Customer.currency)
                    .where(Customer.id == customer_id)).one()
    outstanding = outstanding_of(s, customer_id, excluding_order=excluding_order)
    return check_credit(row.credit_control, _d(row.credit_limit) if row.credit_limit is not None else None,
                        outstanding, _d(order_amount), row.name, confirmed=confirmed, currency=row.currency)


def default_credit_control(db: Database) -> CreditControl:
    with db.read() as s:
        return parse_credit_control(get_setting(s, "credit_control_default", DEFAULT_CREDIT_CONTROL.value))


def set_default_credit_control(db: Database, mode: CreditControl | str) -> None:
    with db.session() as s:
        set_setting(s, "credit_control_default", CreditControl(mode).value)


# ---- reading the figures -----------------------------------------------------------------------------

@dataclass(frozen=True)
class TopProduct:
    product_id: int | None
    label: str
    quantity: Decimal
    amount_excl_tax: Decimal


@dataclass(frozen=True)
class CustomerFigures:
    customer_id: int
    currency: str
    turnover_12m: Decimal
    current_year: int
    turnover_current_year: Decimal
    turnover_previous_year: Decimal
    order_count: int  # counted orders (validated and beyond), all time
    average_order: Decimal | None
    last_order_date: date | None
    outstanding: Decimal
    credit_limit: Decimal | None
    credit_control: str
    months: list[tuple[int, Decimal]] = field(default_factory=list)  # the last 12 months, oldest first
    current_year_months: list[Decimal] = field(default_factory=list)  # January to December
    previous_year_months: list[Decimal] = field(default_factory=list)
    top_products: list[TopProduct] = field(default_factory=list)

    @property
    def over_limit(self) -> bool:
        return self.credit_limit is not None and self.outstanding > self.credit_limit


class ActivityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def figures(self, customer_id: int, today: date | None = None, top: int = 5) -> CustomerFigures:
        """Everything the summary band and the "Activité" tab show: kept rows and indexed aggregates only."""
        today = today or date.today()
        first, last = last_12_months(today)
        year = today.year
        with self.db.read() as s:
            c = s.execute(select(Customer.currency, Customer.outstanding_amount, Customer.credit_limit,
                                 Customer.credit_control).where(Customer.id == customer_id)).one()
            by_month = {m: (_d(a), int(n)) for m, a, n in s.execute(
                select(CustomerTurnover.month, CustomerTurnover.amount_excl_tax, CustomerTurnover.order_count)
                .where(CustomerTurnover.customer_id == customer_id))}
            last_date = s.scalar(select(func.max(SalesOrder.order_date)).where(
                SalesOrder.customer_id == customer_id, SalesOrder.status.in_(_TURNOVER)))
            top_rows = s.execute(
                select(OrderLine.product_id, func.coalesce(Product.name, func.min(OrderLine.description)),
                       func.sum(OrderLine.quantity),
                       func.sum(OrderLine.quantity * OrderLine.unit_price * (100 - OrderLine.discount_percent) / 100))
                .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
                .outerjoin(Product, Product.id == OrderLine.product_id)
                .where(SalesOrder.customer_id == customer_id, SalesOrder.status.in_(_TURNOVER))
                .group_by(OrderLine.product_id, Product.name)
                .order_by(func.sum(OrderLine.quantity * OrderLine.unit_price
                                   * (100 - OrderLine.discount_percent) / 100).desc())
                .limit(top)).all()
        total = sum((a for a, _ in by_month.values()), Decimal(0))
        count = sum(n for _, n in by_month.values())

        def amount(m: int) -> Decimal:
            return by_month.get(m, (Decimal(0), 0))[0]

        return CustomerFigures(
            customer_id=customer_id, currency=c.currency or "EUR",
            turnover_12m=sum((amount(m) for m in month_range(first, last)), Decimal(0)),
            current_year=year,
            turnover_current_year=sum((amount(year * 100 + m) for m in range(1, 13)), Decimal(0)),
            turnover_previous_year=sum((amount((year - 1) * 100 + m) for m in range(1, 13)), Decimal(0)),
            order_count=count, average_order=(total / count).quantize(CENT) if count else None,
            last_order_date=last_date, outstanding=_d(c.outstanding_amount),
            credit_limit=_d(c.credit_limit) if c.credit_limit is not None else None,
            credit_control=parse_credit_control(c.credit_control).value,
            months=[(m, amount(m)) for m in month_range(first, last)],
            current_year_months=[amount(year * 100 + m) for m in range(1, 13)],
            previous_year_months=[amount((year - 1) * 100 + m) for m in range(1, 13)],
            top_products=[TopProduct(pid, str(label or ""), Decimal(str(q or 0)), _d(a)) for pid, label, q, a in top_rows],
        )


# ---- demo data ---------------------------------------------------------------------------------------

@dataclass
class CardRows:
    """Rows the demo generator writes with a batch of customers: monthly turnover and contacts."""

    turnover: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)


def demo_card_rows(customers: list[dict[str, Any]], orders: Iterable[dict[str, Any]], today: date,
                   first_contact_id: int, phone_forms: Callable[[str], str] = phone_search_forms) -> CardRows:
    """Fill the kept figures of generated customer rows (before they are written) and build their monthly
    turnover rows and contacts: what the services would have kept had the orders been typed in."""
    first, last = last_12_months(today)
    months: dict[tuple[int, int], list[Any]] = defaultdict(lambda: [Decimal(0), 0])
    outstanding: dict[int, Decimal] = defaultdict(Decimal)
    for o in orders:
        status = o["status"]
        if status in _TURNOVER:
            cell = months[(o["customer_id"], month_key(o["order_date"]))]
            cell[0] += Decimal(str(o["total_excl_tax"]))
            cell[1] += 1
        if status in _OUTSTANDING:
            outstanding[o["customer_id"]] += Decimal(str(o["total_incl_tax"]))
    turnover12: dict[int, Decimal] = defaultdict(Decimal)
    rows = CardRows()
    for (cid, m), (amount, n) in sorted(months.items()):
        rows.turnover.append({"customer_id": cid, "month": m, "amount_excl_tax": amount, "order_count": n})
        if first <= m <= last:
            turnover12[cid] += amount
    next_id = first_contact_id
    for c in customers:
        cid = c["id"]
        c["credit_control"] = c.get("credit_control") or DEFAULT_CREDIT_CONTROL.value
        c["turnover_12m"] = turnover12.get(cid, Decimal(0))
        c["outstanding_amount"] = outstanding.get(cid, Decimal(0))
        limit = c.get("credit_limit")
        c["over_credit_limit"] = limit is not None and c["outstanding_amount"] > limit
        if c.get("kind") == "company" and (c.get("first_name") or c.get("last_name")):
            base = {"customer_id": cid, "civility": c.get("civility", ""), "job_title": c.get("job_title", ""),
                    "language": c.get("language") or "fr", "mobile": ""}
            rows.contacts.append({**base, "id": next_id, "position": 0, "first_name": c.get("first_name", ""),
                                  "last_name": c.get("last_name", ""), "role": "management",
                                  "email": c.get("email", ""), "phone": c.get("phone", ""),
                                  "mobile": c.get("mobile", ""), "is_main": True})
            next_id += 1
            if cid % 3 == 0 and "@" in (c.get("email") or ""):
                # An accounting department to propose on orders.
                rows.contacts.append({**base, "id": next_id, "position": 1, "civility": "", "first_name": "",
                                      "last_name": "Service comptabilité", "job_title": "Comptabilité",
                                      "role": "accounting", "email": "compta@" + c["email"].split("@", 1)[1],
                                      "phone": c.get("phone", ""), "is_main": False})
                next_id += 1
    # The search text the services would write: the customer's, then its contacts' terms (contacts.py).
    by_customer: dict[int, list[str]] = defaultdict(list)
    for contact in rows.contacts:
        terms = by_customer[contact["customer_id"]]
        terms.append(fold(" ".join(p for p in (contact["first_name"], contact["last_name"], contact["email"]) if p)))
        terms.extend(phone_forms(p) for p in (contact["phone"], contact["mobile"]) if p)
    for c in customers:
        terms = [term for term in by_customer.get(c["id"], ()) if term]
        if terms:
            c["search_text"] = " ".join(p for p in (c.get("search_text", ""), *terms) if p)
    return rows


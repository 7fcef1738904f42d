"""Order services: defaults from the customer, the editing rule at save time, status changes, lists."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.addresses import ORDER_ADDRESS_PARTS, default_addresses, order_address
from crmdesk.domain.codes import order_number
from crmdesk.domain.credit import CHECKED_STATUSES, CreditCheck, CreditControl, CreditLimitError
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import ConflictError, FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.fields import ORDER_FIELDS
from crmdesk.domain.i18n import language, translate
from crmdesk.domain.money import LineAmounts, Totals, compute_totals
from crmdesk.domain.orders import (
    EDITABLE_STATUSES,
    check_can_validate,
    check_editable,
    check_transition,
    line_errors,
    order_total_errors,
)
from crmdesk.domain.records import AddressData, OrderData, OrderLineData
from crmdesk.domain.text import check_storable, describe, first_unstorable
from crmdesk.domain.validation import check_length, clean_text
from crmdesk.services.activity import enforce_credit, lock_customer
from crmdesk.services.common import next_counter, now, page_window
from crmdesk.services.contacts import accounting_contact_of, contact_name, stamp_accounting_contact
from crmdesk.services.customers import refresh_order_summary
from crmdesk.services.history import record
from crmdesk.services.order_search import order_filter, write_words
from crmdesk.store.database import Database
from crmdesk.store.models import Customer, OrderWord, PaymentMethod, Product, SalesOrder
from crmdesk.store.models import OrderLine as OrderLineRow

_ADDRESS_PARTS = ORDER_ADDRESS_PARTS


format_number = order_number  # the domain's format (crmdesk.domain.codes)


def order_totals(lines: list[OrderLineData]) -> Totals:
    return compute_totals(
        LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate) for line in lines
    )


@dataclass(frozen=True)
class OrderQuery:
    text: str = ""
    customer_id: int | None = None
    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    order_date: date
    status: str
    customer_id: int
    customer_code: str
    customer_name: str
    line_count: int
    total_excl_tax: Decimal
    total_incl_tax: Decimal
    payment_method: str
    delivery_city: str
    customer_reference: str


SORT_COLUMNS = {
    "number": (SalesOrder.number,),
    "date": (SalesOrder.order_date,),
    "status": (SalesOrder.status, SalesOrder.order_date),
    # The customer's id between name and date: the order of a walk of the customer name index, then of each
    # customer's orders by date, so the first page needs no sort of every order.
    "customer": (Customer.sort_name, Customer.id, SalesOrder.order_date),
    "total_excl_tax": (SalesOrder.total_excl_tax,),
    "total_incl_tax": (SalesOrder.total_incl_tax,),
    "line_count": (SalesOrder.line_count,),
    "delivery_city": (SalesOrder.delivery_city,),
    "payment_method": (SalesOrder.payment_method_id,),
}




def _address_from(o: SalesOrder, prefix: str) -> AddressData:
    return AddressData(**{part: getattr(o, f"{prefix}_{part}") for part in _ADDRESS_PARTS})


def _to_data(o: SalesOrder, customer: Customer) -> OrderData:
    data = _plain(o, customer)
    # Lines keep only the product id; show the product's reference with them.
    ids = [line.product_id for line in data.lines if line.product_id is not None]
    if ids:
        session = Session.object_session(o)
        if session is not None:
            products = products_by_id(session, ids)
            for line in data.lines:
                if line.product_id in products:
                    line.product_reference = products[line.product_id].reference
    return data


def _plain(o: SalesOrder, customer: Customer) -> OrderData:
    return OrderData(
        id=o.id, version=o.version, number=o.number, customer_id=o.customer_id, customer_code=customer.code,
        customer_name=customer.name, order_date=o.order_date, status=o.status,
        payment_method_id=o.payment_method_id, payment_terms_id=o.payment_terms_id, carrier_id=o.carrier_id,
        billing_address=_address_from(o, "billing"), delivery_address=_address_from(o, "delivery"),
        customer_reference=o.customer_reference, notes=o.notes,
        lines=[
            OrderLineData(id=line.id, product_id=line.product_id, description=line.description,
                          quantity=line.quantity, unit_price=line.unit_price,
                          discount_percent=line.discount_percent, vat_rate=line.vat_rate)
            for line in o.lines
        ],
        created_at=o.created_at, updated_at=o.updated_at,
        accounting_contact_name=o.accounting_contact_name, accounting_contact_email=o.accounting_contact_email,
        accounting_contact_phone=o.accounting_contact_phone,
    )


def validate_order(data: OrderData) -> OrderData:
    errors: list[FieldError] = []
    out = replace(data, customer_reference=clean_text(data.customer_reference), notes=clean_text(data.notes))
    for name in ("customer_reference", "notes"):
        try:
            check_storable(name, ORDER_FIELDS[name].label, getattr(out, name), name == "notes")
            check_length(name, getattr(out, name), ORDER_FIELDS[name])
        except FieldError as exc:
            errors.append(exc)
    if out.customer_id is None:
        errors.append(FieldError("customer", translate("services.orders", "Choose a customer.")))
    lines: list[OrderLineData] = []
    for i, line in enumerate(out.lines, start=1):
        line = replace(line, description=clean_text(line.description))
        where = translate("services.orders", "Line {n}").format(n=i)
        bad = first_unstorable(line.description)
        if bad is not None:
            errors.append(FieldError("order_lines", translate("services.orders", "{where}: the description contains an invisible character that cannot be stored ({char}); "
                "remove it.").format(where=where, char=describe(bad))))
        elif not line.description:
            errors.append(FieldError("order_lines", translate("services.orders", "{where}: the description is required.").format(where=where)))
        elif len(line.description) > (ORDER_FIELDS["description"].max_length or 300):
            errors.append(FieldError("order_lines", translate("services.orders", "{where}: the description is too long.").format(where=where)))
        errors.extend(FieldError("order_lines", translate("services.orders", "{where}: {reason}").format(where=where,
                                                   reason=e.message)) for e in line_errors(line))
        lines.append(line)
    out.lines = lines
    if not errors:
        errors.extend(order_total_errors(lines))
    if errors:
        raise ValidationErrors(errors)
    return out


class OrderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading -------------------------------------------------------
    def get(self, order_id: int) -> OrderData:
        with self.db.read() as s:
            o = s.get(SalesOrder, order_id)
            if o is None:
                raise NotFoundError(translate("services.orders", "This order no longer exists."))
            customer = s.get(Customer, o.customer_id)
            assert customer is not None
            return _to_data(o, customer)

    def new_order_for(self, customer_id: int, order_date: date | None = None) -> OrderData:
        """An unsaved order with the customer's defaults: preferred payment method, terms, addresses, carrier."""
        with self.db.read() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFoundError(translate("services.orders", "This customer no longer exists."))
            billing, delivery = default_addresses(c.addresses)
            contact = accounting_contact_of(s, c.id)
            return OrderData(
                customer_id=c.id, customer_code=c.code, customer_name=c.name,
                order_date=order_date or date.today(), status=OrderStatus.DRAFT.value,
                payment_method_id=c.preferred_payment_method_id, payment_terms_id=c.payment_terms_id,
                carrier_id=c.default_carrier_id, billing_address=order_address(billing, c.name),
                delivery_address=order_address(delivery, c.name),
                # Proposed; the order stores the accounting contact of the moment it is created.
                accounting_contact_name=contact_name(contact), accounting_contact_email=contact.email if contact else "",
                accounting_contact_phone=(contact.phone or contact.mobile) if contact else "",
            )

    def _filtered(self, stmt: Select, q: OrderQuery, s: Session | None = None,
                  top: tuple[int, bool] | None = None) -> Select:
        """The query's filters; with `s` (a page read on SQLite), the search planned for its first page."""
        if q.customer_id is not None:
            stmt = stmt.where(SalesOrder.customer_id == q.customer_id)
        if q.statuses:
            stmt = stmt.where(SalesOrder.status.in_(q.statuses))
        if q.date_from is not None:
            stmt = stmt.where(SalesOrder.order_date >= q.date_from)
        if q.date_to is not None:
            stmt = stmt.where(SalesOrder.order_date <= q.date_to)
        # The customers' rule, on the order's number and PO reference and on its customer (order_search).
        plain = q.customer_id is None and not q.statuses and q.date_from is None and q.date_to is None
        where = order_filter(s, self.db.dialect, q.text, counting=s is None,
                             top=top if plain and q.sort == "date" else None)
        return stmt if where is None else stmt.where(where)

    def count(self, query: OrderQuery) -> int:
        stmt = self._filtered(select(func.count()).select_from(SalesOrder), query)
        with self.db.read() as s:
            return int(s.scalar(stmt) or 0)

    def totals(self, query: OrderQuery) -> tuple[Decimal, Decimal]:
        """Totals excluding and including tax of every order the query matches, cancelled orders excluded: a
        cancelled order never counts in a total."""
        stmt = self._filtered(
            select(func.coalesce(func.sum(SalesOrder.total_excl_tax), 0),
                   func.coalesce(func.sum(SalesOrder.total_incl_tax), 0)).select_from(SalesOrder), query
        ).where(SalesOrder.status != OrderStatus.CANCELLED.value)
        with self.db.read() as s:
            excl, incl = s.execute(stmt).one()
        return Decimal(excl).quantize(Decimal("0.01")), Decimal(incl).quantize(Decimal("0.01"))

    def page(self, query: OrderQuery, offset: int, limit: int, total: int | None = None) -> list[OrderRow]:
        """Rows `offset` to `offset + limit`: the ids first, from the sort's index (the customer joined only
        to sort by its name), then only those rows with their customer and payment method. With `total`
        (the list's row count), a page in the second half is read backwards from the end: OFFSET walks
        what it skips, so the last page of two million orders is as quick as the first."""
        window = page_window(offset, limit, total)
        if window is None:
            return []
        descending = query.descending != window.backwards
        sort = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["date"])
        ids_stmt = select(SalesOrder.id)
        if query.sort == "customer":
            ids_stmt = ids_stmt.join(Customer, Customer.id == SalesOrder.customer_id)
        order_by = [c.desc() if descending else c.asc() for c in [*sort, SalesOrder.id]]
        # The payment method in the user's language, as catalog.payment_methods() gives it.
        method = (func.coalesce(func.nullif(PaymentMethod.label_en, ""), PaymentMethod.label, "")
                  if language() == "en" else func.coalesce(PaymentMethod.label, ""))
        rows_stmt = (
            select(SalesOrder.id, SalesOrder.number, SalesOrder.order_date, SalesOrder.status,
                   SalesOrder.customer_id, Customer.code, Customer.name, SalesOrder.line_count,
                   SalesOrder.total_excl_tax, SalesOrder.total_incl_tax, method,
                   SalesOrder.delivery_city, SalesOrder.customer_reference)
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .outerjoin(PaymentMethod, PaymentMethod.id == SalesOrder.payment_method_id)
        )
        with self.db.read() as s:
            ids_stmt = self._filtered(ids_stmt, query, s, (window.offset + window.limit, descending)).order_by(*order_by)
            ids = list(s.scalars(ids_stmt.offset(window.offset).limit(window.limit)))
            if window.backwards:
                ids.reverse()
            if not ids:
                return []
            rows = {row[0]: OrderRow(*tuple(row)) for row in s.execute(rows_stmt.where(SalesOrder.id.in_(ids))).all()}
        return [rows[i] for i in ids if i in rows]

    # ---- writing -------------------------------------------------------
    def create(self, data: OrderData, *, credit_confirmed: bool = False) -> OrderData:
        """Save a new draft. Over the customer's credit limit, raises CreditLimitError (nothing written)
        unless `credit_confirmed` (the user saw the figures and went on: recorded in the history)."""
        clean = validate_order(data)
        with self._credit_refusals(clean.customer_id), self.db.session() as s:
            if clean.customer_id is not None:
                lock_customer(s, clean.customer_id)
            customer = s.get(Customer, clean.customer_id)
            if customer is None:
                raise NotFoundError(translate("services.orders", "This customer no longer exists."))
            confirmed = enforce_credit(s, customer.id, order_totals(clean.lines).incl_tax, excluding_order=None,
                                       confirmed=credit_confirmed)
            order_date = clean.order_date or date.today()
            number = clean.number or self._next_number(s, order_date.year)
            o = SalesOrder(number=number, customer_id=customer.id, order_date=order_date,
                           status=OrderStatus.DRAFT.value, version=1, created_at=now(), updated_at=now())
            self._apply(o, clean)
            stamp_accounting_contact(s, o)  # kept as it is today: later contact changes leave the order as is
            s.add(o)
            s.flush()
            write_words(s, o.id, o.number, o.customer_reference, o.order_date)
            self._record_credit(s, o, confirmed)
            refresh_order_summary(s, customer.id)
            s.flush()
            s.refresh(customer)
            return _to_data(o, customer)

    def update(self, data: OrderData, *, credit_confirmed: bool = False) -> OrderData:
        """Save header and lines. Refused, nothing written, if the order is prepared or beyond
        (also when a colleague prepared it meanwhile) or if someone else saved it since it was read."""
        if data.id is None:
            raise ValueError("update needs a saved order")
        clean = validate_order(data)
        with self._credit_refusals(clean.customer_id), self.db.session() as s:
            if clean.customer_id is not None:
                lock_customer(s, clean.customer_id)
            # The guard and the version bump are one statement: a concurrent "prepare" either
            # committed before it (then 0 rows) or waits behind this transaction.
            bumped = s.execute(
                update(SalesOrder)
                .where(SalesOrder.id == clean.id, SalesOrder.version == clean.version,
                       SalesOrder.status.in_([st.value for st in EDITABLE_STATUSES]))
                .values(version=SalesOrder.version + 1, updated_at=now())
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            o = s.get(SalesOrder, clean.id)
            if o is None:
                raise NotFoundError(translate("services.orders", "This order no longer exists."))
            s.refresh(o)
            if not bumped:
                check_editable(o.status, o.number)
                raise ConflictError(translate("services.orders", "Someone else saved order {number} since you opened it. Reload it to see their changes.").format(number=o.number))
            confirmed = None
            new_total = order_totals(clean.lines).incl_tax
            if OrderStatus(o.status) in CHECKED_STATUSES and new_total > (o.total_incl_tax or 0):
                confirmed = enforce_credit(s, o.customer_id, new_total, excluding_order=o.id,
                                           confirmed=credit_confirmed)
            self._apply(o, clean)
            s.flush()
            write_words(s, o.id, o.number, o.customer_reference, o.order_date)
            self._record_credit(s, o, confirmed)
            refresh_order_summary(s, o.customer_id)
            customer = s.get(Customer, o.customer_id)
            assert customer is not None
            s.refresh(customer)
            return _to_data(o, customer)

    def set_status(self, order_id: int, target: OrderStatus | str, expected_version: int | None = None, *,
                   credit_confirmed: bool = False) -> OrderData:
        """Validating checks the credit limit as create() does, on figures read under the customer's lock: of
        two colleagues validating at once, the second sees the first's order in the outstanding amount."""
        target = OrderStatus(target)
        with self.db.read() as r:
            customer_id = r.scalar(select(SalesOrder.customer_id).where(SalesOrder.id == order_id))
        with self._credit_refusals(customer_id), self.db.session() as s:
            if customer_id is not None:
                # Every status change moves the customer's kept figures: one writer per customer at a time,
                # so each recomputes them from what the previous one committed.
                lock_customer(s, customer_id)
            o = s.get(SalesOrder, order_id)
            if o is None:
                raise NotFoundError(translate("services.orders", "This order no longer exists."))
            s.refresh(o)
            check_transition(o.status, target)
            previous = o.status
            if target is OrderStatus.VALIDATED:
                check_can_validate(len(o.lines), o.delivery_street1, o.number)
            conditions = [SalesOrder.id == order_id, SalesOrder.status == o.status]
            if expected_version is not None:
                conditions.append(SalesOrder.version == expected_version)
            changed = s.execute(
                update(SalesOrder).where(*conditions)
                .values(status=target.value, version=SalesOrder.version + 1, updated_at=now())
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            s.refresh(o)
            if not changed:
                raise ConflictError(translate("services.orders", "Someone else changed order {number} meanwhile; it is now {status}.").format(number=o.number, status=OrderStatus(o.status).label.lower()))
            if target is OrderStatus.VALIDATED:
                confirmed = enforce_credit(s, o.customer_id, o.total_incl_tax, excluding_order=o.id,
                                           confirmed=credit_confirmed)
                self._record_credit(s, o, confirmed)
            record(s, entity="order", action="status", customer_id=o.customer_id, entity_id=o.id, order_id=o.id,
                   field="status", old=previous, new=target.value)
            refresh_order_summary(s, o.customer_id)
            customer = s.get(Customer, o.customer_id)
            assert customer is not None
            return _to_data(o, customer)

    def delete_draft(self, order_id: int) -> None:
        with self.db.read() as r:
            customer_id = r.scalar(select(SalesOrder.customer_id).where(SalesOrder.id == order_id))
        with self.db.session() as s:
            if customer_id is not None:
                lock_customer(s, customer_id)
            o = s.get(SalesOrder, order_id)
            if o is None:
                return
            if o.status != OrderStatus.DRAFT.value:
                raise ConflictError(translate("services.orders", "Only a draft order can be deleted; cancel it instead."))
            customer_id = o.customer_id
            s.execute(delete(OrderWord).where(OrderWord.order_id == o.id))
            s.delete(o)
            s.flush()
            refresh_order_summary(s, customer_id)

    # ---- internals -----------------------------------------------------
    @contextmanager
    def _credit_refusals(self, customer_id: int | None) -> Iterator[None]:
        """A refusal by a blocking credit control is itself recorded (in its own transaction: the refused
        write was rolled back)."""
        try:
            yield
        except CreditLimitError as exc:
            if exc.blocking and customer_id is not None:
                with self.db.session() as s:
                    record(s, entity="order", action="credit_refused", customer_id=customer_id,
                           field="credit_limit", new=exc.check.message())
            raise

    @staticmethod
    def _record_credit(s: Session, o: SalesOrder, check: CreditCheck | None) -> None:
        if check is None:
            return
        action = "credit_override" if check.mode is CreditControl.BLOCK else "credit_confirmed"
        record(s, entity="order", action=action, customer_id=o.customer_id, entity_id=o.id, order_id=o.id,
               field="credit_limit", new=check.message())

    @staticmethod
    def _next_number(s: Session, year: int) -> str:
        while True:
            number = format_number(year, next_counter(s, f"order-{year}"))
            if s.scalar(select(SalesOrder.id).where(SalesOrder.number == number)) is None:
                return number

    @staticmethod
    def _apply(o: SalesOrder, data: OrderData) -> None:
        o.order_date = data.order_date or o.order_date or date.today()
        o.payment_method_id = data.payment_method_id
        o.payment_terms_id = data.payment_terms_id
        o.carrier_id = data.carrier_id
        o.customer_reference = data.customer_reference
        o.notes = data.notes
        for prefix, address in (("billing", data.billing_address), ("delivery", data.delivery_address)):
            for part in _ADDRESS_PARTS:
                value = clean_text(getattr(address, part))
                if part == "country":
                    value = value.upper() or "FR"  # ISO 3166 alpha-2, as on the customer's addresses
                setattr(o, f"{prefix}_{part}", value)
        o.lines.clear()
        for position, line in enumerate(data.lines):
            o.lines.append(OrderLineRow(position=position, product_id=line.product_id, description=line.description,
                                        quantity=line.quantity, unit_price=line.unit_price,
                                        discount_percent=line.discount_percent, vat_rate=line.vat_rate))
        totals = order_totals(data.lines)
        o.line_count = len(data.lines)
        o.total_excl_tax = totals.excl_tax
        o.total_incl_tax = totals.incl_tax


def products_by_id(s: Session, ids: list[int]) -> dict[int, Product]:
    return {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(ids)))}

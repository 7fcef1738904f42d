"""Customer services: create, read, update, duplicate, archive, delete, addresses, list and search."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    delete,
    false,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from crmdesk.domain.addresses import default_addresses, flags_of, resolve_defaults
from crmdesk.domain.card import CardEdits
from crmdesk.domain.codes import customer_code
from crmdesk.domain.credit import DEFAULT_CREDIT_CONTROL, parse_credit_control
from crmdesk.domain.errors import (
    ConflictError,
    DeleteRefusedError,
    FieldError,
    NotFoundError,
    ValidationErrors,
)
from crmdesk.domain.fields import CUSTOMER_FIELDS, NOT_COPIED_ON_DUPLICATE
from crmdesk.domain.i18n import language, translate
from crmdesk.domain.orders import OPEN_STATUSES
from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.domain.text import excerpt
from crmdesk.domain.validation import (
    check_email,
    check_siren,
    check_siret,
    check_vat_number,
    clean_text,
    fold,
    validate_address,
    validate_customer,
)
from crmdesk.services import customer_search, undo
from crmdesk.services.activity import get_setting, refresh_figures
from crmdesk.services.card import write_card
from crmdesk.services.common import (
    customer_search_text,
    customer_text_filter,
    next_counter,
    now,
    page_window,
)
from crmdesk.services.contacts import company_person_to_contact, contact_search_terms
from crmdesk.services.einvoicing import einvoice_addresses_of, set_einvoice_addresses
from crmdesk.services.history import record
from crmdesk.services.undo import DeletedCustomers
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Category, Customer, CustomerCategory, PaymentMethod, SalesOrder

CODE_SERIES = "customer"

# CustomerData fields stored as columns of the same name.
_COLUMNS = [
    f.name
    for f in fields(CustomerData)
    if f.name not in {"id", "version", "addresses", "created_at", "updated_at", "order_count", "einvoice_addresses"}
]
_ADDRESS_COLUMNS = [f.name for f in fields(AddressData) if f.name != "id"]


format_code = customer_code  # the domain's format (crmdesk.domain.codes)


def copy_suffix() -> str:
    return translate("services.customers", " (copy)")


@dataclass(frozen=True)
class CustomerQuery:
    """What the customer list shows: search text, filters and sort."""

    text: str = ""
    status: str = "active"  # active, archived, all
    kind: str | None = None
    payment_method_id: int | None = None
    payment_terms_id: int | None = None
    place_prefix: str = ""  # city or postal-code prefix
    has_open_orders: bool = False
    over_credit_limit: bool = False  # outstanding orders over the credit limit (issue 13)
    category_id: int | None = None  # customers in this category (issue 13)
    created_from: date | None = None
    created_to: date | None = None
    sort: str = "name"
    descending: bool = False


class CustomerRow(NamedTuple):
    """One line of the customer list (a tuple: a page of them is built for every scroll step)."""

    id: int
    code: str
    name: str
    kind: str
    city: str
    postal_code: str
    phone: str
    email: str
    payment_method: str
    order_count: int
    last_order_date: date | None
    active: bool
    turnover_12m: Decimal = Decimal(0)  # "CA 12 mois" (issue 13)
    outstanding_amount: Decimal = Decimal(0)  # "Encours"
    over_credit_limit: bool = False
    categories: str = ""  # the labels of its categories, ", "-separated (issue 13)


@dataclass(frozen=True)
class DuplicateHint:
    id: int
    code: str
    name: str
    field: str
    active: bool


SORT_COLUMNS = {
    "code": (Customer.code,),
    "name": (Customer.sort_name,),
    "kind": (Customer.kind, Customer.sort_name),
    "city": (Customer.billing_city, Customer.sort_name),
    "postal_code": (Customer.billing_postal_code, Customer.sort_name),
    "phone": (Customer.phone,),
    "email": (Customer.email,),
    "payment_method": (Customer.preferred_payment_method_id, Customer.sort_name),
    "order_count": (Customer.order_count, Customer.sort_name),
    "last_order_date": (Customer.last_order_date, Customer.sort_name),
    "status": (Customer.active, Customer.sort_name),
    "created_at": (Customer.created_at, Customer.sort_name),  # as its indexes (migration 0003)
    "turnover_12m": (Customer.turnover_12m, Customer.sort_name),  # migration 0006
    "outstanding_amount": (Customer.outstanding_amount, Customer.sort_name),
}


def _order_by(columns: Sequence, descending: bool, dialect: str = "postgresql",
              indexed: bool = True) -> list:
    """NULLs sort as the largest value on both backends: PostgreSQL's own order, which its indexes serve.
    SQLite puts NULLs first and cannot walk an index for NULLS LAST: there a nullable key is sorted as
    (key IS NULL, key), which the expression indexes of migration 0002 serve, and NOT NULL keys plainly.
    indexed=False (SQLite): an order no index can give, so that the planner does not walk one."""
    if dialect != "sqlite":
        return [c.desc().nulls_first() if descending else c.asc().nulls_last() for c in columns]
    order: list[Any] = []
    for c in columns:
        nullable = bool(Customer.__table__.c[c.key].nullable)
        c = c if indexed or c.key == "id" else _no_index(c)
        keys = [c.is_(None), c] if nullable else [c]
        order.extend(k.desc() if descending else k.asc() for k in keys)
    return order


def _no_index(column: Any) -> Any:
    """`+column`: the same value, which SQLite will not look up or sort through an index."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


_ALL = CustomerQuery(status="all")


def _ROW_SELECT() -> Select:  # noqa: N802
    """The columns of a CustomerRow (a function: the payment label follows the current language)."""
    return _row_select(language())


@cache
def _row_select(_language: str) -> Select:
    # Statements are immutable: built once per language, not for every page.
    return select(
        Customer.id, Customer.code, Customer.name, Customer.kind, Customer.billing_city,
        Customer.billing_postal_code, Customer.phone, Customer.email, _payment_label(),
        Customer.order_count, Customer.last_order_date, Customer.active,
        Customer.turnover_12m, Customer.outstanding_amount, Customer.over_credit_limit,
        select(func.coalesce(func.aggregate_strings(Category.label, ", "), ""))
        .join(CustomerCategory, CustomerCategory.category_id == Category.id)
        .where(CustomerCategory.customer_id == Customer.id).scalar_subquery().label("categories"),
    ).outerjoin(PaymentMethod, PaymentMethod.id == Customer.preferred_payment_method_id)


def _id_in(dialect: str) -> Any:
    """customer.id among the ids of the `ids` parameter (see _ids_param)."""
    if dialect == "sqlite":
        return Customer.id.in_(select(literal_column("value")).select_from(func.json_each(bindparam("ids"))))
    return Customer.id == func.any(bindparam("ids", type_=ARRAY(Integer)))


def _ids_param(dialect: str, ids: list[int]) -> Any:
    return json.dumps(ids) if dialect == "sqlite" else ids


def _payment_label() -> ColumnElement[Any]:
    """The payment method's label as the reference lists show it: English when available in English."""
    if language() == "en":
        return func.coalesce(func.nullif(PaymentMethod.label_en, ""), PaymentMethod.label, "")
    return func.coalesce(PaymentMethod.label, "")


def _to_data(c: Customer) -> CustomerData:
    data = CustomerData(id=c.id, version=c.version, created_at=c.created_at, updated_at=c.updated_at,
                        order_count=c.order_count)
    for name in _COLUMNS:
        setattr(data, name, getattr(c, name))
    data.addresses = [_address_data(a) for a in c.addresses]
    data.einvoice_addresses = einvoice_addresses_of(c)
    return data


def _address_data(a: Address) -> AddressData:
    return AddressData(id=a.id, **{name: getattr(a, name) for name in _ADDRESS_COLUMNS})


def _stored_form(check: Callable[[str], str], value: str) -> str:
    """The value as the services would store it, or as typed when it does not validate."""
    try:
        return check(value)
    except FieldError:
        return clean_text(value)


def _field_label(name: str) -> str:
    if name == "addresses":
        return translate("services.customers", "addresses")
    if name == "default_carrier_id":
        return translate("services.customers", "Default carrier")
    rule = CUSTOMER_FIELDS.get(name.removesuffix("_id"))
    return rule.label if rule else name


def _differs(a: object, b: object) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return (Decimal(a) if a is not None else None) != (Decimal(b) if b is not None else None)  # type: ignore[arg-type]
    return (a or None) != (b or None)


class CustomerService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # The list's statement per query (the GUI and the worker thread read it; dict operations are atomic).
        self._id_queries: dict[tuple[CustomerQuery, bool, bool], Select] = {}

    # ---- reading -------------------------------------------------------
    def get(self, customer_id: int) -> CustomerData:
        with self.db.read() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFoundError(translate("services.customers", "This customer no longer exists."))
            return _to_data(c)

    def new_customer(self) -> CustomerData:
        """An unsaved customer with the defaults; the code is given at save time when left empty."""
        with self.db.read() as s:
            method = s.scalar(select(PaymentMethod.id).where(PaymentMethod.code == "virement"))
            credit = get_setting(s, "credit_control_default", DEFAULT_CREDIT_CONTROL.value)
        return CustomerData(preferred_payment_method_id=method, credit_control=parse_credit_control(credit).value)

    def duplicate_draft(self, customer_id: int) -> CustomerData:
        """A copy to edit before saving: new code, name + ' (copie)', addresses copied, no orders."""
        src = self.get(customer_id)
        copy = replace(src, id=None, version=0, code="", created_at=None, updated_at=None, order_count=0,
                       **NOT_COPIED_ON_DUPLICATE)  # type: ignore[arg-type]
        rule = CUSTOMER_FIELDS["name"]
        suffix = copy_suffix()
        copy.name = src.name[: (rule.max_length or 200) - len(suffix)] + suffix
        copy.addresses = [replace(a, id=None) for a in src.addresses]
        copy.einvoice_addresses = [replace(a, id=None) for a in src.einvoice_addresses]
        return copy

    def duplicate(self, customer_id: int) -> CustomerData:
        return self.create(self.duplicate_draft(customer_id))

    def count(self, query: CustomerQuery) -> int:
        with self.db.read() as s:
            if self.db.is_sqlite and replace(query, status="all", sort="name", descending=False) == _ALL:
                # COUNT(*) of a whole SQLite table is its fast path (no row visited): the list without
                # search or filter is counted as everyone minus (or only) the few archived customers.
                archived = int(s.scalar(select(func.count()).select_from(Customer)
                                        .where(Customer.active.is_(False))) or 0)
                if query.status == "archived":
                    return archived
                total = int(s.scalar(select(func.count()).select_from(Customer)) or 0)
                return total if query.status == "all" else total - archived
            return int(s.scalar(self._count_query(s, query)) or 0)

    def _count_query(self, s: Session, query: CustomerQuery, *where: Any) -> Select:
        """COUNT of the customers the query lists (and `where`); on SQLite with the plan of the search."""
        if customer_search.searching(self.db.dialect, query.text):
            stmt, indexed = self._text_plan(s, select(func.count()).select_from(Customer), query.text, counting=True)
            return self._filtered(stmt, query, text_search=False, indexed=indexed).where(*where)
        return self._filtered(select(func.count()).select_from(Customer), query).where(*where)

    def page(self, query: CustomerQuery, offset: int, limit: int, total: int | None = None) -> list[CustomerRow]:
        """Rows `offset` to `offset + limit` of the list, selecting only the columns shown.

        The ids of the page are read first, from the sort index alone where one serves the query; then
        only those rows. With `total` (the list's row count), a page in the second half of the list is read
        backwards from the end: the last page of a million is as quick as the first.
        """
        window = page_window(offset, limit, total)
        if window is None:
            return []
        with self.db.read() as s:
            stmt = self._id_query(s, query, descending=query.descending != window.backwards,
                                  deep=window.offset > 2000)
            ids = list(s.scalars(stmt.offset(window.offset).limit(window.limit)))
            if window.backwards:
                ids.reverse()
            if not ids:
                return []
            # Core rows, and the ids as one parameter: the ORM's row handling and 200 bound parameters
            # cost more than the query itself.
            found = s.connection().execute(_ROW_SELECT().where(_id_in(self.db.dialect)), {"ids": _ids_param(
                self.db.dialect, ids)})
            rows = {row[0]: CustomerRow._make(row) for row in found.fetchall()}
        return [rows[i] for i in ids if i in rows]

    def _id_query(self, s: Session, query: CustomerQuery, descending: bool,
                  deep: bool = False) -> Select:
        """Ids of the customers of the list in order: the filters, the search and the sort."""
        text_plan = customer_search.searching(self.db.dialect, query.text)
        key = (query, descending, deep)
        cached = None if text_plan else self._id_queries.get(key)
        if cached is not None:
            return cached
        columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["name"])
        indexed = True
        if text_plan:
            # Deep in a list, the walk visits many rows: probing each is dearer than building the set.
            stmt, indexed = self._text_plan(s, select(Customer.id), query.text, counting=deep)
            stmt = self._filtered(stmt, query, text_search=False, indexed=indexed)
        else:
            stmt = self._filtered(select(Customer.id), query)
        stmt = stmt.order_by(*_order_by([*columns, Customer.id], descending, self.db.dialect, indexed))
        if not text_plan:  # the SQLite search plan depends on the data (how common the terms are)
            if len(self._id_queries) >= 64:
                self._id_queries.clear()
            self._id_queries[key] = stmt
        return stmt

    @staticmethod
    def _text_plan(s: Session, stmt: Select, text_: str,
                   counting: bool = False) -> tuple[Select, bool]:
        """The search as the plan that reads a page fastest (services/customer_search.py)."""
        return customer_search.text_plan(s, stmt, text_, counting)

    def row(self, customer_id: int) -> CustomerRow | None:
        stmt = _ROW_SELECT().where(Customer.id == customer_id)
        with self.db.read() as s:
            found = s.execute(stmt).first()
        return CustomerRow(*found) if found else None

    def position(self, query: CustomerQuery, customer_id: int) -> int | None:
        """Row index of a customer in the list (to keep it selected after a change), or None."""
        row = self.row(customer_id)
        if row is None:
            return None
        ids = self._filtered(select(Customer.id), query).where(Customer.id == customer_id)
        with self.db.read() as s:
            if s.scalar(ids) is None:
                return None
            c = s.get(Customer, customer_id)
            assert c is not None
            columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["name"])
            keys = [*columns, Customer.id]
            values = [getattr(c, col.key) for col in keys]
            before = self._before(keys, values, query.descending)
            return int(s.scalar(self._count_query(s, query, before)) or 0)

    @staticmethod
    def _before(keys: Sequence[Any], values: Sequence[Any], descending: bool) -> ColumnElement[bool]:
        # Lexicographic "sorts before" on (keys...), NULL being the largest value as in _order_by:
        # customers without orders or payment method are common, not an edge case.
        def same(key: Any, value: Any) -> ColumnElement[bool]:
            return key.is_(None) if value is None else key == value

        def earlier(key: Any, value: Any) -> ColumnElement[bool]:
            if isinstance(value, bool):  # the status column (False < True); SQLAlchemy refuses "< true"
                return key.is_(not value) if value != descending else false()
            if descending:
                return false() if value is None else or_(key.is_(None), key > value)
            return key.is_not(None) if value is None else key < value

        clauses = []
        for i, (key, value) in enumerate(zip(keys, values, strict=True)):
            prefix = [same(k, v) for k, v in zip(keys[:i], values[:i], strict=True)]
            clauses.append(and_(*prefix, earlier(key, value)))
        return or_(*clauses)

    def _filtered(self, stmt: Select, q: CustomerQuery, text_search: bool = True,
                  indexed: bool = True) -> Select:
        """The filters and (text_search) the search; indexed=False: as terms no index serves (SQLite)."""
        def c(column: Any) -> Any:
            return column if indexed or not self.db.is_sqlite else _no_index(column)

        if q.status == "active":
            stmt = stmt.where(c(Customer.active).is_(True))
        elif q.status == "archived":
            stmt = stmt.where(c(Customer.active).is_(False))
        if q.kind:
            stmt = stmt.where(c(Customer.kind) == q.kind)
        if q.payment_method_id is not None:
            stmt = stmt.where(c(Customer.preferred_payment_method_id) == q.payment_method_id)
        if q.payment_terms_id is not None:
            stmt = stmt.where(c(Customer.payment_terms_id) == q.payment_terms_id)
        if q.place_prefix.strip():
            prefix = q.place_prefix.strip()
            if prefix[:1].isdigit():
                stmt = stmt.where(c(Customer.billing_postal_code).startswith(prefix, autoescape=True))
            else:
                # City names are stored as typed; match the usual capitalisations on the index.
                variants = {prefix, prefix.capitalize(), prefix.upper(), prefix.lower(), prefix.title()}
                stmt = stmt.where(or_(*[c(Customer.billing_city).startswith(v, autoescape=True) for v in variants]))
        if q.has_open_orders:
            stmt = stmt.where(c(Customer.open_order_count) > 0)
        if q.over_credit_limit:
            stmt = stmt.where(c(Customer.over_credit_limit).is_(True))
        if q.category_id is not None:
            stmt = stmt.where(Customer.id.in_(select(CustomerCategory.customer_id)
                                              .where(CustomerCategory.category_id == q.category_id)))
        if q.created_from is not None:
            stmt = stmt.where(c(Customer.created_at) >= q.created_from)
        if q.created_to is not None:
            stmt = stmt.where(func.date(c(Customer.created_at)) <= q.created_to)
        text_filter = customer_text_filter(self.db.dialect, q.text) if text_search else None
        if text_filter is not None:
            stmt = stmt.where(text_filter)
        return stmt

    def find_duplicates(self, data: CustomerData) -> list[DuplicateHint]:
        """Other customers (archived ones included) sharing a SIREN/SIRET, VAT number or email."""
        # Compare stored forms: "732 829 320 00074" as typed is the stored 73282932000074.
        checks = [("siret", Customer.siret, _stored_form(check_siret, data.siret)),
                  ("siren", Customer.siren, _stored_form(check_siren, data.siren)),
                  ("vat_number", Customer.vat_number, _stored_form(check_vat_number, data.vat_number)),
                  ("email", Customer.email, _stored_form(check_email, data.email))]
        hints: list[DuplicateHint] = []
        seen: set[int] = set()
        with self.db.read() as s:
            for field, column, value in checks:
                if not value:
                    continue
                stmt = select(Customer.id, Customer.code, Customer.name, Customer.active).where(column == value)
                if data.id is not None:
                    stmt = stmt.where(Customer.id != data.id)
                for cid, code, name, active in s.execute(stmt.limit(5)):
                    if cid not in seen:
                        seen.add(cid)
                        hints.append(DuplicateHint(cid, code, name, field, active))
        return hints

    # ---- writing -------------------------------------------------------
    def create(self, data: CustomerData, edits: CardEdits | None = None) -> CustomerData:
        """A new customer; `edits` (contacts, categories, notes staged in the dialog) in the same transaction."""
        with self.db.session() as s:
            if not data.code.strip():
                data = replace(data, code=self._free_code(s))
            clean = validate_customer(data)
            addresses = self._validated_addresses(clean.addresses)
            c = Customer(created_at=now(), updated_at=now(), version=1)
            self._apply(c, clean)
            s.add(c)
            self._check_code_free(s, clean.code, None)
            for a in addresses:
                c.addresses.append(self._new_address(a))
            set_einvoice_addresses(c, clean.einvoice_addresses)
            self._fix_defaults(c)
            s.flush()
            write_card(s, c.id, edits)
            company_person_to_contact(s, c)  # issue 13: a company's contact person is one of its contacts
            self._refresh_summary(s, c)
            s.flush()
            return _to_data(c)

    def update(self, data: CustomerData, original: CustomerData | None = None,
               edits: CardEdits | None = None) -> CustomerData:
        """Save every field and the address list, and `edits` (the dialog's staged contacts, categories and
        notes), in one transaction; refused, nothing written, if someone saved the customer meanwhile."""
        if data.id is None:
            raise ValueError("update needs a saved customer")
        clean = validate_customer(data)
        addresses = self._validated_addresses(clean.addresses)
        with self.db.session() as s:
            c = self._locked(s, clean.id, clean.version, original)  # type: ignore[arg-type]
            self._check_code_free(s, clean.code, c.id)
            self._apply(c, clean)
            keep = {a.id for a in addresses if a.id is not None}
            for existing in list(c.addresses):
                if existing.id not in keep:
                    c.addresses.remove(existing)
            self._write_addresses(s, c, addresses)
            set_einvoice_addresses(c, clean.einvoice_addresses)
            c.updated_at = now()
            s.flush()
            write_card(s, c.id, edits)
            company_person_to_contact(s, c)
            self._refresh_summary(s, c)
            s.flush()
            return _to_data(c)

    def set_active(self, customer_ids: Iterable[int], active: bool) -> int:
        """Archive (active=False) or restore customers; returns how many changed."""
        ids = list(customer_ids)
        if not ids:
            return 0
        with self.db.session() as s:
            changing = list(s.scalars(select(Customer.id).where(Customer.id.in_(ids), Customer.active.is_(not active))))
            result = s.execute(
                update(Customer).where(Customer.id.in_(ids), Customer.active.is_(not active))
                .values(active=active, version=Customer.version + 1, updated_at=now())
            )
            for cid in changing:
                record(s, entity="customer", action="update", customer_id=cid, entity_id=cid, field="active",
                       old=not active, new=active)
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def archive(self, customer_ids: Iterable[int]) -> int:
        return self.set_active(customer_ids, False)

    def restore(self, customer_ids: Iterable[int]) -> int:
        return self.set_active(customer_ids, True)

    def delete(self, customer_id: int) -> None:
        self.delete_many([customer_id])

    def delete_many(self, customer_ids: Iterable[int]) -> DeletedCustomers:
        """Delete customers without orders; refused as a whole if any has orders. Returns what was deleted,
        for `restore_deleted` (the "Undo" after a deletion)."""
        ids = list(customer_ids)
        with self.db.session() as s:
            with_orders = s.execute(
                select(Customer.code, Customer.name).where(
                    Customer.id.in_(ids),
                    Customer.id.in_(select(SalesOrder.customer_id).where(SalesOrder.customer_id.in_(ids))),
                ).limit(3)
            ).all()
            if with_orders:
                names = ", ".join(f"{name} ({code})" for code, name in with_orders)
                raise DeleteRefusedError(translate("services.customers", "{names} has orders and cannot be deleted; archive it instead.").format(names=names))
            taken = undo.snapshot(s, ids)
            for cid, code, name in s.execute(select(Customer.id, Customer.code, Customer.name)
                                             .where(Customer.id.in_(ids))).all():
                record(s, entity="customer", action="delete", customer_id=cid, entity_id=cid, old=f"{code} {name}")
            s.execute(delete(Address).where(Address.customer_id.in_(ids)))
            s.execute(delete(Customer).where(Customer.id.in_(ids)))
        return taken

    def restore_deleted(self, taken: DeletedCustomers) -> list[int]:
        """Undo a deletion: the customers come back with their ids, addresses and other records."""
        with self.db.session() as s:
            undo.restore(s, taken)
            for cid, code, name in s.execute(select(Customer.id, Customer.code, Customer.name)
                                             .where(Customer.id.in_(taken.ids))).all():
                record(s, entity="customer", action="restore", customer_id=cid, entity_id=cid, new=f"{code} {name}")
        return list(taken.ids)

    # ---- addresses -----------------------------------------------------
    def add_address(self, customer_id: int, address: AddressData) -> AddressData:
        clean = validate_address(address)
        with self.db.session() as s:
            c = self._get(s, customer_id)
            first = not c.addresses
            flags = (clean.is_default_billing or first, clean.is_default_delivery or first)
            row = self._new_address(replace(clean, is_default_billing=False, is_default_delivery=False))
            c.addresses.append(row)
            s.flush()
            self._set_defaults(s, c, row, *flags)
            self._touch(s, c)
            return _address_data(row)

    def update_address(self, customer_id: int, address: AddressData) -> AddressData:
        clean = validate_address(address)
        with self.db.session() as s:
            c = self._get(s, customer_id)
            row = next((a for a in c.addresses if a.id == clean.id), None)
            if row is None:
                raise NotFoundError(translate("services.customers", "This address no longer exists."))
            for name in _ADDRESS_COLUMNS:
                if name not in ("is_default_billing", "is_default_delivery"):
                    setattr(row, name, getattr(clean, name))
            s.flush()
            self._set_defaults(s, c, row, clean.is_default_billing, clean.is_default_delivery)
            self._touch(s, c)
            return _address_data(row)

    def remove_address(self, customer_id: int, address_id: int) -> None:
        with self.db.session() as s:
            c = self._get(s, customer_id)
            row = next((a for a in c.addresses if a.id == address_id), None)
            if row is not None:
                c.addresses.remove(row)
                s.flush()
                self._fix_defaults(c)
                self._touch(s, c)

    def set_default_address(self, customer_id: int, address_id: int, *, billing: bool = False,
                            delivery: bool = False) -> None:
        with self.db.session() as s:
            c = self._get(s, customer_id)
            row = next((a for a in c.addresses if a.id == address_id), None)
            if row is None:
                raise NotFoundError(translate("services.customers", "This address no longer exists."))
            self._set_defaults(s, c, row, billing or row.is_default_billing, delivery or row.is_default_delivery)
            self._touch(s, c)

    # ---- internals -----------------------------------------------------
    def _get(self, s: Session, customer_id: int) -> Customer:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFoundError(translate("services.customers", "This customer no longer exists."))
        return c

    def _locked(self, s: Session, customer_id: int, version: int, original: CustomerData | None) -> Customer:
        """Take the row for writing if its version is still `version`, else raise ConflictError."""
        bumped = s.execute(
            update(Customer).where(Customer.id == customer_id, Customer.version == version)
            .values(version=Customer.version + 1)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if not bumped and s.get(Customer, customer_id) is None:
            raise NotFoundError(translate("services.customers", "This customer was deleted by someone else: your changes cannot be saved."))
        c = self._get(s, customer_id)
        if not bumped:
            s.refresh(c)
            changed: list[str] = []
            if original is not None:
                stored = _to_data(c)
                changed = [name for name in _COLUMNS if _differs(getattr(stored, name), getattr(original, name))]
                if [(_address_data(a)) for a in c.addresses] != original.addresses:
                    changed.append("addresses")
            labels = ", ".join(_field_label(n) for n in changed)
            raise ConflictError(
                translate("services.customers", "Someone else saved {name} since you opened it{what}. Reload to see their changes, or keep "
                  "editing.").format(name=c.name, what=(translate("services.customers", " (changed: {f})").format(f=labels)
                                                        if labels else "")),
                changed,
            )
        s.refresh(c)
        return c

    def _touch(self, s: Session, c: Customer) -> None:
        c.version += 1
        c.updated_at = now()
        s.flush()
        self._refresh_summary(s, c)

    def _free_code(self, s: Session) -> str:
        while True:
            code = format_code(next_counter(s, CODE_SERIES))
            if s.scalar(select(Customer.id).where(Customer.code == code)) is None:
                return code

    def _check_code_free(self, s: Session, code: str, own_id: int | None) -> None:
        stmt = select(Customer.id).where(Customer.code == code)
        if own_id is not None:
            stmt = stmt.where(Customer.id != own_id)
        with s.no_autoflush:
            if s.scalar(stmt) is not None:
                raise ValidationErrors([FieldError("code", translate("services.customers", "Code {code} is already used by another customer.").format(code=code))])

    @staticmethod
    def _apply(c: Customer, data: CustomerData) -> None:
        for name in _COLUMNS:
            setattr(c, name, getattr(data, name))
        c.sort_name = fold(data.name)[: CUSTOMER_FIELDS["name"].max_length or 200]

    @staticmethod
    def _validated_addresses(addresses: list[AddressData]) -> list[AddressData]:
        out: list[AddressData] = []
        errors: list[FieldError] = []
        for a in addresses:
            try:
                out.append(validate_address(a))
            except ValidationErrors as exc:
                errors.extend(FieldError("addresses", f"{excerpt(a.one_line())} — {e.message}")
                              for e in exc.errors)
        if errors:
            raise ValidationErrors(errors)
        return out

    @staticmethod
    def _new_address(a: AddressData) -> Address:
        return Address(**{name: getattr(a, name) for name in _ADDRESS_COLUMNS})

    @staticmethod
    def _write_addresses(s: Session, c: Customer, addresses: list[AddressData]) -> None:
        """`addresses` onto customer `c`: those with an id updated, the others added, then the default flags
        (the domain's rule). Defaults are cleared first: the partial unique index would refuse two at once
        mid-flush. Used by the dialog's save and by the import alike."""
        by_id = {a.id: a for a in c.addresses}
        for existing in c.addresses:
            existing.is_default_billing = existing.is_default_delivery = False
        s.flush()
        pairs: list[tuple[Address, AddressData]] = []
        for a in addresses:
            target = by_id.get(a.id) if a.id is not None else None
            if target is None:
                target = CustomerService._new_address(replace(a, is_default_billing=False, is_default_delivery=False))
                c.addresses.append(target)
            else:
                for name in _ADDRESS_COLUMNS:
                    if name not in ("is_default_billing", "is_default_delivery"):
                        setattr(target, name, getattr(a, name))
            pairs.append((target, a))
        s.flush()
        for target, src in pairs:
            target.is_default_billing = src.is_default_billing
            target.is_default_delivery = src.is_default_delivery
        CustomerService._fix_defaults(c)

    @staticmethod
    def _fix_defaults(c: Customer) -> None:
        """The domain's rule: at most one default of each kind; a customer with addresses always has both.
        (It only clears extra flags or marks the first address: safe for the partial unique indexes.)"""
        for a, (billing, delivery) in zip(c.addresses, resolve_defaults(flags_of(c.addresses)), strict=True):
            a.is_default_billing, a.is_default_delivery = billing, delivery

    @staticmethod
    def _set_defaults(s: Session, c: Customer, row: Address, billing: bool, delivery: bool) -> None:
        wanted = resolve_defaults(flags_of(c.addresses), c.addresses.index(row), billing, delivery)
        # Flags lost first, then flags gained: the partial unique indexes never see two defaults of a kind.
        for a, (new_billing, new_delivery) in zip(c.addresses, wanted, strict=True):
            a.is_default_billing = a.is_default_billing and new_billing
            a.is_default_delivery = a.is_default_delivery and new_delivery
        s.flush()
        for a, (new_billing, new_delivery) in zip(c.addresses, wanted, strict=True):
            a.is_default_billing, a.is_default_delivery = new_billing, new_delivery
        s.flush()

    @staticmethod
    def _refresh_summary(s: Session, c: Customer) -> None:
        billing, _delivery = default_addresses(c.addresses)
        c.billing_city = billing.city if billing else ""
        c.billing_postal_code = billing.postal_code if billing else ""
        c.search_text = customer_search_text(c, [(a.city, a.postal_code) for a in c.addresses],
                                             contact_search_terms(s, c.id))
        refresh_order_summary(s, c.id)


def refresh_order_summary(s: Session, customer_id: int) -> None:
    """Recompute a customer's order count, open-order count and last order date (indexed per customer)."""
    count, open_count, last = s.execute(
        select(
            func.count(SalesOrder.id),
            func.coalesce(func.sum(case((SalesOrder.status.in_(OPEN_STATUSES), 1), else_=0)), 0),
            func.max(SalesOrder.order_date),
        ).where(SalesOrder.customer_id == customer_id)
    ).one()
    s.execute(
        update(Customer).where(Customer.id == customer_id)
        .values(order_count=count, open_order_count=open_count, last_order_date=last)
        .execution_options(synchronize_session="fetch")
    )
    refresh_figures(s, customer_id)  # turnover, outstanding amount (issue 13)



"""GDPR requests about one customer: access and portability (Art. 15, 20), erasure (Art. 17), and the customers
inactive for more than 3 years (CNIL's guidance for customer data) to pseudonymise in bulk.

Erasure deletes a customer who has no order. A customer with orders keeps them and their amounts (accounting
documents are kept 10 years, Code de commerce L123-22): its personal fields are replaced by a pseudonym, its
addresses reduced to postal code, city and country, its contacts, notes and history deleted, in one
transaction. The orders keep the addresses copied onto them, which are part of the accounting document.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.i18n import translate
from crmdesk.domain.validation import fold
from crmdesk.services.common import customer_search_text, now
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Base, Customer, SalesOrder

INACTIVE_YEARS = 3
# Personal fields of a customer, emptied by pseudonymisation (the name gets the pseudonym).
PERSONAL_FIELDS = ("legal_form", "civility", "first_name", "last_name", "job_title", "email", "phone", "mobile",
                   "website", "notes", "delivery_instructions", "iban", "bic", "sepa_mandate_ref", "incoterm_place")
PERSONAL_ADDRESS_FIELDS = ("label", "recipient", "street1", "street2", "street3", "phone", "instructions")
# Tables of other features that hold personal data about the customer: deleted on pseudonymisation.
PERSONAL_TABLES = ("contact", "customer_note", "history_entry")


def pseudonym(code: str) -> str:
    return translate("services.gdpr", "Pseudonymised customer {code}").format(code=code)


@dataclass(frozen=True)
class InactiveCustomer:
    id: int
    code: str
    name: str
    last_order_date: date | None
    order_count: int


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(s: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row._mapping.items()} for row in s.execute(select(table).where(where))]


class GdprService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- access and portability ------------------------------------------------------------------------------
    def export_customer(self, customer_id: int, path: Path) -> Path:
        """Everything held about the customer, as JSON (one file) and CSV (one per table), in one zip."""
        tables = Base.metadata.tables
        data: dict[str, list[dict[str, Any]]] = {}
        with self.db.read() as s:
            customer = _rows(s, tables["customer"], tables["customer"].c.id == customer_id)
            if not customer:
                raise NotFoundError(translate("services.gdpr", "This customer no longer exists."))
            for row in customer:
                row.pop("search_text", None)  # an index, not data
            data["customer"] = customer
            for name, table in tables.items():
                if name != "customer" and "customer_id" in table.c:
                    data[name] = _rows(s, table, table.c.customer_id == customer_id)
            order_ids = [o["id"] for o in data.get("sales_order", [])]
            data["order_line"] = _rows(s, tables["order_line"], tables["order_line"].c.order_id.in_(order_ids)) \
                if order_ids else []
        part = path.with_name(path.name + ".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("customer.json", json.dumps(
                {"exported_at": now().isoformat(), "customer_id": customer_id, **data},
                ensure_ascii=False, indent=2))
            for name, rows in data.items():
                if not rows:
                    continue
                buffer = io.StringIO()
                writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=";")
                writer.writeheader()
                writer.writerows(rows)
                zf.writestr(f"{name}.csv", "\ufeff" + buffer.getvalue())
        part.replace(path)
        return path

    # ---- erasure -------------------------------------------------------------------------------------------------
    def erase(self, customer_id: int) -> str:
        """'deleted' for a customer without orders, else 'pseudonymised' (its orders kept)."""
        with self.db.session() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFoundError(translate("services.gdpr", "This customer no longer exists."))
            has_orders = s.scalar(select(SalesOrder.id).where(SalesOrder.customer_id == customer_id).limit(1))
            if has_orders is None:
                self._delete_personal_rows(s, [customer_id])
                s.execute(delete(Address).where(Address.customer_id == customer_id))
                s.delete(c)
                return "deleted"
            self._pseudonymise(s, c)
            return "pseudonymised"

    def pseudonymise(self, customer_ids: list[int], progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, inactive_only: bool = False,
                     batch: int = 50) -> int:
        """Pseudonymise these customers (orders kept); returns how many were.

        One transaction per `batch` customers, so each customer is pseudonymised whole or not at all: a
        confirmed erasure is not undone by a Cancel or a later failure (what was committed stays erased), and
        no transaction holds the database's write lock for the whole run. `progress(handled, total)` is called
        after each commit: the first `handled` of `customer_ids` are done or skipped. `cancelled()` is checked
        before each customer; the batch so far is then committed and the run stops. `inactive_only` skips the
        customers no longer inactive (an order since the list was read) or already pseudonymised."""
        done, total = 0, len(customer_ids)
        stop = cancelled or (lambda: False)
        for start in range(0, total, batch):
            if stop():
                break
            chunk = customer_ids[start:start + batch]
            where: Any = Customer.id.in_(chunk)
            if inactive_only:
                where = and_(where, self._inactive_filter(None))
            handled = min(start + batch, total)  # skipped customers (no longer inactive, deleted) included
            place = {cid: i for i, cid in enumerate(chunk)}
            with self.db.session() as s:
                found = sorted(s.scalars(select(Customer).where(where).options(selectinload(Customer.addresses))),
                               key=lambda c: place[c.id])  # in the caller's order: ids[:handled] are handled
                for c in found:
                    if stop():
                        handled = start + place[c.id]
                        break
                    self._pseudonymise(s, c)
                    done += 1
            if progress is not None:
                progress(handled, total)
        return done

    def _pseudonymise(self, s: Session, c: Customer) -> None:
        for name in PERSONAL_FIELDS:
            setattr(c, name, "")
        c.name = pseudonym(c.code)
        c.sort_name = fold(c.name)
        if c.kind == "individual":  # a company's identifiers are public data; an individual's are not
            c.siren = c.siret = c.vat_number = ""
        c.sepa_mandate_date = None
        c.active = False
        c.pseudonymised_at = now()
        c.version += 1
        c.updated_at = now()
        for a in c.addresses:
            for name in PERSONAL_ADDRESS_FIELDS:
                setattr(a, name, "")
        c.search_text = customer_search_text(c, [(a.city, a.postal_code) for a in c.addresses])
        # The accounting contact kept on its orders (issue 13) is a person's data too.
        s.execute(update(SalesOrder).where(SalesOrder.customer_id == c.id)
                  .values(accounting_contact_name="", accounting_contact_email="", accounting_contact_phone="")
                  .execution_options(synchronize_session=False))
        self._delete_personal_rows(s, [c.id])
        s.flush()
        # No CustomerService._refresh_summary: the orders, their figures and the cities are unchanged and the
        # search text is rebuilt above without the (deleted) contacts; it cost 60 ms a customer in bulk.

    @staticmethod
    def _delete_personal_rows(s: Session, ids: list[int]) -> None:
        for name in PERSONAL_TABLES:
            table = Base.metadata.tables.get(name)
            if table is not None and "customer_id" in table.c:
                s.execute(delete(table).where(table.c.customer_id.in_(ids)))

    # ---- inactive customers -------------------------------------------------------------------------------------
    def _inactive_filter(self, today: date | None) -> Any:
        cutoff = (today or date.today()) - timedelta(days=365 * INACTIVE_YEARS + 1)
        return and_(
            Customer.pseudonymised_at.is_(None),
            or_(Customer.last_order_date < cutoff,
                and_(Customer.last_order_date.is_(None), Customer.updated_at < datetime.combine(cutoff,
                                                                                               datetime.min.time()))),
        )

    def inactive_count(self, today: date | None = None) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Customer).where(self._inactive_filter(today))) or 0)

    def inactive(self, today: date | None = None, limit: int = 10_000) -> list[InactiveCustomer]:
        """Customers with no order (and no change) for more than 3 years, not pseudonymised yet, oldest first."""
        with self.db.read() as s:
            rows = s.execute(
                select(Customer.id, Customer.code, Customer.name, Customer.last_order_date, Customer.order_count)
                .where(self._inactive_filter(today))
                .order_by(Customer.last_order_date.is_(None), Customer.last_order_date, Customer.id).limit(limit))
            return [InactiveCustomer(*r) for r in rows]


__all__ = ["GdprService", "InactiveCustomer", "pseudonym"]

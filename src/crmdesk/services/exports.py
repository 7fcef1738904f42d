"""Exporting the customer list and the order list to CSV or XLSX, streamed.

The rows are the list's own (the same query: search, filters, sort), read as a stream of ids and then in
chunks of rows, and written as they come: a million customers keep memory flat. CSV is written by the csv
module (UTF-8 with BOM so that Excel and LibreOffice read the accents right, ';' and decimal comma for a
French spreadsheet, or ',' and decimal point); XLSX by XlsxWriter in constant_memory mode (one row in memory).

Text that a spreadsheet would run as a formula (starting with = + - @ tab or CR) is neutralised in CSV by a
leading apostrophe, which the import takes off again; numbers are written as numbers, so -12.50 stays a
number and "+33 1 23 45 67 89" (text) comes back unchanged. XLSX cells are typed: text is never a formula.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.enums import CustomerKind, OrderStatus, VatRegime
from crmdesk.domain.errors import CrmError, file_reason
from crmdesk.domain.fields import ADDRESS_FIELDS
from crmdesk.domain.i18n import language, translate
from crmdesk.domain.validation import format_phone
from crmdesk.services.customers import _ROW_SELECT, CustomerQuery, CustomerService, _id_in, _ids_param
from crmdesk.services.imports import (
    ADDRESS_PARTS,
    FORMULA_START,
    GUARD,
    all_targets,
    status_text,
    target_label,
)
from crmdesk.services.orders import SORT_COLUMNS as ORDER_SORT_COLUMNS
from crmdesk.services.orders import OrderQuery, OrderService
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Carrier, Customer, PaymentMethod, PaymentTerms, SalesOrder

log = logging.getLogger(__name__)

CHUNK = 2000
XLSX_MAX_ROWS = 1_048_575  # a worksheet's rows, less the header

# The customer list's columns (gui/customers/table_model.COLUMNS, less the row actions); "place" is written as
# two columns, city and postal code, which a spreadsheet can sort and the import reads back.
CUSTOMER_LIST_COLUMNS = ("code", "name", "kind", "place", "phone", "email", "payment_method", "order_count",
                         "last_order_date", "status")
ORDER_LIST_COLUMNS = ("number", "date", "customer", "status", "line_count", "total_excl_tax", "total_incl_tax",
                      "payment_method", "delivery_city", "customer_reference")


ORDER_EXTRA_COLUMNS = ("payment_terms", "carrier",
                       *[f"{usage}_{p}" for usage in ("billing", "delivery") for p in ADDRESS_PARTS], "notes")


def _order_extra_label(column: str) -> str:
    if column == "payment_terms":
        return target_label("payment_terms")
    if column == "carrier":
        return translate("services.exports", "Carrier")
    if column == "notes":
        return translate("services.exports", "Notes")
    usage, part = column.split("_", 1)
    return target_label(f"{usage}.{part}")


class ExportCancelled(Exception):
    pass


class ExportError(CrmError):
    pass


@dataclass(frozen=True)
class ExportOptions:
    format: str = "csv"  # csv, xlsx
    delimiter: str = ";"
    all_columns: bool = False
    columns: tuple[str, ...] = ()  # the list's visible columns in their order (keys above); () = all of them


ProgressFn = Callable[[int, int], None]


# ---- cell writers ------------------------------------------------------------------------------------------------

def neutralise(value: str) -> str:
    """A text cell a spreadsheet would run as a formula, with the guard the import takes off."""
    return GUARD + value if value[:1] in FORMULA_START else value


class _CsvSink:
    def __init__(self, path: Path, delimiter: str) -> None:
        self.fh = path.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        self.comma = delimiter == ";"

    def header(self, names: Sequence[str]) -> None:
        self.writer.writerow(names)

    def row(self, values: Sequence[Any]) -> None:
        self.writer.writerow([self._cell(v) for v in values])

    def _cell(self, v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "1" if v else "0"
        if isinstance(v, Decimal | int | float):
            text = str(v)
            return text.replace(".", ",") if self.comma else text
        if isinstance(v, datetime):
            return v.isoformat(" ")
        if isinstance(v, date):
            return v.isoformat()
        return neutralise(str(v))

    def close(self) -> None:
        self.fh.close()


class _XlsxSink:
    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                                     "strings_to_urls": False, "strings_to_numbers": False})
        self.sheet = self.book.add_worksheet()
        self.bold = self.book.add_format({"bold": True})
        self.date = self.book.add_format({"num_format": "yyyy-mm-dd"})
        self.stamp = self.book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.r = 0

    def header(self, names: Sequence[str]) -> None:
        for c, name in enumerate(names):
            self.sheet.write_string(0, c, name, self.bold)
        self.sheet.freeze_panes(1, 0)
        self.r = 1

    def row(self, values: Sequence[Any]) -> None:
        sheet, r = self.sheet, self.r
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                sheet.write_number(r, c, int(v))
            elif isinstance(v, Decimal | int | float):
                sheet.write_number(r, c, float(v))
            elif isinstance(v, datetime):
                sheet.write_datetime(r, c, v, self.stamp)
            elif isinstance(v, date):
                sheet.write_datetime(r, c, datetime(v.year, v.month, v.day), self.date)
            else:
                sheet.write_string(r, c, str(v))
        self.r += 1

    def close(self) -> None:
        self.book.close()


def _sink(path: Path, options: ExportOptions) -> _CsvSink | _XlsxSink:
    return _XlsxSink(path) if options.format == "xlsx" else _CsvSink(path, options.delimiter)


def _write(path: Path, options: ExportOptions, header: list[str], rows: Iterator[list[Any]], total: int,
           progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> int:
    """Write to a temporary file beside `path`, renamed over it once complete: never half a file."""
    if options.format == "xlsx" and total > XLSX_MAX_ROWS:
        raise ExportError(translate("services.exports", "{n} rows do not fit in one XLSX sheet ({max} at most): export as CSV.").format(n=total, max=XLSX_MAX_ROWS))
    part = path.with_name(path.name + ".part")
    written = 0
    try:
        sink = _sink(part, options)
        try:
            sink.header(header)
            for row in rows:
                sink.row(row)
                written += 1
                if written % CHUNK == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None:
                        progress(written, max(total, written))
        finally:
            sink.close()
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ExportError(translate("services.exports", "Cannot write {path}: {reason}.").format(path=path, reason=file_reason(exc))) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written, written)
    return written


def _stream_ids(s: Session, stmt: Any) -> Iterator[list[int]]:
    result = s.execute(stmt, execution_options={"yield_per": CHUNK})
    for part in result.scalars().partitions(CHUNK):
        yield list(part)


# ---- customers --------------------------------------------------------------------------------------------------

def customer_list_header(columns: Sequence[str]) -> list[str]:
    names = {
        "code": target_label("code"), "name": target_label("name"), "kind": target_label("kind"),
        "phone": target_label("phone"), "email": target_label("email"),
        "payment_method": target_label("payment_method"),
        "order_count": translate("services.exports", "Orders"), "last_order_date": translate("services.exports", "Last order"),
        "status": target_label("active"),
    }
    out: list[str] = []
    for key in columns:
        if key == "place":
            out += [ADDRESS_FIELDS["city"].label, ADDRESS_FIELDS["postal_code"].label]
        else:
            out.append(names[key])
    return out


def _kind_text(kind: Any) -> str:
    try:
        return CustomerKind(kind).label
    except ValueError:
        return kind


def _regime_text(regime: Any) -> str:
    try:
        return VatRegime(regime).label
    except ValueError:
        return regime


class ExportService:
    def __init__(self, db: Database, customers: CustomerService | None = None,
                 orders: OrderService | None = None) -> None:
        self.db = db
        self.customers = customers or CustomerService(db)
        self.orders = orders or OrderService(db)

    def export_customers(self, path: Path, query: CustomerQuery | None = None,
                         options: ExportOptions | None = None, progress: ProgressFn | None = None,
                         cancelled: Callable[[], bool] | None = None) -> int:
        """The customers the list shows for `query`, in its order; returns how many were written."""
        query = query or CustomerQuery()
        options = options or ExportOptions()
        total = self.customers.count(query)
        if options.all_columns:
            targets = all_targets()
            header = [target_label(x) for x in targets]
        else:
            columns = [c for c in (options.columns or CUSTOMER_LIST_COLUMNS) if c in CUSTOMER_LIST_COLUMNS]
            header = customer_list_header(columns)
        with self.db.read() as s:
            ids_stmt = self.customers._id_query(s, query, descending=query.descending)
            if options.all_columns:
                rows = self._all_rows(s, _stream_ids(s, ids_stmt), targets)
            else:
                rows = self._list_rows(s, _stream_ids(s, ids_stmt), columns)
            return _write(path, options, header, rows, total, progress, cancelled)

    def _list_rows(self, s: Session, chunks: Iterator[list[int]], columns: list[str]) -> Iterator[list[Any]]:
        stmt = _ROW_SELECT().where(_id_in(self.db.dialect))
        for ids in chunks:
            found = {r.id: r for r in (s.connection().execute(stmt, {"ids": _ids_param(self.db.dialect, ids)}))}
            for cid in ids:
                row = found.get(cid)
                if row is None:
                    continue
                out: list[Any] = []
                for key in columns:
                    if key == "place":
                        out += [row.billing_city, row.billing_postal_code]
                    elif key == "kind":
                        out.append(_kind_text(row.kind))
                    elif key == "phone":
                        out.append(format_phone(row.phone))
                    elif key == "status":
                        out.append(status_text(bool(row.active)))
                    elif key == "payment_method":
                        out.append(row[8])
                    else:
                        out.append(getattr(row, key))
                yield out

    def _all_rows(self, s: Session, chunks: Iterator[list[int]], targets: list[str]) -> Iterator[list[Any]]:
        """Every column the import reads, the default billing and delivery addresses included."""
        billing, delivery = aliased(Address), aliased(Address)
        from crmdesk.services.imports import CONTACT_PARTS
        from crmdesk.store.models import Contact
        en = language() == "en"
        method_label = PaymentMethod.label_en if en else PaymentMethod.label
        terms_label = PaymentTerms.label_en if en else PaymentTerms.label
        customer_cols = [x for x in targets if "." not in x and x not in ("payment_method", "payment_terms",
                                                                            "carrier")]
        stmt = (
            select(Customer.id, *[getattr(Customer, x) for x in customer_cols], PaymentMethod.label, method_label,
                   PaymentTerms.label, terms_label, Carrier.label,
                   *[getattr(billing, p) for p in ADDRESS_PARTS], billing.id,
                   *[getattr(delivery, p) for p in ADDRESS_PARTS], delivery.id,
                   *[getattr(Contact, p) for p in CONTACT_PARTS])
            .outerjoin(PaymentMethod, PaymentMethod.id == Customer.preferred_payment_method_id)
            .outerjoin(PaymentTerms, PaymentTerms.id == Customer.payment_terms_id)
            .outerjoin(Carrier, Carrier.id == Customer.default_carrier_id)
            .outerjoin(billing, and_(billing.customer_id == Customer.id, billing.is_default_billing.is_(True)))
            .outerjoin(delivery, and_(delivery.customer_id == Customer.id, delivery.is_default_delivery.is_(True)))
            .outerjoin(Contact, and_(Contact.customer_id == Customer.id, Contact.is_main.is_(True)))
            .where(_id_in(self.db.dialect))
        )
        n = len(customer_cols)
        for ids in chunks:
            found = {r[0]: r for r in s.connection().execute(stmt, {"ids": _ids_param(self.db.dialect, ids)})}
            for cid in ids:
                r = found.get(cid)
                if r is None:
                    continue
                values = dict(zip(customer_cols, r[1:n + 1], strict=True))
                extra = r[n + 1:]
                values["payment_method"] = extra[1] or extra[0]
                values["payment_terms"] = extra[3] or extra[2]
                values["carrier"] = extra[4]
                b = extra[5:5 + len(ADDRESS_PARTS)]
                d = extra[6 + len(ADDRESS_PARTS):6 + 2 * len(ADDRESS_PARTS)]
                for p, v in zip(ADDRESS_PARTS, b, strict=True):
                    values[f"billing.{p}"] = v
                for p, v in zip(ADDRESS_PARTS, d, strict=True):
                    values[f"delivery.{p}"] = v
                contact = extra[6 + 2 * len(ADDRESS_PARTS) + 1:]
                for p, v in zip(CONTACT_PARTS, contact, strict=True):
                    values[f"contact.{p}"] = v
                out: list[Any] = []
                for x in targets:
                    v = values.get(x)
                    if x == "kind":
                        v = _kind_text(v)
                    elif x == "vat_regime":
                        v = _regime_text(v)
                    elif x == "active":
                        v = status_text(bool(v))
                    elif x in ("phone", "mobile", "contact.phone", "contact.mobile") and v:
                        v = format_phone(v)
                    out.append(v)
                yield out

    # ---- orders ------------------------------------------------------------------------------------------------
    def export_orders(self, path: Path, query: OrderQuery | None = None, options: ExportOptions | None = None,
                      progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None) -> int:
        query = query or OrderQuery()
        options = options or ExportOptions()
        columns = [c for c in (options.columns or ORDER_LIST_COLUMNS) if c in ORDER_LIST_COLUMNS]
        if options.all_columns:
            columns = list(ORDER_LIST_COLUMNS)
        labels = {
            "number": translate("services.exports", "Number"), "date": translate("services.exports", "Date"), "customer": translate("services.exports", "Customer"),
            "status": translate("services.exports", "Status"), "line_count": translate("services.exports", "Lines"),
            "total_excl_tax": translate("services.exports", "Total excl. tax"), "total_incl_tax": translate("services.exports", "Total incl. tax"),
            "payment_method": translate("services.exports", "Payment method"),
            "delivery_city": translate("services.exports", "Delivery city"),
            "customer_reference": translate("services.exports", "Customer reference"),
        }
        header: list[str] = []
        for c in columns:
            header += [translate("services.exports", "Customer code"), labels[c]] if c == "customer" else [labels[c]]
        # Every column: also the terms, the carrier, both addresses as copied on the order, and its notes.
        extra_columns = ORDER_EXTRA_COLUMNS if options.all_columns else ()
        header += [_order_extra_label(c) for c in extra_columns]
        total = self.orders.count(query)
        sort = ORDER_SORT_COLUMNS.get(query.sort, ORDER_SORT_COLUMNS["date"])
        ids_stmt = select(SalesOrder.id)
        if query.sort == "customer":
            ids_stmt = ids_stmt.join(Customer, Customer.id == SalesOrder.customer_id)
        ids_stmt = self.orders._filtered(ids_stmt, query).order_by(
            *[c.desc() if query.descending else c.asc() for c in [*sort, SalesOrder.id]])
        method = (PaymentMethod.label_en if language() == "en" else PaymentMethod.label)
        rows_stmt = (
            select(SalesOrder.id, SalesOrder.number, SalesOrder.order_date, SalesOrder.status, Customer.code,
                   Customer.name, SalesOrder.line_count, SalesOrder.total_excl_tax, SalesOrder.total_incl_tax,
                   method, PaymentMethod.label, SalesOrder.delivery_city, SalesOrder.customer_reference,
                   (PaymentTerms.label_en if language() == "en" else PaymentTerms.label), PaymentTerms.label,
                   Carrier.label, *[getattr(SalesOrder, c) for c in extra_columns
                                    if c not in ("payment_terms", "carrier")])
            .join(Customer, Customer.id == SalesOrder.customer_id)
            .outerjoin(PaymentMethod, PaymentMethod.id == SalesOrder.payment_method_id)
            .outerjoin(PaymentTerms, PaymentTerms.id == SalesOrder.payment_terms_id)
            .outerjoin(Carrier, Carrier.id == SalesOrder.carrier_id)
        )

        def rows(s: Session) -> Iterator[list[Any]]:
            for ids in _stream_ids(s, ids_stmt):
                found = {r[0]: r for r in s.execute(rows_stmt.where(SalesOrder.id.in_(ids)))}
                for oid in ids:
                    r = found.get(oid)
                    if r is None:
                        continue
                    values = {"number": r[1], "date": r[2], "status": OrderStatus(r[3]).label, "line_count": r[6],
                              "total_excl_tax": r[7], "total_incl_tax": r[8], "payment_method": r[9] or r[10],
                              "delivery_city": r[11], "customer_reference": r[12]}
                    out: list[Any] = []
                    for c in columns:
                        out += [r[4], r[5]] if c == "customer" else [values[c]]
                    if extra_columns:
                        out += [r[13] or r[14], r[15], *r[16:]]
                    yield out

        with self.db.read() as s:
            return _write(path, options, header, rows(s), total, progress, cancelled)

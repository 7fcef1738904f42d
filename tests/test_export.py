"""Export of the customer and order lists: as shown or every column, CSV (BOM, ; or ,) and XLSX, formula
guard, streaming, and the round trip: an export imports back with zero changes (demo data, both backends)."""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from crmdesk.demo.builder import fill_demo, generate
from crmdesk.domain.records import CustomerData
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.exports import ExportCancelled, ExportOptions, ExportService, _CsvSink, neutralise
from crmdesk.services.imports import CustomerImporter, ImportOptions, detect_format, preview, propose_mapping
from crmdesk.services.orders import OrderQuery


def read_csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel and LibreOffice read the accents right
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def reimport(services: Services, path: Path):  # type: ignore[no-untyped-def]
    fmt = detect_format(path)
    mapping = propose_mapping(preview(path, fmt, 0)[0])
    return CustomerImporter(services.db).run_import(path, fmt, ImportOptions(mapping=mapping, key="code"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_round_trip_on_the_demo_data_changes_nothing(services: Services, tmp_path: Path, lang: str) -> None:
    from crmdesk.domain.i18n import set_language

    set_language(lang)
    fill_demo(services)
    total = services.customers.count(CustomerQuery(status="all"))
    exporter = ExportService(services.db)
    for fmt, sep, all_columns in (("csv", ";", True), ("csv", ",", True), ("xlsx", ";", True),
                                  ("csv", ";", False), ("xlsx", ";", False)):
        path = tmp_path / f"export-{sep}-{all_columns}.{fmt}"
        n = exporter.export_customers(path, CustomerQuery(status="all"),
                                      ExportOptions(format=fmt, delimiter=sep, all_columns=all_columns))
        assert n == total
        result = reimport(services, path)
        assert (result.created, result.updated, result.unchanged, result.rejected) == (0, 0, total, 0), (
            fmt, sep, all_columns, result.problems[:3], result.file_error)


def test_list_as_shown_search_filters_sort_and_columns(services: Services, tmp_path: Path) -> None:
    fill_demo(services)
    some = services.customers.page(CustomerQuery(kind="company"), 0, 1)[0]
    query = CustomerQuery(text=some.city, sort="name", descending=True, kind="company")
    path = tmp_path / "list.csv"
    n = ExportService(services.db).export_customers(path, query, ExportOptions(columns=("name", "code", "place")))
    rows = read_csv(path)
    assert rows[0] == ["Name", "Code", "City", "Postal code"]
    shown = services.customers.page(query, 0, 1000)
    assert n == len(shown) == len(rows) - 1 > 0
    assert [r[1] for r in rows[1:]] == [c.code for c in shown]  # the list's order


def test_formula_guard_on_text_only(services: Services, tmp_path: Path) -> None:
    for text in ("=1+1", "+33 1 23", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    assert neutralise("Dupont") == "Dupont"
    sink = _CsvSink(tmp_path / "x.csv", ";")
    sink.row(["=HYPERLINK(\"x\")", -12.5, 3, "ok"])
    sink.close()
    assert read_csv(tmp_path / "x.csv") == [["'=HYPERLINK(\"x\")", "-12,5", "3", "ok"]]
    services.customers.create(CustomerData(name="=cmd|' /C calc'!A0", phone="+44 20 7946 0958",
                                           email="a@exemple.fr"))
    path = tmp_path / "c.csv"
    ExportService(services.db).export_customers(path, options=ExportOptions(all_columns=True))
    rows = read_csv(path)
    header = rows[0]
    assert rows[1][header.index("Name")] == "'=cmd|' /C calc'!A0"
    assert rows[1][header.index("Phone")] == "'+44 20 7946 0958"
    assert reimport(services, path).unchanged == 1


def test_xlsx_cells_are_typed(services: Services, tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    services.customers.create(CustomerData(name="=2+2", email="a@exemple.fr"))
    path = tmp_path / "c.xlsx"
    ExportService(services.db).export_customers(path, options=ExportOptions(format="xlsx"))
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0][:3] == ["Code", "Name", "Kind"]
    assert rows[1][1] == "=2+2"  # a string cell, never a formula
    assert rows[0][8] == "Orders" and rows[1][8] == 0.0  # a number


def test_orders_export(services: Services, tmp_path: Path) -> None:
    fill_demo(services)
    path = tmp_path / "orders.csv"
    query = OrderQuery(sort="number", descending=False)
    n = ExportService(services.db).export_orders(path, query)
    rows = read_csv(path)
    assert n == services.orders.count(query) == len(rows) - 1 > 0
    assert rows[0][:4] == ["Number", "Date", "Customer code", "Customer"]
    numbers = [r[0] for r in rows[1:]]
    assert numbers == sorted(numbers)
    assert "," in rows[1][rows[0].index("Total excl. tax")]  # decimal comma with ';'


def test_cancelled_export_leaves_no_file(services: Services, tmp_path: Path) -> None:
    generate(services.db, 5000, 0, progress=False)
    path = tmp_path / "c.csv"
    with pytest.raises(ExportCancelled):
        ExportService(services.db).export_customers(path, cancelled=lambda: True)
    assert not path.exists() and not list(tmp_path.glob("*.part"))


def test_export_streams_with_flat_memory(sqlite_services: Services, tmp_path: Path) -> None:
    """Python memory stays small however many rows (XLSX in constant_memory mode, CSV row by row): every column
    of 10,000 customers held at once would take tens of MB."""
    generate(sqlite_services.db, 10_000, 0, progress=False)
    exporter = ExportService(sqlite_services.db)
    for fmt in ("csv", "xlsx"):
        tracemalloc.start()
        n = exporter.export_customers(tmp_path / f"c.{fmt}", CustomerQuery(status="all"),
                                      ExportOptions(format=fmt, all_columns=True))
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert n == 10_000
        assert peak < 24 * 1024 * 1024, (fmt, peak)  # the bench: the same peak RSS at 100,000 and 1,000,000


def test_orders_every_column_has_addresses_and_notes(services: Services, tmp_path: Path) -> None:
    fill_demo(services)
    path = tmp_path / "orders.csv"
    ExportService(services.db).export_orders(path, OrderQuery(sort="number", descending=False),
                                             ExportOptions(all_columns=True))
    rows = read_csv(path)
    header = rows[0]
    assert {"Payment terms", "Carrier", "Billing - City", "Delivery - Postal code", "Notes"} <= set(header)
    assert all(len(r) == len(header) for r in rows)
    first = services.orders.get(services.orders.page(OrderQuery(sort="number", descending=False), 0, 1)[0].id)
    assert rows[1][header.index("Billing - City")] == first.billing_address.city

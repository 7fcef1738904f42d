"""Large imports: the checks run ahead in another process give the same result as in this one, the SQLite
search tables are filled the same way, in-file duplicates are found however far apart, spreadsheets are read
as a stream with the same values as calamine, and memory does not keep every key. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime
import sqlite3
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from crmdesk.services import Services
from crmdesk.services import imports_sheets as sheets
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.exports import ExportOptions, ExportService
from crmdesk.services.imports import (
    CustomerImporter,
    ImportOptions,
    ImportResult,
    _cell_text,
    detect_format,
    preview,
    propose_mapping,
)
from crmdesk.services.imports_keys import BUFFER, KeyLines
from crmdesk.store.database import open_database

HEADER = ["Code client", "Raison sociale", "SIRET", "E-mail", "Téléphone", "Adresse", "Code postal", "Ville",
          "Mode de règlement", "Notes"]


def rows(n: int) -> list[list[str]]:
    """n rows, some of them wrong in the ways a real file is (bad email, phone, postal code, unknown payment
    method, a code repeated, a row without code)."""
    out = []
    for i in range(n):
        row = [f"S{i:05d}", f"Société Étoile {i}", "", f"contact{i}@exemple.fr", f"01 23 45 {i % 90 + 10:02d} 89",
               f"{i % 200 + 1} rue de la Paix", "75002", "Paris", ["Virement", "chèque", "CARTE BANCAIRE"][i % 3],
               f"note {i}"]
        if i % 97 == 5:
            row[3] = "pas-un-email"
        if i % 113 == 7:
            row[4] = "12"
        if i % 131 == 9:
            row[6] = "7500"
        if i % 151 == 11:
            row[8] = "Troc"
        if i % 173 == 13:
            row[0] = ""
        out.append(row)
    out.append(out[3][:])  # the code of line 5 again, far below
    return out


def write_csv(path: Path, body: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(body)
    return path


def run(services: Services, path: Path, workers: int, **kw: object) -> ImportResult:
    fmt = detect_format(path)
    headers, _ = preview(path, fmt, 0)
    options = ImportOptions(mapping=propose_mapping(headers), key="code", workers=workers, **kw)  # type: ignore[arg-type]
    return CustomerImporter(services.db).run_import(path, fmt, options)


def exported(services: Services, path: Path) -> list[list[str]]:
    """Every column of every customer, as the export writes them (ids and times are not what a row says)."""
    ExportService(services.db).export_customers(path, CustomerQuery(status="all"),
                                                ExportOptions(all_columns=True))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    return table


def stored_columns(services: Services) -> list[tuple[object, ...]]:
    with services.db.read() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT c.code, c.search_text, c.sort_name, c.billing_city, c.billing_postal_code, c.version, "
            "a.street1, a.postal_code, a.is_default_billing, a.is_default_delivery, a.usage "
            "FROM customer c LEFT JOIN address a ON a.customer_id = c.id ORDER BY c.code, a.id"))]


def test_checks_in_another_process_give_the_same_import(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", rows(1200))
    alone = run(services, path, workers=0, valid_only=True, rejects_path=tmp_path / "r0.csv")
    expected = exported(services, tmp_path / "e0.csv")
    stored = stored_columns(services)
    with services.db.session() as s:  # the same empty database again, for the run with a checking process
        s.execute(text("DELETE FROM address"))
        s.execute(text("DELETE FROM customer"))
        s.execute(text("DELETE FROM counter"))
    ahead = run(services, path, workers=1, valid_only=True, rejects_path=tmp_path / "r1.csv")
    assert (ahead.created, ahead.updated, ahead.unchanged, ahead.rejected) == (
        alone.created, alone.updated, alone.unchanged, alone.rejected)
    assert alone.rejected > 30 and alone.created > 1100
    assert ahead.problems == alone.problems
    assert ahead.unknown_references == alone.unknown_references
    assert (tmp_path / "r1.csv").read_text(encoding="utf-8-sig") == (tmp_path / "r0.csv").read_text(
        encoding="utf-8-sig")
    got = exported(services, tmp_path / "e1.csv")
    assert got == expected  # the same customers, field for field
    assert stored_columns(services) == stored  # and what the lists and the search read
    assert any("already on line 5" in p.reason for p in ahead.problems)
    # the second run finds every customer with a code unchanged (the rows without one would create again)
    again = run(services, path, workers=1)
    assert (again.created, again.updated, again.would_update) == (0, 0, 0)
    assert again.unchanged + again.would_create == alone.created and 0 < again.would_create < 10


def test_all_or_nothing_and_cancel_with_a_checking_process(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", rows(1200))
    refused = run(services, path, workers=1)
    assert refused.rejected and not refused.written and refused.would_create > 1100
    assert services.customers.count(CustomerQuery(status="all")) == 0
    good = write_csv(tmp_path / "b.csv", [r for r in rows(1200) if r[0]][:1000])
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first chunk was written

    fmt = detect_format(good)
    options = ImportOptions(mapping=propose_mapping(preview(good, fmt, 0)[0]), key="code", workers=1,
                            valid_only=True, rejects_path=tmp_path / "r.csv")
    result = CustomerImporter(services.db).run_import(good, fmt, options, cancelled=cancelled)
    assert result.cancelled and services.customers.count(CustomerQuery(status="all")) == 0


def test_sqlite_search_tables_after_a_bulk_import(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.db"
    db = open_database(f"sqlite:///{db_path}")
    services = Services.open(db)
    before = sqlite3.connect(db_path).execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    path = write_csv(tmp_path / "a.csv", [r for r in rows(1500) if r[0]][:1400])
    result = run(services, path, workers=0, valid_only=True, rejects_path=tmp_path / "r.csv")
    assert result.created > 1300
    con = sqlite3.connect(db_path)
    # the trigger is back as it was, and the FTS5 tables hold every new customer
    assert con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == before
    for table in ("customer_fts", "customer_words"):
        con.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    assert services.customers.count(CustomerQuery(text="étoile 1234")) == 1
    assert services.customers.count(CustomerQuery(text="étoile")) == result.created
    # a customer created afterwards, one by one, is indexed by the trigger as before
    con.execute("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
    db.dispose()


def test_keys_far_apart_and_across_buffer_flushes() -> None:
    keys = KeyLines()
    for i in range(BUFFER * 3 + 17):
        assert keys.get(f"k{i}") is None
        keys.set(f"k{i}", i + 2)
    keys.prefetch(["k0", "k1", f"k{BUFFER * 3}", "nope"])
    assert (keys.get("k0"), keys.get("k1"), keys.get(f"k{BUFFER * 3}"), keys.get("nope")) == (2, 3, BUFFER * 3 + 2,
                                                                                                 None)
    keys.flush()
    assert keys.get("k0") == 2 and keys.get(f"k{BUFFER + 5}") == BUFFER + 7
    keys.close()


def _calamine(path: Path) -> list[list[str]]:
    return _trim([[_cell_text(v) for v in r] for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(
        0).iter_rows()])


def _streamed(path: Path) -> list[list[str]]:
    with path.open("rb") as fh:
        reader = sheets.xlsx_rows if path.suffix == ".xlsx" else sheets.ods_rows
        return _trim([[_cell_text(v) for v in r] for r in reader(fh)])


def _trim(table: list[list[str]]) -> list[list[str]]:
    out = [list(r) for r in table]
    for r in out:
        while r and r[-1] == "":
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


@pytest.mark.parametrize("constant_memory", [False, True])
def test_streamed_xlsx_reads_what_calamine_reads(tmp_path: Path, constant_memory: bool) -> None:
    import xlsxwriter

    path = tmp_path / "a.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory})
    sheet = book.add_worksheet("Clients")
    book.add_worksheet("Autre").write(0, 0, "not read")
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, ["Code", "Nom", "SIRET", "Mandat", "Actif", "Vide", "Notes", "Remise"])
    sheet.write_row(1, 0, ["C1", "Élodie  Martin", 73282932000074, None, True])
    sheet.write_datetime(1, 3, datetime.datetime(2024, 12, 31), day)
    sheet.write_row(2, 0, ["C2", "  espaces ", 12.5])
    sheet.write_datetime(2, 3, datetime.datetime(2024, 1, 2, 10, 30), moment)
    sheet.write_formula(2, 5, '="x"&"y"', None, "xy")
    sheet.write(3, 6, "ligne 1\nligne 2")
    sheet.write(5, 1, "after an empty row")
    book.close()
    assert _streamed(path) == _calamine(path)
    assert _streamed(path)[1][:4] == ["C1", "Élodie  Martin", "73282932000074", "2024-12-31"]
    with path.open("rb") as fh:
        assert sheets.xlsx_height(fh) == 6


def _ods(path: Path, table: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet>{table}</office:spreadsheet></office:body>'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"))
    return path


def _cell(kind: str, shown: str, extra: str = "") -> str:
    return f'<table:table-cell office:value-type="{kind}" {extra}><text:p>{shown}</text:p></table:table-cell>'


def test_streamed_ods_reads_what_calamine_reads(tmp_path: Path) -> None:
    header = "<table:table-row>" + _cell("string", "Code") + _cell("string", "Nom") + (
        '<table:table-cell table:number-columns-repeated="2"/>') + _cell("string", "Notes") + "</table:table-row>"
    repeated = ('<table:table-row table:number-rows-repeated="2">'
                + _cell("float", "7,3E13", 'office:value="73282932000074"')
                + '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:span>c'
                  '</text:span></text:p><text:p>second</text:p></table:table-cell>'
                + _cell("date", "31/12/24", 'office:date-value="2024-12-31"')
                + _cell("boolean", "VRAI", 'office:boolean-value="true"')
                + _cell("percentage", "25 %", 'office:value="0.25"') + "</table:table-row>")
    blank = '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    last = ("<table:table-row>" + _cell("float", "12,5", 'office:value="12.5"')
            + _cell("string", "deux fois", 'table:number-columns-repeated="2"')
            + _cell("date", "x", 'office:date-value="2024-01-02T10:30:00"') + "</table:table-row>")
    # what LibreOffice writes after the last row: a million empty rows, which must cost nothing
    tail = ('<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    second = '<table:table table:name="B"><table:table-row>' + _cell("string", "not read") + "</table:table-row></table:table>"
    path = _ods(tmp_path / "a.ods", f'<table:table table:name="A">{header}{repeated}{blank}{last}{tail}</table:table>{second}')
    got = _streamed(path)
    assert got == _calamine(path)
    assert got[1] == ["73282932000074", "a   bc\nsecond", "2024-12-31", "1", "0.25"]
    assert len(got) == 7


def test_a_spreadsheet_imports_like_its_csv(services: Services, tmp_path: Path) -> None:
    import xlsxwriter

    body = [r for r in rows(300) if r[0]][:250]
    path = tmp_path / "a.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for r, row in enumerate([HEADER, *body]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    result = run(services, path, workers=0, valid_only=True, rejects_path=tmp_path / "r.csv")
    csv_result = run(services, write_csv(tmp_path / "a.csv", body), workers=0, valid_only=True,
                     rejects_path=tmp_path / "r2.csv")
    assert result.created > 200 and csv_result.unchanged == result.created
    assert [(p.line, p.column) for p in result.problems] == [(p.line, p.column) for p in csv_result.problems]

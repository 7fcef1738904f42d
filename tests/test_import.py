"""Customer import: mapping, the customer dialog's rules on every row, all or nothing, update-or-create by key,
re-import, duplicates, reference lists, encodings and spreadsheets, cancel. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.services import Services
from crmdesk.services.imports import (
    CustomerImporter,
    FileFormat,
    ImportOptions,
    ImportResult,
    create_unknown_references,
    detect_format,
    preview,
    preview_stored,
    propose_key,
    propose_mapping,
)
from crmdesk.store.models import Address, Customer

HEADER = ["Code client", "Raison sociale", "SIRET", "N° TVA", "E-mail", "Téléphone", "Adresse", "Code postal",
          "Ville", "Mode de règlement", "Conditions de paiement", "Notes"]
GOOD = [
    ["C9001", "Boulangerie Dupont", "732 829 320 00074", "FR44732829320", "Contact@Dupont.fr", "01 23 45 67 89",
     "3 rue de la Paix", "75002", "Paris", "virement", "30 jours", "ligne 1\nligne 2"],
    ["C9002", "Garage Müller & Fils", "", "", "atelier@muller.fr", "+44 20 7946 0958", "1 place Bellecour",
     "69002", "Lyon", "CHEQUE", "", "Œuvre € 12"],
    ["C9003", "Élodie Martin", "", "", "", "06 12 34 56 78", "8 allée des Pins", "01000", "Bourg-en-Bresse",
     "Carte bancaire", "à réception", ""],
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER, encoding: str = "utf-8-sig",
              delimiter: str = ";") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(services: Services, path: Path, fmt: FileFormat | None = None, **kw: object) -> ImportResult:
    fmt = fmt or detect_format(path)
    headers, _ = preview(path, fmt, 0)
    mapping = propose_mapping(headers)
    options = ImportOptions(mapping=mapping, key=str(kw.pop("key", propose_key(mapping))), **kw)  # type: ignore[arg-type]
    return CustomerImporter(services.db).run_import(path, fmt, options)


def counts(services: Services) -> tuple[int, int]:
    with services.db.read() as s:
        return (int(s.scalar(select(func.count()).select_from(Customer)) or 0),
                int(s.scalar(select(func.count()).select_from(Address)) or 0))


def by_code(services: Services, code: str) -> CustomerData:
    with services.db.read() as s:
        cid = s.scalar(select(Customer.id).where(Customer.code == code))
    assert cid is not None, code
    return services.customers.get(cid)


def test_headers_in_french_and_english_are_mapped() -> None:
    assert propose_mapping(HEADER) == ["code", "name", "siret", "vat_number", "email", "phone", "billing.street1",
                                       "billing.postal_code", "billing.city", "payment_method", "payment_terms",
                                       "notes"]
    assert propose_mapping(["Company name", "Zip code", "City", "E-mail address", "Mobile", "VAT number",
                            "Unknown thing", "Name"]) == [
        "name", "billing.postal_code", "billing.city", "email", "mobile", "vat_number", "", ""]


def test_import_stores_what_the_dialog_would_and_a_second_run_changes_nothing(services: Services,
                                                                              tmp_path: Path) -> None:
    path = write_csv(tmp_path / "clients.csv", GOOD)
    first = run(services, path)
    assert (first.created, first.updated, first.unchanged, first.rejected) == (3, 0, 0, 0), first.problems
    assert first.written
    dupont = by_code(services, "C9001")
    assert dupont.siret == "73282932000074" and dupont.siren == "732829320"  # the domain's stored forms
    assert dupont.email == "Contact@dupont.fr" and dupont.phone == "+33123456789"
    assert dupont.notes == "ligne 1\nligne 2"
    assert dupont.addresses[0].postal_code == "75002" and dupont.addresses[0].is_default_billing
    methods = {m.id: m.code for m in services.catalog.payment_methods()}
    assert methods[by_code(services, "C9002").preferred_payment_method_id] == "cheque"  # case and accents ignored
    assert by_code(services, "C9002").notes == "Œuvre € 12"
    again = run(services, path)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert again.summary() == "0 created, 0 updated, 3 unchanged, 0 rejected"
    assert not again.written
    # found by the list's search (the search text is kept as the services keep it)
    from crmdesk.services.customers import CustomerQuery

    assert services.customers.count(CustomerQuery(text="muller")) == 1


def test_second_run_says_it_in_french(services: Services, tmp_path: Path) -> None:
    from crmdesk.domain.i18n import set_language

    path = write_csv(tmp_path / "clients.csv", GOOD)
    run(services, path)
    set_language("fr")
    assert run(services, path).summary() == "0 créés, 0 modifiés, 3 inchangés, 0 rejetés"


def test_changed_cells_update_and_unmapped_fields_are_kept(services: Services, tmp_path: Path) -> None:
    run(services, write_csv(tmp_path / "a.csv", GOOD))
    c = by_code(services, "C9001")
    services.customers.update(CustomerData(**{**c.__dict__, "website": "www.dupont.fr"}))
    rows = [row[:] for row in GOOD]
    rows[0][5] = "01 99 99 99 99"
    result = run(services, write_csv(tmp_path / "b.csv", rows))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    after = by_code(services, "C9001")
    assert after.phone == "+33199999999"
    assert after.website == "www.dupont.fr"  # no column for it in the file: kept
    assert len(after.addresses) == 1 and after.version > c.version


def test_a_bad_row_rejects_the_file_and_reports_every_problem(services: Services, tmp_path: Path) -> None:
    run(services, write_csv(tmp_path / "a.csv", GOOD[:1]))
    before = counts(services)
    rows = [*GOOD, ["C9004", "", "12345", "", "pas-un-email", "0123", "", "", "", "", "", ""],
            ["C9005", "Ok SARL", "", "FR00000000000", "", "", "1 rue", "750", "Paris", "", "", ""],
            ["C9001", "Doublon", "", "", "", "", "", "", "", "", "", ""]]
    result = run(services, write_csv(tmp_path / "b.csv", rows))
    assert result.rejected == 3 and not result.written
    assert counts(services) == before
    problems = {(p.line, p.column) for p in result.problems}
    assert {(5, "Raison sociale"), (5, "SIRET"), (5, "E-mail"), (5, "Téléphone"), (6, "N° TVA"),
            (6, "Code postal"), (7, "Code client")} <= problems
    assert all(p.reason for p in result.problems)
    assert result.created == 0 and result.would_create == 2


def test_valid_rows_only_writes_the_rejected_ones_to_a_file_to_fix(services: Services, tmp_path: Path) -> None:
    rows = [*GOOD, ["C9004", "Sans ville", "", "", "", "", "1 rue", "75001", "", "", "", ""]]
    rejects = tmp_path / "rejets.csv"
    result = run(services, write_csv(tmp_path / "b.csv", rows), valid_only=True, rejects_path=rejects)
    assert (result.created, result.rejected) == (3, 1) and result.written
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert back[0][:-1] == HEADER and back[1][0] == "C9004" and "city" in back[1][-1].lower()
    back[1][8] = "Paris"  # the user fixes the row and imports the file again
    fixed = write_csv(tmp_path / "fixed.csv", [r[:-1] for r in back[1:]])
    again = run(services, fixed)
    assert (again.created, again.rejected) == (1, 0)


@pytest.mark.parametrize("key", ["siret", "email"])
def test_update_by_siret_or_email(services: Services, tmp_path: Path, key: str) -> None:
    run(services, write_csv(tmp_path / "a.csv", GOOD))
    header = ["Raison sociale", "SIRET" if key == "siret" else "E-mail", "Ville", "Code postal", "Adresse"]
    value = "73282932000074" if key == "siret" else "contact@dupont.fr"
    result = run(services, write_csv(tmp_path / "b.csv", [["Dupont Boulangerie", value, "Paris", "75002",
                                                            "3 rue de la Paix"]], header=header), key=key)
    assert (result.created, result.updated) == (0, 1), result.problems
    assert by_code(services, "C9001").name == "Dupont Boulangerie"


def test_possible_duplicates_include_archived_customers(services: Services, tmp_path: Path) -> None:
    old = services.customers.create(CustomerData(name="Ancien Dupont", email="Contact@dupont.fr"))
    services.customers.archive([old.id])
    result = run(services, write_csv(tmp_path / "a.csv", GOOD), dry_run=True)
    assert [(d.line, d.field, d.code, d.active) for d in result.duplicates] == [(2, "email", old.code, False)]


def test_unknown_references_are_listed_and_created_in_one_step(services: Services, tmp_path: Path) -> None:
    rows = [row[:] for row in GOOD]
    rows[0][9], rows[1][9], rows[2][10] = "Bitcoin", "bitcoin", "90 jours fin de mois"
    path = write_csv(tmp_path / "a.csv", rows)
    result = run(services, path)
    assert result.rejected == 3 and counts(services) == (0, 0)
    assert {k: list(v.values()) for k, v in result.unknown_references.items()} == {
        "payment_method": ["Bitcoin"], "payment_terms": ["90 jours fin de mois"]}
    assert create_unknown_references(services.db, result.unknown_references) == 2
    terms = {t.label: t.days for t in services.catalog.payment_terms()}
    assert terms["90 jours fin de mois"] == 90
    assert run(services, path).created == 3


def test_codes_are_given_to_rows_without_one(services: Services, tmp_path: Path) -> None:
    rows = [["", *row[1:]] for row in GOOD]
    result = run(services, write_csv(tmp_path / "a.csv", rows), key="code")
    assert result.created == 3
    codes = sorted(c.code for c in services.customers.page(__import__(
        "crmdesk.services.customers", fromlist=["CustomerQuery"]).CustomerQuery(), 0, 10))
    assert codes == ["C000001", "C000002", "C000003"]
    assert services.customers.create(CustomerData(name="Next")).code == "C000004"


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";"),
                                                     ("iso8859-15", "\t"), ("utf-16", ";")])
def test_encodings_and_separators_are_detected(services: Services, tmp_path: Path, encoding: str,
                                               delimiter: str) -> None:
    path = write_csv(tmp_path / "a.csv", GOOD, encoding=encoding, delimiter=delimiter)
    fmt = detect_format(path)
    assert (fmt.kind, fmt.delimiter) == ("csv", delimiter)
    assert fmt.encoding.replace("_", "-") in {encoding, "utf-8-sig" if encoding == "utf-8-sig" else encoding}
    result = run(services, path, fmt)
    assert result.created == 3, result.problems
    assert by_code(services, "C9002").notes == "Œuvre € 12" and by_code(services, "C9003").name == "Élodie Martin"


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for c, name in enumerate(header):
        sheet.write_string(0, c, name)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value)  # type: ignore[arg-type]
    book.close()
    return path


def write_ods(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    """A minimal OpenDocument spreadsheet (what LibreOffice reads and writes), by hand: no writer needed."""
    from xml.sax.saxutils import escape

    def row(cells: list[str]) -> str:
        return "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
            for c in cells) + "</table:table-row>"

    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Clients">'
               + "".join(row(r) for r in [header, *rows]) +
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    return path


def test_xlsx_with_numbers_where_text_is_expected(services: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [row[:] for row in GOOD]
    rows[0][2] = 73282932000074  # a SIRET typed as a number in Excel
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    assert detect_format(path).kind == "xlsx"
    result = run(services, path)
    assert result.created == 3, result.problems
    assert by_code(services, "C9001").siret == "73282932000074"
    assert run(services, path).unchanged == 3


def test_ods(services: Services, tmp_path: Path) -> None:
    path = write_ods(tmp_path / "a.ods", GOOD)
    assert detect_format(path).kind == "ods"
    result = run(services, path)
    assert result.created == 3, (result.file_error, result.problems)
    assert by_code(services, "C9003").name == "Élodie Martin"


def test_formula_guard_is_taken_off_and_negative_amounts_reported(services: Services, tmp_path: Path) -> None:
    header = ["Code", "Nom", "Téléphone", "Encours autorisé"]
    rows = [["C1", "'=Évian", "'+44 20 7946 0958", "1 500,50"], ["C2", "Neg", "", "-12,5"]]
    result = run(services, write_csv(tmp_path / "a.csv", rows, header=header), valid_only=True,
                 rejects_path=tmp_path / "r.csv")
    assert result.created == 1
    c1 = by_code(services, "C1")
    assert (c1.name, c1.phone, str(c1.credit_limit)) == ("=Évian", "+442079460958", "1500.50")
    assert [(p.line, p.column) for p in result.problems] == [(3, "Encours autorisé")]


def test_stored_preview_shows_values_as_they_will_be_stored(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", GOOD)
    fmt = detect_format(path)
    rows = preview_stored(services.db, path, fmt, propose_mapping(preview(path, fmt, 0)[0]))
    assert rows[0].values["siret"] == "73282932000074" and rows[0].values["phone"] == "+33123456789"
    assert rows[0].problems == []


def test_cancel_writes_nothing(services: Services, tmp_path: Path) -> None:
    rows = [[f"K{i:05d}", f"Client {i}", "", "", "", "", "1 rue", "75001", "Paris", "", "", ""] for i in range(1200)]
    path = write_csv(tmp_path / "a.csv", rows)
    fmt = detect_format(path)
    options = ImportOptions(mapping=propose_mapping(HEADER))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2  # after the first chunk was written

    result = CustomerImporter(services.db).run_import(path, fmt, options, cancelled=cancelled)
    assert result.cancelled and not result.written
    assert counts(services) == (0, 0)


def test_addresses_billing_and_delivery(services: Services, tmp_path: Path) -> None:
    header = ["Code", "Nom", "Adresse", "Code postal", "Ville", "Adresse de livraison", "Code postal de livraison",
              "Ville de livraison"]
    rows = [["A1", "Deux adresses", "1 rue A", "75001", "Paris", "2 quai B", "69002", "Lyon"],
            ["A2", "Une adresse", "1 rue A", "75001", "Paris", "1 rue A", "75001", "Paris"]]
    path = write_csv(tmp_path / "a.csv", rows, header=header)
    assert run(services, path).created == 2
    two = by_code(services, "A1")
    assert [(a.city, a.is_default_billing, a.is_default_delivery) for a in two.addresses] == [
        ("Paris", True, False), ("Lyon", False, True)]
    assert len(by_code(services, "A2").addresses) == 1
    assert run(services, path).unchanged == 2
    services.customers.add_address(two.id, AddressData(street1="3 rue C", postal_code="13001", city="Marseille"))
    assert run(services, path).unchanged == 2  # a third address the file does not name is kept


def test_a_row_may_carry_a_contact(services: Services, tmp_path: Path) -> None:
    from crmdesk.services.contacts import ContactService
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.exports import ExportOptions, ExportService

    header = ["Code", "Raison sociale", "Prénom contact", "Nom contact", "E-mail contact", "Téléphone contact"]
    rows = [["P1", "Pâtisserie Lenôtre", "Anne", "Séguin", "anne@patisserie.fr", "01 23 45 67 89"],
            ["P2", "Sans contact", "", "", "", ""]]
    path = write_csv(tmp_path / "a.csv", rows, header=header)
    assert propose_mapping(header)[2:] == ["contact.first_name", "contact.last_name", "contact.email",
                                           "contact.phone"]
    assert run(services, path).created == 2
    cid = by_code(services, "P1").id
    contacts = ContactService(services.db).list(cid)  # type: ignore[arg-type]
    assert [(c.first_name, c.last_name, c.phone, c.is_main) for c in contacts] == [
        ("Anne", "Séguin", "+33123456789", True)]
    assert services.customers.count(CustomerQuery(text="seguin")) == 1  # the list finds the contact's name
    assert run(services, path).unchanged == 2
    rows[0][5] = "06 12 34 56 78"
    changed = run(services, write_csv(tmp_path / "b.csv", rows, header=header))
    assert (changed.updated, changed.unchanged) == (1, 1)
    assert ContactService(services.db).list(cid)[0].phone == "+33612345678"  # type: ignore[arg-type]
    bad = [["P3", "Contact invalide", "Jean", "Dupont", "pas-un-email", ""]]
    result = run(services, write_csv(tmp_path / "c.csv", bad, header=header))
    assert [(p.line, p.column) for p in result.problems] == [(2, "E-mail contact")]
    # every column exported, the main contact included: it imports back unchanged
    out = tmp_path / "all.csv"
    ExportService(services.db).export_customers(out, options=ExportOptions(all_columns=True))
    assert run(services, out).unchanged == 2


def test_cli_import_and_export(tmp_path: Path) -> None:
    import subprocess
    import sys

    from crmdesk.store.database import open_database

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    open_database(url).dispose()

    def crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crmdesk", *args, "--database", url], capture_output=True,
                              text=True, timeout=120)

    path = write_csv(tmp_path / "clients.csv", GOOD)
    first = crmdesk("import", "customers", str(path), "--lang", "fr")
    assert first.returncode == 0 and first.stdout.strip() == "3 créés, 0 modifiés, 0 inchangés, 0 rejetés"
    again = crmdesk("import", "customers", str(path), "--lang", "fr")
    assert again.stdout.strip() == "0 créés, 0 modifiés, 3 inchangés, 0 rejetés"
    bad = write_csv(tmp_path / "bad.csv", [*GOOD, ["C9", "", "", "", "x@", "", "", "", "", "", "", ""]])
    refused = crmdesk("import", "customers", str(bad))
    assert refused.returncode != 0 and "1 rejected" in refused.stdout
    assert "line 5" in refused.stderr and refused.stderr.strip().splitlines()[-1].startswith("crmdesk: error:")
    rejects = tmp_path / "rejects.csv"
    assert crmdesk("import", "customers", str(bad), "--valid-only", str(rejects)).returncode == 0
    assert rejects.exists()
    assert crmdesk("import", "customers", str(tmp_path / "missing.csv")).returncode != 0
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"export.{fmt}"
        done = crmdesk("export", "customers", "--output", str(out), "--all-columns")
        assert done.returncode == 0 and out.exists(), done.stderr
    orders = crmdesk("export", "orders", "--output", str(tmp_path / "orders.csv"))
    assert orders.returncode == 0, orders.stderr
    assert crmdesk("export", "customers", "--output", str(tmp_path / "nofolder" / "x.csv")).returncode != 0


def test_a_file_gone_before_the_import_is_said_in_the_users_language(services: Services, tmp_path: Path) -> None:
    """The system's own wording ("No such file or directory") is English and raw: the user gets theirs."""
    from crmdesk.domain.i18n import set_language

    path = write_csv(tmp_path / "clients.csv", GOOD)
    fmt = detect_format(path)
    path.unlink()  # moved or deleted between choosing it and importing it
    set_language("fr")
    try:
        result = CustomerImporter(services.db).run_import(path, fmt, ImportOptions(mapping=propose_mapping(HEADER)))
    finally:
        set_language("en")
    assert result.file_error == f"Impossible de lire {path} : aucun fichier ou dossier de ce nom."
    assert "No such" not in result.file_error


@pytest.mark.parametrize("error, reason", [
    (FileNotFoundError(2, "No such file or directory"), "no such file or folder"),
    (PermissionError(13, "Permission denied"), "access refused (read-only, or open in another program?)"),
    (IsADirectoryError(21, "Is a directory"), "it is a folder, not a file"),
    (OSError(28, "No space left on device"), "the disk is full"),
    (OSError(5, "Input/output error"), "the system refused it"),
])
def test_file_problems_have_one_wording(error: OSError, reason: str) -> None:
    from crmdesk.domain.errors import file_reason

    assert file_reason(error) == reason

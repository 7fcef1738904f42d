"""At least a thousand malformed files: encodings, BOMs, separators, broken quotes, embedded line breaks, 1 MB
cells, extra and missing columns, duplicate codes, formulas, bad values, empty and binary files, one file of
100,000 rows. Each must end (no hang) without an exception, leave the database unchanged when rejected, and
report every bad row by its line; a valid one changes nothing (its customers are already there)."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.services import Services
from crmdesk.services.imports import CustomerImporter, ImportOptions, detect_format, preview, propose_mapping
from crmdesk.store.database import open_database
from crmdesk.store.models import Address, Customer

HEADER = ["Code", "Raison sociale", "E-mail", "Téléphone", "SIRET", "Adresse", "Code postal", "Ville",
          "Mode de règlement", "Notes"]
BASE = [
    ["M1", "Boulangerie Œuvre", "pain@exemple.fr", "01 23 45 67 89", "73282932000074", "3 rue de la Paix",
     "75002", "Paris", "Chèque", "Prix 12 €"],
    ["M2", "Élise Façade", "elise@exemple.fr", "06 12 34 56 78", "", "1 place Bellecour", "69002", "Lyon",
     "Virement", "ligne 1\nligne 2"],
    ["M3", "Garage de l'Étang", "", "+44 20 7946 0958", "", "8 allée des Pins", "01000", "Bourg", "", ""],
    ["M4", "Société Ça Va", "ca@exemple.fr", "", "", "2 quai Ouest", "13001", "Marseille", "Carte bancaire",
     "=SOMME(A1)"],
]
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "iso8859-15", "utf-16")
SEPARATORS = (";", ",", "\t")


@dataclass
class Variant:
    name: str
    data: bytes
    expect: str  # "same": valid, nothing changes; "rows": these lines rejected; "file": the file is refused
    bad_lines: set[int] = field(default_factory=set)
    suffix: str = ".csv"


def _csv(rows: list[list[str]], sep: str, header: list[str] = HEADER, line_end: str = "\r\n") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _guarded(rows: list[list[str]]) -> list[list[str]]:
    """As the export writes them: text that a spreadsheet would run as a formula gets an apostrophe."""
    return [[("'" + c if c and c[0] in "=+-@" else c) for c in row] for row in rows]


BAD_VALUES = [  # (column, value): each makes a row invalid by one of the customer dialog's rules
    (1, ""), (2, "pas-un-email"), (2, "a@b"), (3, "0123"), (3, "+33 1"), (4, "12345678901234"), (4, "abc"),
    (6, "7500"), (6, "ABCDE"), (7, ""), (5, ""), (8, "Bitcoin"), (1, "N" * 201), (2, "x" * 300 + "@exemple.fr"),
    (1, "Nom\x00NUL"), (9, "note\x07bell"), (3, "=1+1"),
]


def variants() -> Iterator[Variant]:
    rnd = random.Random(11)
    for enc in ENCODINGS:
        for sep in SEPARATORS:
            tag = f"{enc}-{'tab' if sep == chr(9) else sep}"

            def encode(text: str, enc: str = enc) -> bytes:
                return text.encode(enc)

            base = _guarded(BASE)
            yield Variant(f"{tag}-valid", encode(_csv(base, sep)), "same")
            yield Variant(f"{tag}-lf", encode(_csv(base, sep, line_end="\n")), "same")
            yield Variant(f"{tag}-blank-rows", encode(_csv(base[:2] + [[""] * 10] + base[2:], sep) + "\r\n\r\n"),
                          "same")
            shuffled = list(range(len(HEADER)))
            rnd.shuffle(shuffled)
            yield Variant(f"{tag}-columns-reordered", encode(_csv([[r[i] for i in shuffled] for r in base], sep,
                                                                  [HEADER[i] for i in shuffled])), "same")
            yield Variant(f"{tag}-extra-column", encode(_csv([r + ["x"] for r in base], sep, HEADER + ["Divers"])),
                          "same")
            yield Variant(f"{tag}-extra-cells", encode(_csv([r + ["x", "y"] for r in base], sep)), "rows",
                          {2, 3, 4, 5})
            yield Variant(f"{tag}-empty-extra-cells", encode(_csv([r + ["", ""] for r in base], sep)), "same")
            # Bad values on each line in turn (line 1 is the header).
            for (column, value) in BAD_VALUES:
                for row in range(len(base)):
                    rows = [r[:] for r in base]
                    rows[row][column] = value
                    try:
                        data = encode(_csv(rows, sep))
                    except UnicodeEncodeError:
                        continue
                    yield Variant(f"{tag}-bad-{column}-{row}-{value[:8]!r}", data, "rows", {row + 2})
            for row in range(len(base)):
                rows = [r[:] for r in base]
                rows[row] = rows[row][:4]  # missing cells: the address is required with a street
                yield Variant(f"{tag}-short-row-{row}", encode(_csv(rows, sep)), "rows", {row + 2})
            yield Variant(f"{tag}-duplicate-code", encode(_csv(base + [base[0][:]], sep)), "rows", {6})
            yield Variant(f"{tag}-header-only", encode(_csv([], sep)), "empty")
            yield Variant(f"{tag}-unclosed-quote", encode(_csv(base, sep).replace("Lyon", '"Lyon', 1)), "file")
            shifted = _csv(base, sep).replace("Bourg", f"Bo{sep}urg", 1)  # a separator in an unquoted value
            yield Variant(f"{tag}-shifted-row", encode(shifted), "rows", {4})
            big = [r[:] for r in base]
            big[1][9] = "x" * 1_000_000  # 1 MB in notes (at most 5,000 characters)
            if enc in ("utf-8", "cp1252"):
                yield Variant(f"{tag}-1mb-cell", encode(_csv(big, sep)), "rows", {3})
            if enc.startswith("utf-8"):
                data = encode(_csv(base, sep))
                yield Variant(f"{tag}-truncated-utf8", data + "é".encode()[:1], "file_or_rows")
                yield Variant(f"{tag}-latin1-inside-utf8", data.replace(b"Paris", b"Par\xe9s"), "file")
    # Files that are not tables at all.
    yield Variant("empty", b"", "file")
    yield Variant("bom-only", b"\xef\xbb\xbf", "file")
    yield Variant("newlines-only", b"\n\n\n", "file")
    yield Variant("no-known-column", b"Foo;Bar\n1;2\n", "file")
    for i in range(40):
        yield Variant(f"binary-{i}", random.Random(i).randbytes(64 + i * 97), "file")
    yield Variant("png-as-csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "file")
    yield Variant("zip-as-xlsx", b"PK\x03\x04" + bytes(200), "file", suffix=".xlsx")
    yield Variant("zip-as-ods", b"PK\x03\x04" + b"opendocument" + bytes(100), "file", suffix=".ods")
    yield Variant("ole-as-xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "file", suffix=".xls")


def checksum(services: Services) -> str:
    digest = hashlib.sha256()
    with services.db.read() as s:
        for model in (Customer, Address):
            for row in s.execute(select(model.__table__).order_by(model.__table__.c.id)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path]]:
    folder = tmp_path_factory.mktemp("malformed")
    db = open_database(f"sqlite:///{folder / 'desk.db'}")
    services = Services.open(db)
    base = folder / "base.csv"
    base.write_text(_csv(_guarded(BASE), ";"), encoding="utf-8-sig")
    fmt = detect_format(base)
    result = CustomerImporter(db).run_import(base, fmt, ImportOptions(propose_mapping(HEADER)))
    assert result.created == 4, result.problems
    yield services, folder
    db.dispose()


def test_a_thousand_malformed_files(desk: tuple[Services, Path]) -> None:
    services, folder = desk
    importer = CustomerImporter(services.db)
    before = checksum(services)
    seen = 0
    failures: list[str] = []
    start = time.monotonic()
    for i, v in enumerate(variants()):
        seen += 1
        path = folder / f"v{i}{v.suffix}"
        path.write_bytes(v.data)
        t0 = time.monotonic()
        try:
            fmt = detect_format(path)
            headers, _ = preview(path, fmt, 0) if fmt.kind in ("csv", "xlsx", "ods") else ([], [])
            result = importer.run_import(path, fmt, ImportOptions(propose_mapping(headers)))
        except Exception as exc:  # detect_format and preview may refuse with a CrmError only
            from crmdesk.domain.errors import CrmError

            if not isinstance(exc, CrmError) or v.expect not in ("file", "file_or_rows"):
                failures.append(f"{v.name}: raised {exc!r}")
            path.unlink()
            continue
        path.unlink()
        if time.monotonic() - t0 > 10:
            failures.append(f"{v.name}: took {time.monotonic() - t0:.1f} s")
        lines = {p.line for p in result.problems}
        if v.expect == "same":
            ok = (result.unchanged, result.created, result.updated, result.rejected) == (4, 0, 0, 0) \
                and not result.file_error
        elif v.expect == "rows":
            ok = not result.file_error and v.bad_lines <= lines and result.rejected >= len(v.bad_lines) \
                and not result.written and all(p.reason for p in result.problems)
        elif v.expect == "empty":
            ok = (result.created, result.updated, result.rejected) == (0, 0, 0) and not result.written
        else:  # the file is refused, or (file_or_rows) its broken part is reported
            ok = not result.written and (bool(result.file_error) or result.rejected > 0)
        if not ok:
            failures.append(f"{v.name}: {result.summary()} {result.file_error!r} lines={sorted(lines)} "
                            f"{[p.reason for p in result.problems[:2]]}")
        if result.written or result.file_error or result.rejected:
            if checksum(services) != before:
                failures.append(f"{v.name}: the database changed")
                before = checksum(services)
    assert seen >= 1000, seen
    assert not failures, "\n".join(failures[:30]) + f"\n({len(failures)} failures of {seen})"
    assert time.monotonic() - start < 120


def test_a_hundred_thousand_rows_of_duplicate_codes(desk: tuple[Services, Path]) -> None:
    """The one big file: every row after the first repeats a code; all are reported, nothing is written."""
    services, folder = desk
    before = checksum(services)
    path = folder / "big.csv"
    rows = _guarded(BASE[:1]) * 100_000
    path.write_text(_csv(rows, ";"), encoding="utf-8")
    start = time.monotonic()
    result = CustomerImporter(services.db).run_import(path, detect_format(path),
                                                      ImportOptions(propose_mapping(HEADER)))
    assert time.monotonic() - start < 60
    assert (result.unchanged, result.rejected, result.problem_count) == (1, 99_999, 99_999)
    assert result.problems[0].line == 3 and len(result.problems) <= 5000
    assert checksum(services) == before

"""Import and export figures: time and peak memory (RSS) of

- importing 10,000 and 100,000 customers (CSV with billing address, SIRET, email, phone, payment method) into
  an empty SQLite database, then importing the same file again (every row unchanged); the same rows as XLSX
  and ODS (memory: is it flat with the file's size?);
- exporting 100,000 and 1,000,000 customers (the list as shown, CSV; every column, CSV and XLSX for 100,000).

Each case runs in its own process so that its peak RSS is its own. The 1M database is generated with
`crmdesk demo` unless one is given (--million-db, used read-only; /tmp/crmdesk-bench/customers-1000000.db when it
exists). Run with `nice`: `nice .venv/bin/python bench/bench_import_export.py [--quick]`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MILLION_DB = Path("/tmp/crmdesk-bench/customers-1000000.db")


def make_csv(path: Path, rows: int, seed: int = 1) -> None:
    from crmdesk.demo.builder import make_siren, make_siret

    rnd = random.Random(seed)
    cities = [("75002", "Paris"), ("69001", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
              ("44000", "Nantes"), ("67000", "Strasbourg"), ("01000", "Bourg-en-Bresse"), ("97400", "Saint-Denis")]
    methods = ["Virement", "cheque", "CARTE BANCAIRE", "prélèvement sepa"]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Code client", "Raison sociale", "SIRET", "E-mail", "Téléphone", "Adresse", "Code postal",
                    "Ville", "Mode de règlement", "Notes"])
        for i in range(rows):
            siren = make_siren(rnd)
            pc, city = rnd.choice(cities)
            w.writerow([f"B{i:07d}", f"Société Équipement {i}", make_siret(siren, rnd), f"contact{i}@exemple.fr",
                        f"01 {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} "
                        f"{rnd.randint(10, 99)}", f"{rnd.randint(1, 200)} rue de la République", pc, city,
                        rnd.choice(methods), "Client importé"])


def make_sheet(csv_path: Path, path: Path) -> None:
    """The CSV's rows as XLSX (XlsxWriter, constant memory) or ODS (content.xml written as a stream)."""
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = csv.reader(fh, delimiter=";")
        if path.suffix == ".xlsx":
            import xlsxwriter

            book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
            sheet = book.add_worksheet("Clients")
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    sheet.write_string(r, c, value)
            book.close()
            return
        import zipfile
        from xml.sax.saxutils import escape

        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
            zf.writestr("META-INF/manifest.xml", (
                '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path='
                '"/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'))
            with zf.open("content.xml", "w") as out:
                out.write(b'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
                          b'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
                          b'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:'
                          b'version="1.2"><office:body><office:spreadsheet><table:table table:name="Clients">')
                for row in rows:
                    out.write(("<table:table-row>" + "".join(
                        f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
                        "</table:table-cell>" for c in row) + "</table:table-row>").encode())
                out.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """The largest peak of the checking processes the import started (imports_parallel), once they exited."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def case_import(rows: int, folder: Path, kind: str = "csv") -> dict[str, float | str]:
    from crmdesk.services.imports import CustomerImporter, ImportOptions, detect_format, preview, propose_mapping
    from crmdesk.store.database import open_database

    source = folder / f"import-{rows}.csv"
    if not source.exists():
        make_csv(source, rows)
    if kind != "csv":
        sheet = folder / f"import-{rows}.{kind}"
        if not sheet.exists():
            make_sheet(source, sheet)
        source = sheet
    target = folder / f"import-{rows}-{kind}.db"
    for old in folder.glob(target.name + "*"):
        old.unlink()
    db = open_database(f"sqlite:///{target}")
    fmt = detect_format(source)
    headers, _ = preview(source, fmt, 0)
    options = ImportOptions(mapping=propose_mapping(headers), key="code")
    base = peak_mb()
    load_before = load()
    start, cpu = time.perf_counter(), time.process_time()
    first = CustomerImporter(db).run_import(source, fmt, options, progress=lambda *_: None)
    first_s, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    again = CustomerImporter(db).run_import(source, fmt, options, progress=lambda *_: None)
    again_s, again_cpu = time.perf_counter() - start, time.process_time() - cpu
    db.dispose()
    return {"case": f"import {rows:,} rows, {kind}", "seconds": round(first_s, 1), "cpu": round(first_cpu, 1),
            "again_seconds": round(again_s, 1), "again_cpu": round(again_cpu, 1), "summary": first.summary(),
            "again": again.summary(), "peak_mb": round(peak_mb(), 0), "workers_peak_mb": round(children_peak_mb(), 0),
            "before_mb": round(base, 0), "file_mb": round(source.stat().st_size / 1e6, 1),
            "load": f"{load_before} -> {load()}"}


def case_read(rows: int, folder: Path, kind: str, reader: str) -> dict[str, float | str]:
    """Peak RSS of reading every row of the file, by the import's streamed reader or by calamine (whole sheet)."""
    from crmdesk.services.imports import TableReader, _cell_text, detect_format

    source = folder / f"import-{rows}.csv"
    if not source.exists():
        make_csv(source, rows)
    if kind != "csv":
        sheet = folder / f"import-{rows}.{kind}"
        if not sheet.exists():
            make_sheet(source, sheet)
        source = sheet
    base = peak_mb()
    start = time.perf_counter()
    n = 0
    if reader == "calamine":
        from python_calamine import CalamineWorkbook

        for row in CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).iter_rows():
            n += bool([_cell_text(v) for v in row])
    else:
        for _row in TableReader(source, detect_format(source)).rows():
            n += 1
    return {"case": f"read {n - 1:,} rows, {kind}, {reader}", "seconds": round(time.perf_counter() - start, 1),
            "peak_mb": round(peak_mb(), 0), "before_mb": round(base, 0),
            "file_mb": round(source.stat().st_size / 1e6, 1), "load": load()}


def case_export(db_path: Path, fmt: str, all_columns: bool, folder: Path) -> dict[str, float | str]:
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.exports import ExportOptions, ExportService
    from crmdesk.store.database import open_database

    db = open_database(f"sqlite:///{db_path}")
    out = folder / f"export.{fmt}"
    base = peak_mb()
    start = time.perf_counter()
    n = ExportService(db).export_customers(out, CustomerQuery(), ExportOptions(format=fmt, all_columns=all_columns),
                                           progress=lambda *_: None)
    seconds = time.perf_counter() - start
    size = out.stat().st_size
    out.unlink()
    db.dispose()
    return {"case": f"export {n:,} customers, {'every column' if all_columns else 'list columns'}, {fmt}",
            "seconds": round(seconds, 1), "peak_mb": round(peak_mb(), 0), "before_mb": round(base, 0),
            "file_mb": round(size / 1e6, 1), "load": load()}


def generate(path: Path, customers: int) -> None:
    if path.exists():
        return
    subprocess.run([sys.executable, "-m", "crmdesk", "demo", "--customers", str(customers),
                    "--orders-per-customer", "2", "--database", f"sqlite:///{path}"], check=True,
                   stdout=subprocess.DEVNULL)


def run_case(args: list[str]) -> dict[str, float | str]:
    out = subprocess.run([sys.executable, __file__, "--case", *args], check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--case", nargs="+")
    p.add_argument("--quick", action="store_true", help="10,000-row import and 100,000-row export only")
    p.add_argument("--import-only", action="store_true", help="the import cases only")
    p.add_argument("--memory-only", action="store_true",
                   help="peak RSS of reading 10,000 and 100,000 rows (CSV, XLSX, ODS; streamed and calamine)")
    p.add_argument("--million-db", type=Path, default=MILLION_DB if MILLION_DB.exists() else None)
    p.add_argument("--folder", type=Path)
    args = p.parse_args()
    if args.case:
        folder = Path(args.case[-1])
        if args.case[0] == "import":
            result = case_import(int(args.case[1]), folder, args.case[2])
        elif args.case[0] == "read":
            result = case_read(int(args.case[1]), folder, args.case[2], args.case[3])
        else:
            result = case_export(Path(args.case[1]), args.case[2], args.case[3] == "all", folder)
        print(json.dumps(result))
        return
    folder = args.folder or Path(tempfile.mkdtemp(prefix="crmdesk-bench-io-"))
    results = []
    if args.memory_only:
        for kind, reader in (("csv", "streamed"), ("xlsx", "streamed"), ("xlsx", "calamine"), ("ods", "streamed"),
                             ("ods", "calamine")):
            for rows in (10_000, 100_000):
                results.append(run_case(["read", str(rows), kind, reader, str(folder)]))
                print(json.dumps(results[-1]), flush=True)
    # The import of every format (its figures are the same rules on the same rows: CSV alone with --quick).
    for kind in () if args.memory_only else ("csv",) if args.quick else ("csv", "xlsx", "ods"):
        for rows in (10_000,) if args.quick else (10_000, 100_000):
            results.append(run_case(["import", str(rows), kind, str(folder)]))
            print(json.dumps(results[-1]), flush=True)
    if not args.import_only and not args.memory_only:
        db100k = folder / "customers-100000.db"
        generate(db100k, 100_000)
        for fmt, scope in (("csv", "list"), ("csv", "all"), ("xlsx", "all")):
            results.append(run_case(["export", str(db100k), fmt, scope, str(folder)]))
    if not args.quick and not args.import_only and not args.memory_only:
        million = args.million_db or folder / "customers-1000000.db"
        generate(million, 1_000_000)
        results.append(run_case(["export", str(million), "csv", "list", str(folder)]))
        results.append(run_case(["export", str(million), "csv", "all", str(folder)]))
    print(f"{'case':58} {'seconds':>8} {'CPU s':>6} {'peak RSS MB':>12} {'file MB':>8}  load average (1/5/15 min)")
    for r in results:
        print(f"{r['case']:58} {r['seconds']:>8} {r.get('cpu', ''):>6} {r['peak_mb']:>12} {r['file_mb']:>8}  "
              f"{r['load']}")
        if "again" in r:
            print(f"{'  then the same file again: ' + str(r['again']):58} {r['again_seconds']:>8} "
                  f"{r['again_cpu']:>6}")
            if r["workers_peak_mb"]:
                print(f"{'  (checking process: peak RSS)':58} {'':>8} {'':>6} {r['workers_peak_mb']:>12}")
    print(f"(machine: {os.cpu_count()} cores; files in {folder})")


if __name__ == "__main__":
    main()

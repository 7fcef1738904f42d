"""Import and export figures: time and peak memory (RSS) of

- importing 10,000 and 100,000 customers (CSV with billing address, SIRET, email, phone, payment method) into
  an empty SQLite database, then importing the same file again (every row unchanged);
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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def case_import(rows: int, folder: Path) -> dict[str, float | str]:
    from crmdesk.services.imports import CustomerImporter, ImportOptions, detect_format, preview, propose_mapping
    from crmdesk.store.database import open_database

    source = folder / f"import-{rows}.csv"
    make_csv(source, rows)
    db = open_database(f"sqlite:///{folder / f'import-{rows}.db'}")
    fmt = detect_format(source)
    headers, _ = preview(source, fmt, 0)
    options = ImportOptions(mapping=propose_mapping(headers), key="code")
    base = peak_mb()
    start = time.perf_counter()
    first = CustomerImporter(db).run_import(source, fmt, options, progress=lambda *_: None)
    first_s = time.perf_counter() - start
    start = time.perf_counter()
    again = CustomerImporter(db).run_import(source, fmt, options, progress=lambda *_: None)
    again_s = time.perf_counter() - start
    db.dispose()
    return {"case": f"import {rows:,} rows", "seconds": round(first_s, 1), "again_seconds": round(again_s, 1),
            "summary": first.summary(), "again": again.summary(), "peak_mb": round(peak_mb(), 0),
            "before_mb": round(base, 0), "file_mb": round(source.stat().st_size / 1e6, 1)}


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
            "file_mb": round(size / 1e6, 1)}


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
    p.add_argument("--million-db", type=Path, default=MILLION_DB if MILLION_DB.exists() else None)
    p.add_argument("--folder", type=Path)
    args = p.parse_args()
    if args.case:
        folder = Path(args.case[-1])
        if args.case[0] == "import":
            result = case_import(int(args.case[1]), folder)
        else:
            result = case_export(Path(args.case[1]), args.case[2], args.case[3] == "all", folder)
        print(json.dumps(result))
        return
    folder = args.folder or Path(tempfile.mkdtemp(prefix="crmdesk-bench-io-"))
    results = [run_case(["import", "10000", str(folder)])]
    if not args.quick:
        results.append(run_case(["import", "100000", str(folder)]))
    db100k = folder / "customers-100000.db"
    generate(db100k, 100_000)
    for fmt, scope in (("csv", "list"), ("csv", "all"), ("xlsx", "all")):
        results.append(run_case(["export", str(db100k), fmt, scope, str(folder)]))
    if not args.quick:
        million = args.million_db or folder / "customers-1000000.db"
        generate(million, 1_000_000)
        results.append(run_case(["export", str(million), "csv", "list", str(folder)]))
        results.append(run_case(["export", str(million), "csv", "all", str(folder)]))
    print(f"{'case':58} {'seconds':>8} {'peak RSS MB':>12} {'file MB':>8}")
    for r in results:
        print(f"{r['case']:58} {r['seconds']:>8} {r['peak_mb']:>12} {r['file_mb']:>8}")
        if "again" in r:
            print(f"{'  then the same file again: ' + str(r['again']):58} {r['again_seconds']:>8}")
    print(f"(machine: {os.cpu_count()} cores; files in {folder})")


if __name__ == "__main__":
    main()

"""`crmdesk export|import|backup|restore` (shared/CONTRACT.md, "Added for the second round of work").

Each prints one line (the summary, or `crmdesk: error: ...`) and exits 0 on success, non-zero otherwise; none
leaves a half-written file or database behind (files are written beside the target and renamed, imports run
in one transaction).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk.domain.errors import CrmError
from crmdesk.domain.i18n import set_language, translate

if TYPE_CHECKING:  # typing only: the command imports the database layer when it runs
    from crmdesk.store.database import Database


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crmdesk", description="Data in and out: export, import, backup, restore.")
    sub = p.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="export the customer or order list to CSV or XLSX")
    export.add_argument("what", choices=["customers", "orders"])
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--format", choices=["csv", "xlsx"], help="default: from the file's extension, else csv")
    export.add_argument("--search", default="", metavar="TEXT", help="only what the list's search box finds")
    export.add_argument("--all-columns", action="store_true", help="every column, not only the list's")
    export.add_argument("--separator", choices=[";", ","], default=";", help="CSV separator (default ;)")
    imp = sub.add_parser("import", help="import customers from CSV, XLSX or ODS")
    imp.add_argument("what", choices=["customers"])
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--key", choices=["code", "siret", "siren", "email"],
                     help="how an existing customer is recognised (default: code, else the first mapped)")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--valid-only", type=Path, metavar="REJECTS_FILE",
                     help="import the valid rows and write the rejected ones to REJECTS_FILE")
    imp.add_argument("--create-references", action="store_true",
                     help="create the payment methods, terms and carriers the file names and the lists lack")
    backup = sub.add_parser("backup", help="online backup of the embedded database")
    backup.add_argument("--output", required=True, type=Path, metavar="FILE")
    restore = sub.add_parser("restore", help="replace the embedded database by a backup, after checks")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for parser in (export, imp, backup, restore):
        parser.add_argument("--database", metavar="URL")
        parser.add_argument("--lang", choices=["fr", "en"])
    return p


def _fail(message: str, status: int = 2) -> int:
    print(f"crmdesk: error: {message}", file=sys.stderr)
    return status


def run_data_command(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    from crmdesk.cli.commands import resolve_url
    from crmdesk.store import credentials
    from crmdesk.store.database import open_database

    try:
        if args.command == "restore":
            return _restore(args, resolve_url(args.database))
        db = open_database(credentials.with_saved_password(resolve_url(args.database)))
    except CrmError as exc:
        return _fail(exc.message)
    try:
        if args.command == "export":
            return _export(db, args)
        if args.command == "import":
            return _import(db, args)
        return _backup(db, args)
    except CrmError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return _fail(translate("cli.data_commands", "interrupted"))
    finally:
        db.dispose()


def _export(db: Database, args: argparse.Namespace) -> int:
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.exports import ExportOptions, ExportService

    fmt = args.format or ("xlsx" if args.output.suffix.lower() == ".xlsx" else "csv")
    options = ExportOptions(format=fmt, delimiter=args.separator, all_columns=args.all_columns)
    service = ExportService(db)
    if args.what == "customers":
        from crmdesk.services.activity import roll_turnover

        roll_turnover(db)  # the customers' kept figures ("CA 12 mois") of this month; one read when done
        n = service.export_customers(args.output, CustomerQuery(text=args.search), options)
    else:
        from crmdesk.services.orders import OrderQuery

        n = service.export_orders(args.output, OrderQuery(text=args.search), options)
    print(translate("cli.data_commands", "{n} rows written to {path}").format(n=n, path=args.output))
    return 0


def _import(db: Database, args: argparse.Namespace) -> int:
    from crmdesk.services.imports import (
        CustomerImporter,
        ImportOptions,
        create_unknown_references,
        detect_format,
        preview,
        propose_key,
        propose_mapping,
    )

    fmt = detect_format(args.file)
    headers, _rows = preview(args.file, fmt, rows=0)
    mapping = propose_mapping(headers)
    options = ImportOptions(mapping=mapping, key=args.key or propose_key(mapping), dry_run=args.dry_run,
                            valid_only=args.valid_only is not None, rejects_path=args.valid_only)
    importer = CustomerImporter(db)
    if args.create_references:
        checked = importer.run_import(args.file, fmt, replace(options, dry_run=True, valid_only=False))
        if checked.unknown_references and not checked.file_error:
            create_unknown_references(db, checked.unknown_references)
    result = importer.run_import(args.file, fmt, options)
    if result.file_error:
        return _fail(result.file_error)
    for problem in result.problems[:20]:
        where = translate("cli.data_commands", "line {line}").format(line=problem.line)
        column = f", {problem.column}" if problem.column else ""
        print(f"{where}{column}: {problem.reason}", file=sys.stderr)
    if result.problem_count > 20:
        print(translate("cli.data_commands", "... and {n} more problems").format(n=result.problem_count - 20),
              file=sys.stderr)
    if args.dry_run:
        # One line, as the contract says: what the import would do, marked as a trial in the same line.
        would = replace(result, created=result.would_create, updated=result.would_update)
        print(translate("cli.data_commands", "{summary} (dry run: nothing written)").format(summary=would.summary()))
    else:
        print(result.summary())
    if result.rejected and not options.valid_only:
        return _fail(translate("cli.data_commands", "nothing was imported: fix the rejected rows or use --valid-only"), 1)
    return 0


def _backup(db: Database, args: argparse.Namespace) -> int:
    from crmdesk.services.backup import backup

    info = backup(db, args.output)
    print(translate("cli.data_commands", "Backup written to {path} ({c} customers, {o} orders)").format(path=info.path, c=info.customers,
            o=info.orders))
    return 0


def _restore(args: argparse.Namespace, url: str) -> int:
    from crmdesk.services.backup import check, restore
    from crmdesk.store.database import open_database

    info = check(args.file)  # before opening (and so migrating) anything
    if not args.yes:
        if not sys.stdin.isatty():
            return _fail(translate("cli.data_commands", "restore replaces the database: confirm with --yes"))
        answer = input(translate("cli.data_commands", "Replace the database by {path} ({c} customers, {o} orders)? [y/N] ").format(path=info.path, c=info.customers, o=info.orders))
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            return _fail(translate("cli.data_commands", "cancelled"), 1)
    db = open_database(url)
    try:
        kept = restore(db, args.file)
    finally:
        db.dispose()
    open_database(url).dispose()  # migrated to this program's schema now, not at the next start
    print(translate("cli.data_commands", "Restored from {path}; the replaced database is kept in {kept}").format(path=info.path, kept=kept))
    return 0

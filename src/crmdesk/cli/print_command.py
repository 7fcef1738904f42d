"""`crmdesk print ORDER_NUMBER --pdf FILE [--document confirmation|delivery-note] [--lang fr|en]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from crmdesk.domain.documents import DocumentKind
from crmdesk.domain.errors import CrmError, file_reason
from crmdesk.domain.i18n import translate


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crmdesk print",
                                description="Write an order's confirmation or delivery note as PDF.")
    p.add_argument("order_number", metavar="ORDER_NUMBER", help="e.g. CMD-2026-000012")
    p.add_argument("--pdf", type=Path, required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument("--document", choices=[k.value for k in DocumentKind], default=DocumentKind.CONFIRMATION.value,
                   help="confirmation (default) or delivery-note")
    p.add_argument("--lang", choices=["fr", "en"], help="the document's language (default: the customer's)")
    p.add_argument("--database", metavar="URL")
    return p


def run_print(argv: list[str]) -> int:
    from crmdesk.cli.commands import _fail, resolve_url
    from crmdesk.domain.i18n import set_language

    args = parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    target: Path = args.pdf
    if target.is_dir() or not target.parent.is_dir():
        return _fail(translate("cli.print_command", "cannot write {file}: no such folder.").format(file=target))
    from crmdesk.services import Services
    from crmdesk.store.database import open_database

    try:
        db = open_database(resolve_url(args.database))
        try:
            services = Services.open(db)
            document = services.documents.document(services.documents.order_id(args.order_number), args.document,
                                                   args.lang)
        finally:
            db.dispose()
    except CrmError as exc:
        return _fail(exc.message)
    from crmdesk.gui.documents.headless import write_pdf_headless

    try:
        pages = write_pdf_headless([document], target)
    except OSError as exc:
        return _fail(translate("cli.print_command", "cannot write {file}: {reason}").format(file=target,
                       reason=file_reason(exc)))
    print(translate("cli.print_command", "{file}: {title} {number}, {n} page(s)").format(file=target,
            title=document.title, number=document.number, n=pages))
    return 0

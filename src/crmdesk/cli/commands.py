"""The `crmdesk` command (see shared/CONTRACT.md for its flags)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from crmdesk import __version__
from crmdesk.domain.errors import CrmError


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crmdesk", description="Customers and their orders, for office staff.",
                                epilog="crmdesk demo --help: generate a large data set for benchmarks.")
    p.add_argument("--database", metavar="URL",
                   help="sqlite:///path/file.db or postgresql+psycopg://user@host:port/db "
                        "(default: $CRMDESK_DATABASE_URL, then a file in your user data folder)")
    p.add_argument("--demo", action="store_true", help="fill an empty database with French demo data first")
    p.add_argument("--lang", choices=["fr", "en"], help="interface language (default: the system's)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="quit with status 0 after SECONDS")
    p.add_argument("--screenshot", type=Path, metavar="PNG", help="with --quit-after: save the window there first")
    p.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    return p


def _demo_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crmdesk demo", description="Generate a large data set for benchmarks.")
    p.add_argument("--customers", type=int, required=True, metavar="N")
    p.add_argument("--orders-per-customer", type=int, default=0, metavar="M")
    p.add_argument("--database", metavar="URL")
    p.add_argument("--seed", type=int, default=1)
    return p


def _fail(message: str) -> int:
    print(f"crmdesk: error: {message}", file=sys.stderr)
    return 2


def resolve_url(flag: str | None) -> str:
    from crmdesk.store.database import default_database_url

    return flag or os.environ.get("CRMDESK_DATABASE_URL") or default_database_url()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from crmdesk.domain.i18n import set_language
    from crmdesk.gui.common.translation import install_domain_translations

    install_domain_translations()  # messages in French come from the Qt Linguist catalogue
    lang_guess = os.environ.get("LANG", "")
    set_language("fr" if lang_guess.startswith("fr") else "en")
    if argv[:1] in (["export"], ["import"], ["backup"], ["restore"]):
        from crmdesk.cli.data_commands import run_data_command

        return run_data_command(argv)
    if argv[:1] == ["demo"]:
        return _run_demo(_demo_parser().parse_args(argv[1:]))
    if argv[:1] == ["print"]:
        from crmdesk.cli.print_command import run_print

        return run_print(argv[1:])
    args = _app_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    return _run_app(args)


def _run_demo(args: argparse.Namespace) -> int:
    from crmdesk.demo.builder import generate
    from crmdesk.store.database import open_database

    if args.customers < 0 or args.orders_per_customer < 0:
        return _fail("--customers and --orders-per-customer must be positive")
    try:
        db = open_database(resolve_url(args.database))
        generate(db, args.customers, args.orders_per_customer, seed=args.seed, progress=True)
    except CrmError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return _fail("interrupted")
    return 0


def _run_app(args: argparse.Namespace) -> int:
    from crmdesk.domain.errors import PasswordRequiredError
    from crmdesk.services import Services
    from crmdesk.store import credentials
    from crmdesk.store.database import open_database

    # Open the database before Qt starts, so a bad URL is a one-line error, not a crash dialog. A PostgreSQL
    # URL without its password takes the one the system keychain holds; refused, the password is asked.
    url = resolve_url(args.database)
    completed = credentials.with_saved_password(url)
    try:
        try:
            db = open_database(completed)
        except PasswordRequiredError as refused:
            if credentials.has_password(url):
                raise  # the password written in the URL itself is wrong: say so, do not ask
            from crmdesk.gui.application import ensure_application, install_language
            from crmdesk.gui.connection.password_dialog import ask_password

            ensure_application(sys.argv[:1])
            install_language(args.lang)
            # The refusal is worth saying only when a remembered password was refused (changed since).
            asked = ask_password(url, open_database, refused.message if completed != url else "")
            if asked is None:
                return _fail(refused.message)
            db = asked
        services = Services.open(db, roll_turnover=False)  # the window rolls "CA 12 mois" once shown
        if args.demo:
            from crmdesk.demo.builder import fill_demo

            fill_demo(services)
    except CrmError as exc:
        return _fail(exc.message)

    from PySide6.QtCore import QTimer

    from crmdesk.gui.application import ensure_application, install_language
    from crmdesk.gui.main_window import MainWindow

    app = ensure_application(sys.argv[:1])
    install_language(args.lang)
    from crmdesk.gui.common.error_report import install_error_reporting

    install_error_reporting()  # unexpected errors: to the log file, a short message on screen
    window = MainWindow(services, offer_language_choice=not args.lang)
    window.show()
    if args.quit_after is not None:
        def finish() -> None:
            if args.screenshot:
                window.grab().save(str(args.screenshot))
            window.close()
            app.exit(0)

        QTimer.singleShot(int(args.quit_after * 1000), finish)
    status = app.exec()
    db.dispose()
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())

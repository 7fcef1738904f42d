"""Benchmark of the order list ("Ventes clients" › "Commandes") on the benchmark's largest database.

    python bench/bench_order_list.py [--size 1000000] [--workdir /tmp/crmdesk-bench]

Uses the database bench_customer_list.py builds (1,000,000 customers, about 2,000,000 orders; built here
if missing). Through the real main window, offscreen, for each action it prints how long the GUI thread was
held (the window cannot repaint meanwhile) and when the rows were on screen (the search or sort runs in a
worker thread, so the two differ for a slow one), with the raw SQL of the same read for comparison.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "crmdesk-bench")
    args = parser.parse_args(argv)

    from bench_customer_list import ensure_database

    path = ensure_database(args.workdir, args.size, 2)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from crmdesk.gui.application import ensure_application, install_language

    app = ensure_application(["bench"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    install_language("fr")
    from crmdesk.app import create_main_window
    from crmdesk.gui.main_window import PAGE_ORDERS
    from crmdesk.store import database

    captured: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", capture)
    raw = sqlite3.connect(str(path))
    raw.execute(f"PRAGMA cache_size=-{database.SQLITE_CACHE_MB * 1024}")
    window = create_main_window(f"sqlite:///{path}")
    window.resize(1280, 800)
    window.show()
    window.show_page(PAGE_ORDERS)  # type: ignore[attr-defined]
    page = window.order_list_page  # type: ignore[attr-defined]
    model = page.model

    def settle() -> None:
        while model.is_busy():
            model.wait(10)
            app.processEvents()

    settle()
    header = page.order_table.horizontalHeader()
    keys = [c.key for c in model.columns]

    def search(text: str):  # type: ignore[no-untyped-def]
        # Typed into the box (its own signals and timer run the search); first-time queries over many
        # samples, typed words: bench/bench_search.py --target orders.
        from PySide6.QtTest import QTest

        def typed() -> None:
            page.order_search.selectAll()
            QTest.keyClicks(page.order_search, text)
        return typed

    def sort(key: str, order: Qt.SortOrder):  # type: ignore[no-untyped-def]
        return lambda: header.setSortIndicator(keys.index(key), order)

    actions = [
        ("all orders, newest first", lambda: page.clear_filters()),
        ("search “mar” (customer names)", search("mar")),
        ("search “CMD-2026-00012” (start of a number)", search("CMD-2026-00012")),
        ("search “BC-7” (purchase-order reference)", search("BC-7")),
        ("status “open (draft or validated)”", lambda: (page.clear_filters(), page.filter_order_status.setCurrentIndex(
            page.filter_order_status.findData("open")))),
    ] + [(f"sort by {key}", sort(key, Qt.SortOrder.DescendingOrder))
         for key in ("customer", "total_incl_tax", "line_count", "status", "payment_method", "delivery_city",
                     "number", "date")]
    rows = []
    for label, action in actions:
        held, shown, raws = [], [], []
        for _ in range(RUNS):
            if label.startswith("sort"):  # all orders, from another sort, so that the click changes it
                page.clear_filters()
                other = "number" if label != "sort by number" else "date"
                header.setSortIndicator(keys.index(other), Qt.SortOrder.AscendingOrder)
            settle()
            captured.clear()
            started = time.perf_counter()
            action()
            held.append((time.perf_counter() - started) * 1000)
            settle()
            page.order_table.viewport().repaint()
            shown.append((time.perf_counter() - started) * 1000)
            statements = list(captured)
            begun = time.perf_counter()
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()
            raws.append((time.perf_counter() - begun) * 1000)
        rows.append((label, statistics.median(held), statistics.median(shown), statistics.median(raws),
                     page.order_count.text()))
    print(f"## Order list benchmark\n\n`python bench/bench_order_list.py --size {args.size}` on {os.cpu_count()} "
          f"cores, SQLite {sqlite3.sqlite_version}; median of {RUNS} runs.\n")
    print("| action | GUI thread held (ms) | rows painted (ms) | raw SQL (ms) | count shown |")
    print("|---|---:|---:|---:|---|")
    for label, held_ms, shown_ms, raw_ms, count in rows:
        print(f"| {label} | {held_ms:,.1f} | {shown_ms:,.1f} | {raw_ms:,.1f} | {count} |")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

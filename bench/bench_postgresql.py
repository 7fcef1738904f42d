"""The customer and order lists' reads on PostgreSQL, through the services (no window).

    python bench/bench_postgresql.py [--customers 100000] [--url postgresql+psycopg://user@host/db]

Without --url it starts a throwaway server (as tests/conftest.py does: initdb and pg_ctl, as the postgres
user when run as root) and fills a new database with the demo generator; with --url it uses that empty
database. Prints, for each read, the median of 5 runs, warm, after ANALYZE.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RUNS = 5


def measure(url: str, customers: int) -> list[tuple[str, float, Any]]:
    from crmdesk.demo.builder import generate
    from crmdesk.services import Services
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.orders import OrderQuery
    from crmdesk.store.database import open_database

    db = open_database(url)
    services = Services.open(db)
    started = time.perf_counter()
    generate(db, customers, 2, seed=1, progress=True)
    print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    rows: list[tuple[str, float, Any]] = []

    def timed(label: str, read: Callable[[], Any]) -> None:
        times = []
        result = None
        for _ in range(RUNS):
            begun = time.perf_counter()
            result = read()
            times.append((time.perf_counter() - begun) * 1000)
        rows.append((label, statistics.median(times), len(result) if isinstance(result, list) else result))

    c, o = services.customers, services.orders
    for text in ("", "e", "ma", "mar", "boulan", "06 12", "C00012"):
        query = CustomerQuery(text=text)
        timed(f"customers: first page, search “{text}”" if text else "customers: first page",
              lambda q=query: c.page(q, 0, 200))
        timed(f"customers: count, search “{text}”" if text else "customers: count", lambda q=query: c.count(q))
    for sort in ("code", "city", "phone", "email", "payment_method", "order_count", "last_order_date"):
        by = CustomerQuery(sort=sort)
        timed(f"customers: sort by {sort}", lambda q=by: c.page(q, 0, 200))
    total = c.count(CustomerQuery())
    timed("customers: a page in the middle", lambda: c.page(CustomerQuery(), total // 2, 200, total))
    timed("customers: filter has orders not yet prepared", lambda: c.page(CustomerQuery(has_open_orders=True), 0, 200))
    for label, query in (("orders: newest first", OrderQuery()),
                         ("orders: sort by customer", OrderQuery(sort="customer")),
                         ("orders: sort by total", OrderQuery(sort="total_incl_tax")),
                         ("orders: search “mar”", OrderQuery(text="mar")),
                         ("orders: search “CMD-2026-0001”", OrderQuery(text="CMD-2026-0001")),
                         ("orders: open ones", OrderQuery(statuses=("draft", "validated")))):
        timed(f"{label}, first page", lambda q=query: o.page(q, 0, 100))
        timed(f"{label}, count", lambda q=query: o.count(q))
    db.dispose()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--search", action="store_true",
                        help="then search as a user meets it: bench/bench_search.py on the same database")
    parser.add_argument("--search-queries", type=int, default=120)
    args = parser.parse_args(argv)
    cluster = None
    url = args.url
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from conftest import PgCluster

        cluster = PgCluster()
        cluster.start()
        url = cluster.create_database()
    try:
        rows = measure(url, args.customers)
        if args.search:  # through the windows' own search boxes, in fresh processes (issue 16)
            import subprocess

            subprocess.run([sys.executable, str(Path(__file__).with_name("bench_search.py")), "--database", url,
                            "--queries", str(args.search_queries)], check=True)
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"## PostgreSQL reads, {args.customers:,} customers\n\n`python bench/bench_postgresql.py --customers "
          f"{args.customers}`; median of {RUNS} warm runs, through the services.\n")
    print("| read | ms | rows or count |")
    print("|---|---:|---:|")
    for label, ms, result in rows:
        print(f"| {label} | {ms:,.1f} | {result:,} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

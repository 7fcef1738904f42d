"""Benchmark of the customer list on 10,000 / 100,000 / 1,000,000 customers (SQLite).

    python bench/bench_customer_list.py [--sizes 10000,100000,1000000] [--workdir /tmp/crmdesk-bench]

Databases are made with the demo generator (`crmdesk demo`) the first time and kept in --workdir. Each size is
measured in a fresh process (so that its peak memory is its own), offscreen, through the real main window
(`crmdesk.app.create_main_window`): every figure is the time from the user's action to the rows painted
(`viewport().repaint()` returned). Beside each figure, the SQL statements the application ran for that action,
captured and replayed directly with Python's sqlite3 on the same file in the same process: the ratio is the
application's overhead over the raw queries.

- first page: window shown -> first page of the list painted.
- search (WARM: each query repeated): the query typed into the search box (QTest key clicks: the box's own
  signals and timer run it) -> first page of matches painted. First-time queries, as a user meets them
  (100+ distinct queries, each once, typed words): bench/bench_search.py. The count of a common search follows in
  the background and is not part of the latency. Median and 95th percentile of --repeat runs.
- sort: a click on a column header -> first page in that order painted (each column, ascending).
- last row: scrollToBottom() -> the last rows painted.
- memory: peak resident set size of the process, and its growth over the 10,000-customer run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPEAT_ACTIONS = 5  # runs of each filter and sort (median): the first from a colder cache than the others
SEARCHES = [  # (label, text): common and rare terms of each length in the generated data
    ("1 char, common", "e"), ("1 char, rare", "k"),
    ("2 chars, common", "ma"), ("2 chars, rare", "yv"),
    ("3 chars, common", "mar"), ("3 chars, rare", "xav"),
    ("6 chars, common", "boulan"), ("6 chars, rare", "lefevr"),
    ("phone fragment", "06 12"), ("code", "C00012"),
]
NOTES = """### Reading the figures

- "rows painted" is what the user sees: from the action to the rows on screen. "rows in the model" stops when
  the rows reached the table model, before painting. Painting a full window of rows costs 10-15 ms offscreen
  whatever the query; the page read through the services costs about 1 ms more than the raw SQL (building
  the statement, the rows). So where the raw query takes under a millisecond (sorts, most filters, rare
  searches, the last row) the ratio is large while the time is a constant 15-25 ms, below what a person
  notices; where the database does real work (common searches) the overhead is 1.1-2.2×.
- A search, filter or sort runs in a worker thread; the GUI thread waits at most 30 ms for its first page
  (most come sooner), so the next paint shows the new rows, and a slower query comes back by signal without
  holding the window. A common search shows its first page first; its count follows in the background and
  then extends the list ("200+ customers…" meanwhile): it is not part of the latency.
- Searches are run --repeat times (median and 95th percentile), filters and sorts REPEAT_ACTIONS times
  (median); the raw queries are replayed after each run, on the same file, with the app's cache settings.
- Memory: the model keeps at most 24 pages of 200 rows (2 at the end of the run). What grows with the
  database is SQLite's page cache, 16 MB per connection (`SQLITE_CACHE_MB` in `store/database.py`), with no
  memory map; `--cache-mb` and `--mmap-mb` measure other settings (64 MB and a 256 MB map: +420 MB at a
  million customers, and no faster).
"""


def database_path(workdir: Path, size: int) -> Path:
    return workdir / f"customers-{size}.db"


def ensure_database(workdir: Path, size: int, orders_per_customer: int) -> Path:
    path = database_path(workdir, size)
    if path.exists():
        return path
    workdir.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    print(f"Generating {size:,} customers in {path} (once)...", file=sys.stderr)
    from crmdesk.demo.builder import generate
    from crmdesk.store.database import open_database

    db = open_database(f"sqlite:///{partial}")
    generate(db, size, orders_per_customer, seed=1, progress=True)
    db.dispose()
    partial.rename(path)
    return path


# ---- child: one size, one process ---------------------------------------------------------------------

def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory (VmRSS: all; RssAnon: the process's own memory, without the database file's pages
    that SQLite maps into memory and the system can drop at will)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


_anon_peak = [0.0]


def sample_anon() -> None:
    _anon_peak[0] = max(_anon_peak[0], rss_mb("RssAnon"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, repeat: int, cache_mb: int | None = None, mmap_mb: int | None = None) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from sqlalchemy import event

    from crmdesk.gui.application import ensure_application, install_language

    app = ensure_application(["bench"])
    settings_dir = tempfile.mkdtemp(prefix="crmdesk-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    install_language("en")
    from crmdesk.app import create_main_window
    from crmdesk.store import database

    # What-if: another SQLite page cache or memory map per connection than crmdesk's (store/database.py).
    if cache_mb is not None:
        database.SQLITE_CACHE_MB = cache_mb
    if mmap_mb is not None:
        database.SQLITE_MMAP_MB = mmap_mb

    results: dict[str, Any] = {"rss_start_mb": rss_mb()}
    raw = sqlite3.connect(str(path))  # the raw queries with the application's own settings
    raw.execute(f"PRAGMA cache_size=-{database.SQLITE_CACHE_MB * 1024}")
    raw.execute(f"PRAGMA mmap_size={database.SQLITE_MMAP_MB * 1024 * 1024}")

    from sqlalchemy.engine import Engine

    captured: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        # The reads of a page; not the count of a common search, which follows in the background.
        upper = statement.lstrip().upper()
        if upper.startswith("SELECT") and not (upper.startswith("SELECT COUNT(*)") and "LIMIT" not in upper):
            captured.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", capture)
    build_started = time.perf_counter()
    window = create_main_window(f"sqlite:///{path}")
    built = (time.perf_counter() - build_started) * 1000
    # The list's reads while the window was built: its first page and its count.
    first_sql = [c for c in captured if "FROM customer" in c[0] and "alembic" not in c[0]]
    page = window.customer_list_page  # type: ignore[attr-defined]
    model = page.model
    table = page.customer_table

    def replay(statements: list[tuple[str, Any]]) -> float:
        started = time.perf_counter()
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()
        return (time.perf_counter() - started) * 1000

    def settle(condition) -> None:  # type: ignore[no-untyped-def]
        """Run the event loop until `condition()`: the GUI thread waits in Qt's loop, as in the application
        (a busy Python loop here would hold the GIL and slow the worker thread down)."""
        deadline = time.perf_counter() + 300
        while not condition():
            loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            model.loaded.connect(loop.quit)
            model.busy_changed.connect(loop.quit)
            timer.start(50)
            loop.exec()
            model.loaded.disconnect(loop.quit)
            model.busy_changed.disconnect(loop.quit)
            if time.perf_counter() > deadline:
                raise TimeoutError("the list did not load in five minutes")

    loads: list[list[tuple[str, Any]]] = []
    loaded_at: list[float] = []
    ready: list[float] = [0.0]  # of the last timed action: ms until its rows were in the model, before painting

    def on_loaded(_count: int) -> None:
        loads.append(list(captured))
        loaded_at.append(time.perf_counter())

    model.loaded.connect(on_loaded)

    def timed(action) -> tuple[float, list[tuple[str, Any]]]:  # type: ignore[no-untyped-def]
        """Run `action`, wait for the first rows it brings, paint them; (ms, the SQL run until then)."""
        captured.clear()
        loads.clear()
        loaded_at.clear()
        started = time.perf_counter()
        action()
        settle(lambda: bool(loads))
        ready[0] = (loaded_at[0] - started) * 1000
        table.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        sample_anon()
        return elapsed, loads[0]

    def idle() -> None:
        settle(lambda: not model.is_busy())

    from PySide6.QtCore import Qt

    # First page: window shown -> painted (its SQL ran while the window was built: all of it so far).
    window.resize(1280, 800)
    first, _ = timed(window.show)
    idle()
    results["first_page"] = {"app": first, "ready": 0.0, "raw": min(replay(first_sql) for _ in range(3)),
                             "rows": model.rowCount(), "built": built}
    results["rss_shown_mb"] = rss_mb()

    # Search, WARM: the same query typed --repeat times in a row (caches have seen it from the second run
    # on). First-time queries as a user meets them: bench/bench_search.py (each query once, fresh process).
    from PySide6.QtTest import QTest

    searches: dict[str, Any] = {}
    for label, text_ in SEARCHES:
        times, raws, readies = [], [], []
        for _ in range(repeat):
            page.customer_search.selectAll()
            QTest.keyClick(page.customer_search, Qt.Key.Key_Backspace)  # through the box's own signals
            idle()
            elapsed, statements = timed(lambda t=text_: QTest.keyClicks(page.customer_search, t))
            times.append(elapsed)
            readies.append(ready[0])
            idle()  # the count of a common search, in the background: not part of the latency
            raws.append(replay(statements))
        searches[label] = {"text": text_, "matches": model.rowCount(), "times": times,
                           "median": statistics.median(times), "ready": statistics.median(readies),
                           "p95": _p95(times), "raw_median": statistics.median(raws), "raw_p95": _p95(raws)}
    results["search"] = searches
    page.customer_search.selectAll()
    QTest.keyClick(page.customer_search, Qt.Key.Key_Backspace)
    idle()

    # Filters, each alone over the default list (active customers, by name): first page painted.
    from dataclasses import replace as with_

    from crmdesk.services.customers import CustomerQuery

    refs = window.services.catalog  # type: ignore[attr-defined]
    method = next(iter(refs.payment_methods()), None)
    base = CustomerQuery()
    filters = [
        ("kind: individual", with_(base, kind="individual")),
        ("payment method", with_(base, payment_method_id=method.id if method else None)),
        ("city or postal code starting \u201c75\u201d", with_(base, place_prefix="75")),
        ("has orders not yet prepared", with_(base, has_open_orders=True)),
        ("created in the last 30 days", with_(base, created_from=date.today() - timedelta(days=30))),
        ("status: all (archived too)", with_(base, status="all")),
        ("orders not yet prepared + search \u201cmar\u201d", with_(base, has_open_orders=True, text="mar")),
    ]
    filtered: dict[str, Any] = {}
    for label, query in filters:
        runs = []
        for _ in range(REPEAT_ACTIONS):
            elapsed, statements = timed(lambda query=query: model.set_query(query))
            idle()
            runs.append((elapsed, ready[0], replay(statements)))
            matches = model.rowCount()
            model.set_query(base)
            idle()
        filtered[label] = {"app": statistics.median(r[0] for r in runs),
                           "ready": statistics.median(r[1] for r in runs),
                           "raw": statistics.median(r[2] for r in runs), "matches": matches}
    results["filters"] = filtered

    # Sort by each column (first page after a header click).
    from crmdesk.gui.customers.table_model import COLUMNS

    header = table.horizontalHeader()
    sorts: dict[str, Any] = {}
    for section, column in enumerate(COLUMNS):
        if column.sort is None:
            continue
        header.setSectionHidden(section, False)
        medians = []
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            runs = []
            for _ in range(REPEAT_ACTIONS):
                header.setSortIndicator(1, Qt.SortOrder.AscendingOrder if section != 1 or order ==
                                        Qt.SortOrder.DescendingOrder else Qt.SortOrder.DescendingOrder)
                idle()
                elapsed, statements = timed(lambda section=section, order=order: header.setSortIndicator(section,
                                                                                                       order))
                idle()
                runs.append((elapsed, replay(statements), ready[0]))
            medians.append([statistics.median(r[i] for r in runs) for i in range(3)])
        sorts[column.key] = {"app_desc": medians[0][0], "raw_desc": medians[0][1], "app": medians[1][0],
                             "raw": medians[1][1], "ready": medians[1][2]}
    results["sort"] = sorts
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    idle()

    # Jump to the last row: the page is read (backwards from the end) while painting.
    captured.clear()
    started = time.perf_counter()
    table.scrollToBottom()
    app.processEvents()
    table.viewport().repaint()
    last = (time.perf_counter() - started) * 1000
    statements = list(captured)
    results["last_row"] = {"app": last, "raw": min(replay(statements) for _ in range(3)) if statements else 0.0,
                           "loaded": model.cached_row_of(model.customer_id(model.rowCount() - 1) or -1) is not None}
    results["cached_pages"] = model.cached_page_count()
    results["rss_end_mb"] = rss_mb()
    results["peak_mb"] = peak_mb()
    sample_anon()
    results["anon_peak_mb"] = _anon_peak[0]
    window.close()
    return results


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


# ---- parent: the table --------------------------------------------------------------------------------

def ratio(app: float, raw: float) -> str:
    return f"{app / raw:.1f}×" if raw > 0.05 else "—"


def ms(value: float) -> str:
    return f"{value:,.1f}"


def report(sizes: list[int], results: dict[int, dict[str, Any]], elapsed: dict[int, float]) -> str:
    lines: list[str] = []
    base = results[min(sizes)]["peak_mb"] if sizes else 0.0
    anon_base = results[min(sizes)]["anon_peak_mb"] if sizes else 0.0
    for size in sizes:
        r = results[size]
        lines.append(f"### {size:,} customers\n")
        lines.append("| measure | app: rows painted (ms) | app: rows in the model (ms) | raw sqlite3 (ms) | "
                     "ratio painted / raw | ratio in the model / raw |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        fp = r["first_page"]
        lines.append(f"| main window built (database opened, first page and count read) | | {ms(fp['built'])} | "
                     f"{ms(fp['raw'])} | | {ratio(fp['built'], fp['raw'])} |")
        lines.append(f"| window shown → first page painted | {ms(fp['app'])} | (read while built) | | | |")
        for label, s in r["search"].items():
            lines.append(f"| search, warm (repeated), “{s['text']}” ({label}, {s['matches']:,} matches): median / p95 | "
                         f"{ms(s['median'])} / {ms(s['p95'])} | {ms(s['ready'])} | {ms(s['raw_median'])} / "
                         f"{ms(s['raw_p95'])} | {ratio(s['median'], s['raw_median'])} | "
                         f"{ratio(s['ready'], s['raw_median'])} |")
        for label, f in r.get("filters", {}).items():
            lines.append(f"| filter {label} ({f['matches']:,} matches): first page | {ms(f['app'])} | "
                         f"{ms(f['ready'])} | {ms(f['raw'])} | {ratio(f['app'], f['raw'])} | "
                         f"{ratio(f['ready'], f['raw'])} |")
        for key, s in r["sort"].items():
            lines.append(f"| sort by {key}: first page (ascending / descending) | {ms(s['app'])} / "
                         f"{ms(s['app_desc'])} | {ms(s['ready'])} | {ms(s['raw'])} / {ms(s['raw_desc'])} | "
                         f"{ratio(s['app'], s['raw'])} | {ratio(s['ready'], s['raw'])} |")
        lr = r["last_row"]
        lines.append(f"| jump to the last row (scrollToBottom + paint) | {ms(lr['app'])} | | {ms(lr['raw'])} | "
                     f"{ratio(lr['app'], lr['raw'])} | |")
        lines.append(f"| memory: peak RSS / growth over {min(sizes):,} customers | {r['peak_mb']:,.0f} MB / "
                     f"{r['peak_mb'] - base:+,.0f} MB | | | | |")
        lines.append(f"| memory: peak anonymous RSS (without the mapped database file) / growth | "
                     f"{r['anon_peak_mb']:,.0f} MB / {r['anon_peak_mb'] - anon_base:+,.0f} MB | | | | |")
        lines.append("")
        lines.append(f"Pages in the model's cache at the end: {r['cached_pages']}; measured in {elapsed[size]:.0f} s.")
        lines.append("")
    big = results[max(sizes)]
    worst_search = max(s["p95"] for s in big["search"].values())
    worst_sort = max(max(s["app"], s["app_desc"]) for s in big["sort"].values())
    lines.append(f"### Targets at {max(sizes):,} customers\n")
    lines.append("| target | measured | met |")
    lines.append("|---|---:|---|")
    checks = [
        ("first page painted < 100 ms", big["first_page"]["app"], big["first_page"]["app"] < 100),
        ("search p95 < 150 ms, every query length (warm: repeated queries; first-time ones: bench_search.py)",
         worst_search, worst_search < 150),
        ("any sort's first page < 150 ms", worst_sort, worst_sort < 150),
        ("memory growth from the smallest size < 100 MB (peak RSS)", big["peak_mb"] - base,
         big["peak_mb"] - base < 100),
        ("the same, anonymous memory (without the mapped database file)", big["anon_peak_mb"] - anon_base,
         big["anon_peak_mb"] - anon_base < 100),
    ]
    # (label, painted, in the model, raw) of every action with a replayed query.
    pairs = ([(f"search “{x['text']}”", x["median"], x["ready"], x["raw_median"]) for x in big["search"].values()]
             + [(f"filter {k}", x["app"], x["ready"], x["raw"]) for k, x in big.get("filters", {}).items()]
             + [(f"sort by {k}", x["app"], x["ready"], x["raw"]) for k, x in big["sort"].items()])
    heavy = [p for p in pairs if p[3] >= 10]
    worst_heavy = max(heavy, key=lambda p: p[1] / p[3]) if heavy else None
    worst_all = max(pairs, key=lambda p: p[1] / max(p[3], 0.05))
    worst_gap = max(pairs, key=lambda p: p[1] - p[3])
    if worst_heavy:
        checks.append((f"overhead < 2×, painted / raw, where the query takes 10 ms or more (worst: "
                       f"{worst_heavy[0]})", worst_heavy[1] / worst_heavy[3], worst_heavy[1] / worst_heavy[3] < 2))
    checks.append((f"overhead < 2×, painted / raw, every action (worst: {worst_all[0]}, a {worst_all[3]:.1f} ms "
                   "query)", worst_all[1] / max(worst_all[3], 0.05), worst_all[1] / max(worst_all[3], 0.05) < 2))
    checks.append((f"overhead < 2×, rows in the model / raw, every action (worst: "
                   f"{max(pairs, key=lambda p: p[2] / max(p[3], 0.05))[0]})",
                   max(p[2] / max(p[3], 0.05) for p in pairs), max(p[2] / max(p[3], 0.05) for p in pairs) < 2))
    for name, value, ok in checks:
        lines.append(f"| {name} | {value:,.1f} | {'yes' if ok else 'NO'} |")
    lines.append(f"| (not a target) largest overhead in time, painted − raw ({worst_gap[0]}), ms | "
                 f"{worst_gap[1] - worst_gap[3]:,.1f} | |")
    lines.append("")
    lines.append(NOTES)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "crmdesk-bench")
    parser.add_argument("--orders-per-customer", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=15, help="runs of each search (median, p95)")
    parser.add_argument("--output", type=Path, help="also write the report (Markdown) there")
    parser.add_argument("--cache-mb", type=int, help="what-if: SQLite page cache per connection, in MB")
    parser.add_argument("--mmap-mb", type=int, help="what-if: SQLite memory map per connection, in MB")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = measure(database_path(args.workdir, args.child), args.repeat, args.cache_mb, args.mmap_mb)
        print(json.dumps(result))
        return 0
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    for size in sizes:
        ensure_database(args.workdir, size, args.orders_per_customer)
    results: dict[int, dict[str, Any]] = {}
    elapsed: dict[int, float] = {}
    for size in sizes:
        print(f"Measuring {size:,} customers...", file=sys.stderr)
        started = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--workdir", str(args.workdir),
                              "--repeat", str(args.repeat)]
                             + (["--cache-mb", str(args.cache_mb)] if args.cache_mb is not None else [])
                             + (["--mmap-mb", str(args.mmap_mb)] if args.mmap_mb is not None else []),
                             check=True, capture_output=True, text=True)
        results[size] = json.loads(out.stdout.strip().splitlines()[-1])
        elapsed[size] = time.perf_counter() - started
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}"
    from PySide6 import __version__ as pyside_version

    text_ = (f"## Customer list benchmark\n\n`python bench/bench_customer_list.py --sizes {args.sizes}` on "
             f"{machine}, PySide6 {pyside_version}, offscreen; {args.repeat} runs per search.\n\n"
             + report(sizes, results, elapsed) + "\n")
    print(text_)
    if args.output:
        args.output.write_text(text_, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

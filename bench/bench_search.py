"""Search as a user meets it: the customer list, the "new order" customer picker and the order list.

    python bench/bench_search.py --database URL [--target customers|picker|orders|all] [--queries 120]
                                 [--typed 20] [--seed 16] [--output FILE.json]

What is measured, for each target, in a process of its own (`--target all` starts one per target):

- one-shot queries: at least 100 distinct texts sampled from the data (words of names, cities, emails;
  phone and SIRET fragments; common and rare; 1, 2, 3 and 6 characters), each typed ONCE into the search
  box with QTest key clicks (the box's own signals and timers decide when the search runs; nothing calls
  the page's methods), after clearing the box and waiting until the list is idle. The time is from the
  key that completes the query to the first page of its rows painted (`viewport().repaint()` returned),
  the wait after the keystroke included. The count of a common search follows in the background and is
  not part of it (its time is printed apart). No query is run twice before its first measure: the
  application's caches have not seen it (SQLite's page cache and the system's file cache have seen
  others: the database is the one the user has open).
- warm: the same query typed again right after (a separate column).
- raw SQL: the statements the application ran for that first page, captured and replayed on the same
  connection settings right after (so warm for the database).
- typed words: words typed one character at a time with human delays (80-200 ms, seeded), measured from
  the last key to the final rows painted; the keys before it make queries the last one cancels.
- process CPU: the CPU time of the whole process (GUI thread and workers) from the key to the rows painted:
  the work a query costs, which the load of a shared machine stretches in wall time but hardly changes.

Prints p50 / p95 / max per query length; `--output` writes every measure as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGETS = ("customers", "picker", "orders")


def _p(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# ---- sampling queries from the data --------------------------------------------------------------------

def sample_queries(db: Any, target: str, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, text) pairs: distinct texts taken from random records, by length and field."""
    from sqlalchemy import func, select

    from crmdesk.domain.search import text_words
    from crmdesk.store.models import Customer, SalesOrder

    rnd = random.Random(seed)
    with db.read() as s:
        top = int(s.scalar(select(func.max(Customer.id))) or 0)
        ids = [rnd.randint(1, top) for _ in range(1500)]
        # Active customers: the ones the list and the picker show by default.
        rows = s.execute(select(Customer.name, Customer.billing_city, Customer.email, Customer.phone,
                                Customer.siret, Customer.code).where(Customer.id.in_(ids),
                                                                     Customer.active.is_(True))).all()
        orders: list[tuple[str, str]] = []
        if target == "orders":
            top_order = int(s.scalar(select(func.max(SalesOrder.id))) or 0)
            order_ids = [rnd.randint(1, top_order) for _ in range(400)]
            orders = [(n, r or "") for n, r in s.execute(select(SalesOrder.number, SalesOrder.customer_reference)
                                                          .where(SalesOrder.id.in_(order_ids)))]
    fields: dict[str, list[str]] = {"name": [], "city": [], "email": [], "phone": [], "siret": [], "code": []}
    for name, city, email, phone, siret, code in rows:
        fields["name"] += [w for w in text_words(name) if not w.isdigit()]
        fields["city"] += text_words(city or "")
        fields["email"] += [w for w in text_words(email or "") if w not in ("fr", "com")]
        digits = "".join(ch for ch in (phone or "") if ch.isdigit())
        if digits.startswith("33"):
            digits = "0" + digits[2:]
        if digits:
            fields["phone"].append(digits)
        if siret:
            fields["siret"].append(siret)
        fields["code"].append(code)
    by_kind = {"name": "name", "city": "city", "email": "email", "phone": "phone", "siret": "siret"}
    if target == "orders":  # the order list searches customer name, code and PO reference (and numbers)
        fields = {"name": fields["name"], "code": fields["code"],
                  "po": [w for _n, ref in orders for w in text_words(ref)],
                  "number": [n for n, _r in orders]}
        by_kind = {"name": "name", "code": "code", "po": "po", "number": "number"}
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    lengths = (1, 2, 3, 6)
    per = max(1, count // (len(lengths) * 2))
    for length in lengths:
        for rare in (False, True):
            tries = 0
            made = 0
            while made < per and tries < 5000:
                tries += 1
                kind = rnd.choice(list(by_kind))
                pool = fields[kind]
                if not pool:
                    continue
                # Common: a word drawn as often as it occurs; rare: a distinct word drawn uniformly.
                word = rnd.choice(sorted(set(pool)) if rare else pool)
                if kind == "phone" and length >= 2:
                    start = rnd.choice([0, 0, 2]) if rare else 0
                    piece = word[start:start + length]
                    text_ = " ".join(piece[i:i + 2] for i in range(0, len(piece), 2))  # "06 12 3"
                elif kind in ("code", "number"):
                    text_ = word[: max(length, 2) + (4 if kind == "code" else 9)]
                else:
                    text_ = word[:length]
                if len(text_.replace(" ", "")) < min(length, 2) or text_ in seen:
                    continue
                seen.add(text_)
                out.append((f"{length}:{kind}:{'rare' if rare else 'common'}", text_))
                made += 1
    return out


def typed_words(db: Any, target: str, count: int, seed: int) -> list[str]:
    queries = sample_queries(db, target, count * 6, seed + 1)
    words = [t for kind, t in queries if kind.startswith("6:") and len(t) >= 5]
    rnd = random.Random(seed)
    rnd.shuffle(words)
    return words[:count]


# ---- one target, in this process ----------------------------------------------------------------------

def measure(url: str, target: str, queries: int, typed: int, seed: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from sqlalchemy import event

    from crmdesk.gui.application import ensure_application, install_language

    app = ensure_application(["bench"])
    settings_dir = tempfile.mkdtemp(prefix="crmdesk-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    install_language("en")
    from crmdesk.app import create_main_window

    window = create_main_window(url)
    window.resize(1280, 800)
    window.show()
    services = window.services  # type: ignore[attr-defined]
    if target == "customers":
        page = window.customer_list_page  # type: ignore[attr-defined]
        box, table, model = page.customer_search, page.customer_table, page.model
    elif target == "orders":
        page = window.order_list_page  # type: ignore[attr-defined]
        window.show_page("orders")  # as a click on "Commandes" (the list reads its first page then)
        box, table, model = page.order_search, page.order_table, page.model
    else:
        from crmdesk.gui.orders.list_page import CustomerPickerDialog

        picker = CustomerPickerDialog(services, window)
        picker.show()
        box, table, model = picker.customer_search, picker.customer_table, picker.model
    box.setFocus()

    captured: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        captured.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", capture)

    def spin(condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
        """The GUI thread waits in Qt's event loop, as in the application."""
        deadline = time.perf_counter() + seconds
        while not condition():
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no answer in {seconds} s")

    def query_text() -> str:
        q = model.query
        return "" if q is None else q.text if hasattr(q, "text") else str(q)

    arrived: list[float] = []
    waiting: list[str] = []  # the text whose first rows are awaited

    def on_loaded(*_: Any) -> None:
        # The rows are painted at once, here: the time is the user's (the event loop would paint them a
        # moment later; painting twice would count one paint too many).
        if waiting and query_text().strip() == waiting[0].strip():
            table.viewport().repaint()
            arrived.append(time.perf_counter())
            waiting.clear()

    model.loaded.connect(on_loaded)

    def idle() -> None:
        spin(lambda: not model.is_busy())

    def clear() -> None:
        box.selectAll()
        QTest.keyClick(box, Qt.Key.Key_Backspace)
        spin(lambda: query_text().strip() == "" and not model.is_busy())

    def first_rows(text_: str, started: float) -> tuple[float, list[tuple[str, Any]]]:
        """Wait until the rows of `text_` are painted: ms since `started`, and the SQL run until then."""
        spin(lambda: bool(arrived) and arrived[-1] >= started and not waiting)
        # The list's count and the order list's totals follow in the background: not part of the first page's
        # SQL (the plans' capped counts, "count(*) ... FROM (SELECT ... LIMIT n)", are).
        def background(statement: str) -> bool:
            flat = " ".join(statement.split()).lower()
            return flat.startswith(("select count(*) as count_1 from customer", "select count(*) as count_1 from "
                                    "sales_order")) or "sum(" in flat
        return (arrived[-1] - started) * 1000, [c for c in captured if not background(c[0])]

    raw_conn = services.db.engine.raw_connection()

    def replay(statements: list[tuple[str, Any]]) -> float:
        started = time.perf_counter()
        cursor = raw_conn.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            cursor.fetchall()
        cursor.close()
        return (time.perf_counter() - started) * 1000

    spin(lambda: not model.is_busy(), 600)
    sample = sample_queries(services.db, target, queries, seed)
    words = typed_words(services.db, target, typed, seed)
    results: dict[str, Any] = {"target": target, "url": services.db.url, "one_shot": [], "typed": []}
    for kind, text_ in sample:
        clear()
        captured.clear()
        # Typed at once (the keys reach the box before its timer runs: one query, as a paste would).
        waiting[:] = [text_]
        started, cpu_started = time.perf_counter(), time.process_time()
        QTest.keyClicks(box, text_)
        elapsed, statements = first_rows(text_, started)
        cpu = (time.process_time() - cpu_started) * 1000  # both threads: the work, whatever the load
        idle()  # the count, in the background
        counted = (time.perf_counter() - started) * 1000
        rows = model.rowCount()
        raw = replay(statements)
        # Warm: typed again at once.
        clear()
        waiting[:] = [text_]
        started = time.perf_counter()
        QTest.keyClicks(box, text_)
        warm, _ = first_rows(text_, started)
        idle()
        results["one_shot"].append({"kind": kind, "text": text_, "ms": elapsed, "raw_ms": raw, "warm_ms": warm,
                                    "count_ms": counted, "rows": rows, "cpu_ms": cpu})
        print(f"{target:9} {kind:22} {text_!r:18} {elapsed:7.1f} ms  raw {raw:6.1f}  warm {warm:6.1f}  "
              f"rows {rows:>9,}  counted {counted:7.0f} ms", file=sys.stderr)
    rnd = random.Random(seed)
    for word in words:
        clear()
        waiting[:] = [word]
        done: list[float] = []

        def press(i: int, word: str = word, done: list[float] = done) -> None:
            QTest.keyClicks(box, word[i])
            if i + 1 < len(word):
                QTimer.singleShot(rnd.randint(80, 200), lambda: press(i + 1))
            else:
                done.append(time.perf_counter())

        press(0)
        spin(lambda done=done: bool(done))
        started = done[0]
        if not waiting:  # the last key's rows came within the key's own call (the GUI thread's short wait)
            arrived.append(max(arrived[-1], started))
        elapsed, _ = first_rows(word, started)
        idle()
        results["typed"].append({"text": word, "ms": elapsed, "rows": model.rowCount()})
        print(f"{target:9} typed {word!r:18} {elapsed:7.1f} ms from the last key", file=sys.stderr)
    event.remove(services.db.engine, "before_cursor_execute", capture)
    raw_conn.close()
    window.close()
    app.processEvents()
    return results


def report(results: list[dict[str, Any]]) -> str:
    lines = ["| target | query length | n | p50 | p95 | max | raw SQL p50 / p95 / max | warm p50 / p95 | count p50 "
             "| process CPU p50 / p95 / max |", "|---|---|---|---|---|---|---|---|---|---|"]
    for result in results:
        groups: dict[str, list[dict[str, Any]]] = {}
        for m in result["one_shot"]:
            groups.setdefault(m["kind"].split(":")[0] + " chars", []).append(m)
        groups["all one-shot"] = result["one_shot"]
        for label, ms in groups.items():
            t = [m["ms"] for m in ms]
            r = [m["raw_ms"] for m in ms]
            w = [m["warm_ms"] for m in ms]
            c = [m["count_ms"] for m in ms]
            u = [m.get("cpu_ms", float("nan")) for m in ms]
            lines.append(f"| {result['target']} | {label} | {len(ms)} | {statistics.median(t):.0f} ms | "
                         f"{_p(t, .95):.0f} ms | {max(t):.0f} ms | {statistics.median(r):.0f} / {_p(r, .95):.0f} / "
                         f"{max(r):.0f} ms | {statistics.median(w):.0f} / {_p(w, .95):.0f} ms | "
                         f"{statistics.median(c):.0f} ms | {statistics.median(u):.0f} / {_p(u, .95):.0f} / "
                         f"{max(u):.0f} ms |")
        typed = [m["ms"] for m in result["typed"]]
        if typed:
            lines.append(f"| {result['target']} | typed words (last key) | {len(typed)} | "
                         f"{statistics.median(typed):.0f} ms | {_p(typed, .95):.0f} ms | {max(typed):.0f} ms | | | | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", required=True)
    parser.add_argument("--target", default="all", choices=(*TARGETS, "all"))
    parser.add_argument("--queries", type=int, default=120)
    parser.add_argument("--typed", type=int, default=20)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    if args.child:
        print(json.dumps(measure(args.database, args.target, args.queries, args.typed, args.seed)))
        return
    targets = TARGETS if args.target == "all" else (args.target,)
    results = []
    for target in targets:  # a fresh process each: its caches have seen nothing
        out = subprocess.run([sys.executable, __file__, "--child", "--database", args.database, "--target", target,
                              "--queries", str(args.queries), "--typed", str(args.typed), "--seed", str(args.seed)],
                             check=False, stdout=subprocess.PIPE, text=True)
        if out.returncode:
            print(f"{target}: the measure failed (exit {out.returncode}), see above", file=sys.stderr)
            continue
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        if args.output:  # after each target: a later failure loses nothing
            args.output.write_text(json.dumps(results, indent=1))
    print(report(results))


if __name__ == "__main__":
    main()

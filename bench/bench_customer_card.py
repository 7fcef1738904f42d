"""The customer card of a customer with many orders, as a user opens it (issue 13).

    python bench/bench_customer_card.py --database URL [--orders 10000] [--runs 5]

Takes a customer with at least --orders orders (the first one found; else the demo generator appends one,
which writes to the database), then, in this process, for each run (in the first, the dialog is the first
to read the customer in this process and its connections):

- the services' reads behind the card: ActivityService.figures (summary band and "Activité" tab), the
  order history's first page, the history timeline's first page;
- the customer dialog opened in view mode, as the list's eye does: the time the GUI thread is held by the
  dialog's construction and open(), the time until the summary band shows the figures (the read runs on a
  worker), and the longest pause of the event loop meanwhile (a 10 ms timer's largest gap: a frozen
  window shows there).

Prints one line per run; the first run is the "first-time" one, the others warm.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def find_customer(db: Any, orders: int) -> int:
    from sqlalchemy import select

    from crmdesk.store.models import Customer

    with db.read() as s:
        found = s.scalar(select(Customer.id).where(Customer.order_count >= orders).order_by(Customer.id).limit(1))
    if found is not None:
        return int(found)
    from crmdesk.demo.builder import generate

    print(f"no customer with {orders:,} orders: generating one", file=sys.stderr)
    generate(db, 1, orders, seed=13, progress=False)
    with db.read() as s:
        return int(s.scalar(select(Customer.id).where(Customer.order_count >= orders * 0.8)
                            .order_by(Customer.id.desc()).limit(1)))


def open_card(app: Any, window: Any, services: Any, cid: int) -> tuple[float, float, float, str]:
    """The dialog in view mode: ms the GUI thread is held, ms to the figures shown, the longest pause of
    the event loop until then, and the band's text."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from crmdesk.gui.customers.dialog import CustomerDialog

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    started = time.perf_counter()
    dialog = CustomerDialog(services, window.bus, window, customer_id=cid, mode="view")
    activity = next(p for p in dialog.pages if type(p).__name__ == "ActivityPage")
    shown: list[float] = []
    activity.loader.loaded.connect(lambda *_: shown.append(time.perf_counter()))  # type: ignore[attr-defined]
    dialog.open()
    held = (time.perf_counter() - started) * 1000
    deadline = time.perf_counter() + 60
    while not shown and time.perf_counter() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    to_figures = (shown[0] - started) * 1000 if shown else float("nan")
    ticker.stop()
    band_text = str(dialog.summary_band.turnover.text())  # type: ignore[attr-defined]
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return held, to_figures, max(gaps or [0.0]), band_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from crmdesk.gui.application import ensure_application, install_language

    app = ensure_application(["bench"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="crmdesk-bench-settings-"))
    install_language("en")
    from crmdesk.app import create_main_window
    from crmdesk.services.orders import OrderQuery

    window = create_main_window(args.database)
    window.show()
    services = window.services  # type: ignore[attr-defined]
    cid = find_customer(services.db, args.orders)
    with services.db.read() as s:
        from sqlalchemy import func, select

        from crmdesk.store.models import SalesOrder

        n = int(s.scalar(select(func.count()).where(SalesOrder.customer_id == cid)) or 0)
    print(f"customer {cid}: {n:,} orders; {os.getloadavg()[0]:.1f} load", file=sys.stderr)

    def timed(read: Any) -> float:
        started = time.perf_counter()
        read()
        return (time.perf_counter() - started) * 1000

    rows: list[dict[str, float]] = []
    for run in range(args.runs):
        held, to_figures, pause, band_text = open_card(app, window, services, cid)  # first: the dialog's
        figures_ms = timed(lambda: services.activity.figures(cid))
        orders_ms = timed(lambda: services.orders.page(OrderQuery(customer_id=cid), 0, 100))
        history_ms = timed(lambda: services.history.timeline(cid, limit=500))
        row = {"figures_ms": figures_ms, "orders_page_ms": orders_ms, "history_ms": history_ms, "held_ms": held,
               "to_figures_ms": to_figures, "max_pause_ms": pause}
        rows.append(row)
        print(f"run {run + 1} ({'first' if run == 0 else 'warm'}): figures {figures_ms:.0f} ms, order history page "
              f"{orders_ms:.0f} ms, history {history_ms:.0f} ms; dialog: GUI held {held:.0f} ms, figures shown "
              f"after {to_figures:.0f} ms, longest event-loop pause {row['max_pause_ms']:.0f} ms "
              f"[{band_text[:60]}] load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    warm = rows[1:] or rows
    print("| read | first time | warm median |\n|---|---:|---:|")
    for key, label in (("figures_ms", "ActivityService.figures (band + Activité)"),
                       ("orders_page_ms", "order history, first page of 100"),
                       ("history_ms", "history timeline, newest 500"),
                       ("held_ms", "dialog: GUI thread held (construct + open)"),
                       ("to_figures_ms", "dialog: open to figures shown"),
                       ("max_pause_ms", "dialog: longest event-loop pause until then")):
        print(f"| {label} | {rows[0][key]:,.0f} ms | {statistics.median(r[key] for r in warm):,.0f} ms |")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

""""CA 12 mois" brought to this month off the GUI thread, and by several desks at once (issue 13).

A database whose roll is due (its kept 12-month turnover still that of two months ago, as on the first start
of a month) opens a window that does not roll while it opens: the job starts once the window shows, says so
in the status bar and greys the column, the window keeps answering while the job waits for a lock another
desk holds, and afterwards the list shows the figures computed straight from the orders. Two desks rolling
at once while a colleague validates orders leave every customer right, on both backends; on PostgreSQL one
desk does the work and the other finds the month done.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url

from crmdesk.app import create_main_window
from crmdesk.domain.credit import TURNOVER_STATUSES, add_months, last_12_months, month_key
from crmdesk.domain.records import OrderLineData
from crmdesk.services import Services
from crmdesk.services.activity import ROLL_LOCK, roll_turnover, turnover_roll_due
from crmdesk.store.database import Database, open_database
from crmdesk.store.models import AppSetting, Customer, CustomerTurnover, SalesOrder

D = Decimal
COUNTED = [s.value for s in TURNOVER_STATUSES]


def kept(db: Database) -> dict[int, Decimal]:
    with db.read() as s:
        return {i: D(str(v)) for i, v in s.execute(select(Customer.id, Customer.turnover_12m))}


def direct(db: Database, today: date | None = None) -> dict[int, Decimal]:
    """Each customer's turnover excl. tax over the 12 months ending this month, straight from its orders."""
    first, last = last_12_months(today or date.today())
    out = dict.fromkeys(kept(db), D(0))
    with db.read() as s:
        for cid, day, status, amount in s.execute(select(SalesOrder.customer_id, SalesOrder.order_date,
                                                         SalesOrder.status, SalesOrder.total_excl_tax)):
            if status in COUNTED and first <= month_key(day) <= last:
                out[cid] += D(str(amount))
    return out


def make_due(db: Database, months_late: int = 2) -> None:
    """As if the desks last rolled `months_late` months ago: that month recorded, that window's sums kept."""
    _first, last = last_12_months(date.today())
    old_last = add_months(last, -months_late)
    old = (select(func.coalesce(func.sum(CustomerTurnover.amount_excl_tax), 0))
           .where(CustomerTurnover.customer_id == Customer.id,
                  CustomerTurnover.month.between(add_months(old_last, -11), old_last)).scalar_subquery())
    with db.session() as s:
        s.execute(update(Customer).values(turnover_12m=old).execution_options(synchronize_session=False))
        s.execute(update(AppSetting).where(AppSetting.key == "turnover_month").values(value=str(old_last)))


# Months before this one where each customer's orders fall: in the window now and not two months ago (0, 1),
# in both (5), in the window two months ago only (12, 13), in neither (20).
OFFSETS = (0, 1, 5, 12, 13, 20)


def fill(db: Database, customers: int = 10) -> None:
    """Customers with validated orders spread over two years, a few cancelled or still drafts."""
    from crmdesk.domain.records import AddressData

    services = Services.open(db, roll_turnover=False)
    this_month = date.today().replace(day=1)
    for i in range(customers):
        c = services.customers.new_customer()
        c.name = f"Épicerie {i:03d}"
        c.addresses = [AddressData(street1="3 rue des Halles", postal_code="69002", city="Lyon")]
        cid = services.customers.create(c).id
        assert cid is not None
        for k in range(4):
            offset = OFFSETS[(i + 2 * k) % len(OFFSETS)]
            months = this_month.year * 12 + this_month.month - 1 - offset
            order = services.orders.new_order_for(cid, date(months // 12, months % 12 + 1, 1 + (i + k) % 27))
            order.lines = [OrderLineData(description="Comté 18 mois", quantity=D(1 + k),
                                         unit_price=D(f"{10 + i}.{k}5"), vat_rate=D(0))]
            created = services.orders.create(order, credit_confirmed=True)
            assert created.id is not None
            if (i + k) % 7 != 3:  # a few stay drafts: never counted
                services.orders.set_status(created.id, "validated", credit_confirmed=True)
            if (i + k) % 9 == 4:
                services.orders.set_status(created.id, "cancelled")


@pytest.fixture
def filled(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    fill(db)
    make_due(db)
    assert turnover_roll_due(db) and kept(db) != direct(db)  # the window moved: figures to recompute
    yield db
    db.dispose()


@contextmanager
def another_desk_writing(url: str) -> Iterator[None]:
    """What makes a roll wait: on SQLite a colleague's write transaction, on PostgreSQL another desk's roll."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(u.database), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    import psycopg

    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, autocommit=True) as conn:
        conn.execute(f"SELECT pg_advisory_lock({ROLL_LOCK})")
        try:
            yield
        finally:
            conn.execute(f"SELECT pg_advisory_unlock({ROLL_LOCK})")


def test_the_window_opens_without_rolling_then_the_list_follows(qtbot, database_url: str, filled: Database) -> None:
    stale, want = kept(filled), direct(filled)
    window = create_main_window(database_url)
    qtbot.addWidget(window)
    assert turnover_roll_due(filled) and kept(filled) == stale  # opening did not roll (the GUI thread's work)
    page = window.customer_list_page
    model = page.model
    model.wait()
    column = model._keys.index("turnover_12m")
    label = window.findChild(QLabel, "turnover_roll_status")
    assert label is not None and not label.isVisible()
    with another_desk_writing(database_url):
        with qtbot.waitSignal(window.turnover_roll.started, timeout=10_000):
            window.show()
        # The job waits for the other desk; the window answers meanwhile and says what is going on.
        assert label.isVisible() and label.text() == "Updating the 12-month turnover…"
        assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole) == QApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        qtbot.keyClicks(page.customer_search, "a")
        qtbot.waitUntil(lambda: model.query.text == "a" and not model.is_busy(), timeout=5_000)
        assert window.turnover_roll.running and kept(filled) == stale
        page.customer_search.clear()
        qtbot.waitUntil(lambda: model.query.text == "" and not model.is_busy(), timeout=5_000)
    with qtbot.waitSignal(window.turnover_roll.finished, timeout=30_000) as finished:
        pass
    assert finished.args[0] >= sum(1 for cid in want if want[cid] != stale[cid])
    assert kept(filled) == want and not turnover_roll_due(filled)
    assert not label.isVisible()
    assert "12-month turnover updated" in window.statusBar().currentMessage()
    # The rows shown were read again: the list's column says the new figures.
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=5_000)
    model.wait()
    rows = [model.row_at(r) for r in range(min(model.rowCount(), model.PAGE_SIZE))]
    assert rows and all(row is not None and D(str(row.turnover_12m)) == want[row.id] for row in rows)
    assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole) is None  # no longer greyed


def test_a_window_on_a_rolled_database_says_nothing(qtbot, sqlite_url: str) -> None:
    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.turnover_roll.finished, timeout=10_000) as finished:
        window.show()
    assert finished.args == [0]
    assert not window.findChild(QLabel, "turnover_roll_status").isVisible()


def test_the_command_line_still_rolls(database_url: str, filled: Database) -> None:
    """Services.open (the commands' way in) brings the figures to this month before it returns."""
    want = direct(filled)
    Services.open(filled)
    assert kept(filled) == want and not turnover_roll_due(filled)


def _validate_orders(services: Services, customers: list[int], until: threading.Event,
                     errors: list[BaseException]) -> None:
    """A colleague entering orders for the customers being rolled, dated today (in the new window)."""
    try:
        i = 0
        while not until.is_set() or i < 3:
            order = services.orders.new_order_for(customers[i % len(customers)])
            order.lines = [OrderLineData(description="Comté 18 mois", quantity=D(1), unit_price=D("37.50"),
                                         vat_rate=D(0))]
            created = services.orders.create(order, credit_confirmed=True)
            services.orders.set_status(created.id, "validated", credit_confirmed=True)  # type: ignore[arg-type]
            i += 1
    except BaseException as exc:
        errors.append(exc)


def _race(desks: list[Database], colleague: Services, customers: list[int]) -> dict[int, object]:
    """Two desks rolling together, a colleague validating orders for `customers` until both are done."""
    barrier = threading.Barrier(3)
    results: dict[int, object] = {}
    until = threading.Event()
    errors: list[BaseException] = []

    def roll(i: int, desk: Database) -> None:
        try:
            barrier.wait(timeout=10)
            # Small batches: many transactions, interleaved with the colleague's orders.
            results[i] = roll_turnover(desk, batch_size=7 + 5 * i)
        except BaseException as exc:
            results[i] = exc

    def enter() -> None:
        barrier.wait(timeout=10)
        _validate_orders(colleague, customers, until, errors)

    threads = [threading.Thread(target=roll, args=(i, desk)) for i, desk in enumerate(desks)]
    writer = threading.Thread(target=enter)
    for th in (*threads, writer):
        th.start()
    for th in threads:
        th.join(timeout=120)
    until.set()
    writer.join(timeout=60)
    assert not errors, errors
    return results


@pytest.mark.parametrize("rounds", [4])
def test_two_desks_rolling_at_once_while_orders_are_validated(database_url: str, filled: Database,
                                                             rounds: int) -> None:
    desks = [open_database(database_url) for _ in range(2)]
    colleague = Services.open(open_database(database_url), roll_turnover=False)
    try:
        for round_ in range(rounds):
            if round_:
                make_due(filled, months_late=1 + round_ % 3)
            with filled.read() as s:  # customers whose window moved, where the orders then go
                moved = sorted(set(s.scalars(select(CustomerTurnover.customer_id).where(
                    CustomerTurnover.month >= add_months(month_key(date.today()), -14)))))[:40]
            results = _race(desks, colleague, moved)
            assert all(isinstance(n, int) for n in results.values()), results
            assert kept(filled) == direct(filled), f"round {round_}"
            assert not turnover_roll_due(filled)
            if filled.dialect == "postgresql":
                assert sorted(results.values())[0] == 0  # type: ignore[type-var]  # one desk did it
    finally:
        for desk in desks:
            desk.dispose()
        colleague.db.dispose()


def test_a_roll_stopped_half_way_is_done_again_at_the_next_start(database_url: str, filled: Database) -> None:
    want = direct(filled)
    batches = []

    def stop() -> bool:
        batches.append(1)
        return len(batches) > 2  # the window closed after two batches

    roll_turnover(filled, batch_size=2, stop=stop)
    assert turnover_roll_due(filled) and kept(filled) != want
    assert roll_turnover(filled) > 0
    assert kept(filled) == want and not turnover_roll_due(filled)
    with filled.read() as s:  # one setting row, this month
        assert s.scalar(text("SELECT COUNT(*) FROM app_setting WHERE key = 'turnover_month'")) == 1


@pytest.mark.postgres
def test_an_order_validated_while_the_roll_waits_for_its_customer_counts(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL, READ COMMITTED: the roll meets a customer a colleague's order write holds. Its figure must
    include that order once committed (an UPDATE that waited would recompute it on its older snapshot)."""
    from crmdesk.services.activity import lock_customer
    from crmdesk.services.customers import refresh_order_summary

    url = pg_cluster.create_database()
    db = open_database(url)
    roller = open_database(url)
    try:
        fill(db, customers=6)
        make_due(db)
        services = Services.open(db, roll_turnover=False)
        with db.read() as s:
            x = s.scalars(select(CustomerTurnover.customer_id).where(
                CustomerTurnover.month == add_months(month_key(date.today()), -12))).first()
        assert x is not None  # a customer whose window moved
        order = services.orders.new_order_for(x)
        order.lines = [OrderLineData(description="Comté 18 mois", quantity=D(1), unit_price=D("1234.50"),
                                     vat_rate=D(0))]
        draft = services.orders.create(order, credit_confirmed=True)
        ready, release = threading.Event(), threading.Event()
        results: list[object] = []

        def colleague() -> None:  # validating the draft, as OrderService.set_status does, held open
            with db.session() as s:
                lock_customer(s, x)
                s.execute(update(SalesOrder).where(SalesOrder.id == draft.id).values(status="validated"))
                refresh_order_summary(s, x)
                ready.set()
                release.wait(20)

        def roll() -> None:
            try:
                results.append(roll_turnover(roller))
            except BaseException as exc:
                results.append(exc)

        writer = threading.Thread(target=colleague)
        writer.start()
        assert ready.wait(10)
        rolling = threading.Thread(target=roll)
        rolling.start()

        def roll_waits() -> bool:
            with db.read() as s:
                return bool(s.scalar(text("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND wait_event_type = 'Lock'")))

        deadline = threading.Event()
        for _ in range(200):
            if roll_waits():
                break
            deadline.wait(0.05)
        assert roll_waits()
        release.set()
        writer.join(20)
        rolling.join(30)
        assert results and isinstance(results[0], int), results
        assert kept(db) == direct(db)
    finally:
        roller.dispose()
        db.dispose()

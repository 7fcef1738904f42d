"""The inactive customers dialog (GDPR, issue 11) driven as a person does, on SQLite and PostgreSQL: the list is
read in the background, the chosen customers are pseudonymised in the background after confirmation with the
progress shown, Cancel stops after the current customer and keeps what was committed, and the window keeps
answering meanwhile."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from helpers import OFFSCREEN_NOISE, click_message_box, interface_language
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select, update

from crmdesk.domain.records import CustomerData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.data.gdpr import InactiveCustomersDialog
from crmdesk.services import Services
from crmdesk.services.gdpr import GdprService
from crmdesk.store.models import Address, Customer

pytestmark = OFFSCREEN_NOISE

LONG_AGO = datetime.now() - timedelta(days=365 * 4)


def inactive_customers(services: Services, n: int) -> list[int]:
    """`n` customers with an address, their last order and last change four years ago (written in bulk)."""
    first = services.customers.create(CustomerData(kind="individual", name="Modèle Client"))
    with services.db.session() as s:
        base = s.get(Customer, first.id)
        assert base is not None
        rows = [{"code": f"INA{i:05d}", "name": f"Client Inactif {i}", "sort_name": f"client inactif {i}",
                 "kind": "individual", "first_name": "Jeanne", "last_name": f"Inactif {i}",
                 "email": f"inactif{i}@exemple.fr", "phone": "01 23 45 67 89", "notes": "Allergique aux chats",
                 "active": True, "version": 1, "created_at": LONG_AGO, "updated_at": LONG_AGO,
                 "last_order_date": (LONG_AGO.date() if i % 2 else None), "order_count": 0}
                for i in range(n)]
        s.execute(insert(Customer), rows)
        ids = list(s.scalars(select(Customer.id).where(Customer.code.like("INA%")).order_by(Customer.id)))
        s.execute(insert(Address), [{"customer_id": cid, "street1": "3 rue de la Paix", "postal_code": "75002",
                                     "city": "Paris", "recipient": "Jeanne"} for cid in ids])
        s.execute(update(Customer).where(Customer.id == first.id).values(updated_at=datetime.now()))
    return ids


def pseudonymised(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)
                            .where(Customer.pseudonymised_at.is_not(None))) or 0)


class Ticker:
    """A QTimer ticking every 20 ms on the GUI thread: the longest gap between ticks says whether the window
    froze."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:], strict=False)), default=0.0)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with interface_language("en"):
        yield


def opened(qtbot: QtBot, services: Services, bus: DataBus | None = None) -> InactiveCustomersDialog:
    dialog = InactiveCustomersDialog(services, bus or DataBus())
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loader.running, timeout=20_000)
    return dialog


def button(dialog: InactiveCustomersDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None
    return found


def confirm(qtbot: QtBot, dialog: InactiveCustomersDialog) -> str:
    qtbot.mouseClick(button(dialog, "pseudonymise_button"), Qt.MouseButton.LeftButton)
    return click_message_box(qtbot, "Pseudonymise", dialog, "pseudonymise_question")


def test_hundreds_of_inactive_customers_pseudonymised_in_the_background(
        qtbot: QtBot, services: Services, english: None) -> None:
    ids = inactive_customers(services, 300)
    bus = DataBus()
    told: list[int] = []
    bus.customers_changed.connect(told.extend)
    dialog = opened(qtbot, services, bus)
    progress, status = dialog.findChild(QProgressBar, "inactive_progress"), dialog.findChild(QLabel, "inactive_status")
    assert progress is not None and status is not None
    assert dialog.table.rowCount() == 300 and status.text() == "300 customers inactive for more than 3 years."
    assert button(dialog, "pseudonymise_button").text() == "&Pseudonymise these 300 customers…"
    seen: list[tuple[int, int]] = []
    progress.valueChanged.connect(lambda v: seen.append((v, progress.maximum())))
    ticker = Ticker()
    said = confirm(qtbot, dialog)
    assert said.startswith("Pseudonymise 300 customers?")
    assert dialog.job.running and button(dialog, "close_button").text() == "Cancel"
    assert not button(dialog, "pseudonymise_button").isEnabled()
    started = time.monotonic()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=120_000)
    took = time.monotonic() - started
    ticker.timer.stop()
    assert (progress.value(), progress.maximum()) == (300, 300) and progress.text() == "300 of 300"
    assert [v for v, m in seen if m == 300][:2] == [50, 100]  # n of N, batch after batch
    # The window kept answering: no gap near the job's length between two ticks of a 20 ms timer.
    assert len(ticker.times) >= 5 and ticker.longest_gap() < max(1.0, took / 3), (ticker.longest_gap(), took)
    qtbot.waitUntil(lambda: not dialog.loader.running, timeout=20_000)  # the list read again
    assert status.text() == "300 customers pseudonymised. No customer has been inactive for more than 3 years."
    assert dialog.table.rowCount() == 0 and not button(dialog, "pseudonymise_button").isEnabled()
    assert pseudonymised(services) == 300 and sorted(told) == ids
    one = services.customers.get(ids[7])
    assert one.name == "Pseudonymised customer INA00007" and (one.email, one.phone, one.notes) == ("", "", "")
    assert [(a.street1, a.city) for a in one.addresses] == [("", "Paris")]
    assert services.customers.get(ids[0] - 1).name == "Modèle Client"  # recent: untouched
    close = button(dialog, "close_button")
    assert close.text() == "Close"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def test_cancel_midway_keeps_the_committed_customers_pseudonymised_and_says_how_many(
        qtbot: QtBot, services: Services, english: None) -> None:
    inactive_customers(services, 400)
    dialog = opened(qtbot, services)
    progress, status = dialog.findChild(QProgressBar, "inactive_progress"), dialog.findChild(QLabel, "inactive_status")
    assert progress is not None and status is not None
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: progress.value() >= 50, timeout=60_000)
    close = button(dialog, "close_button")
    assert close.text() == "Cancel"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not close.isEnabled() and dialog.isVisible()  # cancelling, not closing
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
    done = pseudonymised(services)
    assert 50 <= done < 400
    assert status.text().startswith(f"Cancelled: {done} customers pseudonymised (they stay so); the other "
                                    f"{400 - done} are unchanged.")
    qtbot.waitUntil(lambda: not dialog.loader.running, timeout=20_000)
    assert dialog.table.rowCount() == 400 - done
    assert button(dialog, "pseudonymise_button").text() == f"&Pseudonymise these {400 - done} customers…"
    assert close.text() == "Close" and close.isEnabled()
    # No customer is half done: each is pseudonymised whole or untouched.
    with services.db.read() as s:
        halves = s.scalar(select(func.count()).select_from(Customer).where(
            Customer.pseudonymised_at.is_(None), Customer.code.like("INA%"), Customer.email == ""))
    assert halves == 0


def test_only_the_selected_customers_are_pseudonymised(qtbot: QtBot, services: Services, english: None) -> None:
    ids = inactive_customers(services, 10)
    dialog = opened(qtbot, services)
    table = dialog.table
    chosen = {dialog.customers[row].id for row in (1, 4, 6)}
    for row in (1, 4, 6):
        table.selectionModel().select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    assert button(dialog, "pseudonymise_button").text() == "&Pseudonymise the 3 selected customers…"
    assert confirm(qtbot, dialog).startswith("Pseudonymise 3 customers?")
    qtbot.waitUntil(lambda: not dialog.job.running and not dialog.loader.running, timeout=20_000)
    assert pseudonymised(services) == 3 and table.rowCount() == 7
    assert {c.id for c in dialog.customers} == set(ids) - chosen


def test_closing_during_the_job_stops_it_and_the_window_hears_of_those_done(
        qtbot: QtBot, sqlite_services: Services, english: None) -> None:
    inactive_customers(sqlite_services, 300)
    bus = DataBus()
    told: list[int] = []
    bus.customers_changed.connect(told.extend)
    dialog = opened(qtbot, sqlite_services, bus)
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QProgressBar, "inactive_progress").value() >= 50, timeout=60_000)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.job.running or dialog.job.wait(0)
    done = pseudonymised(sqlite_services)
    assert 50 <= done <= 300 and len(told) >= done


def test_a_customer_who_ordered_since_the_list_was_read_is_skipped(
        qtbot: QtBot, sqlite_services: Services, english: None) -> None:
    ids = inactive_customers(sqlite_services, 5)
    dialog = opened(qtbot, sqlite_services)
    with sqlite_services.db.session() as s:  # an order today, taken on another desk
        s.execute(update(Customer).where(Customer.id == ids[2]).values(last_order_date=date.today()))
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.job.running and not dialog.loader.running, timeout=20_000)
    assert dialog.findChild(QLabel, "inactive_status").text().startswith(
        "4 customers pseudonymised. 1 skipped: they have ordered or were pseudonymised meanwhile.")
    assert sqlite_services.customers.get(ids[2]).email == "inactif2@exemple.fr"


def test_the_service_reports_progress_and_stops_when_cancelled(services: Services) -> None:
    ids = inactive_customers(services, 120)
    gdpr = GdprService(services.db)
    reports: list[tuple[int, int]] = []
    assert gdpr.pseudonymise(list(reversed(ids)), lambda n, t: reports.append((n, t)),
                             lambda: len(reports) >= 1) == 50  # the first batch committed, then stopped
    assert reports == [(50, 120)] and pseudonymised(services) == 50
    with services.db.read() as s:  # the first 50 asked for, in the caller's order
        assert set(s.scalars(select(Customer.id).where(Customer.pseudonymised_at.is_not(None)))) == set(ids[-50:])
    assert gdpr.pseudonymise(ids[:70]) == 70 and gdpr.inactive() == []  # the old call, every customer


def test_thousands_of_inactive_customers_are_listed_without_freezing_the_window(
        qtbot: QtBot, sqlite_services: Services, english: None) -> None:
    inactive_customers(sqlite_services, 8000)
    ticker = Ticker()
    dialog = opened(qtbot, sqlite_services)  # the list is read in the background
    assert dialog.filling  # and put in the table a slice at a time
    qtbot.waitUntil(lambda: not dialog.filling, timeout=30_000)
    ticker.timer.stop()
    assert dialog.table.rowCount() == 8000 and dialog.table.item(7999, 0) is not None
    assert ticker.longest_gap() < 0.5, ticker.longest_gap()
    assert button(dialog, "pseudonymise_button").isEnabled()
    assert button(dialog, "pseudonymise_button").text() == "&Pseudonymise these 8,000 customers…"

"""Issue 14, PostgreSQL faults while crmdesk is open: the server stopped and restarted, a backend killed
(pg_terminate_backend) during a save, a row held by another session past the lock timeout. Each time: a short
message in the user's language, nothing half-saved, and the next save works without restarting crmdesk."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import psycopg
import pytest
from conftest import PgCluster

from crmdesk.domain.errors import CrmError, DatabaseBusyError, DatabaseUnavailableError
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.services import Services
from crmdesk.store import database
from crmdesk.store.database import open_database

pytestmark = pytest.mark.postgres

IBAN = "FR7630006000011234567890189"


def _customer(services: Services, name: str) -> CustomerData:
    data = services.customers.new_customer()
    data.name, data.iban, data.email = name, IBAN, "compta@martin.fr"
    data.addresses = [AddressData(street1="1 rue A", postal_code="75001", city="Paris")]
    return services.customers.create(data)


@pytest.fixture
def own_cluster() -> Iterator[PgCluster]:
    """A server of this test's own, since it is stopped and started again."""
    try:
        cluster = PgCluster()
        cluster.start()
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL binaries here
        pytest.skip(f"no PostgreSQL server can be started here: {exc}")
    yield cluster
    cluster.stop()


def _pg_ctl(cluster: PgCluster, action: str) -> None:
    args = [str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "-w"]
    if action == "stop":
        args += ["-m", "fast", "stop"]
    else:
        args += ["-l", str(cluster.dir / "log"), "-o",
                 f"-p {cluster.port} -k {cluster.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]
    cluster._run(*args)


def _admin(url: str) -> psycopg.Connection:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database,
                           autocommit=True, sslmode="disable")


def test_the_server_stopped_and_restarted_during_the_day(own_cluster: PgCluster) -> None:
    url = own_cluster.create_database()
    db = open_database(url)
    try:
        services = Services.open(db)
        c = _customer(services, "Boulangerie Martin")
        _pg_ctl(own_cluster, "stop")
        set_language("fr")
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError) as err:
            services.customers.update(replace(c, notes="appel du 3"), c)
        assert time.monotonic() - started < 8
        assert err.value.message.startswith("Le serveur de base de données ne répond pas")
        for leak in (IBAN, "compta@martin.fr", "UPDATE", "psycopg", "sqlalche.me"):
            assert leak not in err.value.message
        with pytest.raises(DatabaseUnavailableError):  # reads say the same
            services.customers.get(c.id)  # type: ignore[arg-type]
        _pg_ctl(own_cluster, "start")
        saved = services.customers.update(replace(c, notes="appel du 3"), c)  # no restart of crmdesk
        assert saved.notes == "appel du 3" and saved.version == c.version + 1
    finally:
        db.dispose()


def test_a_backend_killed_during_a_save(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database()
    db = open_database(url)
    try:
        services = Services.open(db)
        c = _customer(services, "Boulangerie Martin")
        before = services.customers.get(c.id)  # type: ignore[arg-type]
        # Another session holds the row, so the save is caught in the middle of its transaction.
        blocker = _admin(url)
        blocker.execute("BEGIN")
        blocker.execute("SELECT id FROM customer WHERE id = %s FOR UPDATE", (c.id,))
        outcome: list[object] = []
        edit = replace(before, name="Martin & Fils", notes="moitié", addresses=[
            replace(before.addresses[0], city="Lyon", postal_code="69001")])

        def save() -> None:
            try:
                outcome.append(services.customers.update(edit, before))
            except CrmError as exc:
                outcome.append(exc)

        thread = threading.Thread(target=save)
        thread.start()
        admin = _admin(url)
        deadline = time.monotonic() + 5
        pids: list[int] = []
        while not pids and time.monotonic() < deadline:
            pids = [row[0] for row in admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")]
            time.sleep(0.02)
        assert pids, "the save never waited on the row"
        admin.execute("SELECT pg_terminate_backend(%s)", (pids[0],))
        thread.join(10)
        blocker.execute("ROLLBACK")
        [error] = outcome
        assert isinstance(error, DatabaseUnavailableError), repr(error)
        assert "AdminShutdown" not in error.message and "UPDATE" not in error.message
        assert services.customers.get(c.id) == before  # nothing half-saved  # type: ignore[arg-type]
        saved = services.customers.update(edit, before)  # the next save works
        assert (saved.name, saved.addresses[0].city) == ("Martin & Fils", "Lyon")
        admin.close()
        blocker.close()
    finally:
        db.dispose()


def test_a_row_held_past_the_lock_timeout_says_busy(pg_cluster, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 500)
    url = pg_cluster.create_database()
    db = open_database(url)
    try:
        services = Services.open(db)
        c = _customer(services, "Boulangerie Martin")
        blocker = _admin(url)
        blocker.execute("BEGIN")
        blocker.execute("SELECT id FROM customer WHERE id = %s FOR UPDATE", (c.id,))
        set_language("fr")
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as err:
            services.customers.update(replace(c, notes="x"), c)
        assert time.monotonic() - started < 3  # no longer without limit
        assert err.value.message.startswith("La base est occupée par un autre poste")
        blocker.execute("ROLLBACK")
        blocker.close()
        assert services.customers.update(replace(c, notes="x"), c).notes == "x"
    finally:
        db.dispose()


def test_the_customer_list_says_the_server_is_gone_then_works_again(qtbot, own_cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    from helpers import interface_language, type_text
    from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

    from crmdesk.app import create_main_window

    url = own_cluster.create_database()
    db = open_database(url)
    services = Services.open(db)
    _customer(services, "Boulangerie Martin")
    _customer(services, "Fromagerie Dubois")
    db.dispose()
    with interface_language("fr"):
        window = create_main_window(url)
        qtbot.addWidget(window)
        window.show()
        table = window.findChild(QTableView, "customer_table")
        search = window.findChild(QLineEdit, "customer_search")
        bar = window.findChild(QWidget, "message_bar")
        assert table is not None and search is not None and bar is not None
        qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=5000)
        _pg_ctl(own_cluster, "stop")
        type_text(qtbot, search, "mar")
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=8000)
        said = bar.text.text()  # type: ignore[attr-defined]
        assert said.startswith("Le serveur de base de données ne répond pas"), said
        assert "psycopg" not in said and "SELECT" not in said
        _pg_ctl(own_cluster, "start")
        search.clear()
        type_text(qtbot, search, "dub")
        qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=8000)
        window.close()
        window.services.db.dispose()  # type: ignore[attr-defined]


def _dialog(qtbot, services: Services, customer_id: int):  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.customers.dialog import CustomerDialog

    dialog = CustomerDialog(services, DataBus(), None, customer_id=customer_id, mode="edit")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _click_save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox, "button_box")
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_window_saving_while_the_server_is_down_and_back(qtbot, own_cluster: PgCluster) -> None:  # type: ignore[no-untyped-def]
    from helpers import click_message_box, interface_language, replace_text
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    db = open_database(own_cluster.create_database())
    try:
        services = Services.open(db)
        c = _customer(services, "Boulangerie Martin")
        with interface_language("fr"):
            dialog = _dialog(qtbot, services, c.id)  # type: ignore[arg-type]
            name = dialog.findChild(QLineEdit, "name")
            replace_text(qtbot, name, "Martin et Fils")
            _pg_ctl(own_cluster, "stop")
            _click_save(qtbot, dialog)
            text = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box", timeout=10_000)
            assert text.startswith("Le serveur de base de données ne répond pas")
            assert name.text() == "Martin et Fils" and dialog.is_editing()
            _pg_ctl(own_cluster, "start")
            _click_save(qtbot, dialog)
            qtbot.waitUntil(lambda: services.customers.get(c.id).name == "Martin et Fils", timeout=5000)  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_a_backend_killed_during_a_windows_save(qtbot, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    from helpers import click_message_box, interface_language, replace_text
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    url = pg_cluster.create_database()
    db = open_database(url)
    try:
        services = Services.open(db)
        c = _customer(services, "Boulangerie Martin")
        before = services.customers.get(c.id)  # type: ignore[arg-type]
        blocker = _admin(url)
        blocker.execute("BEGIN")
        blocker.execute("SELECT id FROM customer WHERE id = %s FOR UPDATE", (c.id,))
        admin = _admin(url)

        def terminate_the_waiting_save() -> None:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                pids = [row[0] for row in admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'")]
                if pids:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pids[0],))
                    return
                time.sleep(0.02)

        killer = threading.Thread(target=terminate_the_waiting_save)
        with interface_language("fr"):
            dialog = _dialog(qtbot, services, c.id)  # type: ignore[arg-type]
            name = dialog.findChild(QLineEdit, "name")
            replace_text(qtbot, name, "Martin et Fils")
            killer.start()
            _click_save(qtbot, dialog)  # waits on the row (busy state), then the backend is killed
            text = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box", timeout=10_000)
            killer.join()
            blocker.execute("ROLLBACK")
            assert text.startswith("Le serveur de base de données ne répond pas"), text
            assert services.customers.get(c.id) == before  # nothing half-saved  # type: ignore[arg-type]
            assert name.text() == "Martin et Fils"
            _click_save(qtbot, dialog)
            qtbot.waitUntil(lambda: services.customers.get(c.id).name == "Martin et Fils", timeout=5000)  # type: ignore[arg-type]
        admin.close()
        blocker.close()
    finally:
        db.dispose()

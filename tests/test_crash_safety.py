"""Issue 14, crashes: a process saving customers and orders is killed (SIGKILL) at random moments; a first start
and an upgrade are killed half-way. After every kill the database is whole: integrity_check, foreign keys,
search index, order totals and summaries, and every save the process had acknowledged is there.

Rounds: CRASH_ROUNDS kills of the saving process (100 by default, as in CI; raise CRMDESK_CRASH_ROUNDS for a
benchmark run), and a third as many for first starts and upgrades. The worker is a fork of this process (no
interpreter start-up per round), so each round costs a few tens of milliseconds.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.domain.records import AddressData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.orders import order_totals
from crmdesk.store.database import head_revision, open_database

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

CRASH_ROUNDS = int(os.environ.get("CRMDESK_CRASH_ROUNDS", "100"))
START_ROUNDS = max(CRASH_ROUNDS // 3, 10)


def _fork(work: Callable[[], None]) -> int:
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            work()
        except BaseException:  # noqa: BLE001 - the parent only reads the acknowledgements
            code = 1
        os._exit(code)
    return pid


def _kill_after(pid: int, seconds: float) -> None:
    time.sleep(seconds)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _saver(url: str, acks: Path, seed: int) -> Callable[[], None]:
    def work() -> None:
        rnd = random.Random(seed)
        db = open_database(url)
        services = Services.open(db)
        with acks.open("a", encoding="utf-8") as out:
            while True:
                data = services.customers.new_customer()
                data.name = f"Client {seed}-{rnd.randrange(10**6)} é"
                data.addresses = [AddressData(street1=f"{rnd.randrange(1, 99)} rue A", postal_code="75001",
                                              city="Paris")]
                customer = services.customers.create(data)
                out.write(f"C\t{customer.id}\t{customer.name}\n")
                out.flush()  # in the kernel: a killed process loses nothing written
                order = services.orders.new_order_for(customer.id)  # type: ignore[arg-type]
                order.lines = [OrderLineData(description=f"Article {i}", quantity=Decimal(rnd.randrange(1, 9)),
                                             unit_price=Decimal(rnd.randrange(100, 10000)) / 100,
                                             vat_rate=Decimal("20")) for i in range(rnd.randrange(1, 5))]
                saved = services.orders.create(order)
                out.write(f"O\t{saved.id}\t{customer.id}\t{order_totals(saved.lines).incl_tax}\n")
                out.flush()
                if rnd.random() < 0.3:  # an edit too: the update path (lines rewritten, summary kept)
                    edited = services.customers.get(customer.id)  # type: ignore[arg-type]
                    edited.notes = "modifié"
                    services.customers.update(edited, edited)
                    out.write(f"N\t{customer.id}\n")
                    out.flush()

    return work


def _check(url: str, acks: Path) -> int:
    """Everything acknowledged is there, and the database is whole. Returns how many customers were checked."""
    path = Path(url.removeprefix("sqlite:///"))
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("customer_fts", "customer_words"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        # Order totals match their lines; each customer's order count matches its orders.
        orders = conn.execute("SELECT id, total_incl_tax, line_count FROM sales_order").fetchall()
        for order_id, total, line_count in orders:
            lines = [OrderLineData(description=d, quantity=Decimal(str(q)), unit_price=Decimal(str(p)),
                                   discount_percent=Decimal(str(r)), vat_rate=Decimal(str(v)))
                     for d, q, p, r, v in conn.execute(
                         "SELECT description, quantity, unit_price, discount_percent, vat_rate FROM order_line "
                         "WHERE order_id = ?", (order_id,))]
            assert len(lines) == line_count
            assert order_totals(lines).incl_tax == Decimal(str(total)), order_id
        assert conn.execute(
            "SELECT count(*) FROM customer c WHERE c.order_count != "
            "(SELECT count(*) FROM sales_order o WHERE o.customer_id = c.id)").fetchone()[0] == 0
        customers = dict(conn.execute("SELECT id, name FROM customer").fetchall())
        notes = dict(conn.execute("SELECT id, notes FROM customer").fetchall())
        totals = {row[0]: Decimal(str(row[1])) for row in orders}
    count = 0
    for line in acks.read_text(encoding="utf-8").splitlines():
        kind, *values = line.split("\t")
        if kind == "C":
            assert customers.get(int(values[0])) == values[1], line
            count += 1
        elif kind == "O":
            assert totals[int(values[0])] == Decimal(values[2]), line
        elif kind == "N":
            assert notes[int(values[0])] == "modifié", line
    db = open_database(url)
    try:
        services = Services.open(db)
        for cid in list(customers)[-3:]:
            assert services.customers.get(cid).addresses  # the addresses came with the customer
            lines = services.orders.page  # noqa: F841 - the service opens and reads after the kills
    finally:
        db.dispose()
    return count


def test_killing_a_process_while_it_saves_loses_nothing_acknowledged(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    open_database(url).dispose()
    acks = tmp_path / "acks.txt"
    acks.touch()
    rnd = random.Random(14)
    started = time.monotonic()
    for round_ in range(CRASH_ROUNDS):
        pid = _fork(_saver(url, acks, round_))
        _kill_after(pid, rnd.uniform(0.04, 0.3))
        if round_ % 25 == 24:
            _check(url, acks)
    checked = _check(url, acks)
    assert checked > CRASH_ROUNDS // 2, "the worker saved almost nothing: the kills came too early"
    print(f"{CRASH_ROUNDS} kills, {checked} acknowledged customers, {time.monotonic() - started:.1f} s",
          file=sys.stderr)


@pytest.mark.postgres
def test_killing_a_process_while_it_saves_on_postgresql(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database()
    open_database(url).dispose()
    import tempfile

    acks = Path(tempfile.mkdtemp()) / "acks.txt"
    acks.touch()
    rnd = random.Random(15)
    for round_ in range(max(CRASH_ROUNDS // 4, 10)):
        pid = _fork(_saver(url, acks, round_))
        _kill_after(pid, rnd.uniform(0.05, 0.25))
    db = open_database(url)
    try:
        services = Services.open(db)
        from sqlalchemy import text

        with db.read() as s:
            names = dict(s.execute(text("SELECT id, name FROM customer")).all())
            totals = dict(s.execute(text("SELECT id, total_incl_tax FROM sales_order")).all())
            assert s.execute(text("SELECT count(*) FROM customer c WHERE c.order_count != (SELECT count(*) FROM "
                                  "sales_order o WHERE o.customer_id = c.id)")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM sales_order o WHERE o.line_count != (SELECT count(*) FROM "
                                  "order_line l WHERE l.order_id = o.id)")).scalar() == 0
        for line in acks.read_text(encoding="utf-8").splitlines():
            kind, *values = line.split("\t")
            if kind == "C":
                assert names[int(values[0])] == values[1]
            elif kind == "O":
                assert Decimal(totals[int(values[0])]) == Decimal(values[2])
        assert services.customers.count
    finally:
        db.dispose()


def test_a_first_start_killed_at_any_moment_leaves_no_broken_file(tmp_path: Path) -> None:
    rnd = random.Random(16)
    # How long a first start takes here, to spread the kills over all of it.
    started = time.monotonic()
    open_database(f"sqlite:///{tmp_path / 'probe.db'}").dispose()
    duration = time.monotonic() - started
    outcomes = {"absent": 0, "complete": 0}
    for round_ in range(START_ROUNDS):
        folder = tmp_path / f"r{round_}"
        folder.mkdir()
        url = f"sqlite:///{folder / 'crm.db'}"
        pid = _fork(lambda url=url: open_database(url).dispose())  # type: ignore[misc]
        _kill_after(pid, rnd.uniform(0, duration * 1.2))
        target = folder / "crm.db"
        if target.exists():
            with closing(sqlite3.connect(target)) as conn:
                assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
            outcomes["complete"] += 1
        else:
            outcomes["absent"] += 1
        # The next start works either way and leaves only the database.
        left = sorted(p.name for p in folder.iterdir())
        open_database(url).dispose()
        assert sorted(p.name for p in folder.iterdir()) == ["crm.db"], left
    assert outcomes["absent"] > 0, outcomes


def test_an_upgrade_killed_at_any_moment_leaves_the_old_version_or_the_new(tmp_path: Path) -> None:
    from test_data_safety import _database_at_0004

    template = tmp_path / "template.db"
    _database_at_0004(template)
    probe = tmp_path / "probe.db"
    probe.write_bytes(template.read_bytes())
    started = time.monotonic()
    open_database(f"sqlite:///{probe}").dispose()
    duration = time.monotonic() - started
    rnd = random.Random(17)
    seen = set()
    for round_ in range(START_ROUNDS):
        path = tmp_path / f"u{round_}.db"
        path.write_bytes(template.read_bytes())
        url = f"sqlite:///{path}"
        pid = _fork(lambda url=url: open_database(url).dispose())  # type: ignore[misc]
        _kill_after(pid, rnd.uniform(0, duration * 1.2))
        with closing(sqlite3.connect(path)) as conn:
            [(version,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            assert version in ("0004", head_revision())
            assert conn.execute("SELECT count(*) FROM customer").fetchone() == (3,)
            assert conn.execute("SELECT count(*) FROM address").fetchone() == (3,)
        seen.add(version)
        db = open_database(url)  # usable: the next start finishes the upgrade
        try:
            assert [Services.open(db).customers.get(i).name for i in (1, 2, 3)] == ["Alpha", "Bravo", "Charlie"]
        finally:
            db.dispose()
    assert "0004" in seen, seen

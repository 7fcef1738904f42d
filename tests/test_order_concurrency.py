"""The rule at save time, with two sessions racing: an office clerk saves an edit ("update") while the warehouse
marks the same order prepared ("set_status").

Each side has its own Database (engine, connection pool) on the same URL and runs in its own thread; a barrier
starts them together. Whatever the interleaving:
- no prepared order is ever changed: its lines and totals stay what they were when it became prepared;
- no edit is silently lost: an update either committed (and is then in the database) or raised
  OrderLockedError / ConflictError (and then nothing of it is in the database).
"""

from __future__ import annotations

import random
import sys
import threading
from dataclasses import replace
from decimal import Decimal

from test_order_history import line, make_customer, make_order

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import ConflictError, OrderLockedError
from crmdesk.domain.records import OrderData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery, order_totals
from crmdesk.store.database import open_database

RACES = 200
SEQUENTIAL = 10  # each way, first: both outcomes are certain to be seen
D = Decimal


def content(lines: list[OrderLineData]) -> list[tuple]:
    return [(x.description, x.quantity, x.unit_price, x.discount_percent, x.vat_rate) for x in lines]


def edited(order: OrderData, n: int) -> OrderData:
    """The clerk's edit: another quantity on the first line and one more line."""
    lines = [replace(x) for x in order.lines]
    lines[0].quantity = D(100 + n)
    lines.append(line(f"Extra {n}", "1", "3.30", "5.5"))
    return replace(order, lines=lines, notes=f"edit {n}")


def run(fn, results: dict, key: str, barrier: threading.Barrier | None, delay: float) -> None:
    try:
        if barrier is not None:
            barrier.wait(timeout=10)
        if delay:
            threading.Event().wait(delay)
        results[key] = fn()
    except (OrderLockedError, ConflictError) as exc:
        results[key] = exc
    except BaseException as exc:  # anything else fails the test, with the reason
        results[key] = exc


def test_edit_against_mark_prepared(database_url: str, services: Services) -> None:
    clerk = Services.open(open_database(database_url))
    warehouse = Services.open(open_database(database_url))
    rng = random.Random(20260301)
    customer = make_customer(services)
    assert customer.id is not None
    outcomes: dict[str, int] = {}
    # Hand the interpreter over between the two sessions' threads quickly (Python's default is every 5 ms).
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    try:
        for n in range(RACES + 2 * SEQUENTIAL):
            order = make_order(services, customer.id, OrderStatus.VALIDATED,
                               lines=[line("Farine T65", "2", "18.90", "5.5"), line("Moule", "1", "7.99")])
            assert order.id is not None
            original = content(order.lines)
            # Both read the order; the warehouse sometimes checks the version it saw, sometimes not.
            clerk_copy = clerk.orders.get(order.id)
            seen_version = warehouse.orders.get(order.id).version if n % 2 else None
            mine = edited(clerk_copy, n)

            def do_edit(mine: OrderData = mine) -> OrderData:
                return clerk.orders.update(mine)

            def do_prepare(order_id: int = order.id, version: int | None = seen_version) -> OrderData:
                return warehouse.orders.set_status(order_id, OrderStatus.PREPARED, expected_version=version)

            results: dict[str, object] = {}
            if n < SEQUENTIAL:
                run(do_edit, results, "edit", None, 0)
                run(do_prepare, results, "prepare", None, 0)
            elif n < 2 * SEQUENTIAL:
                run(do_prepare, results, "prepare", None, 0)
                run(do_edit, results, "edit", None, 0)
            else:
                barrier = threading.Barrier(2)
                jitter = [rng.choice([0, 0, 0.0005, 0.001, 0.002]) for _ in range(2)]
                threads = [threading.Thread(target=run, args=(do_edit, results, "edit", barrier, jitter[0])),
                           threading.Thread(target=run, args=(do_prepare, results, "prepare", barrier, jitter[1]))]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(timeout=30)
                assert not any(thread.is_alive() for thread in threads), "a session hung"

            edit, prepare = results["edit"], results["prepare"]
            for result in (edit, prepare):
                assert isinstance(result, OrderData | OrderLockedError | ConflictError), repr(result)
            final = services.orders.get(order.id)
            row = services.orders.page(OrderQuery(customer_id=customer.id, text=order.number), 0, 1)[0]

            # No edit silently lost: committed and visible, or refused with the reason.
            if isinstance(edit, OrderData):
                assert content(edit.lines) == content(mine.lines)
                if isinstance(prepare, OrderData):
                    # The edit came first; the warehouse prepared the edited order.
                    assert content(prepare.lines) == content(mine.lines)
                else:
                    # The warehouse had checked the version it saw: told that someone saved meanwhile.
                    assert isinstance(prepare, ConflictError) and seen_version is not None
                assert content(final.lines) == content(mine.lines) and final.notes == f"edit {n}"
            else:
                assert isinstance(prepare, OrderData), "refused edit, yet the order was not prepared"
                assert isinstance(edit, OrderLockedError | ConflictError)
                assert content(final.lines) == original and final.notes == ""

            # No prepared order ever changed: it keeps the lines and totals it had when it became prepared.
            if isinstance(prepare, OrderData):
                assert final.status == OrderStatus.PREPARED.value
                assert content(final.lines) == content(prepare.lines)
                totals = order_totals(prepare.lines)
                assert (row.total_excl_tax, row.total_incl_tax, row.line_count) == (
                    totals.excl_tax, totals.incl_tax, len(prepare.lines))
                # And a later save, even from a fresh read, is refused (checked now and then: it costs time).
                if n % 10 == 0:
                    try:
                        clerk.orders.update(edited(services.orders.get(order.id), 10_000 + n))
                        raise AssertionError("a prepared order was changed")
                    except OrderLockedError:
                        pass
                    assert content(services.orders.get(order.id).lines) == content(prepare.lines)
            else:
                assert final.status == OrderStatus.VALIDATED.value

            key = ("edit " + ("saved" if isinstance(edit, OrderData) else type(edit).__name__) + ", prepare "
                   + ("done" if isinstance(prepare, OrderData) else type(prepare).__name__))
            outcomes[key] = outcomes.get(key, 0) + 1
    finally:
        sys.setswitchinterval(switch)
        clerk.db.dispose()
        warehouse.db.dispose()
    # Both ways round were exercised.
    assert outcomes.get("edit saved, prepare done", 0) >= SEQUENTIAL // 2
    assert outcomes.get("edit OrderLockedError, prepare done", 0) >= SEQUENTIAL
    assert sum(outcomes.values()) == RACES + 2 * SEQUENTIAL
    print(outcomes)

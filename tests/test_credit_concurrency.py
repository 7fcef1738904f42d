"""Credit control with two colleagues validating at once: two orders that fit the credit limit one at a time
but not together, validated from two desks (two Services, each with its own engine and connections) in two
threads started together, 200 times per backend, with varied small delays so that the transactions interleave
in every order. Whatever the interleaving, at most one passes without confirmation: the other is refused
with the figures, having seen the first one in the outstanding amount.
"""

from __future__ import annotations

import random
import threading
from decimal import Decimal

from crmdesk.domain.credit import CreditLimitError
from crmdesk.domain.records import AddressData, OrderLineData
from crmdesk.services import Services
from crmdesk.store.database import open_database

RACES = 200
D = Decimal


def _validate(services: Services, order_id: int, barrier: threading.Barrier, delay: float,
              results: dict[int, object]) -> None:
    try:
        barrier.wait(timeout=10)
        if delay:
            threading.Event().wait(delay)
        results[order_id] = services.orders.set_status(order_id, "validated")
    except BaseException as exc:  # CreditLimitError expected for one; anything else fails the test below
        results[order_id] = exc


def test_two_desks_validating_together_cannot_both_pass(database_url: str, services: Services) -> None:
    customer = services.customers.new_customer()
    customer.name = "Quincaillerie Bernard"
    customer.credit_limit = D("1000")
    customer.credit_control = "block"
    customer.addresses = [AddressData(street1="12 rue Nationale", postal_code="37000", city="Tours")]
    customer = services.customers.create(customer)
    desks = [Services.open(open_database(database_url)) for _ in range(2)]
    rnd = random.Random(13)
    passed_alone = refused = 0
    try:
        waiting: list[int] = []  # the draft refused in the previous race takes part in the next
        for race in range(RACES):
            while len(waiting) < 2:
                order = services.orders.new_order_for(customer.id)  # type: ignore[arg-type]
                order.lines = [OrderLineData(description=f"Lot {race}", quantity=D(1), unit_price=D("600"),
                                             vat_rate=D(0))]
                waiting.append(services.orders.create(order).id)
            drafts = waiting[:] if race % 2 else waiting[::-1]  # either desk gets the older draft
            barrier = threading.Barrier(2)
            results: dict[int, object] = {}
            delays = [0.0, 0.0] if race % 4 == 0 else [rnd.uniform(0, 0.004), rnd.uniform(0, 0.004)]
            threads = [threading.Thread(target=_validate, args=(desk, oid, barrier, delay, results))
                       for desk, oid, delay in zip(desks, drafts, delays, strict=True)]
            for th in threads:
                th.start()
            for th in threads:
                th.join(timeout=30)
            outcomes = [results[oid] for oid in drafts]
            errors = [r for r in outcomes if isinstance(r, BaseException)]
            assert all(isinstance(e, CreditLimitError) for e in errors), errors
            assert len(errors) == 1, f"race {race}: {outcomes}"  # one passes, the other sees it and is refused
            assert "600" in errors[0].message
            passed_alone += 1
            refused += len(errors)
            if race % 20 == 0:
                assert services.activity.figures(customer.id).outstanding == D("600")  # type: ignore[arg-type]
            winner = next(oid for oid in drafts if not isinstance(results[oid], BaseException))
            services.orders.set_status(winner, "cancelled")
            waiting = [oid for oid in drafts if oid != winner]
        assert (passed_alone, refused) == (RACES, RACES)
        assert services.activity.figures(customer.id).outstanding == 0  # type: ignore[arg-type]
    finally:
        for desk in desks:
            desk.db.dispose()

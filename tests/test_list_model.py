"""The small in-memory tables (a customer's contacts, its history timeline) share one base model; each passes
Qt's own model checks with rows in it and after a reset."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from crmdesk.domain.contacts import ContactData
from crmdesk.services.history import TimelineItem


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from crmdesk.gui.application import install_language

    install_language("en")
    yield


def headings(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_contact_table_model(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.customers.contacts_page import ContactTableModel

    model = ContactTableModel()
    model.set_contacts([ContactData(id=1, first_name="Anne", last_name="Roux", is_main=True),
                        ContactData(id=2, last_name="Comptabilité", role="accounting")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.contacts == model.rows
    assert headings(model)[:2] == ["Main", "Name"]
    assert model.data(model.index(0, 0)) == "★" and model.data(model.index(1, 1)) == "Comptabilité"
    model.set_contacts([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_history_model(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.customers.history_page import HistoryModel

    model = HistoryModel()
    model.set_items([TimelineItem("change", 1, datetime(2026, 11, 30, 9, 15), "marie", "customer", 1, None,
                                  "update", "email", "a@b.fr", "c@d.fr")])
    qtmodeltester.check(model)
    assert model.items == model.rows and model.rowCount() == 1
    assert headings(model) == ["When", "Who", "What", "Field", "Before", "After"]
    assert model.data(model.index(0, 1)) == "marie" and model.data(model.index(0, 5)) == "c@d.fr"

"""Migration 0006 on a copy of a filled database: a database built at revision 0005 with Alembic, filled, copied
(a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL), and the copy upgraded to head. Each
company's single contact becomes its first, main contact; nothing of the customers is lost; the figures are
filled from the existing orders (cancelled ones left out); search still works.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Boolean, Date, DateTime, Integer, MetaData, Numeric, String, Table, Text, create_engine, select
from sqlalchemy.engine import Connection, make_url

from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.store.database import alembic_config, open_database

D = Decimal
CUSTOMERS = [
    {"code": "C000001", "kind": "company", "name": "Menuiserie Dupont", "civility": "M.", "first_name": "Jean",
     "last_name": "Dupont", "job_title": "Gérant", "email": "jean@menuiserie-dupont.fr", "phone": "+33472001122",
     "mobile": "+33612345678", "language": "en"},
    {"code": "C000002", "kind": "company", "name": "Transports Girard", "email": "contact@girard.fr"},
    {"code": "C000003", "kind": "individual", "name": "Marie Lambert", "first_name": "Marie",
     "last_name": "Lambert", "civility": "Mme"},
]


def _blank(column: Any) -> Any:
    """A value for a NOT NULL column without a server default (the models' defaults are Python-side)."""
    kind = column.type
    if isinstance(kind, Boolean):
        return column.name == "active"
    if isinstance(kind, (Integer, Numeric)):
        return 1 if column.name == "version" else 0
    if isinstance(kind, DateTime):
        return datetime(2026, 1, 5, 9, 30)
    if isinstance(kind, Date):
        return date(2026, 1, 5)
    if isinstance(kind, (String, Text)):
        return ""
    raise AssertionError(f"no blank for {column!r}")


def _insert(conn: Connection, table: Table, values: dict[str, Any]) -> int:
    row = {c.name: _blank(c) for c in table.columns
           if not c.nullable and c.server_default is None and not c.primary_key}
    row.update(values)
    return int(conn.execute(table.insert().values(**row).returning(table.c.id)).scalar_one())


def _build_at_0005(url: str) -> dict[str, dict[str, Any]]:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0005")
        with engine.begin() as conn:
            meta = MetaData()
            customer = Table("customer", meta, autoload_with=conn)
            order = Table("sales_order", meta, autoload_with=conn)
            ids = [_insert(conn, customer, {**c, "sort_name": c["name"].lower(),
                                            "search_text": f"{c['code']} {c['name']} {c.get('last_name', '')}".lower()})
                   for c in CUSTOMERS]
            today = date.today()
            for n, (status, excl, incl) in enumerate([("validated", "100", "120"), ("cancelled", "50", "60"),
                                                      ("delivered", "200", "240"), ("draft", "70", "84")]):
                _insert(conn, order, {"number": f"CMD-2026-{n + 1:06d}", "customer_id": ids[0], "order_date": today,
                                      "status": status, "total_excl_tax": D(excl), "total_incl_tax": D(incl)})
        with engine.connect() as conn:
            customer = Table("customer", MetaData(), autoload_with=conn)
            return {r["code"]: dict(r) for r in conn.execute(select(customer)).mappings()}
    finally:
        engine.dispose()


def _copy(url: str, tmp_path: Path) -> str:
    if url.startswith("sqlite"):
        source = Path(str(make_url(url).database))
        target = tmp_path / "copy.db"
        shutil.copy(source, target)
        return f"sqlite:///{target}"
    import psycopg

    parsed = make_url(url)
    name = f"{parsed.database}_copy"
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
                         dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{parsed.database}"')
    return parsed.set(database=name).render_as_string(hide_password=False)


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
def test_single_contact_becomes_the_first_of_a_list(database_url: str, tmp_path: Path) -> None:
    before = _build_at_0005(database_url)
    copy_url = _copy(database_url, tmp_path)
    db = open_database(copy_url)  # migrates the copy to head
    try:
        services = Services.open(db)
        engine = db.engine
        with engine.connect() as conn:
            customer = Table("customer", MetaData(), autoload_with=conn)
            after = {r["code"]: dict(r) for r in conn.execute(select(customer)).mappings()}
        # Nothing of the customers is lost: every column they had keeps its value, except a company's contact
        # person, which lives in its contacts only since 0011 (checked just below).
        person = ("civility", "first_name", "last_name", "job_title")
        for code, row in before.items():
            moved = person if row["kind"] == "company" else ()
            assert {k: after[code][k] for k in row if k not in moved} == {k: v for k, v in row.items()
                                                                            if k not in moved}
            assert all(after[code][k] == "" for k in moved)
        ids = {code: row["id"] for code, row in after.items()}
        first = services.contacts.list(ids["C000001"])
        assert [(c.civility, c.first_name, c.last_name, c.job_title, c.email, c.phone, c.mobile, c.language,
                 c.is_main) for c in first] == [("M.", "Jean", "Dupont", "Gérant", "jean@menuiserie-dupont.fr",
                                                 "+33472001122", "+33612345678", "en", True)]
        assert services.contacts.list(ids["C000002"]) == []  # no contact person: no empty contact made up
        assert services.contacts.list(ids["C000003"]) == []  # an individual is its own contact
        # The figures are there at once, cancelled and draft orders left out.
        figures = services.activity.figures(ids["C000001"])
        assert figures.turnover_12m == D("300") and figures.order_count == 2
        assert figures.outstanding == D("120")
        assert after["C000001"]["credit_control"] == "warn"
        # The search tables still follow the customers (the migration did not rebuild the table).
        assert [r.code for r in services.customers.page(CustomerQuery(text="dupont"), 0, 10)] == ["C000001"]
        # And the migrated contacts can be added to, one main at most.
        from crmdesk.domain.contacts import ContactData

        added = services.contacts.add(ids["C000001"], ContactData(last_name="Comptabilité", role="accounting",
                                                                  is_main=True))
        assert [c.is_main for c in services.contacts.list(ids["C000001"])] == [False, True]
        assert added.is_main
    finally:
        db.dispose()
    # The original was not touched by the copy's upgrade.
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0005"
    finally:
        engine.dispose()


def test_downgrade_to_0005_and_back(database_url: str) -> None:
    db = open_database(database_url)
    db.dispose()
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0005")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()
    db = open_database(database_url)
    try:
        services = Services.open(db)
        c = services.customers.new_customer()
        c.name = "Retour"
        saved = services.customers.create(c)
        assert [r.id for r in services.customers.page(CustomerQuery(text="retour"), 0, 5)] == [saved.id]
    finally:
        db.dispose()

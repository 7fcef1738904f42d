"""Undo of a deletion: the deleted customers' rows, and their dependent rows, kept to be written back.

A deleted customer comes back with its own id (ids are never reused: `sqlite_autoincrement`, sequences), so
every window, link and history entry that names it finds it again. The rows taken are those of `customer`
and of every table holding a foreign key to it (addresses, contacts, notes, categories, ...), whoever added
them: a table added later is restored as well without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from crmdesk.store.models import Base, Customer


@dataclass
class DeletedCustomers:
    """What `CustomerService.delete_many` removed, in insertion order (parents first)."""

    ids: list[int]
    tables: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)


def _dependents() -> list[tuple[Table, Any]]:
    """(table, its column referencing customer.id) for each table that depends on a customer."""
    customer_table = Base.metadata.tables[Customer.__tablename__]
    out = []
    for table in Base.metadata.sorted_tables:
        if table is customer_table:
            continue
        for column in table.columns:
            if any(fk.column.table is customer_table for fk in column.foreign_keys):
                out.append((table, column))
                break
    return out


def snapshot(s: Session, ids: list[int]) -> DeletedCustomers:
    """The rows of these customers and of their dependents, as they are now (before deleting them)."""
    customer_table = Base.metadata.tables[Customer.__tablename__]
    taken = DeletedCustomers(ids=list(ids))
    rows = [dict(r._mapping) for r in s.execute(select(customer_table).where(customer_table.c.id.in_(ids)))]
    taken.tables.append((customer_table.name, rows))
    for table, column in _dependents():
        rows = [dict(r._mapping) for r in s.execute(select(table).where(column.in_(ids)))]
        if rows:
            taken.tables.append((table.name, rows))
    return taken


def restore(s: Session, taken: DeletedCustomers) -> None:
    """Write the rows back, parents first, with their ids (computed columns compute themselves again)."""
    for name, rows in taken.tables:
        table = Base.metadata.tables[name]
        computed = {c.name for c in table.columns if c.computed is not None}
        if rows:
            s.execute(table.insert(), [{k: v for k, v in row.items() if k not in computed} for row in rows])

"""The seller's details: one row (id 1) that the whole office shares, read and saved as CompanyData."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from crmdesk.domain.company import CompanyData, validate_company
from crmdesk.domain.errors import ConflictError
from crmdesk.domain.i18n import translate
from crmdesk.services.common import now
from crmdesk.store.database import Database
from crmdesk.store.models import Company

ROW_ID = 1
_COLUMNS = [f.name for f in fields(CompanyData) if f.name not in ("version", "updated_at")]


def _data(row: Company | None) -> CompanyData:
    if row is None:
        return CompanyData()
    return CompanyData(version=row.version, updated_at=row.updated_at,
                       **{name: getattr(row, name) for name in _COLUMNS})


class CompanyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> CompanyData:
        """The seller's details; empty (version 0) until someone fills them in."""
        with self.db.read() as s:
            return _data(s.get(Company, ROW_ID))

    def save(self, data: CompanyData) -> CompanyData:
        """Validate and save; refused with ConflictError if a colleague saved since `data.version` was read."""
        clean = validate_company(data)
        conflict = ConflictError(translate("services.company", "Someone else saved the company's details since you opened them. Close and reopen the settings to "
            "see their changes."))
        values = {name: getattr(clean, name) for name in _COLUMNS}
        try:
            with self.db.session() as s:
                if clean.version == 0:
                    if s.get(Company, ROW_ID) is not None:
                        raise conflict
                    s.add(Company(id=ROW_ID, version=1, updated_at=now(), **values))
                else:
                    bumped = s.execute(
                        update(Company).where(Company.id == ROW_ID, Company.version == clean.version)
                        .values(version=Company.version + 1, updated_at=now(), **values)
                        .execution_options(synchronize_session=False)
                    ).rowcount  # type: ignore[attr-defined]
                    if not bumped:
                        raise conflict
        except IntegrityError:
            raise conflict from None  # two first saves at once: the other one won
        return self.get()

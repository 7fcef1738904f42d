"""Customer categories (issue 13): a reference list the users extend, several per customer.

A customer's categories are staged in the customer dialog and written with its save (write_customer_categories,
in the customer's transaction), each change recorded in its history as the
field "categories" with the labels before and after. The list filters on one category through the index
(category_id, customer_id); each row of the list carries its categories' labels (CustomerRow.categories).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.i18n import translate
from crmdesk.domain.validation import clean_text, fold
from crmdesk.services.history import record
from crmdesk.store.database import Database
from crmdesk.store.models import Category, Customer, CustomerCategory

MAX_LABEL = 60


@dataclass(frozen=True)
class CategoryItem:
    id: int
    label: str


def check_category_label(label: str) -> str:
    """The rule for a category's name: required, at most 60 characters."""
    value = clean_text(label)
    if not value:
        raise ValidationErrors([FieldError("category", translate("services.categories", "Name the category."))])
    if len(value) > MAX_LABEL:
        raise ValidationErrors([FieldError("category", translate("services.categories", "A category's name has at most {n} characters ({length} typed).").format(n=MAX_LABEL, length=len(value)))])
    return value


def customer_category_labels(s: Session, customer_id: int) -> list[str]:
    return list(s.scalars(select(Category.label).join(CustomerCategory, CustomerCategory.category_id == Category.id)
                          .where(CustomerCategory.customer_id == customer_id)
                          .order_by(Category.position, Category.label)))


def write_customer_categories(s: Session, customer_id: int, category_ids: list[int]) -> None:
    """The customer's categories become `category_ids` (unknown ids ignored), in the session's transaction,
    with one history entry (field "categories", labels before and after) when they changed."""
    wanted = sorted(set(category_ids))
    before = customer_category_labels(s, customer_id)
    s.execute(delete(CustomerCategory).where(CustomerCategory.customer_id == customer_id))
    known = set(s.scalars(select(Category.id).where(Category.id.in_(wanted)))) if wanted else set()
    if known:
        s.execute(insert(CustomerCategory), [{"customer_id": customer_id, "category_id": c}
                                             for c in wanted if c in known])
    after = customer_category_labels(s, customer_id)
    if before != after:
        record(s, entity="customer", action="update", customer_id=customer_id, entity_id=customer_id,
               field="categories", old=", ".join(before), new=", ".join(after))


class CategoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[CategoryItem]:
        with self.db.read() as s:
            return [CategoryItem(i, label) for i, label in s.execute(
                select(Category.id, Category.label).order_by(Category.position, Category.label))]

    def add(self, label: str) -> CategoryItem:
        """A new category (or the existing one of that name, whatever its case and accents)."""
        value = check_category_label(label)
        with self.db.session() as s:
            for cid, existing in s.execute(select(Category.id, Category.label)):
                if fold(existing) == fold(value):
                    return CategoryItem(cid, existing)
            position = int(s.scalar(select(func.coalesce(func.max(Category.position), 0))) or 0) + 1
            row = Category(label=value, position=position)
            s.add(row)
            s.flush()
            return CategoryItem(row.id, row.label)

    def of_customer(self, customer_id: int) -> list[CategoryItem]:
        with self.db.read() as s:
            return [CategoryItem(i, label) for i, label in s.execute(
                select(Category.id, Category.label).join(CustomerCategory, CustomerCategory.category_id == Category.id)
                .where(CustomerCategory.customer_id == customer_id).order_by(Category.position, Category.label))]

    def set_for_customer(self, customer_id: int, category_ids: list[int]) -> list[CategoryItem]:
        with self.db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(translate("services.categories", "This customer no longer exists."))
            write_customer_categories(s, customer_id, category_ids)
        return self.of_customer(customer_id)

    def add_to_customer(self, customer_id: int, category_id: int) -> list[CategoryItem]:
        current = [c.id for c in self.of_customer(customer_id)]
        return self.set_for_customer(customer_id, [*current, category_id])

    def remove_from_customer(self, customer_id: int, category_id: int) -> list[CategoryItem]:
        current = [c.id for c in self.of_customer(customer_id) if c.id != category_id]
        return self.set_for_customer(customer_id, current)

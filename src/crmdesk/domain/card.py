"""What the customer dialog stages besides the record itself (issue 13): its contacts, categories and new
notes. Nothing of it is written until the customer is saved; then all of it goes in the customer's own
transaction, with the history entries, so Cancel discards it and a refused save leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from crmdesk.domain.contacts import ContactData
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.history import NoteKind
from crmdesk.domain.i18n import translate
from crmdesk.domain.validation import clean_text


@dataclass(frozen=True)
class NoteDraft:
    """A note typed in the dialog, not yet written; `at` is when it was typed."""

    kind: str
    text: str
    at: datetime


@dataclass
class CardEdits:
    """The staged parts of a customer: `None` means "not touched" (the stored ones stay as they are)."""

    contacts: list[ContactData] | None = None  # the whole list, in order; id None for a new contact
    category_ids: list[int] | None = None
    notes: list[NoteDraft] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.contacts is None and self.category_ids is None and not self.notes


def validate_note(kind: str, text: str) -> tuple[str, str]:
    """A note's rule: some text, and a kind from the list. Returns (kind, cleaned text)."""
    body = clean_text(text)
    if not body:
        raise ValidationErrors([FieldError("note_text", translate("services.history", "Write the note first."))])
    if kind not in {k.value for k in NoteKind}:
        raise ValidationErrors([FieldError("note_kind", translate("services.history", "Choose a kind of note."))])
    return kind, body


def single_main(contacts: Sequence[ContactData], main_index: int | None = None) -> list[ContactData]:
    """The list with one main contact when it has any: `main_index` if given, else the first one flagged,
    else the first contact (a customer with contacts always has a main one)."""
    if not contacts:
        return []
    if main_index is None:
        main_index = next((i for i, c in enumerate(contacts) if c.is_main), 0)
    return [replace(c, is_main=(i == main_index)) for i, c in enumerate(contacts)]

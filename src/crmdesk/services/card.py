"""Writing what the customer dialog staged (domain.card.CardEdits) in the customer's own transaction: its
contacts, its categories and its new notes, with their history entries (issue 13)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crmdesk.domain.card import CardEdits, validate_note
from crmdesk.services.categories import write_customer_categories
from crmdesk.services.contacts import write_contacts
from crmdesk.services.history import write_note


def write_card(s: Session, customer_id: int, edits: CardEdits | None) -> None:
    if edits is None:
        return
    if edits.contacts is not None:
        write_contacts(s, customer_id, edits.contacts)
    if edits.category_ids is not None:
        write_customer_categories(s, customer_id, edits.category_ids)
    for note in edits.notes:
        kind, text = validate_note(note.kind, note.text)
        write_note(s, customer_id, kind, text, note.at)

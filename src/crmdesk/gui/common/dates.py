"""Date fields that behave: the calendar of an empty date field opens on today (not on January 1900 or
2000), and merely opening it changes nothing (a filter applies only once a date is picked).

`open_calendar_on_today(edit, null)`: for a QDateEdit with a calendar popup whose `null` date (its minimum,
shown as an empty or "Any date" text) stands for "no date".
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit


class _CalendarOnToday(QObject):
    def __init__(self, edit: QDateEdit, null: QDate) -> None:
        super().__init__(edit)
        self.edit = edit
        self.null = null

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.edit.date() <= self.null:
            calendar = self.edit.calendarWidget()
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return False


def open_calendar_on_today(edit: QDateEdit, null: QDate) -> None:
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.installEventFilter(_CalendarOnToday(edit, null))

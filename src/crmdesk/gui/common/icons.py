"""Icons of the Lucide set, compiled into the Qt resources (see resources/crmdesk.qrc)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from crmdesk.gui import resources_rc  # noqa: F401  (registers the :/ resources)


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; SVG keeps it crisp at any device pixel ratio."""
    return QIcon(f":/icons/{name}.svg")


def app_icon() -> QIcon:
    return QIcon(":/app/crmdesk.png")

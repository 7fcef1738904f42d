"""The customer card on the customer dialog (issue 13): the summary band over the tabs, the `credit_control`
field beside the credit limit, and the "Contacts", "Activité" and "Historique" tabs.

`install_customer_card(dialog)` adds them to a CustomerDialog, with a few lines in its constructor, and returns
the pages to add to the dialog's list (load / check / save like the others).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from crmdesk.domain.card import CardEdits
from crmdesk.domain.credit import DEFAULT_CREDIT_CONTROL, CreditControl
from crmdesk.domain.records import CustomerData
from crmdesk.gui.customers.activity_page import ActivityWidget, FiguresLoader, SummaryBand
from crmdesk.gui.customers.categories import CategoryChips
from crmdesk.gui.customers.contacts_page import ContactsWidget
from crmdesk.gui.customers.dialog import Page, _set_editable
from crmdesk.gui.customers.history_page import HistoryWidget

if TYPE_CHECKING:
    from crmdesk.gui.customers.dialog import CustomerDialog


class CreditControlPage(Page):
    """The `credit_control` combo, in the Accounting tab's payment form right under the credit limit."""

    fields = ("credit_control",)

    def __init__(self, dialog: CustomerDialog) -> None:
        super().__init__(dialog)
        self.combo = QComboBox()
        self.combo.setObjectName("credit_control")
        self.label = QLabel()
        self.label.setObjectName("credit_control_label")
        self.label.setBuddy(self.combo)
        form = self.ui.payment_form
        row, _role = form.getWidgetPosition(self.ui.credit_limit)
        form.insertRow(row + 1, self.label, self.combo)
        QWidget.setTabOrder(self.ui.credit_limit, self.combo)
        dialog.errors.attach(self.combo)
        self.retranslate()

    def widget(self, field: str) -> QWidget | None:
        return self.combo if field == "credit_control" else None

    def load(self, data: CustomerData, editing: bool) -> None:
        index = self.combo.findData(data.credit_control or DEFAULT_CREDIT_CONTROL.value)
        self.combo.setCurrentIndex(max(index, 0))

    def save(self, data: CustomerData) -> None:
        data.credit_control = str(self.combo.currentData() or DEFAULT_CREDIT_CONTROL.value)

    def set_editable(self, editable: bool) -> None:
        _set_editable(self.combo, editable)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Over the &limit:"))
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for mode, text in ((CreditControl.NONE, self.tr("No control")),
                           (CreditControl.WARN, self.tr("Warn with the figures")),
                           (CreditControl.BLOCK, self.tr("Refuse the order (can be overridden)"))):
            self.combo.addItem(text, mode.value)
        self.combo.setCurrentIndex(max(self.combo.findData(current or DEFAULT_CREDIT_CONTROL.value), 0))
        self.combo.blockSignals(False)
        self.combo.setToolTip(self.tr("What happens when an order takes the outstanding orders over the credit "
                                      "limit"))


class _TabPage(Page):
    """A tab of the card: shows the saved customer; no field of the record."""

    def __init__(self, dialog: CustomerDialog, widget: QWidget, index: int) -> None:
        super().__init__(dialog)
        self.page_widget = widget
        dialog.ui.customer_tabs.insertTab(index, widget, "")
        self.customer_id: int | None = None

    def save(self, data: CustomerData) -> None:
        pass

    def set_editable(self, editable: bool) -> None:
        pass

    def set_title(self, text: str) -> None:
        tabs = self.dialog.ui.customer_tabs
        tabs.setTabText(tabs.indexOf(self.page_widget), text)


class ContactsPage(_TabPage):
    """The "Contacts" tab: staged, written with the customer's save (CardEdits.contacts)."""

    def __init__(self, dialog: CustomerDialog, index: int) -> None:
        self.contacts = ContactsWidget(dialog.services)
        super().__init__(dialog, self.contacts, index)
        # The Contact tab's "Contact persons" box: the main contact, and the way to the list.
        self.contacts.changed.connect(self.show_summary)
        dialog.ui.go_to_contacts_button.clicked.connect(
            lambda: dialog.ui.customer_tabs.setCurrentWidget(self.contacts))
        self.retranslate()

    def load(self, data: CustomerData, editing: bool) -> None:
        self.contacts.set_customer(data.id, editing)
        self.show_summary()

    def show_summary(self) -> None:
        contacts = self.contacts.model.contacts
        main = next((c for c in contacts if c.is_main), None)
        if main is None:
            text = self.tr("No contact person yet: add them on the Contacts tab.")
        else:
            details = " — ".join(p for p in (main.full_name(), main.job_title, main.email) if p)
            text = self.tr("Main contact: %1").replace("%1", details)
            if len(contacts) > 1:
                text += "\n" + self.tr("%1 contacts in all.").replace("%1", str(len(contacts)))
        self.dialog.ui.main_contact_summary.setText(text)

    def set_editable(self, editable: bool) -> None:
        self.contacts.set_editable(editable)

    def stage(self, edits: CardEdits) -> None:
        if self.contacts.is_changed():
            edits.contacts = self.contacts.contacts()

    def restore(self, edits: CardEdits) -> None:
        if edits.contacts is not None:
            self.contacts.set_contacts(edits.contacts)

    def retranslate(self) -> None:
        self.set_title(self.tr("Contacts"))
        self.show_summary()


class ActivityPage(_TabPage):
    """The "Activité" tab and the summary band, both fed by one background read of the figures."""

    def __init__(self, dialog: CustomerDialog, index: int, band: SummaryBand) -> None:
        self.activity = ActivityWidget()
        super().__init__(dialog, self.activity, index)
        self.band = band
        self.loader = FiguresLoader(lambda cid: dialog.services.activity.figures(cid), self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        dialog.bus.orders_changed.connect(self._orders_changed)
        self.retranslate()

    def load(self, data: CustomerData, editing: bool) -> None:
        self.customer_id = data.id
        self.refresh()

    def refresh(self) -> None:
        if self.customer_id is None:
            self.activity.set_state("empty")
            self.band.show_figures(None)
            self.band.hide()
            return
        self.band.show()
        if self.activity.figures is None or self.activity.figures.customer_id != self.customer_id:
            self.activity.set_state("loading")
            self.band.show_figures(None, loading=True)
        self.loader.load(self.customer_id)

    def _loaded(self, figures: object) -> None:
        self.activity.show_figures(figures)  # type: ignore[arg-type]
        self.band.show_figures(figures)  # type: ignore[arg-type]

    def _failed(self) -> None:
        self.activity.set_state("failed")
        self.band.show_figures(None)

    def _orders_changed(self, customer_id: int, _ids: list) -> None:
        if customer_id == self.customer_id:
            self.refresh()

    def retranslate(self) -> None:
        self.set_title(self.tr("Activity"))


class HistoryPage(_TabPage):
    def __init__(self, dialog: CustomerDialog, index: int) -> None:
        self.history = HistoryWidget(dialog.services)
        super().__init__(dialog, self.history, index)
        dialog.bus.orders_changed.connect(self._orders_changed)
        self.retranslate()

    def load(self, data: CustomerData, editing: bool) -> None:
        self.customer_id = data.id
        self.history.set_customer(data.id, editing)

    def set_editable(self, editable: bool) -> None:
        self.history.editable = editable

    def stage(self, edits: CardEdits) -> None:
        edits.notes = self.history.staged_notes()

    def restore(self, edits: CardEdits) -> None:
        self.history.set_pending(edits.notes)

    def _orders_changed(self, customer_id: int, _ids: list) -> None:
        if customer_id == self.customer_id:
            self.history.reload()

    def retranslate(self) -> None:
        self.set_title(self.tr("History"))


class CategoriesPage(Page):
    """The category chips under the summary band: staged, written with the customer's save."""

    def __init__(self, dialog: CustomerDialog, chips: CategoryChips) -> None:
        super().__init__(dialog)
        self.chips = chips

    def load(self, data: CustomerData, editing: bool) -> None:
        self.chips.set_customer(data.id, editing)

    def save(self, data: CustomerData) -> None:
        pass

    def set_editable(self, editable: bool) -> None:
        self.chips.set_editable(editable)

    def stage(self, edits: CardEdits) -> None:
        if self.chips.is_changed():
            edits.category_ids = self.chips.category_ids()

    def restore(self, edits: CardEdits) -> None:
        if edits.category_ids is not None:
            by_id = {item.id: item for item in self.dialog.services.categories.all()}
            self.chips.set_items([by_id[i] for i in edits.category_ids if i in by_id])


def install_customer_card(dialog: CustomerDialog) -> list[Page]:
    """Add the card to `dialog`: returns the pages, in tab order, for the dialog's page list."""
    band = SummaryBand(dialog)
    layout = dialog.ui.dialog_layout
    layout.insertWidget(layout.indexOf(dialog.ui.customer_tabs), band)
    band.hide()
    chips = CategoryChips(dialog.services, dialog)
    layout.insertWidget(layout.indexOf(dialog.ui.customer_tabs), chips)
    chips.hide()
    tabs = dialog.ui.customer_tabs
    # After the form's tabs: the dialog refers to those by their index (TAB_CONTACT ...).
    credit = CreditControlPage(dialog)
    contacts = ContactsPage(dialog, tabs.count())
    activity = ActivityPage(dialog, tabs.count(), band)
    history = HistoryPage(dialog, tabs.count())
    dialog.summary_band = band  # type: ignore[attr-defined]
    dialog.category_chips = chips  # type: ignore[attr-defined]
    return [credit, CategoriesPage(dialog, chips), contacts, activity, history]

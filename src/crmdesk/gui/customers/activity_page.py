"""The customer's figures: the summary band over the tabs and the "Activité" tab (`activity_page`).

The figures are read off the GUI thread (`FiguresLoader`): the dialog opens at once and fills them in when
they come; a read overtaken by a newer one (another customer, an order saved meanwhile) is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.credit import CreditControl, parse_credit_control
from crmdesk.domain.numbers import format_money
from crmdesk.gui.common.bar_chart import BarChart, Series
from crmdesk.gui.common.styles import over_limit_color
from crmdesk.gui.common.widgets import number_language
from crmdesk.services.activity import CustomerFigures

log = logging.getLogger(__name__)


def money(value: Decimal | None, currency: str = "EUR") -> str:
    return format_money(value, currency or "EUR", number_language()) if value is not None else "—"


def date_text(value: date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class _Run(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        self.work()


class _LoaderSignals(QObject):
    done = Signal(int, object)  # generation, CustomerFigures or None (failed)


class FiguresLoader(QObject):
    """Reads a customer's figures on a worker thread.

    Signals:
        loaded(object): the CustomerFigures of the last customer asked for.
        failed(): they could not be read (the reason is in the log).
    """

    loaded = Signal(object)
    failed = Signal()

    def __init__(self, read: Callable[[int], CustomerFigures], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _LoaderSignals(self)
        self._signals.done.connect(self._done)
        self._generation = 0

    def load(self, customer_id: int | None) -> None:
        self._generation += 1
        if customer_id is None:
            return
        generation, signals, read = self._generation, self._signals, self._read

        def work() -> None:
            try:
                figures = read(customer_id)
            except Exception:  # shown as "could not be read"; the details go to the log
                log.exception("reading the figures of customer %s", customer_id)
                signals.done.emit(generation, None)
                return
            signals.done.emit(generation, figures)

        self._pool.clear()
        self._pool.start(_Run(work))

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _done(self, generation: int, figures: object) -> None:
        if generation != self._generation:
            return
        if figures is None:
            self.failed.emit()
        else:
            self.loaded.emit(figures)


def _outstanding_bar(bar: QProgressBar, figures: CustomerFigures | None) -> None:
    """The outstanding amount against the limit: a bar in the highlight colour, red once over the limit."""
    if figures is None or figures.credit_limit is None or figures.credit_limit <= 0:
        bar.setRange(0, 1)
        bar.setValue(0)
        bar.setEnabled(False)
        bar.setStyleSheet("")
        return
    bar.setEnabled(True)
    bar.setRange(0, 1000)
    ratio = float(figures.outstanding / figures.credit_limit)
    bar.setValue(int(min(ratio, 1.0) * 1000))
    # Over the limit: Qt's palette has no "negative" role; styles picks a red for the light or dark theme.
    bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {over_limit_color().name()}; }}"
                      if ratio > 1 else "")


class SummaryBand(QFrame):
    """One line over the tabs: 12-month turnover, outstanding orders against the limit, orders, last order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_summary_band")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures: CustomerFigures | None = None
        self.turnover = QLabel()
        self.turnover.setObjectName("summary_turnover_12m")
        self.outstanding = QLabel()
        self.outstanding.setObjectName("summary_outstanding")
        self.bar = QProgressBar()
        self.bar.setObjectName("summary_outstanding_bar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.setFixedHeight(10)
        self.orders = QLabel()
        self.orders.setObjectName("summary_orders")
        self.last = QLabel()
        self.last.setObjectName("summary_last_order")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(14)
        for widget in (self.turnover, self.outstanding, self.bar, self.orders, self.last):
            if isinstance(widget, QLabel):
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_figures(None)

    def show_figures(self, figures: CustomerFigures | None, loading: bool = False) -> None:
        self.figures = figures
        if figures is None:
            text = self.tr("Loading…") if loading else "—"
            self.turnover.setText(self.tr("Turnover 12 months: %1").replace("%1", text))
            self.outstanding.setText(self.tr("Outstanding orders: %1").replace("%1", text))
            self.orders.setText("")
            self.last.setText("")
            _outstanding_bar(self.bar, None)
            return
        cur = figures.currency
        self.turnover.setText(self.tr("Turnover 12 months: %1").replace("%1", f"<b>{money(figures.turnover_12m, cur)}</b>"))
        if figures.credit_limit is not None:
            text = self.tr("Outstanding orders: %1 of %2").replace("%1", f"<b>{money(figures.outstanding, cur)}</b>") \
                .replace("%2", money(figures.credit_limit, cur))
        else:
            text = self.tr("Outstanding orders: %1 (no limit)").replace("%1", f"<b>{money(figures.outstanding, cur)}</b>")
        self.outstanding.setText(text)
        self.outstanding.setToolTip(self.tr("Orders validated and not yet delivered nor cancelled, incl. tax"))
        self.bar.setToolTip(self.outstanding.toolTip())
        _outstanding_bar(self.bar, figures)
        self.orders.setText(self.tr("%n order(s)", "", figures.order_count).replace(
            str(figures.order_count), QLocale().toString(figures.order_count), 1))
        self.last.setText(self.tr("Last order: %1").replace("%1", date_text(figures.last_order_date)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.show_figures(self.figures)
        super().changeEvent(event)


class _Figure(QWidget):
    """A caption over a figure, as on a dashboard card."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName(f"{name}_caption")
        caption_palette = self.caption.palette()
        caption_palette.setColor(QPalette.ColorRole.WindowText,
                                 caption_palette.color(QPalette.ColorRole.PlaceholderText))
        self.caption.setPalette(caption_palette)
        self.value = QLabel()
        self.value.setObjectName(name)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class ActivityWidget(QWidget):
    """The "Activité" tab: figures, the outstanding amount against the limit, the turnover chart, the products
    bought most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity_page")
        self.figures: CustomerFigures | None = None
        self.state = "empty"  # empty (unsaved customer), loading, shown, failed

        self.hint = QLabel()
        self.hint.setObjectName("activity_hint")
        self.hint.setWordWrap(True)
        self.turnover_12m = _Figure("turnover_12m")
        self.turnover_year = _Figure("turnover_year")
        self.order_count = _Figure("order_count")
        self.average_order = _Figure("average_order")
        self.last_order = _Figure("last_order_date")
        cards = QGridLayout()
        cards.setHorizontalSpacing(24)
        for column, card in enumerate((self.turnover_12m, self.turnover_year, self.order_count, self.average_order,
                                       self.last_order)):
            cards.addWidget(card, 0, column)

        self.credit_group = QGroupBox()
        self.credit_group.setObjectName("outstanding_group")
        self.outstanding_amount = QLabel()
        self.outstanding_amount.setObjectName("outstanding_amount")
        font = self.outstanding_amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.outstanding_amount.setFont(font)
        self.outstanding_amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outstanding_bar = QProgressBar()
        self.outstanding_bar.setObjectName("outstanding_bar")
        self.outstanding_bar.setTextVisible(False)
        self.outstanding_bar.setFixedHeight(14)
        self.credit_text = QLabel()
        self.credit_text.setObjectName("outstanding_detail")
        self.credit_text.setWordWrap(True)
        credit = QVBoxLayout(self.credit_group)
        top = QHBoxLayout()
        top.addWidget(self.outstanding_amount)
        top.addWidget(self.outstanding_bar, 1)
        credit.addLayout(top)
        credit.addWidget(self.credit_text)

        self.chart_group = QGroupBox()
        self.chart_group.setObjectName("turnover_group")
        self.chart_mode = QComboBox()
        self.chart_mode.setObjectName("turnover_chart_mode")
        self.chart_mode.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.turnover_chart = BarChart()
        self.turnover_chart.setObjectName("turnover_chart")
        self.chart_mode_label = QLabel()
        self.chart_mode_label.setBuddy(self.chart_mode)
        chart = QVBoxLayout(self.chart_group)
        mode_row = QHBoxLayout()
        mode_row.addStretch(1)
        mode_row.addWidget(self.chart_mode_label)
        mode_row.addWidget(self.chart_mode)
        chart.addLayout(mode_row)
        chart.addWidget(self.turnover_chart, 1)

        self.products_group = QGroupBox()
        self.products_group.setObjectName("top_products_group")
        self.top_products = QTableWidget(0, 3)
        self.top_products.setObjectName("top_products")
        self.top_products.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_products.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_products.verticalHeader().hide()
        header = self.top_products.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        products = QVBoxLayout(self.products_group)
        products.addWidget(self.top_products)

        lower = QHBoxLayout()
        lower.addWidget(self.chart_group, 3)
        right = QVBoxLayout()
        right.addWidget(self.credit_group)
        right.addWidget(self.products_group, 1)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(cards)
        layout.addLayout(lower, 1)
        self.retranslate()

    # ---- showing -------------------------------------------------------------
    def set_state(self, state: str) -> None:
        self.state = state
        if state != "shown":
            self.figures = None
        self._show()

    def show_figures(self, figures: CustomerFigures) -> None:
        self.figures = figures
        self.state = "shown"
        self._show()

    def _show(self) -> None:
        f = self.figures
        hints = {"empty": self.tr("The figures are shown once the customer is saved."),
                 "loading": self.tr("Loading the figures…"),
                 "failed": self.tr("The figures could not be read. Close and reopen the customer to try again.")}
        self.hint.setText(hints.get(self.state, ""))
        self.hint.setVisible(self.state != "shown")
        cur = f.currency if f else "EUR"
        dash = "—"
        self.turnover_12m.value.setText(money(f.turnover_12m, cur) if f else dash)
        self.turnover_year.caption.setText(self.tr("Turnover %1").replace("%1", str(f.current_year if f else
                                                                                 date.today().year)))
        if f:
            self.turnover_year.value.setText(money(f.turnover_current_year, cur))
            detail = self.tr("%1 in %2").replace("%1", money(f.turnover_previous_year, cur)) \
                .replace("%2", str(f.current_year - 1))
            if f.turnover_previous_year > 0:
                change = (f.turnover_current_year - f.turnover_previous_year) / f.turnover_previous_year * 100
                sign = "+" if change >= 0 else "−"
                detail += f" ({sign}{QLocale().toString(abs(float(change)), 'f', 0)} %)"
            self.turnover_year.detail.setText(detail)
            self.order_count.value.setText(QLocale().toString(f.order_count))
            self.average_order.value.setText(money(f.average_order, cur))
            self.last_order.value.setText(date_text(f.last_order_date))
        else:
            for card in (self.turnover_year, self.order_count, self.average_order, self.last_order):
                card.value.setText(dash)
            self.turnover_year.detail.setText("")
        # Outstanding orders against the credit limit.
        if f:
            self.outstanding_amount.setText(money(f.outstanding, cur))
            control = parse_credit_control(f.credit_control)
            if f.credit_limit is None:
                text = self.tr("No credit limit set (Accounting tab).")
            else:
                left = f.credit_limit - f.outstanding
                text = (self.tr("Credit limit %1: %2 left.").replace("%1", money(f.credit_limit, cur))
                        .replace("%2", money(left, cur)) if left >= 0 else
                        self.tr("Credit limit %1: exceeded by %2.").replace("%1", money(f.credit_limit, cur))
                        .replace("%2", money(-left, cur)))
            mode = {CreditControl.NONE: self.tr("Orders over the limit: not controlled."),
                    CreditControl.WARN: self.tr("Orders over the limit: a warning with the figures."),
                    CreditControl.BLOCK: self.tr("Orders over the limit: refused unless overridden.")}[control]
            self.credit_text.setText(f"{text}\n{mode}")
        else:
            self.outstanding_amount.setText(dash)
            self.credit_text.setText("")
        _outstanding_bar(self.outstanding_bar, f)
        # Products.
        self.top_products.setRowCount(0)
        if f:
            self.top_products.setRowCount(len(f.top_products))
            for row, product in enumerate(f.top_products):
                quantity = QLocale().toString(float(product.quantity), "g", 12)
                for column, text in enumerate((product.label, quantity, money(product.amount_excl_tax, cur))):
                    item = QTableWidgetItem(text)
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.top_products.setItem(row, column, item)
        self._draw_chart()

    def _draw_chart(self) -> None:
        f = self.figures
        locale = QLocale()
        cur = f.currency if f else "EUR"
        symbol = "€" if cur == "EUR" else cur

        def axis(value: float) -> str:
            # Short: "1,5 k€" in French, "€1.5k" in English.
            french = number_language() == "fr"
            number, unit = (locale.toString(value / 1000, "g", 4), "k") if value >= 1000 else \
                (locale.toString(int(value)), "")
            return f"{number} {unit}{symbol}" if french else f"{symbol}{number}{unit}"

        def value_text(value: float) -> str:
            return money(Decimal(str(round(value, 2))), cur)

        self.turnover_chart.tip_template = self.tr("%1: %2")
        if f is None:
            self.turnover_chart.set_data([], [], value_text, axis)
            return
        if self.chart_mode.currentIndex() == 1:
            months = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
            tips = [locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)]
            series = [Series(str(f.current_year), tuple(float(v) for v in f.current_year_months)),
                      Series(str(f.current_year - 1), tuple(float(v) for v in f.previous_year_months))]
            self.turnover_chart.set_data(months, series, value_text, axis, tips)
        else:
            # The rolling 12 months, oldest on the left; the year under the first month and under each January.
            labels = [locale.monthName(m % 100, QLocale.FormatType.ShortFormat) for m, _ in f.months]
            tips = [f"{locale.monthName(m % 100, QLocale.FormatType.LongFormat)} {m // 100}" for m, _ in f.months]
            years = [str(m // 100) if i == 0 or m % 100 == 1 else "" for i, (m, _) in enumerate(f.months)]
            series = [Series(self.tr("Turnover excl. tax"), tuple(float(a) for _, a in f.months))]
            self.turnover_chart.set_data(labels, series, value_text, axis, tips, years)
        self.turnover_chart.setAccessibleName(self.tr("Turnover excl. tax per month"))

    def retranslate(self) -> None:
        self.turnover_12m.caption.setText(self.tr("Turnover, last 12 months"))
        self.turnover_12m.detail.setText(self.tr("excl. tax, cancelled orders excluded"))
        self.order_count.caption.setText(self.tr("Orders"))
        self.order_count.detail.setText(self.tr("validated and beyond"))
        self.average_order.caption.setText(self.tr("Average order"))
        self.average_order.detail.setText(self.tr("excl. tax"))
        self.last_order.caption.setText(self.tr("Last order"))
        self.credit_group.setTitle(self.tr("Outstanding orders"))
        self.outstanding_amount.setToolTip(self.tr("Orders validated and not yet delivered nor cancelled, incl. tax"))
        self.chart_group.setTitle(self.tr("Turnover excl. tax per month"))
        self.chart_mode_label.setText(self.tr("&Show:"))
        index = max(self.chart_mode.currentIndex(), 0)
        self.chart_mode.blockSignals(True)
        self.chart_mode.clear()
        year = self.figures.current_year if self.figures else date.today().year
        self.chart_mode.addItems([self.tr("Last 12 months"), self.tr("%1 against %2").replace("%1", str(year))
                                  .replace("%2", str(year - 1))])
        self.chart_mode.setCurrentIndex(index)
        self.chart_mode.blockSignals(False)
        self.turnover_chart.set_empty_text(self.tr("No order over the period"))
        self.products_group.setTitle(self.tr("Products bought most"))
        self.top_products.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"),
                                                     self.tr("Amount excl. tax")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The main window: the left navigation ("Ventes clients" › Clients / Commandes / Produits) and its pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from crmdesk import __version__
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.icons import app_icon, icon
from crmdesk.gui.common.screen import available_geometry, first_start_size, fit_size
from crmdesk.gui.customers.actions import CustomerActions
from crmdesk.services import Services

PAGE_CUSTOMERS, PAGE_ORDERS, PAGE_PRODUCTS = "customers", "orders", "products"


class MainWindow(QMainWindow):
    """crmdesk's window. Pages are built once and kept; the navigation switches between them."""

    def __init__(self, services: Services, offer_language_choice: bool = False) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.services = services
        # `crmdesk` without --lang: a system locale naming no language (C.UTF-8) gets the choice offered.
        self._language_asked = not offer_language_choice
        self.bus = DataBus(self)
        self.customer_actions = CustomerActions(self)
        self.addActions(self.customer_actions.all())

        self.navigation = QTreeWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setColumnCount(2)
        self.navigation.setHeaderHidden(True)
        self.navigation.setRootIsDecorated(False)
        self.navigation.setIndentation(14)
        self.navigation.setMinimumWidth(160)
        self.navigation.setMaximumWidth(280)
        self.sales_item = QTreeWidgetItem(self.navigation)
        self.sales_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = self.sales_item.font(0)
        font.setBold(True)
        self.sales_item.setFont(0, font)
        self.customers_item = QTreeWidgetItem(self.sales_item)
        self.customers_item.setIcon(0, icon("customers"))
        self.customers_item.setData(0, Qt.ItemDataRole.UserRole, PAGE_CUSTOMERS)
        self.orders_item = QTreeWidgetItem(self.sales_item)
        self.orders_item.setIcon(0, icon("orders"))
        self.orders_item.setData(0, Qt.ItemDataRole.UserRole, PAGE_ORDERS)
        self.products_item = QTreeWidgetItem(self.sales_item)
        self.products_item.setIcon(0, icon("products"))
        self.products_item.setData(0, Qt.ItemDataRole.UserRole, PAGE_PRODUCTS)
        self.navigation.expandAll()
        self.new_customer_button = QToolButton()
        self.new_customer_button.setObjectName("new_customer_button")
        self.new_customer_button.setDefaultAction(self.customer_actions.new)
        self.new_customer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_customer_button.setAutoRaise(True)
        self.navigation.setItemWidget(self.customers_item, 1, self.new_customer_button)
        self.navigation.header().setStretchLastSection(False)
        self.navigation.header().setSectionResizeMode(0, self.navigation.header().ResizeMode.Stretch)
        self.navigation.header().setSectionResizeMode(1, self.navigation.header().ResizeMode.ResizeToContents)

        self.pages = QStackedWidget()
        self._page_index: dict[str, int] = {}
        self._build_pages()

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The list needs the width more than the three navigation entries do.
        splitter.setSizes([170, 1110])
        self.setCentralWidget(splitter)
        self.navigation.currentItemChanged.connect(self._on_navigation)
        self.navigation.setCurrentItem(self.customers_item)

        self._build_menus()
        self.statusBar().showMessage(services.db.url, 5000)
        from crmdesk.gui.connection.security import add_connection_badge

        self.unencrypted_badge = add_connection_badge(self, services.db)
        self.retranslate()
        self.resize(first_start_size(available_geometry(self)))
        self._restore_geometry()
        self.data_actions.automatic_backup()
        from crmdesk.gui.customers.turnover_roll import install_turnover_roll

        # Issue 13: "CA 12 mois" brought to this month in the background once the window shows.
        self.turnover_roll = install_turnover_roll(self, services.db, self.customer_list_page)

    # ---- pages ---------------------------------------------------------
    def _build_pages(self) -> None:
        from crmdesk.gui.catalog.product_page import ProductPage
        from crmdesk.gui.customers.list_page import CustomerListPage
        from crmdesk.gui.orders.list_page import OrderListPage

        self.customer_list_page = CustomerListPage(self.services, self.bus, self.customer_actions, self)
        self.order_list_page = OrderListPage(self.services, self.bus, self.customer_actions.new_order, self)
        self.product_page = ProductPage(self.services, self.bus, self)
        for key, page in ((PAGE_CUSTOMERS, self.customer_list_page), (PAGE_ORDERS, self.order_list_page),
                          (PAGE_PRODUCTS, self.product_page)):
            self._page_index[key] = self.pages.addWidget(page)

    def show_page(self, key: str) -> None:
        item = {PAGE_CUSTOMERS: self.customers_item, PAGE_ORDERS: self.orders_item,
                PAGE_PRODUCTS: self.products_item}[key]
        self.navigation.setCurrentItem(item)

    def _on_navigation(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, Qt.ItemDataRole.UserRole)
        if key in self._page_index:
            self.pages.setCurrentIndex(self._page_index[key])
            self._update_window_title()
            page = self.pages.currentWidget()
            if page is not None:
                page.setFocus()

    # ---- menus ---------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        from crmdesk.gui.data.actions import DataActions

        self.data_actions = DataActions(self)  # import, export, backup, restore, GDPR (issue 11)
        self.data_actions.add_to(self.file_menu)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("action_quit")
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        # Settings (issue 12: Entreprise; other pages join gui/settings/dialog.py's PAGE_FACTORIES)
        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setObjectName("action_settings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.sales_menu = bar.addMenu("")
        for action in (self.customer_actions.new, self.customer_actions.new_order):
            self.sales_menu.addAction(action)
        self.sales_menu.addSeparator()
        self.goto_customers = QAction(self)
        self.goto_customers.setShortcut(QKeySequence("Ctrl+1"))
        self.goto_customers.triggered.connect(lambda: self.show_page(PAGE_CUSTOMERS))
        self.goto_orders = QAction(self)
        self.goto_orders.setShortcut(QKeySequence("Ctrl+2"))
        self.goto_orders.triggered.connect(lambda: self.show_page(PAGE_ORDERS))
        self.goto_products = QAction(self)
        self.goto_products.setShortcut(QKeySequence("Ctrl+3"))
        self.goto_products.triggered.connect(lambda: self.show_page(PAGE_PRODUCTS))
        for action in (self.goto_customers, self.goto_orders, self.goto_products):
            self.sales_menu.addAction(action)
        self.sales_menu.addSeparator()
        self.reference_lists_action = QAction(self)
        self.reference_lists_action.setObjectName("action_reference_lists")
        self.reference_lists_action.setIcon(icon("settings"))
        self.reference_lists_action.triggered.connect(self.open_reference_lists)
        self.sales_menu.addAction(self.reference_lists_action)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def open_reference_lists(self) -> None:
        from crmdesk.gui.reference.dialog import ReferenceListsDialog

        dialog = ReferenceListsDialog(self.services, self.bus, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._reference_lists_closed)
        dialog.open()

    def open_settings(self) -> QDialog:
        from crmdesk.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self)
        dialog.open()
        return dialog

    def _reference_lists_closed(self, _result: int) -> None:
        dialog = self.sender()
        if dialog is not None and dialog.changed_kinds():  # type: ignore[attr-defined]
            # Filter combos show the lists; forms read them afresh each time they open.
            self.customer_list_page.reload_reference_lists()

    def _about(self) -> QMessageBox:
        """The About box, opened with open() (QMessageBox.about would run a nested event loop)."""
        from html import escape

        from crmdesk.gui.common.messages import open_box

        text = self.tr("<b>crmdesk</b> {version}<br>Customers and their orders.<br>Database: {url}").format(
            version=__version__, url=escape(str(self.services.db.url)))
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About crmdesk"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("about_box")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        return open_box(box)

    # ---- language, geometry ---------------------------------------------
    def _update_window_title(self) -> None:
        # The page shown; the window system adds the application's name (applicationDisplayName).
        item = self.navigation.currentItem()
        self.setWindowTitle(item.text(0) if item is not None and item.text(0) else self.tr("Customers"))

    def retranslate(self) -> None:
        self.sales_item.setText(0, self.tr("Customer sales"))
        self.customers_item.setText(0, self.tr("Customers"))
        self.orders_item.setText(0, self.tr("Orders"))
        self.products_item.setText(0, self.tr("Products"))
        self.file_menu.setTitle(self.tr("&File"))
        self.sales_menu.setTitle(self.tr("&Sales"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.goto_customers.setText(self.tr("Go to &customers"))
        self.goto_orders.setText(self.tr("Go to &orders"))
        self.goto_products.setText(self.tr("Go to &products"))
        self.about_action.setText(self.tr("&About crmdesk"))
        self.reference_lists_action.setText(self.tr("&Reference lists…"))
        self.settings_action.setText(self.tr("S&ettings…"))
        self.new_customer_button.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.customer_actions.retranslate()
        self.data_actions.retranslate()
        self._update_window_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger screen: never open larger than this one.
            fitted = fit_size(self.size(), available_geometry(self))
            if fitted != self.size():
                self.resize(fitted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.turnover_roll.start_once)  # after the first paint
        if not self._language_asked:
            self._language_asked = True
            from crmdesk.gui.settings.language_page import locale_names_no_language, stored_language

            if stored_language() is None and locale_names_no_language():
                # C.UTF-8 says nothing of the user's language: ask once, then remember.
                QTimer.singleShot(0, self.offer_language)

    def offer_language(self) -> QMessageBox:
        from crmdesk.gui.settings.language_page import offer_language

        return offer_language(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.turnover_roll.stop()
        super().closeEvent(event)


"""crmdesk as users run it: a real X server (Xvfb), Qt's xcb platform, and real key and mouse events
(xdotool) walking the seed's flow with the mouse: the menu "Ventes clients", the "+" beside "Clients", create
a customer, add an address, find it, the row's icons (duplicate, view, edit, delete), open an order with the
eye, edit one with the pencil.

crmdesk runs through tests/x11_probe.py: its own `main`, plus a probe that says where a widget, a menu item
or a row's icon lies on the screen and what window is in front; the test clicks there with xdotool.

Needs `Xvfb`, `xauth` and `xdotool` (apt-get install xvfb xauth xdotool; .ci/run installs them). Skipped
when they are missing outside CI; in CI (CI=true) a missing tool is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

TOOLS = ("Xvfb", "xdotool")
STEP_TIMEOUT = 30  # seconds for one window to appear (a loaded CI machine)


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the real-display test must run in CI; missing: {', '.join(missing)}")
        pytest.skip(f"no real X server here ({', '.join(missing)} missing)")


SCREENS = ("1280x800", "1024x768")  # the laptop and the smallest supported screen


@pytest.fixture(params=SCREENS)
def display(request: pytest.FixtureRequest) -> Iterator[str]:
    """A private Xvfb server, once at each size of SCREENS; its DISPLAY."""
    _require_tools()
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    else:
        pytest.fail("no free X display number")
    name = f":{number}"
    server = subprocess.Popen(["Xvfb", name, "-screen", "0", f"{request.param}x24", "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + STEP_TIMEOUT
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            err = server.stderr.read().decode(errors="replace") if server.stderr else ""
            server.kill()
            pytest.fail(f"Xvfb did not start: {err[-500:]}")
        time.sleep(0.05)
    try:
        yield name
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


class Desk:
    """xdotool on one display: real keys and mouse clicks sent through the X server. Where to click comes from
    the probe inside crmdesk (tests/x11_probe.py: mapToGlobal, visualRect, the row icons' rectangles); what a
    click did is read from it too (the window in front, its mode)."""

    def __init__(self, display: str, log: Path, probe: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.log = log
        self.probe = probe
        self.app: subprocess.Popen[bytes] | None = None
        self._request = 0

    def run(self, *args: str, timeout: float = STEP_TIMEOUT) -> str:
        try:
            done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"xdotool {' '.join(args)} timed out; app log:\n{self.app_log()}") from None
        if done.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {done.stderr}\napp log:\n{self.app_log()}")
        return done.stdout.strip()

    def app_log(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def _alive(self, what: str) -> None:
        if self.app is not None and self.app.poll() is not None:
            raise AssertionError(f"crmdesk exited ({self.app.returncode}) before {what}:\n{self.app_log()}")

    def _fail(self, message: str) -> AssertionError:
        if shutil.which("import"):  # ImageMagick: what the screen showed, for the failure report
            subprocess.run(["import", "-window", "root", str(self.log.with_suffix(".png"))], env=self.env,
                           capture_output=True, timeout=STEP_TIMEOUT)
        return AssertionError(f"{message}\napp log:\n{self.app_log()}")

    def ask(self, op: str, target: dict[str, Any] | None = None) -> dict[str, Any]:
        """One question to the probe: {"ok": bool, "result" | "error"}."""
        self._request += 1
        request = self.probe / "request.json.tmp"
        request.write_text(json.dumps({"id": self._request, "op": op, "target": target}))
        os.replace(request, self.probe / "request.json")
        answer = self.probe / "answer.json"
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            self._alive(f"answering {op} {target}")
            if answer.exists():
                reply = json.loads(answer.read_text())
                if reply["id"] == self._request:
                    answer.unlink()
                    return reply  # type: ignore[no-any-return]
            time.sleep(0.02)
        raise self._fail(f"the probe did not answer {op} {target}")

    def state(self) -> dict[str, Any]:
        reply = self.ask("state")
        assert reply["ok"], reply["error"]
        return reply["result"]  # type: ignore[no-any-return]

    def front(self) -> dict[str, Any]:
        windows = self.state()["windows"]
        return windows[0] if windows else {}

    def wait_for(self, what: str, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Waits (up to STEP_TIMEOUT) until `check(state)` holds; the state then."""
        deadline = time.monotonic() + STEP_TIMEOUT
        last: dict[str, Any] = {}
        while time.monotonic() < deadline:
            last = self.state()
            if check(last):
                return last
            time.sleep(0.05)
        raise self._fail(f"never saw {what}; last state: {json.dumps(last, ensure_ascii=False)[:1500]}")

    def wait_front(self, name: str, **expected: Any) -> dict[str, Any]:
        """Waits for window `name` in front (with the given state fields), then gives it the keyboard."""
        def check(state: dict[str, Any]) -> bool:
            windows = state["windows"]
            return bool(windows) and windows[0]["name"] == name and all(
                windows[0].get(k) == v for k, v in expected.items())
        window = self.wait_for(f"{name} {expected or ''} in front", check)["windows"][0]
        self.run("windowfocus", "--sync", str(window["wid"]))
        return window  # type: ignore[no-any-return]

    def where(self, **target: Any) -> tuple[int, int]:
        """The on-screen centre of a target (waiting for it to appear)."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            reply = self.ask("where", target)
            if reply["ok"]:
                return reply["result"]["x"], reply["result"]["y"]
            if time.monotonic() > deadline:
                raise self._fail(f"could not find {target}: {reply['error']}")
            time.sleep(0.1)

    def click(self, **target: Any) -> None:
        """A real mouse click on the target: the pointer moved there, the button pressed and released."""
        x, y = self.where(**target)
        self.run("mousemove", "--sync", str(x), str(y))
        time.sleep(0.05)  # the enter and move events first, as a hand gives them
        self.run("click", "1")

    def key(self, *keys: str) -> None:
        self.run("key", "--clearmodifiers", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.run("type", "--clearmodifiers", "--delay", "20", text)

    def wait_window(self, title_regex: str) -> str:
        """The X id of the visible window whose title matches (waiting for it), given the keyboard focus."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_regex], env=self.env,
                                   capture_output=True, text=True, timeout=STEP_TIMEOUT)
            ids = found.stdout.split()
            if ids:
                break
            self._alive(repr(title_regex))
            if time.monotonic() > deadline:
                raise self._fail(f"no window {title_regex!r}")
            time.sleep(0.1)
        self.run("windowfocus", "--sync", ids[-1])
        return ids[-1]


def _seed(url: str) -> None:
    from crmdesk.domain.records import AddressData, CustomerData, OrderLineData
    from crmdesk.services import Services
    from crmdesk.store.database import open_database

    db = open_database(url)
    try:
        services = Services.open(db)
        customer = services.customers.create(CustomerData(
            kind="company", name="Boulangerie Martin",
            addresses=[AddressData(street1="12 rue de la République", postal_code="69002", city="Lyon")]))
        assert customer.id is not None
        draft = services.orders.new_order_for(customer.id)
        draft.lines = [OrderLineData(description="Farine T65", quantity=Decimal(2), unit_price=Decimal("18.90"),
                                     vat_rate=Decimal("5.5"))]
        services.orders.create(draft)
    finally:
        db.dispose()


def test_the_seed_flow_with_real_keys_and_mouse_on_x11(display: str, tmp_path: Path) -> None:
    """The seed's flow in French, with the mouse where a person uses it: the menu "Ventes clients" and the
    navigation, the "+" beside "Clients", the form's buttons, the four icons of a customer's row, the tabs,
    and the eye and the pencil of the customer's order history. Each click's outcome is checked."""
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    _seed(url)
    log = tmp_path / "crmdesk.log"
    probe = tmp_path / "probe"
    probe.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("QT_QPA_PLATFORMTHEME", None)
    desk = Desk(display, log, probe)
    with log.open("wb") as out:
        app = subprocess.Popen([sys.executable, str(Path(__file__).with_name("x11_probe.py")), str(probe),
                                "--database", url, "--lang", "fr"], env=env, stdout=out, stderr=subprocess.STDOUT)
    desk.app = app
    try:
        main = desk.wait_front("main_window", customers_shown=True)
        # The window opens within the 1280×800 screen (first-start size from the screen).
        geometry = desk.run("getwindowgeometry", str(main["wid"]))
        size = geometry.rsplit("Geometry:", 1)[1].strip().split("x")
        screen_w, screen_h = (int(n) for n in desk.run("getdisplaygeometry").split())
        assert int(size[0]) <= screen_w and int(size[1]) <= screen_h, geometry

        # "Ventes clients" › "Commandes" in the side panel, then back with the menu "Ventes clients".
        desk.click(kind="nav", text="Commandes")
        desk.wait_front("main_window", orders_shown=True)
        desk.click(kind="menubar", text="Ventes clients")
        desk.wait_for("the menu open", lambda s: bool(s["menu"]) and "Afficher les clients" in s["menu"])
        desk.click(kind="menu", text="Afficher les clients")
        desk.wait_front("main_window", customers_shown=True, orders_shown=False)

        # Create a customer: the "+" to the right of "Clients"; the name typed at once (the form starts on it).
        desk.click(kind="widget", name="new_customer_button")
        desk.wait_front("customer_dialog", mode="create", read_only=False)
        desk.type("Fromagerie Xvfb")
        # The "Adresses" tab, "Ajouter une adresse": its form, filled field by field with the mouse, then OK.
        desk.click(kind="tab", tabs="customer_tabs", page="addresses_page")
        desk.wait_for("the addresses tab", lambda s: s["windows"][0].get("tab") == "addresses_page")
        desk.click(kind="widget", name="add_address_button", window="customer_dialog")
        desk.wait_front("address_dialog")
        desk.click(kind="widget", name="street", window="address_dialog")
        desk.type("3 place Bellecour")
        desk.click(kind="widget", name="postal_code", window="address_dialog")
        desk.type("69002")
        desk.click(kind="widget", name="city", window="address_dialog")
        desk.key("ctrl+a")
        desk.type("Lyon")
        desk.click(kind="button", window="address_dialog", role="accept")
        desk.wait_front("customer_dialog", mode="create")
        # "Enregistrer": the record stays open, in view mode.
        desk.click(kind="button", window="customer_dialog", role="accept")
        desk.wait_front("customer_dialog", mode="view", read_only=True, customer_name="Fromagerie Xvfb")
        desk.click(kind="button", window="customer_dialog", role="reject")
        desk.wait_front("main_window")

        # Find it: a click in the search box, the text typed; one row left.
        desk.click(kind="widget", name="customer_search")
        desk.type("Fromagerie")
        desk.wait_for("one customer found", lambda s: s["windows"][0].get("customer_count") == 1)
        # The row's icons: duplicate, view, edit (each opens the record in its mode), delete (asked, undone).
        for action, mode in (("action_duplicate_customer", "duplicate"), ("action_view_customer", "view"),
                             ("action_edit_customer", "edit")):
            desk.click(kind="row_icon", table="customer_table", row=0, action=action)
            window = desk.wait_front("customer_dialog", mode=mode)
            assert window["read_only"] == (mode == "view"), window
            assert "Fromagerie Xvfb" in window["customer_name"], window
            desk.click(kind="button", window="customer_dialog", role="reject")
            desk.wait_front("main_window")
        desk.click(kind="row_icon", table="customer_table", row=0, action="action_delete_customer")
        box = desk.wait_for("the delete question", lambda s: s["windows"][0]["class"] == "QMessageBox")["windows"][0]
        assert "Fromagerie Xvfb" in box["text"], box
        desk.click(kind="message_button", text="Supprimer")
        desk.wait_for("the customer deleted", lambda s: s["windows"][0].get("customer_count") == 0)
        desk.click(kind="widget", name="undo_button")
        desk.wait_for("the customer back", lambda s: s["windows"][0].get("customer_count") == 1)

        # The orders of a customer: its record (the eye of its row), the "Commandes" tab, the eye, the pencil.
        desk.click(kind="widget", name="customer_search")
        desk.key("ctrl+a")
        desk.type("Boulangerie")
        desk.wait_for("the bakery found", lambda s: s["windows"][0].get("customer_count") == 1)
        desk.click(kind="row_icon", table="customer_table", row=0, action="action_view_customer")
        desk.wait_front("customer_dialog", mode="view", customer_name="Boulangerie Martin")
        desk.click(kind="tab", tabs="customer_tabs", page="orders_page")
        desk.wait_for("the order history", lambda s: s["windows"][0].get("tab") == "orders_page"
                      and s["windows"][0].get("orders") == 1)
        desk.click(kind="row_icon", table="order_history", row=0, action="action_view_order")
        desk.wait_front("order_dialog", read_only=True)
        desk.click(kind="button", window="order_dialog", role="reject")
        desk.wait_front("customer_dialog", mode="view")
        desk.click(kind="row_icon", table="order_history", row=0, action="action_edit_order")
        desk.wait_front("order_dialog", read_only=False)
        desk.click(kind="button", window="order_dialog", role="reject")
        desk.wait_front("customer_dialog", mode="view")
        desk.click(kind="button", window="customer_dialog", role="reject")
        desk.wait_front("main_window")

        desk.key("ctrl+q")
        assert app.wait(STEP_TIMEOUT) == 0, desk.app_log()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)

    from crmdesk.services import Services
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.store.database import open_database

    db = open_database(url)
    try:
        services = Services.open(db)
        [row] = services.customers.page(CustomerQuery(text="Fromagerie"), 0, 10)
        saved = services.customers.get(row.id)
        assert saved.name == "Fromagerie Xvfb"
        assert [(a.street1, a.postal_code, a.city) for a in saved.addresses] == [("3 place Bellecour", "69002", "Lyon")]
    finally:
        db.dispose()

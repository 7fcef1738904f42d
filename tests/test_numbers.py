"""One way to read and write numbers (crmdesk.domain.numbers), and what each editor makes of the same input.

The table is the decision of issue 10, in French and in English: a single "," or "." is the decimal
separator, spaces (plain, no-break, narrow no-break) group thousands, the language's own written form reads
back, and anything that could be read two ways is refused with a message at the field, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, click_message_box, interface_language, make_customer_at, replace_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from crmdesk.domain.errors import FieldError
from crmdesk.domain.i18n import set_language
from crmdesk.domain.numbers import NumberError, format_decimal, format_money, parse_decimal
from crmdesk.services import Services

pytestmark = OFFSCREEN_NOISE
D = Decimal
NNBSP, NBSP = "\u202f", "\u00a0"
SRC = Path(__file__).resolve().parents[1] / "src" / "crmdesk"

# Why a text is refused, as the message says it in each language.
REASONS = {
    "nan": ("is not a number", "n'est pas un nombre"),
    "places": ("decimals", "décimales"),
    "negative": ("cannot be negative", "ne peut pas être négati"),
    "zero": ("more than zero", "supérieure à zéro"),
    "max": ("cannot exceed", "ne peut pas dépasser"),
    "percent": ("between 0 and 100", "entre 0 et 100"),
}

# ---- the reader and the writer --------------------------------------------------------------------

# text -> (French reading, English reading); a str is the reason of a refusal.
PARSE_TABLE: dict[str, tuple[Decimal | str | None, Decimal | str | None]] = {
    "1.234": (D("1.234"), D("1.234")),  # a single separator is decimal, whatever the language
    "1,234": (D("1.234"), D("1.234")),
    "1,5": (D("1.5"), D("1.5")),
    "0,10": (D("0.10"), D("0.10")),
    "1 234,5": (D("1234.5"), D("1234.5")),
    f"1{NBSP}234,50": (D("1234.50"), D("1234.50")),
    f"1{NNBSP}234,50": (D("1234.50"), D("1234.50")),
    "12 500": (D(12500), D(12500)),
    "1 234 567.891": (D("1234567.891"), D("1234567.891")),
    "1,234.50": ("nan", D("1234.50")),  # the English written form, read back in English only
    "1,234,567": ("nan", "nan"),  # commas alone never group
    "2,5,3": ("nan", "nan"),
    "1.234,5.6": ("nan", "nan"),
    "1.234,50": ("nan", "nan"),
    "1e5": ("nan", "nan"),
    "--1": ("nan", "nan"),
    "12 34": ("nan", "nan"),
    "1,": (D(1), D(1)),
    ",5": (D("0.5"), D("0.5")),
    "abc": ("nan", "nan"),
    "-3": (D(-3), D(-3)),
    "\u22123,5": (D("-3.5"), D("-3.5")),
    "12 %": (D(12), D(12)),
    "12,50 €": (D("12.50"), D("12.50")),
    "€12.50": (D("12.50"), D("12.50")),
    "": (None, None),
    "   ": (None, None),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("text", list(PARSE_TABLE))
def test_parse_table(text: str, lang: str) -> None:
    expected = PARSE_TABLE[text][0 if lang == "fr" else 1]
    set_language(lang)
    if isinstance(expected, str):
        with pytest.raises(NumberError) as refused:
            parse_decimal(text, lang, field="credit_limit")
        assert refused.value.field == "credit_limit"
        assert isinstance(refused.value, FieldError) and isinstance(refused.value, ValueError)
        assert REASONS[expected][0 if lang == "en" else 1] in refused.value.message
        assert text.strip() in refused.value.message  # the message quotes what was typed
    else:
        got = parse_decimal(text, lang)
        assert got == expected and (got is None or type(got) is Decimal)
        if got is not None:
            assert str(got) == str(expected)  # "0,10" keeps its two decimals


FORMAT_TABLE = [
    # value, decimals, French, English
    (D("1234.5"), 2, f"1{NNBSP}234,50", "1,234.50"),
    (D("1234567.891"), 3, f"1{NNBSP}234{NNBSP}567,891", "1,234,567.891"),
    (D("0.125"), 2, "0,13", "0.13"),  # half up, as money is rounded
    (D("-0.001"), 2, "0,00", "0.00"),
    (D("5.50"), None, "5,5", "5.5"),
    (D(1234), None, f"1{NNBSP}234", "1234"),  # "1,234" would read back as 1.234
    (D(20), None, "20", "20"),
]


@pytest.mark.parametrize(("value", "decimals", "fr", "en"), FORMAT_TABLE)
def test_format_table_reads_back(value: Decimal, decimals: int | None, fr: str, en: str) -> None:
    assert format_decimal(value, decimals, "fr") == fr
    assert format_decimal(value, decimals, "en") == en
    for lang, text in (("fr", fr), ("en", en)):  # what is written is read back as the same number
        shown = parse_decimal(text, lang)
        rounded = value if decimals is None else value.quantize(D(1).scaleb(-decimals), ROUND_HALF_UP)
        assert shown == rounded, (lang, text)


def test_money_is_formatted_by_language_without_float() -> None:
    assert format_money(D("1234.5"), "EUR", "fr") == f"1{NNBSP}234,50{NBSP}€"
    assert format_money(D("1234.5"), "EUR", "en") == "€1,234.50"
    assert format_money(D("0.125"), "EUR", "en") == "€0.13"  # half up (Babel alone would round half even)
    assert parse_decimal(format_money(D("1234.5"), "EUR", "en"), "en") == D("1234.50")
    assert parse_decimal(format_money(D("1234.5"), "EUR", "fr"), "fr") == D("1234.50")
    with pytest.raises(TypeError):
        format_money(0.1, "EUR", "en")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_decimal(0.1, 2, "en")  # type: ignore[arg-type]


# The modules on a money path: rules, services, editors, cells, the demo generator.
MONEY_PATHS = ["domain", "services/orders.py", "services/catalog.py", "services/customers.py", "gui/orders",
               "gui/catalog", "gui/common/widgets.py", "demo/builder.py"]


def test_no_float_on_a_money_path() -> None:
    found = []
    for part in MONEY_PATHS:
        path = SRC / part
        for file in [path] if path.is_file() else sorted(path.rglob("*.py")):
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
                if re.search(r"\bfloat\(", line.split("#")[0]):
                    found.append(f"{file.relative_to(SRC)}:{number}: {line.strip()}")
    assert not found, found


# ---- the real editors -------------------------------------------------------------------------------

# What each editor makes of an input: a Decimal stored, or the reason it is refused at the field.
# (French, English) when the languages differ. Bounds come from the domain: credit limit >= 0 with
# 2 decimals, quantity > 0 up to 1,000,000 with 3, unit price >= 0 up to 10,000,000 with 4, discount 0-100 %
# with 2.
Expect = Decimal | str | tuple[Decimal | str, Decimal | str]
EDITOR_TABLE: dict[str, dict[str, Expect]] = {
    "1.234": {"credit_limit": "places", "quantity": D("1.234"), "unit_price": D("1.234"),
              "discount_percent": "places", "product_price": D("1.234")},
    "1,5": {"credit_limit": D("1.5"), "quantity": D("1.5"), "unit_price": D("1.5"),
            "discount_percent": D("1.5"), "product_price": D("1.5")},
    "1 234,5": {"credit_limit": D("1234.5"), "quantity": D("1234.5"), "unit_price": D("1234.5"),
                "discount_percent": "percent", "product_price": D("1234.5")},
    f"1{NNBSP}234,50": {"credit_limit": D("1234.50"), "quantity": D("1234.50"), "unit_price": D("1234.50"),
                        "discount_percent": "percent", "product_price": D("1234.50")},
    "1,234.50": {"credit_limit": ("nan", D("1234.50")), "quantity": ("nan", D("1234.50")),
                 "unit_price": ("nan", D("1234.50")), "discount_percent": ("nan", "percent"),
                 "product_price": ("nan", D("1234.50"))},
    "2,5,3": dict.fromkeys(("credit_limit", "quantity", "unit_price", "discount_percent", "product_price"), "nan"),
    "1.234,5.6": dict.fromkeys(("credit_limit", "quantity", "unit_price", "discount_percent", "product_price"),
                               "nan"),
    "1e5": dict.fromkeys(("credit_limit", "quantity", "unit_price", "discount_percent", "product_price"), "nan"),
    "--1": dict.fromkeys(("credit_limit", "quantity", "unit_price", "discount_percent", "product_price"), "nan"),
    "-3": {"credit_limit": "negative", "quantity": "zero", "unit_price": "negative", "discount_percent": "percent",
           "product_price": "negative"},
    "0": {"credit_limit": D(0), "quantity": "zero", "unit_price": D(0), "discount_percent": D(0),
          "product_price": D(0)},
    "99999999999": {"credit_limit": D(99999999999), "quantity": "max", "unit_price": "max",
                    "discount_percent": "percent", "product_price": "max"},
    "150": {"credit_limit": D(150), "quantity": D(150), "unit_price": D(150), "discount_percent": "percent",
            "product_price": D(150)},
}


def expected_for(text: str, editor: str, lang: str) -> Decimal | str:
    expected = EDITOR_TABLE[text][editor]
    if isinstance(expected, tuple):
        expected = expected[0 if lang == "fr" else 1]
    return expected


def reason_text(reason: str, lang: str) -> str:
    return REASONS[reason][0 if lang == "en" else 1]


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with interface_language(request.param):
        yield request.param


def test_credit_limit_in_the_customer_dialog(qtbot, sqlite_services: Services, lang: str) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.customers.dialog import TAB_ACCOUNTING, CustomerDialog

    bus = DataBus()
    dialog = CustomerDialog(sqlite_services, bus, None, mode="create")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    replace_text(qtbot, dialog.ui.name, "Acme")
    dialog.ui.customer_tabs.setCurrentIndex(TAB_ACCOUNTING)
    editor = dialog.ui.credit_limit
    for text in EDITOR_TABLE:
        expected = expected_for(text, "credit_limit", lang)
        replace_text(qtbot, editor, text)
        editor.editingFinished.emit()  # as leaving the field does: reformats what reads as a number
        clean, errors = dialog.check()
        if isinstance(expected, str):
            assert clean is None and [e.field for e in errors] == ["credit_limit"], (text, errors)
            assert reason_text(expected, lang) in errors[0].message, (text, errors[0].message)
            # What was typed stays on screen (a number the rules refuse may be written the locale's way).
            assert editor.text() == text if expected in ("nan", "places") else (
                parse_decimal(editor.text(), lang) == parse_decimal(text, lang))
        else:
            assert not errors and clean is not None and clean.credit_limit == expected, (text, errors)
    # Through the real button: the reason shows under the field; a good value is stored as typed.
    replace_text(qtbot, editor, "2,5,3")
    save = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    label = dialog.findChild(QLabel, "credit_limit_error")
    assert label is not None and not label.isHidden()
    assert reason_text("nan", lang) in label.text() and "2,5,3" in label.text()
    replace_text(qtbot, editor, f"12{NNBSP}500,5")
    with qtbot.waitSignal(bus.customers_changed, timeout=5000) as changed:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert sqlite_services.customers.get(changed.args[0][0]).credit_limit == D("12500.50")


def _order_dialog(qtbot, services: Services):  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    customer = make_customer_at(services, "Boulangerie Martin")
    assert customer.id is not None
    dialog = OrderDialog(services, DataBus(), order=services.orders.new_order_for(customer.id))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in_cell(qtbot, dialog, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor with F2, type over its text (any character, as an input method sends it), Return."""
    from crmdesk.gui.orders.models import LINE_COLUMNS

    view = dialog.order_lines
    index = view.model().index(row, LINE_COLUMNS.index(key))
    editor = view.indexWidget(index)
    if editor is None:
        view.setCurrentIndex(index)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), editor
    replace_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


@pytest.mark.parametrize("key", ["quantity", "unit_price", "discount_percent"])
def test_order_line_cells(qtbot, sqlite_services: Services, lang: str, key: str) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.orders.models import ERROR_ROLE, LINE_COLUMNS

    dialog = _order_dialog(qtbot, sqlite_services)
    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 0, "description", "Farine")
    model = dialog.lines_model
    index = model.index(0, LINE_COLUMNS.index(key))
    for text in EDITOR_TABLE:
        expected = expected_for(text, key, lang)
        before = getattr(model.line(0), key)
        type_in_cell(qtbot, dialog, 0, key, text)
        if isinstance(expected, str):
            assert getattr(model.line(0), key) == before, text  # nothing stored, nothing rescaled
            assert index.data() == text  # the text typed stays in the cell...
            reason = str(index.data(ERROR_ROLE))
            assert reason_text(expected, lang) in reason, (text, reason)  # ...with its reason
            assert dialog.lines_error.isVisible() and reason in dialog.lines_error.text()
        else:
            assert getattr(model.line(0), key) == expected, text
            assert not index.data(ERROR_ROLE) and not dialog.lines_error.isVisible()
    # A refused cell keeps the order from being saved; correcting it lets it through.
    type_in_cell(qtbot, dialog, 0, key, "abc")
    assert not dialog.save() and dialog.order.id is None
    said = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box")
    assert reason_text("nan", lang) in said
    type_in_cell(qtbot, dialog, 0, key, "2,5")
    assert dialog.save() and dialog.order.id is not None
    assert getattr(sqlite_services.orders.get(dialog.order.id).lines[0], key) == D("2.5")


def test_a_discount_of_150_is_refused_not_read_as_15(qtbot, sqlite_services: Services, lang: str) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.orders.models import LINE_COLUMNS

    dialog = _order_dialog(qtbot, sqlite_services)
    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 0, "description", "Farine")
    type_in_cell(qtbot, dialog, 0, "unit_price", "10")
    type_in_cell(qtbot, dialog, 0, "discount_percent", "150")  # committed keystroke by keystroke: 1, 15, 150
    index = dialog.lines_model.index(0, LINE_COLUMNS.index("discount_percent"))
    assert index.data() == "150"
    assert reason_text("percent", lang) in dialog.lines_error.text()
    # The line counts for nothing until corrected: no total built on the 15 % typed on the way.
    assert dialog.lines_model.totals().excl_tax == D(0)
    assert dialog.lines_model.errors() and dialog.is_dirty()


def test_product_price(qtbot, sqlite_services: Services, lang: str) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.catalog.product_page import ProductDialog
    from crmdesk.gui.common.bus import DataBus

    for number, text in enumerate(EDITOR_TABLE):
        expected = expected_for(text, "product_price", lang)
        dialog = ProductDialog(sqlite_services, DataBus())
        qtbot.addWidget(dialog)
        dialog.show()
        replace_text(qtbot, dialog.reference, f"REF-{number}")
        replace_text(qtbot, dialog.name, "Farine")
        replace_text(qtbot, dialog.unit_price, text)
        qtbot.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
        if isinstance(expected, str):
            said = dialog.errors.message(dialog.unit_price)  # at the field, as in every dialog
            assert dialog.isVisible() and reason_text(expected, lang) in said, (text, said)
            assert dialog.unit_price.text() == text
        else:
            assert not dialog.isVisible(), (text, dialog.errors.message(dialog.unit_price))
            saved = sqlite_services.catalog.products(f"REF-{number}")[0]
            assert saved.unit_price == expected, text


def test_every_editor_reads_through_the_one_parser() -> None:
    """No editor, cell or import keeps a number reader of its own: any other parse_decimal is a thin
    wrapper that hands the text to crmdesk.domain.numbers."""
    own = []
    for file in sorted(SRC.rglob("*.py")):
        if "forms" in file.parts or file == SRC / "domain" / "numbers.py":
            continue
        text = file.read_text(encoding="utf-8")
        for match in re.finditer(r"^\s*def (parse_decimal|parse_number|parse_amount)\b.*?(?=^\s*(def|class) |\Z)",
                                 text, re.MULTILINE | re.DOTALL):
            if "numbers.parse_decimal(" not in match.group(0):
                own.append(f"{file.relative_to(SRC)}: {match.group(1)}")
    assert not own, own

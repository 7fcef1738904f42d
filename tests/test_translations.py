"""One translation system: widgets' tr() and the domain's translate() in the same Qt Linguist files."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def test_lupdate_finds_every_string_translated(tmp_path: Path) -> None:
    """Refreshing the .ts files from every source (GUI, domain, services, store, cli) adds nothing and leaves
    no unfinished translation: a third language is one more .ts file."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_ui
    finally:
        sys.path.pop(0)
    copies = []
    for ts in sorted(TRANSLATIONS.glob("crmdesk_*.ts")):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    build_ui.lupdate(copies)
    for copy in copies:
        text = copy.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, copy.name
        committed = (TRANSLATIONS / copy.name).read_text(encoding="utf-8")
        sources = set(re.findall(r"<source>(.*?)</source>", text, re.S))
        assert sources == set(re.findall(r"<source>(.*?)</source>", committed, re.S)), copy.name


def test_no_message_carries_its_own_translation() -> None:
    """The domain's old t(en, fr) is gone: Qt Linguist cannot see a French text written in the code."""
    offenders = []
    for path in (ROOT / "src" / "crmdesk").rglob("*.py"):
        if "forms" in path.parts or path.name == "resources_rc.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.])t\(\s*[\"']", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []


@pytest.mark.parametrize(("lang", "label", "message"), [
    ("fr", "N° de TVA intracommunautaire", "« 2,5,3 » n'est pas un nombre"),
    ("en", "VAT number", "“2,5,3” is not a number"),
])
def test_domain_messages_come_from_the_catalogue(lang: str, label: str, message: str) -> None:
    from crmdesk.domain.errors import FieldError
    from crmdesk.domain.fields import CUSTOMER_FIELDS
    from crmdesk.domain.i18n import set_language
    from crmdesk.domain.numbers import parse_decimal

    set_language(lang)
    try:
        assert CUSTOMER_FIELDS["vat_number"].label == label
        with pytest.raises(FieldError) as refused:
            parse_decimal("2,5,3", field="credit_limit")
        assert refused.value.message.startswith(message)
    finally:
        set_language("en")

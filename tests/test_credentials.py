"""PostgreSQL passwords: asked when the server refuses, remembered in the system keychain if the user wishes,
never written in crmdesk's files. Against a real server that demands a password (scram-sha-256)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from conftest import PgCluster
from helpers import OFFSCREEN_NOISE
from keyring.backend import KeyringBackend

from crmdesk.domain.errors import PasswordRequiredError
from crmdesk.gui.connection.password_dialog import PasswordDialog
from crmdesk.store import credentials
from crmdesk.store.database import open_database

pytestmark = OFFSCREEN_NOISE

SECRET = "s3cret-Été"


class MemoryKeyring(KeyringBackend):
    """A keychain of the test's own: the user's is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def keychain() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def guarded_server() -> Iterator[PgCluster]:
    """A server of its own whose postgres user must give SECRET."""
    cluster = PgCluster(password=SECRET)
    try:
        cluster.start()
    except (subprocess.CalledProcessError, OSError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must run in CI: {exc}")
        pytest.skip(f"no PostgreSQL server available here: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def url(guarded_server: PgCluster) -> str:
    """A fresh database on the guarded server, its URL without the password (as an office writes it)."""
    return guarded_server.create_database()


def test_the_account_names_user_server_and_database(keychain: MemoryKeyring) -> None:
    assert credentials.account_for("postgresql+psycopg://anne@db.office:5433/crm") == "anne@db.office:5433/crm"
    assert credentials.account_for("postgresql://anne@db.office/crm") == "anne@db.office:5432/crm"
    assert credentials.account_for("sqlite:///x.db") is None
    assert credentials.account_for("postgresql://db.office/crm") is None  # no user: nothing to look up


def test_a_saved_password_completes_the_url_but_never_overrides_one_written(keychain: MemoryKeyring) -> None:
    url = "postgresql+psycopg://anne@db.office/crm"
    assert credentials.with_saved_password(url) == url
    assert credentials.save_password(url, "p@ss/word")
    assert keychain.entries == {("crmdesk", "anne@db.office:5432/crm"): "p@ss/word"}
    from sqlalchemy.engine import make_url

    assert make_url(credentials.with_saved_password(url)).password == "p@ss/word"  # escaped in the URL
    written = "postgresql+psycopg://anne:other@db.office/crm"
    assert credentials.with_saved_password(written) == written
    credentials.forget_password(url)
    credentials.forget_password(url)  # forgetting twice is no error
    assert credentials.with_saved_password(url) == url


def test_without_a_keychain_nothing_is_remembered_and_nothing_fails() -> None:
    # conftest installs keyring's null backend, as on a Linux desktop without a Secret Service.
    url = "postgresql+psycopg://anne@db.office/crm"
    assert not credentials.can_remember()
    assert credentials.saved_password(url) is None
    assert credentials.with_saved_password(url) == url


def test_the_server_refusal_is_told_apart(url: str) -> None:
    with pytest.raises(PasswordRequiredError) as missing:
        open_database(url)
    assert "refused the password of postgres" in missing.value.message
    with pytest.raises(PasswordRequiredError):
        open_database(credentials.with_password(url, "wrong"))
    open_database(credentials.with_password(url, SECRET)).dispose()


def test_the_first_question_shows_no_error(qapp, url: str, keychain: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog(url, open_database, "")
    dialog.show()
    assert not dialog.password_error.isVisible()
    assert "asks for the password of postgres" in dialog.intro.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nothing typed yet
    dialog.close()


def run_start(url: str, keychain_file: Path, answers: list[str], *flags: str) -> dict[str, Any]:
    """crmdesk started on `url` in a process of its own, a person answering its password dialogs."""
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("password_flow.py")), url,
                           str(keychain_file), json.dumps(answers), *flags],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["stderr"] = proc.stderr
    return result


def remembered(keychain_file: Path, url: str) -> str | None:
    entries = json.loads(keychain_file.read_text()) if keychain_file.exists() else {}
    return entries.get(f"crmdesk|{credentials.account_for(url)}")


def test_the_password_is_asked_then_remembered_in_the_keychain(url: str, tmp_path: Path) -> None:
    keychain_file = tmp_path / "keychain.json"
    first = run_start(url, keychain_file, ["wrong", SECRET])
    assert first["code"] == 0
    # One dialog, asking with no error (nothing was refused yet); the wrong answer kept it open with the
    # server's refusal under the field, then the right one opened crmdesk.
    [dialog] = first["dialogs"]
    assert dialog["error"] == "" and dialog["refused_then"].startswith("The server")
    assert first["dialogs"][0]["remember_offered"] and first["dialogs"][0]["remember_ticked"]
    assert remembered(keychain_file, url) == SECRET
    # The next start opens straight away: nothing asked.
    again = run_start(url, keychain_file, [])
    assert again["code"] == 0 and again["dialogs"] == []
    # The password changed on the server since: asked again, saying the remembered one was refused.
    keychain_file.write_text(json.dumps({f"crmdesk|{credentials.account_for(url)}": "old one"}))
    changed = run_start(url, keychain_file, [SECRET])
    assert changed["code"] == 0
    assert len(changed["dialogs"]) == 1 and changed["dialogs"][0]["error"].startswith("The server")
    assert remembered(keychain_file, url) == SECRET


def test_not_remembered_when_the_box_is_cleared(url: str, tmp_path: Path) -> None:
    keychain_file = tmp_path / "keychain.json"
    start = run_start(url, keychain_file, [SECRET], "--keep-unticked")
    assert start["code"] == 0 and len(start["dialogs"]) == 1
    assert remembered(keychain_file, url) is None


def test_giving_up_is_a_one_line_error(url: str, tmp_path: Path) -> None:
    start = run_start(url, tmp_path / "keychain.json", [])  # Cancel
    assert start["code"] == 2 and len(start["dialogs"]) == 1
    errors = [line for line in start["stderr"].splitlines() if line.startswith("crmdesk:")]
    assert len(errors) == 1 and errors[0].startswith("crmdesk: error: The server")


def test_a_wrong_password_written_in_the_url_is_said_not_asked(url: str, tmp_path: Path) -> None:
    start = run_start(credentials.with_password(url, "wrong"), tmp_path / "keychain.json", [])
    assert start["code"] == 2 and start["dialogs"] == []
    assert "refused the password" in start["stderr"] and "wrong" not in start["stderr"]  # never printed



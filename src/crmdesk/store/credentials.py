"""PostgreSQL passwords kept in the system's keychain (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux) through `keyring`, so that an office's database URL carries no password.

A password is filed under the service "crmdesk" and the account "user@host:port/database". Without a
usable keychain (a Linux machine without a Secret Service), nothing is remembered and nothing fails.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SERVICE = "crmdesk"


def account_for(url: str) -> str | None:
    """The keychain account of a PostgreSQL URL with a user name; None for SQLite or without a user."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("postgres") or not parsed.username:
        return None
    return f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def has_password(url: str) -> bool:
    try:
        return make_url(url).password is not None
    except ArgumentError:
        return False


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def saved_password(url: str) -> str | None:
    account = account_for(url)
    if account is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:  # no usable keychain here, or it refused
        return None


def with_saved_password(url: str) -> str:
    """`url` with the password the keychain holds for it, when it has none of its own."""
    if has_password(url):
        return url
    password = saved_password(url)
    return with_password(url, password) if password is not None else url


# Backends that are not a system keychain: the keyrings.alt file backends write the password (plain or
# "encrypted" with a key kept beside it) to a file in the user's folder.
_NOT_A_KEYCHAIN_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def is_system_keychain(backend: object) -> bool:
    """Whether `backend` keeps passwords in the operating system's keychain (not in a file, not nowhere)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        # The chainer writes to the first backend that takes the password: every one must be a keychain.
        backends = list(getattr(backend, "backends", []))
        return bool(backends) and all(is_system_keychain(b) for b in backends)
    return not type(backend).__module__.startswith(_NOT_A_KEYCHAIN_MODULES)


def can_remember() -> bool:
    """Whether a system keychain is usable here (the "remember" box is offered only then)."""
    import keyring

    return is_system_keychain(keyring.get_keyring())


def save_password(url: str, password: str) -> bool:
    """Remember the password of `url`'s account; False when no system keychain could keep it."""
    account = account_for(url)
    if account is None or not can_remember():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError:
        return False
    return True


def forget_password(url: str) -> None:
    account = account_for(url)
    if account is None:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account)
    except (PasswordDeleteError, KeyringError):
        pass

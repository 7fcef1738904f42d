"""Shared fixtures: offscreen Qt, SQLite files and a throwaway PostgreSQL cluster.

PostgreSQL tests run against a real server this fixture starts (initdb + pg_ctl
as the `postgres` user when run as root). In CI (CI=true) a missing server is
an error, never a skip.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # must precede any Qt import
import tempfile as _tempfile

# Keep the tests' QSettings (column layout, window geometry) out of the user's own configuration.
os.environ["XDG_CONFIG_HOME"] = _tempfile.mkdtemp(prefix="crmdesk-test-config-")
# And their passwords out of the user's keychain (also in the crmdesk processes tests start); tests that
# need a keychain install an in-memory one (test_credentials.py).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# crmdesk insists on TLS when a PostgreSQL URL says nothing (sslmode=require); the throwaway test servers have
# no certificate. Tests of the default itself remove this.
os.environ.setdefault("PGSSLMODE", "disable")

import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.domain.i18n import set_language
from crmdesk.gui.common.translation import install_domain_translations
from crmdesk.services import Services
from crmdesk.store.database import Database, open_database

install_domain_translations()  # domain messages through the Qt Linguist catalogues, as in crmdesk

PG_BIN_CANDIDATES = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14")]


def _pg_bin() -> Path | None:
    for candidate in PG_BIN_CANDIDATES:
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """A throwaway server; `password`: the postgres user must give it (scram-sha-256), else trust."""

    def __init__(self, password: str | None = None) -> None:
        self.password = password
        self.bin = _pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL binaries not found (initdb)")
        self.dir = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
            self.dir.chmod(0o700)
        self.data = self.dir / "data"

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        auth: list[str] = ["-A", "trust"]
        if self.password is not None:
            pwfile = self.dir / "pwfile"
            pwfile.write_text(self.password + "\n")
            if self.as_root:
                shutil.chown(pwfile, "postgres", "postgres")
            auth = ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", *auth,
                  "-E", "UTF8", "--locale=C.UTF-8")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                  f"-c synchronous_commit=off -c full_page_writes=off", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             password=self.password, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


class ExternalCluster:
    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._url = make_url(url)

    def url(self, dbname: str = "postgres") -> str:
        return self._url.set(drivername="postgresql+psycopg", database=dbname).render_as_string(hide_password=False)

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        u = self._url
        with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                             dbname=u.database or "postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    external = os.environ.get("CRMDESK_TEST_PG_URL")
    if external:
        # A server started by .ci/run: a superuser URL; each test gets its own database on it.
        yield ExternalCluster(external)  # type: ignore[misc]
        return
    try:
        cluster = PgCluster()
        cluster.start()
    except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must run in CI: {exc}")
        pytest.skip(f"no PostgreSQL server available here: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Domain messages in English unless a test chooses French; restored after each test."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crmdesk.db'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.open(db)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'crmdesk.db'}"


@pytest.fixture
def sqlite_services(sqlite_url: str) -> Iterator[Services]:
    database = open_database(sqlite_url)
    yield Services.open(database)
    database.dispose()


def wait_until(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread():
    """As in crmdesk itself (gui/common/gc_guard.py): once a QApplication exists, cycles are collected on
    this thread only, never by a worker thread freeing widgets; after each test too, since a test that runs
    no event loop never fires the collector's timer."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from crmdesk.gui.common import gc_guard

        gc_guard.install_gui_thread_gc(app)
        gc_guard._installed[0].check()

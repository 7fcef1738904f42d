"""Backup and restore of the embedded database: online backup while another connection writes, checks before a
restore, the copy kept of what it replaced, automatic backups, and the CLI; PostgreSQL says what does this."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from crmdesk.demo.builder import generate
from crmdesk.domain.records import CustomerData
from crmdesk.services import Services
from crmdesk.services import backup as backups
from crmdesk.store.database import open_database


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                                            "AND name NOT LIKE 'customer_words%'")]
        return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    finally:
        conn.close()


def test_backup_while_another_connection_writes_restores_sound(sqlite_services: Services, tmp_path: Path) -> None:
    db = sqlite_services.db
    generate(db, 3000, 1, progress=False)
    path = Path(str(db.engine.url.database))
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:  # another connection, writing all the time
        conn = sqlite3.connect(path, timeout=10)
        i = 0
        while not stop.is_set():
            conn.execute("INSERT INTO counter(name, value) VALUES (?, ?)", (f"bench-{i}", i))
            conn.commit()
            i += 1
        written.append(i)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.1)
        info = backups.backup(db, tmp_path / "backup.db")
    finally:
        stop.set()
        thread.join()
    assert written[0] > 0
    assert info.customers == 3000
    assert backups.check(info.path).customers == 3000  # integrity_check ok, crmdesk's, known schema
    counts = table_counts(info.path)
    # Restore it into a fresh database: integrity ok, the same counts as the backup.
    target = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    kept = backups.restore(target, info.path, keep_folder=tmp_path / "kept")
    target.dispose()
    assert kept.exists() and backups.check(kept).customers == 0
    restored = tmp_path / "other.db"
    conn = sqlite3.connect(restored)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert table_counts(restored) == counts
    reopened = Services.open(open_database(f"sqlite:///{restored}"))
    from crmdesk.services.customers import CustomerQuery

    assert reopened.customers.count(CustomerQuery(status="all")) == 3000
    assert reopened.customers.count(CustomerQuery(text=reopened.customers.page(CustomerQuery(), 0, 1)[0].name)) >= 1
    reopened.db.dispose()


def test_restore_replaces_the_open_database_and_keeps_a_copy(sqlite_services: Services, tmp_path: Path) -> None:
    s = sqlite_services
    s.customers.create(CustomerData(name="Avant"))
    info = backups.backup(s.db, tmp_path / "b.db")
    s.customers.create(CustomerData(name="Après"))
    kept = backups.restore(s.db, info.path)
    from crmdesk.services.customers import CustomerQuery

    assert [r.name for r in s.customers.page(CustomerQuery(), 0, 10)] == ["Avant"]  # the same Services go on
    assert backups.check(kept).customers == 2
    s.customers.create(CustomerData(name="Encore"))  # and can write


def test_restore_refuses_files_that_are_not_sound_crmdesk_databases(sqlite_services: Services,
                                                                    tmp_path: Path) -> None:
    s = sqlite_services
    s.customers.create(CustomerData(name="Reste"))
    text = tmp_path / "notes.db"
    text.write_text("hello")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    damaged = tmp_path / "damaged.db"
    backups.backup(s.db, damaged)
    data = bytearray(damaged.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] = 0xFF
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.db"
    backups.backup(s.db, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    for bad, words in ((text, "not a crmdesk backup"), (other, "not a crmdesk database"),
                       (damaged, "damaged"), (newer, "newer crmdesk"), (tmp_path / "missing.db", "Cannot read")):
        with pytest.raises(backups.BackupError, match=words):
            backups.restore(s.db, bad)
    from crmdesk.services.customers import CustomerQuery

    assert s.customers.count(CustomerQuery()) == 1
    assert not list(tmp_path.glob("crmdesk-replaced-*"))


def test_automatic_backups_keep_the_last_n(sqlite_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    for i in range(4):
        (folder).mkdir(exist_ok=True)
        (folder / f"crmdesk-auto-2020010{i}-000000.db").write_bytes(b"old")
    made = backups.automatic_backup(sqlite_services.db, folder, keep=3)
    assert made is not None and made.exists()
    kept = sorted(p.name for p in folder.glob("crmdesk-auto-*.db"))
    assert len(kept) == 3 and made.name in kept
    assert backups.automatic_backup(sqlite_services.db, folder, keep=0) is None


@pytest.mark.postgres
def test_postgresql_says_the_server_does_it(pg_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(pg_cluster.create_database())
    try:
        assert not backups.supported(db)
        with pytest.raises(backups.BackupError, match="pg_dump"):
            backups.backup(db, tmp_path / "x.db")
    finally:
        db.dispose()


def crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True, timeout=120)


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db = open_database(url)
    Services.open(db).customers.create(CustomerData(name="CLI"))
    db.dispose()
    out = crmdesk("backup", "--output", str(tmp_path / "b.db"), "--database", url)
    assert out.returncode == 0 and "1 customers" in out.stdout, out.stderr
    refused = crmdesk("restore", str(tmp_path / "b.db"), "--database", url)  # no --yes, no terminal
    assert refused.returncode != 0 and "--yes" in refused.stderr
    done = crmdesk("restore", str(tmp_path / "b.db"), "--database", url, "--yes")
    assert done.returncode == 0, done.stderr
    bad = crmdesk("restore", str(tmp_path / "nothing.db"), "--database", url, "--yes")
    assert bad.returncode != 0 and bad.stderr.startswith("crmdesk: error:") and len(bad.stderr.splitlines()) == 1

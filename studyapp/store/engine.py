"""Opening the database: engine and pragmas, first creation, upgrades, the session."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import Session, SQLModel

from studyapp.store import (
    SCHEMA_VERSION,
    SchemaTooNewError,
    StoreError,
    database_path,
    fast,
    migrations,
    tables,  # noqa: F401 (importing it fills SQLModel.metadata)
)
from studyapp.store.backup import backup, backups_dir

# Upgrades are rare; keep every pre-upgrade copy of the last few versions.
KEEP_UPGRADE_BACKUPS = 5


@dataclass
class Store:
    """An open database. ``path`` is the SQLite file, or None for another database URL."""

    engine: Engine
    path: Path | None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(home: Path, url: str | None = None) -> Store:
    if url is not None and not url.startswith("sqlite"):
        # Another database, for advanced users: created from the tables, never upgraded.
        engine = create_engine(url)
        SQLModel.metadata.create_all(engine)
        return Store(engine, None)
    path = database_path(home) if url is None else _sqlite_file(url)
    prepare_sqlite_file(path, backups_dir(path.parent))
    return Store(_sqlite_engine(path), path)


def _sqlite_file(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise StoreError(f"{url}: a database in memory would lose everything; name a file")
    return Path(database).expanduser().resolve()


def prepare_sqlite_file(path: Path, backup_dir: Path) -> None:
    """Create the file at the current schema, or upgrade it after a backup, or refuse it."""
    version = fast.schema_version(path)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(path, version)
    if version == SCHEMA_VERSION:
        return
    if version == 0:
        _create(path)
        return
    copy = backup(path, backup_dir, prefix=f"before-upgrade-v{version}",
                  keep=KEEP_UPGRADE_BACKUPS)
    connection = fast.connect(path)
    try:
        migrations.upgrade(connection, version, SCHEMA_VERSION)
    except sqlite3.Error as error:
        raise StoreError(
            f"{path}: upgrading the schema from version {version} to {SCHEMA_VERSION} failed "
            f"({error}); the file is unchanged, and a copy is in {copy}"
        ) from error
    finally:
        connection.close()


def schema_statements() -> list[str]:
    """The DDL of the current tables, as SQLite text."""
    dialect = create_engine("sqlite://").dialect
    statements = []
    for table in SQLModel.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements.extend(
            str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes
        )
    return statements


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot create the database: {error}") from error
    try:
        if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{path}: not a StudyApp database (it has tables but no version)")
        connection.execute("PRAGMA journal_mode = WAL")
        # All tables and the version in one transaction: a crash leaves no half-made schema.
        connection.execute("BEGIN IMMEDIATE")
        if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # another process created it meanwhile; closing rolls back our BEGIN
        for statement in schema_statements():
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot create the database: {error}") from error
    finally:
        connection.close()


def _sqlite_engine(path: Path) -> Engine:
    # check_same_thread off: pooled connections may serve a worker thread, one at a time.
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": 10, "check_same_thread": False}
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL keeps every committed transaction if the process is killed; only a
    # power cut can lose the last ones, and never corrupts the file.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()

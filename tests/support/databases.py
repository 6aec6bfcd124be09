"""A PostgreSQL database of one's own, beside the one ``DATABASE_URL`` names, made and
dropped by the browser tests and the web benchmark."""

from __future__ import annotations

import re
import uuid

import psycopg


def _on(url: str, name: str) -> str:
    return re.sub(r"/[^/]*$", f"/{name}", url)


def create_postgres_database(url: str, prefix: str) -> tuple[str, str]:
    """Creates a new, empty database on the server ``url`` names: (its URL, its name)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_on(url, "postgres"), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return _on(url, name), name


def on_database(url: str, name: str, *, create: bool = False) -> str:
    """The URL of database ``name`` on the server ``url`` names, made first if ``create``
    and it is not there."""
    if create:
        with psycopg.connect(_on(url, "postgres"), autocommit=True) as connection:
            found = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if found is None:
                connection.execute(f'CREATE DATABASE "{name}"')
    return _on(url, name)


def drop_postgres_database(url: str, name: str) -> None:
    """Drops database ``name`` on the server ``url`` names, closing its connections."""
    with psycopg.connect(_on(url, "postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

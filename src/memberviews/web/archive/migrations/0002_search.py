"""The search: the user's term list (:class:`~memberviews.web.archive.models.Term`) and the
full-text index of the paragraphs, whose shape depends on the database.

SQLite: two contentless FTS5 tables (rowid = paragraph id), the analysed words by language
and the Chinese text by trigrams, filled here with the paragraphs stored before.
PostgreSQL: a generated tsvector column (each language's configuration; jieba's words
through 'simple' for Chinese) under a GIN index, and a pg_trgm index on the Chinese text."""

import sqlite3

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

_SQLITE_DELETE = ", contentless_delete=1" if sqlite3.sqlite_version_info >= (3, 43, 0) else ""

SQLITE = [
    "CREATE VIRTUAL TABLE archive_paragraph_words USING fts5(en, fr, es, ru, ar, zh,"
    f" content=''{_SQLITE_DELETE}, tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE archive_paragraph_trigrams USING fts5(body,"
    f" content=''{_SQLITE_DELETE}, tokenize='trigram')",
]
SQLITE_REVERSE = [
    "DROP TABLE archive_paragraph_words",
    "DROP TABLE archive_paragraph_trigrams",
]

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE archive_paragraph ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        CASE language
            WHEN 'en' THEN to_tsvector('english'::regconfig, body)
            WHEN 'fr' THEN to_tsvector('french'::regconfig, body)
            WHEN 'es' THEN to_tsvector('spanish'::regconfig, body)
            WHEN 'ru' THEN to_tsvector('russian'::regconfig, body)
            WHEN 'ar' THEN to_tsvector('arabic'::regconfig, body)
            WHEN 'zh' THEN to_tsvector('simple'::regconfig, segmented)
            ELSE to_tsvector('simple'::regconfig, body)
        END
    ) STORED""",
    "CREATE INDEX archive_paragraph_search ON archive_paragraph USING gin (search_vector)",
    "CREATE INDEX archive_paragraph_zh_trigrams ON archive_paragraph"
    " USING gin (body gin_trgm_ops) WHERE language = 'zh'",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX archive_paragraph_zh_trigrams",
    "DROP INDEX archive_paragraph_search",
    "ALTER TABLE archive_paragraph DROP COLUMN search_vector",
]


def create_index(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        for statement in SQLITE:
            schema_editor.execute(statement)
        from memberviews.web.archive.engines.sqlite import SqliteEngine

        paragraphs = apps.get_model("archive", "Paragraph").objects.using(connection.alias)
        SqliteEngine(using=connection.alias).index_rows(
            paragraphs.values_list("id", "language", "body", "segmented").iterator(),
            fresh=True,
        )
    elif connection.vendor == "postgresql":
        for statement in POSTGRESQL:
            schema_editor.execute(statement)


def drop_index(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="Term",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("en", models.TextField(blank=True, verbose_name="English")),
                ("fr", models.TextField(blank=True, verbose_name="French")),
                ("es", models.TextField(blank=True, verbose_name="Spanish")),
                ("ru", models.TextField(blank=True, verbose_name="Russian")),
                ("zh", models.TextField(blank=True, verbose_name="Chinese")),
                ("ar", models.TextField(blank=True, verbose_name="Arabic")),
            ],
            options={
                "verbose_name": "term",
                "ordering": ["en", "fr", "es"],
            },
        ),
        migrations.RunPython(create_index, drop_index),
    ]

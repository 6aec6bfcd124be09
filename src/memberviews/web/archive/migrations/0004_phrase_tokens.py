"""The SQLite index holds a token for each place a form of several words of the shipped term
list stands in a paragraph (:mod:`memberviews.search.phrases`): the paragraphs stored before
are indexed again. Nothing changes on PostgreSQL.

A change to the shipped term list's forms of several words needs a migration like this one,
with the new forms' digest as ``PHRASES`` (``tests/search/test_phrases.py`` says so)."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

#: The digest of the shipped forms this migration indexes (``Phrases.digest``).
PHRASES = "e8daa514f5b30a87"


def index_again(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    from memberviews.web.archive.engines.sqlite import SqliteEngine

    paragraphs = apps.get_model("archive", "Paragraph").objects.using(connection.alias)
    SqliteEngine(using=connection.alias).rebuild(
        paragraphs.values_list("id", "language", "body", "segmented").iterator(chunk_size=2000)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0003_reply_page"),
    ]

    operations = [
        migrations.RunPython(index_again, index_again),
    ]

"""``memberviews import``: published reports from files into the archive, once each, with
what was refused and why; and what this application publishes enters the same archive."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from memberviews.render.formats import render
from memberviews.web.archive.importer import NothingToImport, import_paths
from memberviews.web.archive.models import Document, Paragraph, Reply, Version
from support import archive_corpus
from support.databases import create_postgres_database, drop_postgres_database

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six language versions of A/71/130 as PDFs, and a file that is no report."""
    folder = tmp_path_factory.mktemp("published")
    archive_corpus.write_files(folder / "A-71-130", symbols=("A/71/130",))
    (folder / "notes.txt").write_text("Minutes of a meeting, not a report.\n")
    return folder


def test_a_folder_of_six_versions_becomes_one_document(published: Path) -> None:
    summary = import_paths([published], processes=2, queue=False)
    assert summary.count("stored") == 6
    assert [f.name for f in summary.refused] == [str(published / "notes.txt")]
    assert "notes.txt" in summary.refused[0].detail
    document = Document.objects.get(symbol="A/71/130")
    assert document.year == 2016 and document.session == 71
    assert document.mandate is not None and document.mandate.resolution == "70/40"
    versions = Version.objects.filter(document=document)
    assert sorted(versions.values_list("language", flat=True)) == sorted(archive_corpus.LANGUAGES)
    # The PDF is kept, with its page count, for the reply pages' links.
    english = versions.get(language="en")
    assert bytes(english.pdf or b"").startswith(b"%PDF") and english.pages
    norway = Reply.objects.get(document=document, state="NOR")
    assert norway.original_language == "en"
    assert norway.texts.count() == 6
    # Where each version prints it: page 2 of the English and Arabic PDFs (China's, first
    # in English order, starts on page 1), found by the heading's own line.
    pages = dict(norway.texts.values_list("language", "page"))
    assert pages["en"] == 2 and pages["ar"] == 2
    assert Reply.objects.get(document=document, state="CHN").texts.get(language="en").page == 1
    russian = Paragraph.objects.filter(reply=norway, language="ru").order_by("position")
    assert [p.body for p in russian] == [
        archive_corpus.SENTENCES["cd"]["ru"],
        archive_corpus.SENTENCES["norway_new"]["ru"],
    ]


def test_importing_again_skips_what_is_there_and_replaces_a_changed_file(
    published: Path, tmp_path: Path
) -> None:
    import_paths([published], processes=2, queue=False)
    rows = (Version.objects.count(), Reply.objects.count(), Paragraph.objects.count())
    again = import_paths([published], processes=2, queue=False)
    assert again.count("skipped") == 6 and again.count("stored") == 0
    assert (Version.objects.count(), Reply.objects.count(), Paragraph.objects.count()) == rows
    # The French version corrected: another file, the same symbol and language.
    french = next(
        d for d in archive_corpus.documents() if d.symbol == "A/71/130" and d.language == "fr"
    )
    french.replies[0].paragraphs = ["Un paragraphe corrigé."]
    changed = render(french, "pdf", tmp_path / "A-71-130-fr.pdf")
    updated = import_paths([changed], processes=1, queue=False)
    assert [f.outcome for f in updated.files] == ["updated"]
    assert Version.objects.count() == rows[0]
    assert Paragraph.objects.filter(body="Un paragraphe corrigé.").count() == 1


def test_a_path_that_is_not_there_or_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NothingToImport, match="no such file or folder"):
        import_paths([tmp_path / "missing"])
    with pytest.raises(NothingToImport, match=r"no \.txt, \.pdf or \.docx files"):
        import_paths([tmp_path])
    assert not Document.objects.exists()


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL"), reason="the task queue is the PostgreSQL path"
)
def test_on_postgresql_the_import_runs_as_tasks_that_workers_share(
    published: Path, tmp_path: Path
) -> None:
    suite = os.environ["DATABASE_URL"]
    url, name = create_postgres_database(suite, "memberviews_import")
    try:
        env = {**os.environ, "DATABASE_URL": url, "MEMBERVIEWS_DATA": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-m", "memberviews", "import", str(published), "--processes", "2"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        assert "7 files: 6 stored, 0 updated, 0 skipped, 1 refused" in done.stderr
        with psycopg.connect(url) as database:
            versions = database.execute(
                "SELECT count(*) FROM archive_version v JOIN archive_document d"
                " ON d.id = v.document_id WHERE d.symbol = 'A/71/130'"
            ).fetchone()
            tasks = database.execute(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult"
                " WHERE queue_name = 'import' AND status = 'SUCCESSFUL'"
            ).fetchone()
            waiting = database.execute("SELECT count(*) FROM archive_importfile").fetchone()
        assert versions == (6,)
        assert tasks == (7,)  # one task per file, each run by a worker
        assert waiting == (0,)  # the files' bytes do not stay in the queue
    finally:
        drop_postgres_database(suite, name)


def test_the_command_prints_what_it_did_and_refuses_a_missing_path(
    published: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "MEMBERVIEWS_DATA": str(data)}
    env.pop("DATABASE_URL", None)  # the command's own SQLite database, not the test's
    command = [sys.executable, "-m", "memberviews", "import"]
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("A-71-130-en.pdf", "A-71-130-zh.pdf"):
        shutil.copy(published / "A-71-130" / name, folder / name)
    first = subprocess.run([*command, str(folder)], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "2 files: 2 stored, 0 updated, 0 skipped, 0 refused" in first.stderr
    second = subprocess.run([*command, str(folder)], env=env, capture_output=True, text=True)
    assert "2 files: 0 stored, 0 updated, 2 skipped, 0 refused" in second.stderr
    missing = subprocess.run(
        [*command, str(tmp_path / "nowhere")], env=env, capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [
        f"memberviews: {tmp_path / 'nowhere'}: no such file or folder"
    ]


def test_what_this_application_publishes_enters_the_same_archive() -> None:
    from memberviews.web.demo import load_demo
    from support.live import EXAMPLE

    load_demo(EXAMPLE)  # publishes A/67/131, its addendum and corrigendum, in six languages
    report = Document.objects.get(symbol="A/67/131")
    assert report.origin == "published"
    assert report.versions.count() == 6
    cuba = Reply.objects.get(document=report, state="CUB")
    chinese = Paragraph.objects.filter(reply=cuba, language="zh").order_by("position").first()
    assert chinese is not None and chinese.body.startswith("在复杂的国际局势下")
    assert Document.objects.get(symbol="A/67/131/Add.1").amends == report

"""Synthetic reports in every language, written in every published format, read by ingest.

Each report of ``support.synthetic`` is written as text extracted from its PDF (the
reference's Acrobat style and pdftotext's style), as a typst PDF and as a DOCX; ``read_report``
must find in each file what the report's hand-written expectation says: symbol, language, job
number, mandate, request date, sections, and every reply in order with its State (ISO3),
organization or nothing, original language, date, number of paragraphs and exact first and
last paragraphs. Files that are not reports must give a ReportError (or, for prose, a
document without replies).

The ``test_material_*`` tests check the written files themselves, without ingest, so that a
failure elsewhere in this module is about the parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from memberviews.core.model import Document, Reply
from memberviews.ingest import ReportError, read_report
from support.readback import furniture_text, pages_of, rtl_symbol, squeeze
from support.specimen import ExpectedReply, SyntheticReport, expected_who, who
from support.synthetic import REPORTS
from support.writers import FORMATS, compile_typst, write

CASES = [pytest.param(r, f, id=f"{r.key}-{f}") for r in REPORTS for f in FORMATS]
_NBSP = str.maketrans({"\u00a0": " ", "\u202f": " "})
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_SPACE_IN_CJK = re.compile(f"[{_CJK}] +[{_CJK}]")


class ReportFiles:
    """Writes each report in each format once per test session, when first asked for."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._paths: dict[tuple[str, str], Path] = {}
        self._documents: dict[tuple[str, str], Document | Exception] = {}

    def path(self, report: SyntheticReport, fmt: str) -> Path:
        key = (report.key, fmt)
        if key not in self._paths:
            self._paths[key] = write(report, fmt, self.directory)
        return self._paths[key]

    def document(self, report: SyntheticReport, fmt: str) -> Document:
        """Returns what ``read_report`` gives for the file, reading it once per session (a
        failure is kept and raised again for every test that asks)."""
        key = (report.key, fmt)
        if key not in self._documents:
            try:
                self._documents[key] = read_report(self.path(report, fmt))
            except Exception as error:  # kept to fail every test of this file alike
                self._documents[key] = error
        found = self._documents[key]
        if isinstance(found, Exception):
            raise found
        return found


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> ReportFiles:
    return ReportFiles(tmp_path_factory.mktemp("synthetic-reports"))


@dataclass(frozen=True)
class Found:
    """One reply as found, in the terms of an ExpectedReply (texts with plain spaces)."""

    who: tuple[str, str | None]
    original_language: str | None
    date: object
    paragraphs: int
    first: str | None
    last: str | None


def _found(reply: Reply) -> Found:
    texts = [p.translate(_NBSP) for p in reply.paragraphs]
    return Found(
        who=who(reply),
        original_language=reply.original_language,
        date=reply.date,
        paragraphs=len(texts),
        first=texts[0] if texts else None,
        last=texts[-1] if texts else None,
    )


def _expected(reply: ExpectedReply) -> Found:
    return Found(
        who=expected_who(reply),
        original_language=reply.original_language,
        date=reply.date,
        paragraphs=reply.paragraphs,
        first=reply.first.translate(_NBSP),
        last=reply.last.translate(_NBSP),
    )


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_front_matter(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    expected = report.expected
    found = (document.symbol, document.language, document.job_number)
    assert found == (expected.symbol, expected.language, expected.job_number)


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_mandate_and_request(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    assert document.mandate == report.expected.mandate
    request_date = document.request.date if document.request else None
    assert request_date == report.expected.request_date


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_sections(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    assert document.sections == list(report.expected.sections)


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_replies_in_document_order(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    assert [who(r) for r in document.replies] == [expected_who(r) for r in report.expected.replies]


#: Cases where the file does not hold what the expectation needs, and why.
KNOWN_LIMITS = {
    ("zh-A-68-156", "txt-pdftotext"): (
        "Cuba's first paragraph ends on the last line of a page, a full line ending in 。; "
        "pdftotext's output (blank lines around every footer, no indents) is the same as "
        "for a paragraph that runs on, and ingest keeps running paragraphs whole"
    ),
}


CONTENT_CASES = [
    pytest.param(
        r,
        f,
        id=f"{r.key}-{f}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_LIMITS[(r.key, f)])]
        if (r.key, f) in KNOWN_LIMITS
        else [],
    )
    for r in REPORTS
    for f in FORMATS
]


@pytest.mark.parametrize(("report", "fmt"), CONTENT_CASES)
def test_reply_contents(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    found = [_found(r) for r in document.replies]
    expected = [_expected(r) for r in report.expected.replies]
    assert len(found) == len(expected)
    for one, want in zip(found, expected, strict=True):
        assert one == want


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_reply_headings(files: ReportFiles, report: SyntheticReport, fmt: str) -> None:
    document = files.document(report, fmt)
    headings = [r.heading.translate(_NBSP) if r.heading else None for r in document.replies]
    assert headings == [r.heading for r in report.expected.replies]


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_paragraphs_hold_no_page_furniture(
    files: ReportFiles, report: SyntheticReport, fmt: str
) -> None:
    document = files.document(report, fmt)
    paragraphs = [p for r in document.replies for p in r.paragraphs]
    assert paragraphs
    furniture = [report.running_symbol, report.job_number, report.barcode]
    furniture += list(report.cover.footnotes) if report.cover else []
    for paragraph in paragraphs:
        assert "\n" not in paragraph and "\f" not in paragraph
        assert paragraph == paragraph.strip()
        assert not any(piece in paragraph for piece in furniture), paragraph
        assert not re.fullmatch(r"\d+(/\d+)?", paragraph), paragraph
        if report.language == "zh":
            assert not _SPACE_IN_CJK.search(paragraph), paragraph


# Files that are not reports.

_LETTER = """\
Permanent Mission of Norway to the United Nations
New York, 3 March 2016

Dear Colleague,

I have the honour to invite you to a reception on the occasion of the opening of the
exhibition "Voices of the Arctic", to be held on Thursday, 10 March 2016, at 6 p.m. in the
Delegates' Lounge. Please confirm your attendance by 7 March 2016.

Yours sincerely,
Ambassador
"""

_NOTE_VERBALE = """\
The Permanent Mission of Mexico to the United Nations presents its compliments to the Office
for Disarmament Affairs and, with reference to note verbale ODA/2016-00021/MULTI of
12 February 2016, has the honour to inform it that the reply of the Government of Mexico
to the request contained in paragraph 5 of General Assembly resolution 70/42 will be
transmitted shortly.

The Permanent Mission of Mexico avails itself of this opportunity to renew to the Office
for Disarmament Affairs the assurances of its highest consideration.

New York, 20 May 2016
"""

_RECIPE = """\
Lentil soup

Ingredients
1. 250 g red lentils
2. 1 onion, chopped
3. 2 carrots
4. 1 litre of vegetable stock

Method
Rinse the lentils. Soften the onion in a little oil for 5 minutes, add the carrots and the
lentils, pour in the stock and simmer for 25 minutes. Season and serve hot.
"""

_PROSE = (
    "The river rose slowly through the night, and by morning the lower fields were under"
    " water. Nobody in the village remembered a spring like it; the old ferryman said the"
    " last great flood had come in his grandfather's time. "
) * 12

_PROSE_CASES = {
    "letter.txt": _LETTER,
    "note-verbale.txt": _NOTE_VERBALE,
    "recipe.txt": _RECIPE,
    "prose.txt": _PROSE,
    "prose-zh.txt": "春天来了，河水慢慢上涨，村里的人都说这是多年未见的景象。" * 20,
}


@pytest.mark.parametrize("name", sorted(_PROSE_CASES))
def test_prose_gives_no_replies(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_PROSE_CASES[name], encoding="utf-8")
    _assert_not_a_report(path)


def test_a_pdf_that_is_not_a_report_gives_no_replies(tmp_path: Path) -> None:
    source = '#set page(paper: "a4")\n#set text(font: "Noto Serif")\n' + "\n\n".join(
        '#"' + part + '"' for part in _RECIPE.replace('"', "'").split("\n\n")
    )
    _assert_not_a_report(compile_typst(source, tmp_path / "recipe.pdf"))


def test_a_docx_that_is_not_a_report_gives_no_replies(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    letter = docx.Document()
    for part in _LETTER.split("\n\n"):
        letter.add_paragraph(part.replace("\n", " "))
    letter.save(str(path))
    _assert_not_a_report(path)


def _assert_not_a_report(path: Path) -> None:
    try:
        document = read_report(path)
    except ReportError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert document.replies == []


def _truncated_pdf(directory: Path) -> bytes:
    whole = write(REPORTS[0], "pdf", directory).read_bytes()
    return whole[: len(whole) * 6 // 10]


_BROKEN: dict[str, Callable[[Path], bytes]] = {
    "empty.txt": lambda _: b"",
    "blank.txt": lambda _: b"\n\n   \n\f\n",
    "binary.pdf": lambda _: bytes(range(256)) * 40,
    "not-a-pdf.pdf": lambda _: b"Promotion of multilateralism\n[Original: Spanish]\n",
    "truncated.pdf": _truncated_pdf,
    "broken-zip.docx": lambda _: b"PK\x03\x04" + bytes(range(200)) * 5,
    "empty.docx": lambda _: b"",
}


@pytest.mark.parametrize("name", sorted(_BROKEN))
def test_unreadable_files_give_a_report_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_BROKEN[name](tmp_path))
    with pytest.raises(ReportError) as caught:
        read_report(path)
    assert str(caught.value) and "\n" not in str(caught.value)


# The test material itself, checked without ingest.


@pytest.mark.parametrize("report", REPORTS, ids=[r.key for r in REPORTS])
def test_material_expectations_match_the_printed_text(report: SyntheticReport) -> None:
    printed = report.all_replies()
    assert len(printed) == len(report.expected.replies)
    for reply, expected in zip(printed, report.expected.replies, strict=True):
        texts = [p.expected() for p in reply.paragraphs]
        assert (texts[0], texts[-1], len(texts)) == (
            expected.first,
            expected.last,
            expected.paragraphs,
        )
        assert reply.heading == expected.heading
        assert expected.iso3 is None or expected.organization is None
    assert report.expected.language == report.language


@pytest.mark.parametrize(("report", "fmt"), CASES)
def test_material_files_hold_every_paragraph_whole(
    files: ReportFiles, report: SyntheticReport, fmt: str
) -> None:
    path = files.path(report, fmt)
    rtl_pdf = fmt == "pdf" and report.language == "ar"
    body = squeeze("\n".join(pages_of(path, report)), rtl_pdf)
    for reply in report.all_replies():
        for para in reply.paragraphs:
            assert squeeze(para.expected(), rtl_pdf) in body, para.text
        if reply.heading:
            assert squeeze(reply.heading, rtl_pdf) in body
    furniture = furniture_text(path)
    assert report.job_number in furniture
    symbol = rtl_symbol(report.running_symbol) if rtl_pdf else report.running_symbol
    assert symbol in furniture


@pytest.mark.parametrize("fmt", ["txt-acrobat", "txt-pdftotext", "pdf"])
def test_material_has_paragraphs_across_page_breaks(files: ReportFiles, fmt: str) -> None:
    crossing = 0
    for report in REPORTS:
        rtl_pdf = fmt == "pdf" and report.language == "ar"
        pages = [squeeze(p, rtl_pdf) for p in pages_of(files.path(report, fmt), report)]
        for reply in report.all_replies():
            for para in reply.paragraphs:
                text = squeeze(para.expected(), rtl_pdf)
                crossing += not any(text in page for page in pages)
    assert crossing >= 3

"""Reading published reports (text extracted from a PDF, PDF, DOCX) into the document model.

The stages run one way: read the file into lines (``text``, ``pdf``, ``word``), drop the page
furniture and join lines into blocks (``lines``), tell the language (``detect``), then read
the front matter and introduction (``front``) and the sections and replies (``structure``).
Imports no Django.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from memberviews.core.languages import LanguageError, language_for_job_letter
from memberviews.core.model import Document
from memberviews.ingest.detect import detect_language
from memberviews.ingest.errors import ReportError
from memberviews.ingest.front import (
    OTHER_REPORTS,
    REFUSED_KINDS,
    document_kind,
    find_job_number,
    find_symbol,
    read_mandate,
    read_mandates,
    read_masthead,
    read_request,
    with_first,
)
from memberviews.ingest.furniture import split_furniture
from memberviews.ingest.lines import Block, Line, footnotes, join_lines, mark_short, segment
from memberviews.ingest.recognise import Recogniser, clean, recogniser_for
from memberviews.ingest.structure import Classifier, build, split_number

if TYPE_CHECKING:
    from memberviews.ingest.pdf import PdfReader

__all__ = ["SUFFIXES", "Letter", "ReportError", "read_letter", "read_report", "read_text"]

#: The file types ingest reads.
SUFFIXES = (".txt", ".pdf", ".docx")


def read_report(path: Path | str, *, pdf_reader: PdfReader | None = None) -> Document:
    """Reads a published report into a Document.

    A PDF is read by ``pdf_reader`` (:class:`~memberviews.ingest.pdf.PdfReader`, which may
    read a long one in two processes), else in this process. Raises ReportError, with a
    one-line message, for a file that cannot be read or is not a "views of Member States"
    report. A report in which no reply can be found gives a Document with no replies:
    replies are never invented.
    """
    # Reading makes many small objects and no cycles: the cyclic collector only slows it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_report(Path(path), pdf_reader)
    finally:
        if enabled:
            gc.enable()


def _read_report(path: Path, pdf_reader: PdfReader | None) -> Document:
    source = _read_source(path, pdf_reader)
    if isinstance(source, _Paragraphs):
        return _from_paragraphs(source.paragraphs, source.furniture, path.name)
    return _from_lines(source.lines, path.name, pages_known=source.paged, measured=source.measured)


@dataclass
class _Lines:
    lines: list[Line]
    paged: bool  # page breaks are known
    measured: bool  # indents and gaps were measured on the page


@dataclass
class _Paragraphs:
    paragraphs: list[str]
    furniture: list[str]


def _read_source(path: Path, pdf_reader: PdfReader | None) -> _Lines | _Paragraphs:
    """The file's lines (text, PDF) or paragraphs (DOCX), by its type."""
    if not path.exists():
        raise ReportError(f"{path}: no such file")
    if not path.is_file():
        raise ReportError(f"{path}: not a file (a folder, a device or a pipe)")
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise ReportError(f"{path}: cannot be read ({error.strerror})") from None
    suffix = path.suffix.lower()
    if suffix == ".pdf" or (suffix not in SUFFIXES and magic.startswith(b"%PDF")):
        from memberviews.ingest.pdf import read_pdf_lines

        return _Lines(read_pdf_lines(path, pdf_reader), paged=True, measured=True)
    if suffix == ".docx" or (suffix not in SUFFIXES and magic.startswith(b"PK\x03\x04")):
        from memberviews.ingest.word import read_docx

        return _Paragraphs(*read_docx(path))
    from memberviews.ingest.text import read_text_lines

    lines = read_text_lines(path)
    return _Lines(lines, paged=any(line.page for line in lines), measured=False)


@dataclass
class Letter:
    """A letter's paragraphs (a reply, a resolution: not a whole report) and its language
    (None when it is in none of the six)."""

    paragraphs: list[str]
    language: str | None


def read_letter(path: Path | str, *, pdf_reader: PdfReader | None = None) -> Letter:
    """Reads the paragraphs of a single text (a reply as a Mission sent it, a resolution),
    with the readers and limits of :func:`read_report`, page furniture and footnotes left
    out. Raises ReportError (one line) for a file that cannot be read or holds no text."""
    path = Path(path)
    source = _read_source(path, pdf_reader)
    if isinstance(source, _Paragraphs):
        paragraphs = [clean(p).strip() for p in source.paragraphs if p.strip()]
    else:
        body, _ = split_furniture(source.lines, edges_only=source.paged)
        body = [line for line in body if not line.footnote]
        if not source.measured and any(line.gap for line in body):
            # Typed text: a blank line ends a paragraph, whatever its length.
            paragraphs = [join_lines(group) for group in _by_blank_lines(body)]
        else:
            language = detect_language(" ".join(line.text for line in body[:600]))
            mark_short(body)
            classifier = Classifier(recogniser_for(language or "en"))
            blocks = segment(body, classifier, measured=source.measured)
            paragraphs = [block.text for block in blocks if block.text.strip()]
    if not paragraphs:
        raise ReportError(f"{path.name}: no text found")
    return Letter(paragraphs, detect_language(" ".join(paragraphs)[:20_000]))


def _by_blank_lines(lines: list[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if line.gap or not groups:
            groups.append([])
        groups[-1].append(line)
    return groups


def read_text(text: str, name: str = "<text>") -> Document:
    """Reads a report from text extracted from a PDF (as :func:`read_report` does a .txt)."""
    from memberviews.ingest.text import text_lines

    return _from_lines(text_lines(text, name), name, pages_known="\f" in text)


def _from_lines(
    lines: list[Line], name: str, *, pages_known: bool, measured: bool = False
) -> Document:
    body, furniture = split_furniture(lines, edges_only=pages_known)
    notes = footnotes([line for line in body if line.footnote])
    body = [line for line in body if not line.footnote]
    if not body:
        raise ReportError(f"{name}: no text found (a scanned PDF needs OCR first)")
    language = _language(" ".join(line.text for line in body[:600]), furniture, name)
    classifier = Classifier(recogniser_for(language))
    mark_short(body)
    recogniser = classifier.recogniser
    blocks = segment(
        body,
        classifier,
        measured=measured,
        heading_starts=recogniser.heading_starts,
        heading_openers=recogniser.openers,
    )
    document = _document(blocks, furniture, language, classifier, name)
    document.footnotes.extend(notes)
    return document


def _from_paragraphs(paragraphs: list[str], furniture: list[str], name: str) -> Document:
    if not paragraphs:
        raise ReportError(f"{name}: no text found in the DOCX")
    language = _language(" ".join(paragraphs[:2000]), furniture, name)
    classifier = Classifier(recogniser_for(language))
    blocks = [Block(p.strip(), classifier(p)) for p in paragraphs if p.strip()]
    return _document(blocks, furniture, language, classifier, name)


def _language(text: str, furniture: list[str], name: str) -> str:
    _, letter = find_job_number(furniture)
    if letter:
        try:
            return language_for_job_letter(letter).code
        except LanguageError:
            pass
    language = detect_language(text)
    if language is None:
        raise ReportError(f"{name}: no text in any of the six official languages")
    return language


def _document(
    blocks: list[Block], furniture: list[str], language: str, classifier: Classifier, name: str
) -> Document:
    recogniser = classifier.recogniser
    front_end = _front_end(blocks, recogniser)
    front = [b.text for b in blocks[:front_end]]
    document = Document(language=language)
    document.symbol = find_symbol(furniture, front, [b.text for b in blocks[front_end:]])
    document.job_number, _ = find_job_number(furniture + front)
    # A DOCX keeps its cover in the first page's header and footer.
    masthead = read_masthead(front + furniture, recogniser)
    kind = document_kind(document.symbol, [b.text for b in blocks[:12]], recogniser)
    if kind in REFUSED_KINDS:
        raise ReportError(
            f"{name}: not a report of replies: {document.symbol or 'the file'} is "
            f"{REFUSED_KINDS[kind]}"
        )
    introduction = build(
        blocks[front_end:], document, classifier, replies=kind not in OTHER_REPORTS
    )
    if not document.sections and not introduction:
        introduction = [split_number(t)[1] for t in front if split_number(t)[0]]
    if _is_corrigendum(document.symbol) and not (document.sections or document.replies):
        # A corrigendum's text is its own, not an introduction (see Document.body).
        document.body, introduction = _corrections([b.text for b in blocks[front_end:]]), []
    document.introduction = introduction
    if kind in OTHER_REPORTS:
        document.replies = []  # a report of another kind: its annexes are no replies
    document.mandate, document.mandates = with_first(
        read_mandate(introduction, recogniser), read_mandates(front + introduction, recogniser)
    )
    document.request = read_request(introduction, recogniser)
    document.title = masthead.title
    document.agenda_title = masthead.agenda_title
    document.session = masthead.session or _session_of(document.symbol)
    document.agenda_item = masthead.agenda_item
    document.date = masthead.date
    document.original_languages = masthead.originals
    if not (document.symbol or document.replies or document.sections or document.mandate):
        raise ReportError(
            f"{name}: not a 'views of Member States' report "
            "(no UN symbol, no section headings, no replies found)"
        )
    return document


def _corrections(texts: list[str]) -> list[str]:
    """A corrigendum's paragraphs without the numbers of its items ("1. Paragraph 2, line
    1"): the numbers are the layout's, counting the items from 1, and not part of the text.
    Numbers that do not count so are kept."""
    numbered = [(i, *split_number(text)) for i, text in enumerate(texts)]
    numbers = [number for _, number, _ in numbered if number is not None]
    if not numbers or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        return texts
    return [rest if number is not None else texts[i] for i, number, rest in numbered]


def _front_end(blocks: list[Block], recogniser: Recogniser) -> int:
    """Where the front matter (cover page, masthead) ends and the body begins."""
    for i, block in enumerate(blocks):
        if block.kind in ("heading", "contents"):
            return i
    for i, block in enumerate(blocks):
        if split_number(block.text)[0] == "1" or block.kind in ("tags", "name"):
            return i
    # A corrigendum has neither: its cover ends with the word "Corrigendum".
    word = recogniser.wording.corrigendum.casefold()
    for i, block in enumerate(blocks):
        if clean(block.text).strip().casefold() == word:
            return i + 1
    return 0


def _is_corrigendum(symbol: str | None) -> bool:
    from memberviews.core.symbols import SymbolError, parse_symbol

    try:
        return symbol is not None and parse_symbol(symbol).is_corrigendum
    except SymbolError:
        return False


def _session_of(symbol: str | None) -> int | None:
    if not symbol:
        return None
    from memberviews.core.symbols import SymbolError, parse_symbol

    try:
        parsed = parse_symbol(symbol)
    except SymbolError:
        return None
    return parsed.session if parsed.body[:1] == ("A",) else None

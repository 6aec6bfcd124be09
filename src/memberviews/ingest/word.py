"""Reading a DOCX: its paragraphs are already paragraphs, also in table cells; headers and
footers hold the symbol and the job number, and often the masthead in a table."""

from __future__ import annotations

import lzma
import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from memberviews.ingest.errors import ReportError

#: A DOCX whose parts unpack to more than this is refused (a zip bomb, not a report).
MAX_UNPACKED = 200 * 1024 * 1024


def read_docx(path: Path) -> tuple[list[str], list[str]]:
    """Returns (body paragraphs in order, header and footer lines).

    Every paragraph of a table cell is one paragraph (one line of the headers and footers),
    never joined with the others of its cell.
    """
    import docx  # python-docx is slow to import; only DOCX input needs it.
    from docx.opc.exceptions import PackageNotFoundError

    try:
        _check_unpacked_size(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise ReportError(f"{path.name}: not a readable DOCX ({error})") from None
    except NotImplementedError:
        raise ReportError(
            f"{path.name}: not a readable DOCX (packed with a zip method that cannot be unpacked)"
        ) from None
    except (zlib.error, lzma.LZMAError, RuntimeError) as error:
        # A damaged compressed member, or one locked with a password (RuntimeError, of which
        # NotImplementedError above is a kind).
        raise ReportError(f"{path.name}: not a readable DOCX ({error})") from None
    try:
        document = docx.Document(str(path))
        return _read(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ReportError(f"{path.name}: not a readable DOCX ({error})") from None
    except NotImplementedError:
        raise ReportError(
            f"{path.name}: not a readable DOCX (packed with a zip method that cannot be unpacked)"
        ) from None
    except (AttributeError, TypeError):
        # python-docx finds a part whose root element is not what Word writes.
        raise ReportError(
            f"{path.name}: not a readable DOCX (a part is not laid out as Word writes it)"
        ) from None
    except Exception as error:  # lxml raises its own errors for broken XML parts
        raise ReportError(f"{path.name}: not a readable DOCX ({type(error).__name__})") from None


def _check_unpacked_size(path: Path) -> None:
    """Unpacks every member once, counting: a zip bomb is refused at the limit, whatever
    sizes its headers claim."""
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > MAX_UNPACKED:
                        raise ReportError(
                            f"{path.name}: the DOCX unpacks to more than {MAX_UNPACKED // 2**20} MB"
                        )


_CHUNK = 1024 * 1024


def _read(document: Any) -> tuple[list[str], list[str]]:
    paragraphs: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs.append(_paragraph_text(child))
        elif tag == "tbl":
            for p in child.iter("{*}p"):
                paragraphs.append(_paragraph_text(p))
    furniture: list[str] = []
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous:
                continue
            furniture.extend(p.text.strip() for p in part.paragraphs if p.text.strip())
            for table in part.tables:
                # One line per paragraph of a cell: a masthead cell often holds several
                # ("Distr.: General", the date, "Original: English"), each a field of its own.
                lines = (_paragraph_text(p) for p in table._tbl.iter("{*}p"))
                furniture.extend(line for line in lines if line)
    return [p for p in paragraphs if p.strip()], furniture


def _paragraph_text(element: etree._Element) -> str:
    parts: list[str] = []
    for node in element.iter():
        tag = str(node.tag).rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append(" ")
    return " ".join("".join(parts).split())

"""The front matter and introduction: masthead fields, the mandate and the request."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from memberviews.core.agenda import canonical_item
from memberviews.core.job_numbers import LETTER, NUMBER
from memberviews.core.model import Mandate, Request
from memberviews.core.symbols import Symbol, find_symbols, parse_symbol
from memberviews.ingest.recognise import Recogniser, clean, recogniser_for

_JOB_WITH_LETTER = re.compile(rf"(?<![\d-])({NUMBER})\s*\*{{0,2}}\s*{LETTER}")
# Right-to-left layout can put the letter first: "(A) 14-56789".
_LETTER_WITH_JOB = re.compile(rf"{LETTER}\s*({NUMBER})(?![\d-])")
_JOB_ALONE = re.compile(rf"^({NUMBER})\b")
_RESOLUTION = re.compile(
    r"(?<![\d/A-Za-z])(?:A/RES/)?(\d{2,3}/\d{1,3}(?:\s?[A-Z]{1,2}\b)?)(?![\d/])"
)
_QUOTED = re.compile(r"[“«\"„「『]\s*([^”»\"“」』]{3,300}?)\s*[”»\"“」』]")


def find_job_number(lines: list[str]) -> tuple[str | None, str | None]:
    """Returns (job number, version letter) from footer or cover lines."""
    for line in lines:
        match = _JOB_WITH_LETTER.search(clean(line))
        if match:
            return match.group(1), match.group(2)
        reverse = _LETTER_WITH_JOB.search(clean(line))
        if reverse:
            return reverse.group(2), reverse.group(1)
    for line in lines:
        match = _JOB_ALONE.match(clean(line).strip())
        if match:
            return match.group(1), None
    return None, None


def find_symbol(furniture: list[str], front: list[str]) -> str | None:
    """Returns the document's symbol: the commonest in page headers, else the masthead's.

    A symbol in a footnote (``* A/67/150.``, the agenda) is never the document's own. The
    masthead's form wins over the running header's when it adds the reissue star.
    """
    counts: Counter[str] = Counter()
    for line in furniture:
        if clean(line).strip().startswith("*"):
            continue  # a footnote naming the agenda
        for symbol in find_symbols(clean(line)):
            counts[str(symbol)] += 1
    masthead: list[Symbol] = []
    for line in [*front, *furniture]:
        text = clean(line).strip()
        if not text.startswith("*"):
            masthead.extend(find_symbols(text))
    if not counts:
        return str(masthead[0]) if masthead else None
    chosen = parse_symbol(counts.most_common(1)[0][0])
    for symbol in masthead:
        if symbol.base == chosen.base and symbol.suffixes == chosen.suffixes and symbol.reissued:
            return str(symbol)
    return str(chosen)


def read_mandate(paragraphs: list[str], recogniser: Recogniser) -> Mandate | None:
    """Reads the mandate from the introduction: resolution, paragraph, adoption, session and
    the resolution's title where the text quotes it. Each field is None unless the text
    states it.
    """
    for text in paragraphs:
        text = clean(text)
        match = _RESOLUTION.search(text)
        if not match or not _mentions(text, recogniser.wording.resolution_words):
            continue
        resolution = match.group(1).replace(" ", "")
        paragraph = None
        found = re.search(recogniser.wording.paragraph_pattern, text[match.start() :], re.I)
        if found is None:
            found = re.search(recogniser.wording.paragraph_pattern, text, re.I)
        if found:
            paragraph = int(found.group("number"))
        adopted = _closest_date(text, match.start(), recogniser)
        adopting_session = int(resolution.split("/")[0])
        session = None
        for joined in (text, " ".join(clean(p) for p in paragraphs)):
            later = [n for _, n in recogniser.sessions(joined) if n > adopting_session]
            if later:
                session = later[0]
                break
        title_match = _QUOTED.search(text)
        title = title_match.group(1).strip() if title_match else None
        return Mandate(resolution, paragraph, adopted, session, title)
    return None


def read_request(paragraphs: list[str], recogniser: Recogniser) -> Request | None:
    """Reads the date of the note verbale from the introduction."""
    words = recogniser.wording.note_verbale_words
    for text in paragraphs:
        text = clean(text)
        folded = text.casefold()
        positions = [folded.find(w) for w in words if w in folded]
        if not positions:
            continue
        when = _closest_date(text, min(positions), recogniser, deadlines=False)
        if when:
            return Request(date=when)
    return None


@dataclass
class Cover:
    """What a cover page says; each field None (or empty) unless the page says it."""

    session: int | None = None
    date: date | None = None
    originals: list[str] = field(default_factory=list)
    agenda_item: str | None = None
    agenda_title: str | None = None
    title: str | None = None


def read_masthead(front: list[str], recogniser: Recogniser) -> Cover:
    """Reads the cover page: session, agenda item, date, originals and titles."""
    cover = Cover()
    wording = recogniser.wording
    titles = {t.casefold() for t in wording.report_titles}
    # The distribution block (date, originals) is in English in the Arabic, Chinese and
    # Russian versions, in the version's language in older ones and in the others.
    block = [recogniser]
    if wording.masthead_block_language != wording.code:
        block.append(recogniser_for(wording.masthead_block_language))
    for i, line in enumerate(front):
        text = clean(line).strip()
        if cover.session is None and len(text) < 80:
            sessions = recogniser.sessions(text)
            if sessions:
                cover.session = sessions[0][1]
        if cover.date is None and len(text) < 40:
            cover.date = next(
                (d for r in block if (d := r.parse_date(text, whole=True)) is not None), None
            )
        if not cover.originals and len(text) < 80:
            cover.originals = next(
                (list(o) for r in block if (o := r.original_languages(text))), []
            )
        if cover.agenda_item is None:
            agenda = re.search(wording.agenda_pattern, text, re.I)
            if agenda:
                # "94 h)", "94 (ح)": kept in the model's form, "94 (h)".
                found = agenda.group("item")
                cover.agenda_item = canonical_item(found) or re.sub(r"\s+", " ", found).strip()
        if text.casefold().rstrip(".") in titles and i > 0 and cover.title is None:
            parts = _title_before(front, i, recogniser)
            # The agenda item's title comes first when there are two; the report's last.
            if len(parts) >= 2:
                cover.agenda_title = parts[0]
            if parts:
                cover.title = " ".join(parts[1:] if len(parts) >= 2 else parts)
    return cover


def _title_before(front: list[str], end: int, recogniser: Recogniser) -> list[str]:
    """The blocks between the agenda line (or the session line) and "Report of the
    Secretary-General": the agenda item's title, then the report's."""
    parts: list[str] = []
    for j in range(end - 1, max(end - 6, -1), -1):
        text = clean(front[j]).strip()
        if (
            re.search(recogniser.wording.agenda_pattern, text, re.I)
            or text.endswith("*")
            or len(text) > 200
            or recogniser.sessions(text)
            or recogniser.parse_date(text)
            or recogniser.original_languages(text)
        ):
            break
        parts.insert(0, text)
    return parts


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(w.casefold() in folded for w in words)


def _closest_date(
    text: str, position: int, recogniser: Recogniser, *, deadlines: bool = True
) -> date | None:
    dates = recogniser.find_dates(text, deadlines=deadlines)
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d[0] - position))[1]

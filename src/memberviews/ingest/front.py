"""The front matter and introduction: masthead fields, the mandate and the request."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from memberviews.core.agenda import canonical_item
from memberviews.core.job_numbers import LETTER, NUMBER
from memberviews.core.model import Mandate, Request
from memberviews.core.symbols import (
    SymbolError,
    find_document_symbols,
    is_treaty_body_decision,
    parse_symbol,
)
from memberviews.core.wording.base import RESOLUTION_NUMBER
from memberviews.ingest.recognise import Recogniser, clean, recogniser_for

_JOB_WITH_LETTER = re.compile(rf"(?<![\d-])({NUMBER})\s*\*{{0,2}}\s*{LETTER}")
# Right-to-left layout can put the letter first: "(A) 14-56789".
_LETTER_WITH_JOB = re.compile(rf"{LETTER}\s*({NUMBER})(?![\d-])")
# Geneva documents prefix the job number with the office: "GE.09-17087".
_JOB_ALONE = re.compile(rf"^(?:GE\.\s?)?({NUMBER})\b")
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


def find_symbol(furniture: list[str], front: list[str], body: Sequence[str] = ()) -> str | None:
    """Returns the document's own symbol, wherever it stands: the commonest in the running
    headers and footers ("A/70/412 15-11873 2/30"), else the masthead's (a line that starts
    with it: the first token of the text), else the first one on the cover.

    A symbol merely cited is never the document's own: in a footnote (``* A/67/150.``, the
    agenda), with its corrigenda ("A/70/50 and Corr.1"), or a resolution cited in a
    sentence. Treaty bodies' symbols count (``CCPR/C/101/D/1600/2007``), and so does a
    symbol a right-to-left page wrote back to front (``/69/109A``). The masthead's form wins
    over the running header's when it adds the reissue star.
    """
    counts: Counter[str] = Counter()
    # The running header repeats on every page: each line is read once.
    symbols_of: dict[str, list[str]] = {}

    def own_symbols(text: str) -> list[str]:
        found = symbols_of.get(text)
        if found is None:
            found = symbols_of[text] = _own_symbols(text)
        return found

    for line in furniture:
        text = _unmirrored(clean(line).strip())
        if text.startswith("*"):
            continue  # a footnote naming the agenda
        for symbol in own_symbols(text):
            counts[symbol] += 1
    if not counts:
        # Footers left in the text ("… agrees. A/70/412 15-11873 2/30 Sweden …").
        for text in body:
            for match in _FOOTER.finditer(_unmirrored(clean(text))):
                for symbol in _own_symbols(match.group("symbol") or match.group("symbol2")):
                    counts[symbol] += 1
    leading: list[str] = []
    anywhere: list[str] = []
    for line in [*front, *furniture]:
        text = _unmirrored(clean(line).strip())
        if text.startswith("*"):
            continue
        own = own_symbols(text)
        anywhere.extend(own)
        if own and text.startswith(own[0].rstrip("*")):
            leading.append(own[0])
    for text in body[:1]:  # the first token of a text whose cover was not told apart
        own = _own_symbols(_unmirrored(clean(text).strip()))
        if own and clean(text).strip().startswith(own[0].rstrip("*")):
            leading.append(own[0])
    if counts:
        chosen = counts.most_common(1)[0][0]
        starred = [s for s in leading + anywhere if s.rstrip("*") == chosen.rstrip("*")]
        return max(starred, key=lambda s: s.count("*")) if starred else chosen
    if leading:
        return leading[0]
    plain = [s for s in anywhere if not _is_resolution(s)]
    return next(iter(plain or anywhere), None)


_FOOTER = re.compile(
    r"(?:^|\s)(?:(?P<symbol>(?:[A-Z]+/)+[\w./-]*\w\**)\s+\d{2}-\d{5}\s+\d{1,4}/\d{1,4}"
    r"|\d{1,4}/\d{1,4}\s+\d{2}-\d{5}\s+(?P<symbol2>(?:[A-Z]+/)+[\w./-]*\w\**))(?=\s|$)"
)
# "A/70/50 and Corr.1", "A/70/50/Add.1 and Corr.1": a citation of a document and its
# corrigenda, never a masthead.
_WITH_CORRIGENDA = re.compile(r"^\s*(?:and|et|y|и|و|和)\s*(?:Corr|Add)\.", re.I)
# A right-to-left page's "/69/109A" for "A/69/109".
_MIRRORED = re.compile(r"(?<![\w/])(/[0-9][\w./-]*?[0-9])(ST|[AEST])(?![\w/])")


def _unmirrored(text: str) -> str:
    return _MIRRORED.sub(r"\2\1", text) if re.search(r"[\u0600-\u06ff]|^/", text) else text


def _own_symbols(text: str) -> list[str]:
    """The symbols of a line that may be the document's own: not those cited with their
    corrigenda, nor a footnote's run into the line ("… provisional agenda* * A/70/150.")."""
    found = []
    for symbol in find_document_symbols(text):
        at = text.find(symbol.rstrip("*"))
        after = text[at + len(symbol) :] if at >= 0 else ""
        footnote = at > 0 and text[:at].rstrip().endswith("*") and text[:at].strip() != "*"
        if not _WITH_CORRIGENDA.match(after) and not footnote:
            found.append(symbol)
    return found


def _is_resolution(symbol: str) -> bool:
    try:
        return parse_symbol(symbol).is_resolution
    except SymbolError:
        return False


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
            # Word's masthead may run the date and the version's name into one line
            # ("16 novembre 2009 Français").
            cover.date = next(
                (
                    d
                    for r in block
                    for candidate in (text, text.rpartition(" ")[0])
                    if (d := r.parse_date(candidate, whole=True)) is not None
                ),
                None,
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
    if cover.title is None:
        cover.title = _starred_title(front, recogniser)
    return cover


def _starred_title(front: list[str], recogniser: Recogniser) -> str | None:
    """A title that no "Report of the Secretary-General" follows (a national report's):
    the blocks after the session and place lines down to the one that ends with the cover
    footnote's star ("… RESOLUTION 5/1*"). The title may wrap with only its resolution's
    number on the last line ("16/21*")."""
    for end, line in enumerate(front):
        text = clean(line).strip()
        if (
            not text.endswith("*")
            or text.startswith("*")
            or (len(text) < 10 and (end == 0 or any(c.isalpha() for c in text)))
            or recogniser.sessions(text)
            or re.search(recogniser.wording.agenda_pattern, text, re.I)
        ):
            continue
        parts = [text.rstrip("*").strip()]
        for j in range(end - 1, max(end - 5, -1), -1):
            before = clean(front[j]).strip()
            if (
                len(before) > 200
                or before.endswith("*")
                or recogniser.sessions(before)
                or recogniser.parse_date(before)
                or recogniser.original_languages(before)
                or re.search(recogniser.wording.agenda_pattern, before, re.I)
            ):
                break
            parts.insert(0, before)
        return " ".join(parts)
    return None


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


def read_mandates(paragraphs: list[str], recogniser: Recogniser) -> list[Mandate]:
    """Every mandating resolution (or decision) and paragraph the paragraphs cite, in the
    order of the text, one item per paragraph: "In paragraphs 2 and 3 of its resolution
    70/31", "pursuant to resolution 2004/21 of the Commission on Human Rights and decision
    3/104 of the Human Rights Council", "第70/31和70/237号决议". A sentence counts when it
    says that something was asked or is submitted (the wording's ``mandate_cues``). Each
    field is None unless the sentence states it; the same citation read twice (the summary,
    then the introduction) is kept once, with what either says.
    """
    wording = recogniser.wording
    if not wording.mandate_citation:
        return []
    found: list[Mandate] = []
    for paragraph in paragraphs:
        # A sentence that cites no resolution goes with the one before ("On 2 December
        # 2011, the Assembly adopted resolution 66/32. In paragraph 8 of that resolution,
        # it requested …").
        passages: list[str] = []
        for sentence in _sentences(clean(paragraph)):
            if passages and not re.search(wording.mandate_citation, sentence, re.I):
                passages[-1] += " " + sentence
            else:
                passages.append(sentence)
        for passage in passages:
            if re.search(wording.mandate_cues, passage, re.I):
                for mandate in _cited(passage, recogniser):
                    _merge(found, mandate)
    return found


_SENTENCE_END = re.compile(r"(?<=[。；;])|(?<=[.!?])\s+(?=[\"“«(]?[A-ZÀ-ÝА-ЯЁ\u0600-\u06ff])")
_RESOLUTION_NUMBER = re.compile(RESOLUTION_NUMBER)
# Arabic opens a quotation with ”.
_TITLE_QUOTED = re.compile(r"[“«\"„「『”《]\s*([^”»\"“」』》]{3,300}?)\s*[”»\"“」』》]")
_BLANKED_QUOTE = re.compile(r"[“«\"„「『《][^”»\"“」』》]{0,300}[”»\"“」』》]")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s and s.strip()]


def _cited(sentence: str, recogniser: Recogniser) -> list[Mandate]:
    """The mandates one sentence cites. A list ("resolutions 70/31 and 70/237") is one
    citation: the paragraphs, date, body and session written beside it are its members'."""
    wording = recogniser.wording
    # Quoted titles are read, but never searched for bodies, paragraphs or sessions.
    plain = _BLANKED_QUOTE.sub(lambda m: " " * len(m.group()), sentence)
    dates = recogniser.date_spans(plain, deadlines=False)
    joined, own = _own_dates(plain, dates)
    # span, numbers (each with where it starts), kind
    groups: list[tuple[tuple[int, int], list[tuple[str, int]], str]] = []
    for match in re.finditer(wording.mandate_citation, joined, re.I):
        decision = bool(re.search(wording.mandate_decision, match.group("kind"), re.I))
        numbers = [
            (re.sub(r"^[AE]/RES/", "", n.group()).strip(), match.start("numbers") + n.start())
            for n in _RESOLUTION_NUMBER.finditer(match.group("numbers"))
        ]
        if numbers:
            span = (match.start("numbers"), match.end("numbers"))
            groups.append((span, numbers, "decision" if decision else "resolution"))
    if not groups:
        return []
    spans = [span for span, _, _ in groups]
    bodies = [
        (m.start(), m.end(), body)
        for body, pattern in wording.mandate_bodies.items()
        for m in re.finditer(pattern, plain)
    ]
    paragraphs: dict[int, list[int]] = {}
    for match in re.finditer(wording.mandate_paragraphs, plain, re.I):
        owner = _nearest((match.start(), match.end()), spans)
        if owner is not None:
            cited = [int(n) for n in re.findall(r"\d{1,3}", match.group("numbers"))]
            paragraphs.setdefault(owner, []).extend(cited)
    titles = [(m.start(), m.group(1).strip()) for m in _TITLE_QUOTED.finditer(sentence)]
    found: list[Mandate] = []
    for i, ((start, end), numbers, kind) in enumerate(groups):
        body_at = _nearest_item(
            (start, end), [(s, e) for s, e, _ in bodies], spans, i, [d[:2] for d in dates]
        )
        body = bodies[body_at][2] if body_at is not None else None
        adopted = _adoption(dates, spans, i)
        title = None
        if len(groups) == 1 and len(numbers) == 1 and titles:
            title = titles[0][1]
        dated = len(numbers) > 1 and any(at in own for _, at in numbers)
        for k, (number, _at) in enumerate(numbers):
            if dated:
                # Each member of the list its own date ("70/31 of 7 December 2015 and 70/237
                # of 23 December 2015"), or the next one's ("70/31 and 70/237 of 7 December
                # 2015"); a date written after the list only when no member has it.
                later = [own[a] for _, a in numbers[k:] if a in own]
                shared = adopted if adopted not in own.values() else None
                its = later[0] if later else shared
            else:
                its = adopted
            session = _report_session(plain[end:], number, body, recogniser)
            listed: list[int | None] = list(paragraphs.get(i, [])) or [None]
            for paragraph in listed:
                found.append(Mandate(number, paragraph, its, session, title, body, kind))
    return found


#: What may stand between a resolution's number and its own date: a word at most ("of",
#: "du", ", de", "от", "المؤرخ"; Chinese writes the date before the number).
_OWN_DATE_GAP = re.compile(r"[\s,]*(?:[^\W\d_\u3000-\u9fff]+[\s,]*)?")
_COMMA = re.compile(r"\s*,")


def _own_dates(plain: str, dates: list[tuple[int, int, date]]) -> tuple[str, dict[int, date]]:
    """``plain`` with each resolution number's own date ("70/31 of 7 December 2015,")
    blanked, so that a list whose members carry their dates reads as one list; and those
    dates, by where their number starts."""
    own: dict[int, date] = {}
    joined = plain
    for number in _RESOLUTION_NUMBER.finditer(plain):
        for start, end, value in dates:
            gap = plain[number.end() : start]
            if start >= number.end() and len(gap) <= 12 and _OWN_DATE_GAP.fullmatch(gap):
                comma = _COMMA.match(plain, end)
                stop = comma.end() if comma else end
                joined = joined[: number.end()] + " " * (stop - number.end()) + joined[stop:]
                own[number.start()] = value
                break
    return joined, own


def _nearest(span: tuple[int, int], spans: list[tuple[int, int]]) -> int | None:
    """The index of the citation nearest to ``span`` (by the gap between them)."""
    if not spans:
        return None
    return min(range(len(spans)), key=lambda i: _gap(span, spans[i]))


def _nearest_item(
    citation: tuple[int, int],
    items: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    i: int,
    dates: list[tuple[int, int]],
) -> int | None:
    """The index of the item nearest to citation ``i`` that no other citation is nearer to."""
    best: int | None = None
    for j, item in enumerate(items):
        if _nearest(item, spans) != i and len(spans) > 1:
            # Another citation is nearer; still ours when it names both ("resolutions 70/31
            # and 70/237 of the General Assembly", "大会在…第70/31号决议和2015年12月23日第
            # 70/237号决议中"): the citations are adjacent, but for their dates.
            other = _nearest(item, spans)
            assert other is not None
            between = sorted((spans[other], spans[i]))
            gap = _gap(*between) - sum(
                e - s for s, e in dates if between[0][1] <= s and e <= between[1][0]
            )
            if abs(other - i) != 1 or gap > 12:
                continue
        if best is None or _gap(item, citation) < _gap(items[best], citation):
            best = j
    return best


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def _adoption(
    dates: list[tuple[int, int, date]], spans: list[tuple[int, int]], i: int
) -> date | None:
    """The adoption date of citation ``i``: with one citation, the date nearest to it ("of 7
    December 2015", "adopted on 7 December 2015"); with several, a date between it and its
    neighbours, nearer to it than to them ("2015年12月23日第70/237号决议")."""
    if not dates:
        return None
    if len(spans) == 1:
        return min(dates, key=lambda d: _gap((d[0], d[1]), spans[0]))[2]
    own = [d for d in dates if _nearest((d[0], d[1]), spans) == i]
    if not own:
        return None
    return min(own, key=lambda d: _gap((d[0], d[1]), spans[i]))[2]


def _report_session(
    after: str, number: str, body: str | None, recogniser: Recogniser
) -> int | None:
    """The session the report goes to, named after the citation; later than the session
    that adopted the resolution where its number gives it (70/31: the seventieth)."""
    first = number.split("/")[0].removeprefix("S-").removeprefix("ES-")
    adopting = int(first) if len(first) <= 3 and body in (None, "General Assembly") else 0
    later = [n for _, n in recogniser.sessions(after) if n > adopting]
    return later[0] if later else None


def _merge(found: list[Mandate], mandate: Mandate) -> None:
    """Adds ``mandate``, or fills the blanks of the one already read for the same
    resolution and paragraph (or, with no paragraph, for the same resolution)."""
    for i, known in enumerate(found):
        if known.resolution != mandate.resolution or known.kind != mandate.kind:
            continue
        if known.body and mandate.body and known.body != mandate.body:
            continue
        if mandate.paragraph is None or known.paragraph in (None, mandate.paragraph):
            found[i] = Mandate(
                known.resolution,
                known.paragraph if known.paragraph is not None else mandate.paragraph,
                known.adopted or mandate.adopted,
                known.session or mandate.session,
                known.title or mandate.title,
                known.body or mandate.body,
                known.kind,
            )
            return
    found.append(mandate)


def with_first(
    mandate: Mandate | None, mandates: list[Mandate]
) -> tuple[Mandate | None, list[Mandate]]:
    """Returns ``mandate`` and ``mandates`` made to agree: ``mandate`` is the first of
    ``mandates`` without its body and kind. ``mandate`` (read from the introduction's first
    citation) only stands where ``mandates`` found nothing, and goes first in them then."""
    if not mandates:
        return mandate, [mandate] if mandate is not None else []
    return replace(mandates[0], body=None, kind=None), mandates


#: The kinds of document refused, with what the refusal calls them.
REFUSED_KINDS = {
    "resolution": "a resolution",
    "note_verbale": "a note verbale",
    "letter": "a letter",
    "treaty_body_decision": "a treaty body's decision on a communication",
}
#: Reports of another kind, read with no replies.
OTHER_REPORTS = ("national_report", "stakeholders_summary", "compilation")


def document_kind(symbol: str | None, texts: list[str], recogniser: Recogniser) -> str | None:
    """What a document of another kind than a report of views seems to be, from its symbol
    and what its first paragraphs say (``resolution``, ``note_verbale``, ``letter``,
    ``national_report``, ``treaty_body_decision``, ``stakeholders_summary``,
    ``compilation``); None for a report (one whose cover says "Report of the
    Secretary-General") or a file of no known kind."""
    wording = recogniser.wording
    titles = {t.casefold() for t in wording.report_titles}
    if any(clean(t).strip().casefold().rstrip(".") in titles for t in texts):
        return None
    if symbol:
        if is_treaty_body_decision(symbol):
            return "treaty_body_decision"
        if _is_resolution(symbol):
            return "resolution"
        upr = re.match(r"^A/HRC/WG\.6/[^*]*/([123])\**$", symbol)
        if upr:
            return ("national_report", "compilation", "stakeholders_summary")[int(upr[1]) - 1]
    english = recogniser_for("en").wording
    for table in (wording, english) if wording is not english else (wording,):
        for kind, patterns in table.document_kinds.items():
            for text in texts:
                line = clean(text).strip()
                if any(re.search(p, line, re.I | re.S) for p in patterns):
                    return kind
    return None

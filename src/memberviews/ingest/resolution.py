"""Reading a resolution: the operative paragraph(s) that ask for the views of States.

The officer pastes a resolution (or uploads it) in any of the six languages; this finds the
paragraphs that ask the Secretary-General to seek the views of Member States (or invite
States to inform him of their views) and reads what they say: the resolution's number,
title and adoption date from its header, the paragraph numbers, what the views are sought
on, the session to report to, how often, and who else is invited. The wording is each
language's table (:class:`~memberviews.core.wording.base.ResolutionWording`); what the text
does not say stays None.
"""

from __future__ import annotations

import re

from memberviews.core.resolutions import Recurrence, RequestForViews
from memberviews.ingest.detect import detect_language
from memberviews.ingest.errors import ReportError
from memberviews.ingest.recognise import Recogniser, clean, recogniser_for

#: An operative paragraph's number: "8. Requests", "8 - تطلب", "８．请".
_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*(?:[.．]|\s[-–])\s*")
#: The resolution's number where its header gives it: "66/32." or "A/RES/66/32".
_NUMBER = re.compile(r"(?:A/RES/)?(?<![\d/])(\d{1,3}/\d{1,3}(?:\s?[A-Z]{1,2}\b)?)(?![\d/])")
_HEADER_LINES = 12


class ResolutionError(ReportError):
    """A text that is not a resolution asking for views (a one-line message)."""


def read_resolution(text: str, language: str | None = None) -> RequestForViews:
    """Reads the request for views from a resolution's text.

    Raises ResolutionError when the text holds no paragraph asking for views.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    language = language or detect_language(text)
    if language is None:
        raise ResolutionError("the text is not in one of the six official languages")
    recogniser = recogniser_for(language)
    wording = recogniser.wording.resolution
    paragraphs = _paragraphs(text, cjk=language == "zh")
    asking = [
        (number, body)
        for number, body in paragraphs
        if any(re.search(p, body, re.I) for p in wording.requests)
    ]
    if not asking:
        raise ResolutionError(
            "no paragraph of the text asks the Secretary-General for the views of States"
        )
    found = RequestForViews(language=language)
    found.paragraphs = [number for number, _ in asking if number is not None]
    found.operative_text = "\n\n".join(
        (f"{number}. {body}" if number is not None else body) for number, body in asking
    )
    _read_header(text, recogniser, found)
    request_text = " ".join(body for _, body in asking)
    found.subject = _first_group(wording.subject, request_text, "subject")
    _read_session(paragraphs, asking, recogniser, found)
    found.recurrence = _recurrence(request_text, recogniser, found)
    for who, patterns in wording.invites.items():
        invited = any(re.search(p, request_text, re.I) for p in patterns)
        setattr(found, f"invites_{who}", invited)
    return found


def _paragraphs(text: str, *, cjk: bool) -> list[tuple[int | None, str]]:
    """Numbered paragraphs run until the next number or a blank line; lines within one are
    joined (without a space in Chinese)."""
    found: list[tuple[int | None, list[str]]] = []
    current: list[str] | None = None
    for raw in text.split("\n"):
        line = clean(raw).strip()
        if not line:
            current = None
            continue
        numbered = _NUMBERED.match(line)
        if numbered:
            current = [line[numbered.end() :]]
            found.append((int(numbered.group(1)), current))
        elif current is None:
            current = [line]
            found.append((None, current))
        else:
            current.append(line)
    joiner = "" if cjk else " "
    return [(number, joiner.join(lines)) for number, lines in found]


def _read_header(text: str, recogniser: Recogniser, found: RequestForViews) -> None:
    lines = [clean(line).strip() for line in text.split("\n") if line.strip()][:_HEADER_LINES]
    for line in lines:
        number = _NUMBER.search(line)
        if number and found.resolution is None:
            found.resolution = number.group(1).replace(" ", "")
            rest = line[number.end() :].lstrip(".． ").strip()
            if rest and _NUMBERED.match(line) is None:
                found.title = rest
        for pattern in recogniser.wording.resolution.adopted:
            adopted = re.search(pattern, line, re.I)
            if adopted and found.adopted is None:
                dates = recogniser.find_dates(line, deadlines=False)
                found.adopted = dates[0][1] if dates else None


def _read_session(
    paragraphs: list[tuple[int | None, str]],
    asking: list[tuple[int | None, str]],
    recogniser: Recogniser,
    found: RequestForViews,
) -> None:
    adopting = found.adopting_session
    # The report's session is named in the paragraph that asks, or in the next one.
    index = paragraphs.index(asking[-1])
    for _, body in [*asking, *paragraphs[index + 1 : index + 2]]:
        sessions = [n for _, n in recogniser.sessions(body) if adopting is None or n > adopting]
        if sessions:
            found.session = sessions[0]
            return


def _recurrence(text: str, recogniser: Recogniser, found: RequestForViews) -> Recurrence | None:
    for name, patterns in recogniser.wording.resolution.recurrence.items():
        if any(re.search(p, text, re.I) for p in patterns):
            return Recurrence(name)
    # A report asked for two sessions on implies a biennial cycle.
    adopting = found.adopting_session
    if adopting and found.session and found.session - adopting == 2:
        return Recurrence.BIENNIAL
    return None


def _first_group(patterns: tuple[str, ...], text: str, group: str) -> str | None:
    for pattern in patterns:
        match = re.search(pattern, text, re.I)
        if match and match.group(group).strip():
            return match.group(group).strip(" ,،")
    return None

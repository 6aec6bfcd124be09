"""The note verbale that asks Missions for their views, and its reminder and extension,
written in any of the six languages from the wording tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from memberviews.core.notes import NoteVerbale
from memberviews.core.wording import wording_for


@dataclass(frozen=True)
class NoteFacts:
    """What a note says, whatever its language."""

    reference: str
    dated: date
    deadline: date
    resolution: str
    adopted: date | None
    title: str
    paragraphs: tuple[int, ...]


def compose_request_note(language: str, facts: NoteFacts, quoted: str) -> NoteVerbale:
    """The note that asks for views, quoting the operative paragraph as given."""
    wording = wording_for(language)
    note = wording.note
    fields = _fields(language, facts)
    return NoteVerbale(
        language=language,
        reference=note.reference.format(reference=facts.reference),
        date=wording.format_date(facts.dated),
        before=(note.opening.format(**fields),),
        quoted=f"{note.quotes[0]}{quoted.strip()}{note.quotes[1]}" if quoted.strip() else "",
        after=(note.request.format(**fields), note.closing.format(**fields)),
    )


def compose_reminder_note(language: str, facts: NoteFacts, today: date) -> NoteVerbale:
    """A reminder of the note ``facts`` describes, dated ``today``."""
    return _follow_up(language, facts, today, "reminder")


def compose_extension_note(language: str, facts: NoteFacts, today: date) -> NoteVerbale:
    """The note that extends the deadline to ``facts.deadline``, dated ``today``."""
    return _follow_up(language, facts, today, "extension")


def _follow_up(language: str, facts: NoteFacts, today: date, kind: str) -> NoteVerbale:
    wording = wording_for(language)
    fields = _fields(language, facts)
    body = str(getattr(wording.note, kind)).format(**fields)
    return NoteVerbale(
        language=language,
        reference=wording.note.reference.format(reference=facts.reference),
        date=wording.format_date(today),
        before=(body,),
        quoted="",
        after=(wording.note.closing.format(**fields),),
    )


def _fields(language: str, facts: NoteFacts) -> dict[str, str]:
    wording = wording_for(language)
    note = wording.note
    numbers = [str(n) for n in facts.paragraphs]
    if len(numbers) == 1:
        paragraphs = note.paragraph.format(number=numbers[0])
    else:
        joined = f" {wording.conjunctions[0]} ".join([", ".join(numbers[:-1]), numbers[-1]])
        paragraphs = note.paragraphs.format(numbers=joined if numbers else "")
    return {
        "office": note.office,
        "resolution": facts.resolution,
        "adopted": wording.format_date(facts.adopted) if facts.adopted else "",
        "title": facts.title,
        "paragraphs": paragraphs,
        "deadline": wording.format_date(facts.deadline),
        "reference": facts.reference,
        "dated": wording.format_date(facts.dated),
    }

"""The introductions, written from the mandate and the request in each language.

The words come from the wording tables (``introduction_*``, ``addendum_introduction``); this
module only fills them in: dates with the table's ``format_date``, the session with its
``session_ordinals``, section numbers with its ``section_numerals``.
"""

from __future__ import annotations

from memberviews.compose.consultation import ConsultationError
from memberviews.core.consultation import Consultation
from memberviews.core.wording import wording_for


def write_introduction(
    consultation: Consultation, language: str, reply_sections: list[str]
) -> list[str]:
    """Returns the report's introduction in ``language``: the mandate, then the request.

    ``reply_sections`` are the numbers of the sections that hold replies (``["II"]``,
    ``["二", "三"]``), which the second paragraph points to; none says none were received.
    """
    words = wording_for(language)
    mandate, request = consultation.mandate, consultation.request
    title = consultation.resolution_titles.get(language)
    session = mandate.session or consultation.symbol.session
    if not (mandate.resolution and mandate.adopted and mandate.paragraph and session):
        raise ConsultationError("the mandate needs its resolution, paragraph, date and session")
    if request.date is None:
        raise ConsultationError("the request needs the date of the note verbale")
    first = words.introduction_mandate.format(
        adopted=words.format_date(mandate.adopted),
        resolution=mandate.resolution,
        entitled=words.introduction_title.format(title=title) if title else "",
        paragraph=mandate.paragraph,
        subject=consultation.subjects.get(language, words.introduction_subject),
        session=words.session_ordinals(session)[0],
    )
    if not reply_sections:
        replies = words.introduction_replies["none"]
    elif len(reply_sections) == 1:
        replies = words.introduction_replies["one"].format(first=reply_sections[0])
    else:
        replies = words.introduction_replies["two"].format(
            first=reply_sections[0], second=reply_sections[1]
        )
    second = words.introduction_request.format(
        date=words.format_date(request.date), replies=replies
    )
    return [first, second]


def write_addendum_introduction(consultation: Consultation, language: str) -> list[str]:
    """Returns an addendum's introduction: the replies received after the main report."""
    text = wording_for(language).addendum_introduction
    return [text.format(symbol=str(consultation.symbol))]

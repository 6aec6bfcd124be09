"""The consultation file: what a reporting officer writes of one mandate, its request and replies.

The types it is read into are :mod:`memberviews.core.consultation`'s.

A consultation file is YAML (or the same structure as JSON). ``examples/A-67-131.consultation.yaml``
is a complete one. Dates are ISO 8601 (``2012-02-13``), languages ISO 639-1 codes (``ar zh en
fr ru es``); "per language" means a mapping from language code to text, where any language may
be missing (``null`` or absent means not known). Keys not listed here are refused, so a typo is
an error rather than a silently missing field.

``symbol`` (required)
    The report's symbol, without suffixes: ``A/67/131``. Addenda get ``/Add.1``, ``/Add.2``…
``mandate`` (required)
    ``resolution`` (``66/32``), ``paragraph`` (8), ``adopted`` (the date of adoption);
    ``session``, the session to report to (defaults to the symbol's; must agree with it);
    ``title`` per language, the resolution's title as quoted in the introduction; ``subject``
    per language, what the views are sought on, worded to fit the introduction's sentence
    (after "on" in English, "sur" in French, "sobre" in Spanish, "по" with the dative in
    Russian, "بشأن" in Arabic, between "对" and "的意见" in Chinese); without it the wording
    table's ``introduction_subject`` ("the issue") is used.
``request`` (required)
    ``date`` of the note verbale; optional ``reference`` (``ODA/2012/…``) and ``deadline``.
``date``
    The report's date (masthead).
``job_numbers``
    Per language: the report's job number in that version (``"12-41312"``).
``agenda``
    ``item`` (``"94 (h)"``), ``title`` per language, ``preliminary_list`` (true while the
    session has only its preliminary list, footnote ``A/67/50``; false for the provisional
    agenda, ``A/67/150``).
``title``
    Per language: the report's title.
``cut_off`` (required)
    Replies received on or before this date go into the report; later ones into addenda.
``addenda``
    A list of addenda declared in advance, in order: each with ``cut_off`` (the last one may
    omit it), ``date``, ``job_numbers`` and ``reissue``. Replies received after the report's
    cut-off and on or before the first addendum's go into ``/Add.1``, and so on; replies
    received after the last declared cut-off go into one more addendum, without date or job
    numbers. With no addenda declared, every late reply goes into ``/Add.1``.
``corrigenda``
    A list of corrigenda of the report or of an addendum, each composed in the six languages
    with the masthead of the document it corrects (title, agenda, session, originals) and
    its own text in place of an introduction, sections and replies:

    - ``of`` (required): the symbol corrected, the report's (``A/67/131``) or an addendum's
      (``A/67/131/Add.1``); the corrigendum is ``A/67/131/Corr.1``, ``A/67/131/Add.1/Corr.1``;
    - ``number``: ``1`` for ``/Corr.1``; by default the next after the corrigenda of the
      same document listed before it;
    - ``date`` and ``job_numbers``, as for an addendum;
    - ``texts``: per language, the list of its paragraphs as printed (``Paragraph 2, line
      1``, ``For 13 February 2012 read 14 February 2012``). A language without a text is
      composed as "translation pending".

    A corrigendum of an addendum that is not composed (no replies came for it) is not
    composed either, with a warning.
``reissue``
    A technical reissue of the report: ``date`` and ``languages`` (default: all six). Those
    versions get a trailing ``*`` on the symbol and the footnote "* Reissued for technical
    reasons on …" in their language.
``replies`` (required, may be empty)
    A list; each reply has:

    - ``state``: the ISO 3166 alpha-3 code of a State of the register (``CUB``), or
      ``organization``: the name or acronym of an organization of the register (``EU``), or
      for any other organization its name per language;
    - ``original_language``; ``date``, the date of the reply, printed under its heading;
      ``date_of_receipt`` (optional; the cut-off compares it, or else ``date``);
    - ``texts``: per language, either a list of paragraphs, or ``provenance`` (``original``,
      ``human`` or ``machine`` translation) and ``paragraphs``. A bare list is ``original``
      in the original language and ``human`` in any other. Only the original language's text
      can be ``original``. A language without a text is composed as "translation pending".

Instead of a consultation file, the JSON that ``memberviews parse --json`` prints for a
published report is accepted too (it is told apart by its top-level ``language``): it gives a
consultation with that one language's texts, every reply in the report.
"""

from __future__ import annotations

from memberviews.core.display import one_line


class ConsultationError(ValueError):
    """A consultation file that cannot be used; the message is one line naming the file."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))

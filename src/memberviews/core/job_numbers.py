"""Job numbers: the number a language version gets from the documents service.

``12-41312 (C)``: two digits of the year, a hyphen, five digits, then the letter that names
the version's language (:attr:`memberviews.core.languages.Language.job_letter`). The pattern
is written once, here; readers build their footer patterns from :data:`NUMBER` and
:data:`LETTERS`.
"""

from __future__ import annotations

import re

from memberviews.core.languages import CODES, get_language

#: A job number as a regular expression (no groups, no anchors).
NUMBER = r"\d{2}-\d{5}"
#: The version letters, in the order of the languages: ``ACEFRS``.
LETTERS = "".join(get_language(code).job_letter for code in CODES)
#: The letter in brackets after a job number, ``(C)``, with the letter as group 1.
LETTER = rf"\(([{LETTERS}])\)"

JOB_NUMBER = re.compile(NUMBER)


def is_job_number(text: str) -> bool:
    """Whether ``text`` is a job number and nothing else (``12-41312``)."""
    return JOB_NUMBER.fullmatch(text) is not None


def job_footer(number: str, language: str, *, reissued: bool = False) -> str:
    """``12-41312 (C)``; a reissue's job number carries a star: ``12-39642* (E)``."""
    return f"{number}{'*' if reissued else ''} ({get_language(language).job_letter})"

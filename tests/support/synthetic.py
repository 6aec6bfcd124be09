"""The synthetic "views of Member States" reports, one or more per language version.

Each is written by hand from the UN conventions (not copied from a real document), with its
expected parse result written apart from the printed text; see :mod:`support.specimen` for
the conventions the expectations follow.
"""

from __future__ import annotations

from support import reports_ar, reports_en, reports_es, reports_fr, reports_ru, reports_zh
from support.specimen import (
    Cover,
    Expected,
    ExpectedReply,
    Para,
    Reply,
    ReplySection,
    SectionHead,
    SyntheticReport,
    Toc,
)

__all__ = [
    "REPORTS",
    "Cover",
    "Expected",
    "ExpectedReply",
    "Para",
    "Reply",
    "ReplySection",
    "SectionHead",
    "SyntheticReport",
    "Toc",
    "report",
]

#: Every synthetic report, in a fixed order (the test ids follow it).
REPORTS: tuple[SyntheticReport, ...] = (
    *reports_en.REPORTS,
    *reports_zh.REPORTS,
    *reports_fr.REPORTS,
    *reports_es.REPORTS,
    *reports_ru.REPORTS,
    *reports_ar.REPORTS,
)


def report(key: str) -> SyntheticReport:
    """Returns the synthetic report with this key (``en-A-71-137``)."""
    for candidate in REPORTS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)

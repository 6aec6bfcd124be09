"""What the archive's public pages show, prepared from the archive's records: the questions
held, a question's cycles and who replied in each (with its chart's numbers), a State's
replies and reply rate, the search's hits. (A reply in its language versions and two
replies compared are :mod:`.reading`'s.) The views only read the request and render these.

A *question* is the recurring subject of the reports (a :class:`Series`); a *cycle* of a
question is one report with its addenda and corrigenda (the documents that amend it). A
State *replied in a cycle* when a reply of its is printed in the report or in one of those
documents."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from memberviews.core.groups import GROUPS, group_of
from memberviews.core.languages import CODES, LANGUAGES
from memberviews.core.organizations import organization_by_acronym
from memberviews.core.states import state_by_iso3
from memberviews.web.archive.charts import Stack, stacked_bars_svg
from memberviews.web.archive.models import Document, Mandate, Reply, Series, Version
from memberviews.web.archive.search import Hit

#: The kinds of author a chart counts: the regional groups, then States in none (observer
#: States; the United States, which the Department's list puts in none), then organizations.
AUTHOR_KINDS = (*GROUPS, "none", "organization")


def author_name(state: str, organization: str, language: str) -> str:
    """The author's name in ``language``: a State's UNTERM short name, an organization's
    name where the register knows it, else the key stored."""
    if state:
        known = state_by_iso3(state)
        return known.short_name(language) if known else state
    found = organization_by_acronym(organization)
    return found.name(language) if found else organization


def author_kind(reply: Reply) -> str:
    """Which layer of the charts a reply is counted in (a key of :data:`AUTHOR_KINDS`)."""
    if not reply.state:
        return "organization"
    return reply.group if reply.group in GROUPS else "none"


@dataclass(frozen=True)
class ReplyLink:
    """A reply as the lists show it."""

    id: int
    author: str
    state: str
    kind: str
    symbol: str
    #: Printed in an addendum (received after the report was issued) rather than the report.
    in_addendum: bool
    date: Any
    original_language: str


@dataclass(frozen=True)
class Cycle:
    """One report and the documents that amend it, with the replies printed in them."""

    report: Document
    documents: tuple[Document, ...]
    replies: tuple[ReplyLink, ...]

    @property
    def label(self) -> str:
        """The cycle as a chart's axis names it: the report's symbol and year."""
        return f"{self.report.symbol}\n{self.report.year or ''}".strip()

    def counts(self) -> dict[str, int]:
        """The replies by kind of author."""
        found = dict.fromkeys(AUTHOR_KINDS, 0)
        for reply in self.replies:
            found[reply.kind] += 1
        return found

    def reply_of(self, state: str) -> ReplyLink | None:
        return next((r for r in self.replies if r.state == state), None)


@dataclass(frozen=True)
class Question:
    """A recurring question (or, for documents in no series, a mandate) and its cycles."""

    title: str
    series: Series | None
    mandate: Mandate | None
    cycles: tuple[Cycle, ...]
    #: The resolutions that asked for the cycles' views, oldest first.
    mandates: tuple[Mandate, ...] = ()


def _in_series(series: Series) -> Q:
    return Q(series=series) | Q(amends__series=series) | Q(amends__amends__series=series)


def _citing(mandate: Mandate) -> Q:
    return Q(mandate=mandate) | Q(amends__mandate=mandate) | Q(amends__amends__mandate=mandate)


def cycles_of(documents: QuerySet[Document], language: str) -> tuple[Cycle, ...]:
    """The cycles the documents make up, oldest first (by session, then date)."""
    chosen = list(documents.select_related("amends__amends").distinct())
    groups: dict[int, list[Document]] = {}
    roots: dict[int, Document] = {}
    for document in chosen:
        root = document
        while root.amends is not None and root.amends_id != root.pk:
            root = root.amends
        roots[root.pk] = root
        groups.setdefault(root.pk, []).append(document)
    replies = (
        Reply.objects.filter(document__in=chosen)
        .select_related("document")
        .order_by("document__symbol", "position")
    )
    by_root: dict[int, list[ReplyLink]] = {}
    root_of = {d.pk: r for r, members in groups.items() for d in members}
    for reply in replies:
        by_root.setdefault(root_of[reply.document_id], []).append(reply_link(reply, language))
    cycles = [
        Cycle(
            report=roots[key],
            documents=tuple(sorted(members, key=lambda d: (d.amends_id is not None, d.symbol))),
            replies=tuple(by_root.get(key, [])),
        )
        for key, members in groups.items()
    ]
    cycles.sort(key=lambda c: (c.report.session or 0, str(c.report.date or ""), c.report.symbol))
    return tuple(cycles)


def reply_link(reply: Reply, language: str) -> ReplyLink:
    return ReplyLink(
        id=reply.pk,
        author=author_name(reply.state, reply.organization, language),
        state=reply.state,
        kind=author_kind(reply),
        symbol=reply.document.symbol,
        in_addendum=reply.document.amends_id is not None,
        date=reply.date,
        original_language=reply.original_language,
    )


def question_of_series(series: Series, language: str) -> Question:
    cycles = cycles_of(Document.objects.filter(_in_series(series)), language)
    return Question(
        title=_title(cycles, language) or series.title,
        series=series,
        mandate=None,
        cycles=cycles,
        mandates=_mandates(cycles),
    )


def question_of_mandate(mandate: Mandate, language: str) -> Question:
    """The question a mandate asked: its series' cycles when it has one, else the cycles of
    the documents that cite it."""
    if mandate.series is not None:
        question = question_of_series(mandate.series, language)
        return Question(
            question.title, question.series, mandate, question.cycles, question.mandates
        )
    cycles = cycles_of(Document.objects.filter(_citing(mandate)), language)
    return Question(
        title=_title(cycles, language) or mandate_title(mandate, language),
        series=None,
        mandate=mandate,
        cycles=cycles,
        mandates=_mandates(cycles) or (mandate,),
    )


def _title(cycles: Sequence[Cycle], language: str) -> str:
    """The latest report's title in ``language``, or in English, or as the document has it."""
    if not cycles:
        return ""
    report = cycles[-1].report
    titles = dict(Version.objects.filter(document=report).values_list("language", "title"))
    return titles.get(language) or titles.get("en") or report.title


def _mandates(cycles: Iterable[Cycle]) -> tuple[Mandate, ...]:
    seen: dict[int, Mandate] = {}
    for cycle in cycles:
        mandate = cycle.report.mandate
        if mandate is not None:
            seen.setdefault(mandate.pk, mandate)
    return tuple(seen.values())


def mandate_title(mandate: Mandate, language: str) -> str:
    """The mandate's title as a version in ``language`` quotes it, else as stored."""
    versions = Version.objects.filter(document__mandate=mandate, language=language)
    for data in versions.values_list("data", flat=True):
        cited = (data or {}).get("mandate") or {}
        if cited.get("resolution") == mandate.resolution and cited.get("title"):
            return str(cited["title"])
    return mandate.title


# The chart of a question ------------------------------------------------------------------


@dataclass(frozen=True)
class ChartTable:
    """The numbers a question's chart draws: one row per cycle, one column per kind of
    author that replied in any cycle."""

    columns: tuple[tuple[str, str], ...]  # (kind, name)
    rows: tuple[tuple[Cycle, tuple[int, ...], int], ...]  # (cycle, counts, total)


def chart_table(question: Question, language: str) -> ChartTable:
    counts = [cycle.counts() for cycle in question.cycles]
    kinds = [k for k in AUTHOR_KINDS if any(c[k] for c in counts)]
    return ChartTable(
        columns=tuple((k, kind_name(k, language)) for k in kinds),
        rows=tuple(
            (cycle, tuple(c[k] for k in kinds), sum(c.values()))
            for cycle, c in zip(question.cycles, counts, strict=True)
        ),
    )


def kind_name(kind: str, language: str) -> str:
    """A kind of author's name: a regional group's in ``language``, the others' in the
    active language."""
    if kind in GROUPS:
        return GROUPS[kind][language]
    if kind == "organization":
        return _("Organizations")
    return _("States in no regional group")


def chart_svg(table: ChartTable, *, language: str, axis_label: str) -> bytes:
    """The chart of the table as an SVG file."""
    return stacked_bars_svg(
        [cycle.label for cycle, _counts, _total in table.rows],
        [
            Stack(kind, name, tuple(counts[n] for _cycle, counts, _total in table.rows))
            for n, (kind, name) in enumerate(table.columns)
        ],
        axis_label=axis_label,
        language=language,
    )


# A State's replies --------------------------------------------------------------------------


@dataclass(frozen=True)
class StateCycle:
    cycle: Cycle
    reply: ReplyLink | None
    #: The State's reply in the cycle before, which this one may be compared with.
    previous: ReplyLink | None


@dataclass(frozen=True)
class StateQuestion:
    question: Question
    cycles: tuple[StateCycle, ...]

    @property
    def replied(self) -> int:
        return sum(1 for c in self.cycles if c.reply is not None)

    @property
    def held(self) -> int:
        return len(self.cycles)


@dataclass(frozen=True)
class StateHistory:
    iso3: str
    name: str
    group: str
    questions: tuple[StateQuestion, ...]
    #: The cycles held in the archive of the questions the State never replied to.
    unanswered: tuple[Question, ...] = field(default=())

    @property
    def replied(self) -> int:
        return sum(q.replied for q in self.questions)

    @property
    def held(self) -> int:
        return sum(q.held for q in self.questions) + sum(len(q.cycles) for q in self.unanswered)

    @property
    def rate(self) -> int | None:
        """Cycles replied in, in per cent of the cycles held (None when none is held)."""
        return round(100 * self.replied / self.held) if self.held else None


def state_history(iso3: str, language: str) -> StateHistory | None:
    """A State's replies by question and cycle, and the cycles held of every question.
    None for a code that names no State."""
    state = state_by_iso3(iso3.upper())
    if state is None:
        return None
    questions: list[StateQuestion] = []
    unanswered: list[Question] = []
    for question in all_questions(language):
        replies = [cycle.reply_of(state.iso3) for cycle in question.cycles]
        if not any(replies):
            unanswered.append(question)
            continue
        rows: list[StateCycle] = []
        previous: ReplyLink | None = None
        for cycle, reply in zip(question.cycles, replies, strict=True):
            rows.append(StateCycle(cycle, reply, previous if reply else None))
            previous = reply or previous
        questions.append(StateQuestion(question, tuple(rows)))
    key = group_of(state.iso3) or ""
    return StateHistory(
        iso3=state.iso3,
        name=state.short_name(language),
        group=GROUPS[key][language] if key in GROUPS else "",
        questions=tuple(questions),
        unanswered=tuple(unanswered),
    )


def all_questions(language: str) -> list[Question]:
    """Every question the archive holds: each series, then each mandate of documents in no
    series, then each document in neither (a question of its own)."""
    questions = [question_of_series(s, language) for s in _held_series().order_by("title")]
    loose = Document.objects.filter(series__isnull=True, amends__isnull=True)
    for mandate in Mandate.objects.filter(series__isnull=True, documents__in=loose).distinct():
        questions.append(question_of_mandate(mandate, language))
    for document in loose.filter(mandate__isnull=True):
        cycles = cycles_of(
            Document.objects.filter(Q(pk=document.pk) | Q(amends=document)), language
        )
        questions.append(Question(_title(cycles, language), None, None, cycles))
    return [q for q in questions if q.cycles]


def _held_series() -> QuerySet[Series]:
    """The series that hold documents (one named by a title in another language until its
    English version came may be left empty)."""
    return Series.objects.filter(documents__isnull=False).distinct()


def series_titles(language: str) -> list[tuple[int, str]]:
    """Every question (series) as (id, title in ``language``), by title."""
    found = []
    for series in _held_series():
        latest = (
            Document.objects.filter(series=series, amends__isnull=True)
            .order_by("-session", "-date")
            .first()
        )
        title = ""
        if latest is not None:
            title = (
                latest.versions.filter(language=language).values_list("title", flat=True).first()
                or ""
            )
        found.append((series.pk, title or series.title))
    return sorted(found, key=lambda s: s[1])


def states_in_archive(language: str) -> list[tuple[str, str]]:
    """The States with a reply in the archive, as (code, name in ``language``), by name."""
    codes = (
        Reply.objects.exclude(state="").order_by("state").values_list("state", flat=True).distinct()
    )
    return sorted(((c, author_name(c, "", language)) for c in codes), key=lambda s: s[1])


# The search's results ----------------------------------------------------------------------


@dataclass(frozen=True)
class HitRow:
    """A paragraph found, as the results list shows it."""

    hit: Hit
    author: str
    bcp47: str
    direction: str


def hit_rows(hits: Iterable[Hit], language: str) -> list[HitRow]:
    return [
        HitRow(
            hit=hit,
            author=author_name(hit.state, hit.organization, language),
            bcp47=LANGUAGES[hit.language].bcp47 if hit.language in LANGUAGES else hit.language,
            direction=LANGUAGES[hit.language].direction if hit.language in LANGUAGES else "ltr",
        )
        for hit in hits
    ]


def terms_searched(searched: dict[str, list[str]], query: str) -> list[tuple[str, str, list[str]]]:
    """The terms the search also looked for, by language, as (code, BCP 47 tag, terms):
    the other languages' forms of the query's terms, without the terms typed."""
    typed = query.casefold()
    found = []
    for code in CODES:
        terms = [t for t in searched.get(code, []) if t.casefold() not in typed]
        if terms:
            found.append((code, LANGUAGES[code].bcp47, terms))
    return found

"""The mandate reader on resolution texts written for these tests in the six languages
(``tests/ingest/resolutions``), each imitating how resolutions are laid out and phrased."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from memberviews.core.resolutions import Recurrence
from memberviews.ingest.resolution import ResolutionError, read_resolution

TEXTS = Path(__file__).parent / "resolutions"

# language: resolution, adopted, paragraphs, session, recurrence, subject (start),
# (observers, organizations, civil society) invited
EXPECTED = {
    "en": ("66/32", date(2011, 12, 2), [2], 68, Recurrence.BIENNIAL,
           "the role of science and technology", (True, True, False)),
    "fr": ("67/44", date(2012, 12, 3), [2], 70, Recurrence.TRIENNIAL,
           "les mesures de confiance", (False, False, False)),
    "es": ("68/51", date(2013, 12, 5), [2], 69, Recurrence.ANNUAL,
           "la observancia de las normas ambientales", (False, False, True)),
    "ru": ("69/62", date(2014, 12, 2), [2], 70, None,
           "уменьшении ядерной опасности", (False, False, False)),
    "zh": ("70/31", date(2015, 12, 7), [2], 71, Recurrence.ANNUAL,
           "科学和技术在国际安全和裁军领域的作用", (True, False, True)),
    "ar": ("71/44", date(2016, 12, 5), [2], 73, Recurrence.BIENNIAL,
           "التدابير الرامية إلى منع الإرهابيين", (False, True, False)),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_resolution_is_read_in_each_language(language: str) -> None:
    resolution, adopted, paragraphs, session, recurrence, subject, invited = EXPECTED[language]
    found = read_resolution((TEXTS / f"{language}.txt").read_text(encoding="utf-8"))
    assert found.language == language
    assert found.resolution == resolution
    assert found.adopted == adopted
    assert found.paragraphs == paragraphs
    assert found.session == session
    assert found.recurrence == recurrence
    assert found.subject is not None and found.subject.startswith(subject)
    assert (
        found.invites_observers,
        found.invites_organizations,
        found.invites_civil_society,
    ) == invited
    # The operative paragraph as given, its number first, and only that paragraph.
    assert found.operative_text.startswith("2. ")
    assert "1. " not in found.operative_text


def test_the_title_is_the_header_line_after_the_number() -> None:
    found = read_resolution((TEXTS / "en.txt").read_text(encoding="utf-8"))
    assert found.title == (
        "Role of science and technology in the context of international security and disarmament"
    )


# The phrasings of real resolutions, each in a paragraph of its own.
PHRASINGS = [
    ("en", "5. Requests the Secretary-General to seek the views of Member States on the matter;"),
    (
        "en",
        "4. Invites all Member States to continue to inform the Secretary-General of their views"
        " and assessments on the following questions;",
    ),
    ("fr", "3. Prie le Secrétaire général de solliciter les vues des États Membres sur ce point ;"),
    ("zh", "6. 请秘书长征求会员国的意见，并向大会第七十届会议提交报告；"),
    ("ru", "7. просит Генерального секретаря запросить мнения государств-членов по этому вопросу;"),
    ("ar", "8 - تطلب إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة؛"),
    ("es", "9. Pide al Secretario General que recabe las opiniones de los Estados Miembros;"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "paragraph"), PHRASINGS)
def test_each_phrasing_of_a_request_for_views_is_found(language: str, paragraph: str) -> None:
    preamble = {
        "zh": "大会，\n\n1. 欢迎各项努力；",
        "ar": "إن الجمعية العامة،\n\n1 - ترحب بالجهود؛",
    }
    text = preamble.get(language, "") + "\n\n" + paragraph
    found = read_resolution(text, language)
    assert found.paragraphs == [int(paragraph.split(".")[0].split(" ")[0])]


def test_a_text_that_asks_for_no_views_is_refused() -> None:
    text = "1. Decides to include in the provisional agenda of its seventieth session the item."
    with pytest.raises(ResolutionError, match="no paragraph of the text asks"):
        read_resolution(text, "en")


def test_a_text_in_no_official_language_is_refused() -> None:
    with pytest.raises(ResolutionError, match="not in one of the six official languages"):
        read_resolution("1. Ersucht den Generalsekretär, die Ansichten einzuholen; " * 3)

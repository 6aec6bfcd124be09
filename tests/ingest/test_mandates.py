"""Every way a report cites its mandate, in the six languages: `mandates` keeps each
resolution (or decision) and paragraph with what the text says, and nothing guessed."""

from __future__ import annotations

from datetime import date

import pytest

from memberviews.core.model import Document
from memberviews.ingest import read_text

# Section headings that open the introduction, as each language numbers them.
_INTRODUCTION = {
    "en": "I. Introduction",
    "fr": "I. Introduction",
    "es": "I. Introducción",
    "ru": "I. Введение",
    "ar": "أولا - مقدمة",
    "zh": "一. 导言",
}


def _report(language: str, *paragraphs: str) -> Document:
    numbered = "\n\n".join(
        f"{i} - {p}" if language == "ar" else f"{i}. {p}" for i, p in enumerate(paragraphs, 1)
    )
    return read_text(f"A/70/100\n\n{_INTRODUCTION[language]}\n\n{numbered}\n")


def _cited(document: Document) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return [(m.resolution, m.paragraph, m.body, m.kind) for m in document.mandates]


# "In its resolution 69/12, entitled “…”, the General Assembly requested … a report at its
# seventieth session", as the summary of each language version words it.
ENTITLED = {
    "en": (
        "In its resolution 69/12, entitled “Promotion of peace”, the General Assembly requested "
        "the Secretary-General to seek the views of Member States and to submit a report to it "
        "at its seventieth session.",
        "Promotion of peace",
    ),
    "fr": (
        "Dans sa résolution 69/12, intitulée « Promotion de la paix », l’Assemblée générale a "
        "prié le Secrétaire général de solliciter les vues des États Membres et de lui présenter "
        "un rapport à sa soixante-dixième session.",
        "Promotion de la paix",
    ),
    "es": (
        "En su resolución 69/12, titulada “Promoción de la paz”, la Asamblea General solicitó al "
        "Secretario General que recabara las opiniones de los Estados Miembros y le presentara "
        "un informe en su septuagésimo período de sesiones.",
        "Promoción de la paz",
    ),
    "ru": (
        "В своей резолюции 69/12, озаглавленной «Содействие миру», Генеральная Ассамблея "
        "просила Генерального секретаря запросить мнения государств-членов и представить ей "
        "доклад на ее семидесятой сессии.",
        "Содействие миру",
    ),
    "ar": (
        "طلبت الجمعية العامة، في قرارها 69/12 المعنون ”تعزيز السلام“، إلى الأمين العام أن "
        "يلتمس آراء الدول الأعضاء وأن يقدم إليها تقريرا في دورتها السبعين.",
        "تعزيز السلام",
    ),
    "zh": (
        "大会在题为“促进和平”的第69/12号决议中，请秘书长征求会员国的意见，并向大会第七十届会议提交报告。",
        "促进和平",
    ),
}


@pytest.mark.parametrize("language", sorted(ENTITLED))
def test_the_summary_form_with_the_title_and_the_session(language: str) -> None:
    text, title = ENTITLED[language]
    document = _report(language, text)
    assert _cited(document) == [("69/12", None, "General Assembly", "resolution")]
    mandate = document.mandates[0]
    assert (mandate.session, mandate.title, mandate.adopted) == (70, title, None)
    # The existing `mandate` is the first of `mandates`.
    assert document.mandate is not None and document.mandate.resolution == "69/12"


# "submitted pursuant to resolution 2004/21 of the Commission on Human Rights and decision
# 3/104 of the Human Rights Council".
PURSUANT = {
    "en": "The present report is submitted pursuant to resolution 2004/21 of the Commission on "
    "Human Rights and decision 3/104 of the Human Rights Council.",
    "fr": "Le présent rapport est soumis en application de la résolution 2004/21 de la "
    "Commission des droits de l’homme et de la décision 3/104 du Conseil des droits de "
    "l’homme.",
    "es": "El presente informe se presenta en cumplimiento de la resolución 2004/21 de la "
    "Comisión de Derechos Humanos y la decisión 3/104 del Consejo de Derechos Humanos.",
    "ru": "Настоящий доклад представляется во исполнение резолюции 2004/21 Комиссии по правам "
    "человека и решения 3/104 Совета по правам человека.",
    "ar": "يقدم هذا التقرير عملا بقرار لجنة حقوق الإنسان 2004/21 ومقرر مجلس حقوق الإنسان 3/104.",
    "zh": "本报告是根据人权委员会第2004/21号决议和人权理事会第3/104号决定提交的。",
}


@pytest.mark.parametrize("language", sorted(PURSUANT))
def test_a_commission_resolution_and_a_council_decision(language: str) -> None:
    document = _report(language, PURSUANT[language])
    assert _cited(document) == [
        ("2004/21", None, "Commission on Human Rights", "resolution"),
        ("3/104", None, "Human Rights Council", "decision"),
    ]
    # Neither names a session or a date: none is guessed.
    assert [(m.session, m.adopted) for m in document.mandates] == [(None, None), (None, None)]


# Several paragraphs of several resolutions, the adoption date apart, the session in digits
# or words.
SEVERAL = {
    "en": "In paragraphs 2 and 3 of its resolutions 70/31 and 70/237, adopted on 7 December "
    "2015, the General Assembly requested the Secretary-General to report to it at its 71st "
    "session.",
    "fr": "Aux paragraphes 2 et 3 de ses résolutions 70/31 et 70/237, adoptées le 7 décembre "
    "2015, l’Assemblée générale a prié le Secrétaire général de lui faire rapport à sa "
    "soixante et onzième session.",
    "es": "En los párrafos 2 y 3 de sus resoluciones 70/31 y 70/237, aprobadas el 7 de "
    "diciembre de 2015, la Asamblea General solicitó al Secretario General que le presentara "
    "un informe en su septuagésimo primer período de sesiones.",
    "ru": "В пунктах 2 и 3 своих резолюций 70/31 и 70/237, принятых 7 декабря 2015 года, "
    "Генеральная Ассамблея просила Генерального секретаря представить ей доклад на ее "
    "семьдесят первой сессии.",
    "ar": "في الفقرتين 2 و 3 من قراريها 70/31 و 70/237 المؤرخين 7 كانون الأول/ديسمبر 2015، "
    "طلبت الجمعية العامة إلى الأمين العام أن يقدم إليها تقريرا في دورتها الحادية والسبعين.",
    "zh": "大会在2015年12月7日第70/31和70/237号决议第2和第3段中，"
    "请秘书长向大会第七十一届会议提交报告。",
}


@pytest.mark.parametrize("language", sorted(SEVERAL))
def test_several_paragraphs_of_several_resolutions(language: str) -> None:
    document = _report(language, SEVERAL[language])
    assert [(m.resolution, m.paragraph) for m in document.mandates] == [
        ("70/31", 2),
        ("70/31", 3),
        ("70/237", 2),
        ("70/237", 3),
    ]
    assert {(m.adopted, m.session, m.body) for m in document.mandates} == {
        (date(2015, 12, 7), 71, "General Assembly")
    }


# Several resolutions, each with its own adoption date.
DATED = {
    "en": "In its resolutions 70/31 of 7 December 2015 and 70/237 of 23 December 2015, the "
    "General Assembly requested the Secretary-General to seek the views of Member States.",
    "fr": "Dans ses résolutions 70/31 du 7 décembre 2015 et 70/237 du 23 décembre 2015, "
    "l’Assemblée générale a prié le Secrétaire général de solliciter les vues des États Membres.",
    "es": "En sus resoluciones 70/31, de 7 de diciembre de 2015, y 70/237, de 23 de diciembre de "
    "2015, la Asamblea General solicitó al Secretario General que recabara las opiniones de los "
    "Estados Miembros.",
    "ru": "В своих резолюциях 70/31 от 7 декабря 2015 года и 70/237 от 23 декабря 2015 года "
    "Генеральная Ассамблея просила Генерального секретаря запросить мнения государств-членов.",
    "ar": "طلبت الجمعية العامة، في قراريها 70/31 المؤرخ 7 كانون الأول/ديسمبر 2015 و 70/237 "
    "المؤرخ 23 كانون الأول/ديسمبر 2015، إلى الأمين العام أن يلتمس آراء الدول الأعضاء.",
    "zh": "大会在2015年12月7日第70/31号决议和2015年12月23日第70/237号决议中，"
    "请秘书长征求会员国的意见。",
}


@pytest.mark.parametrize("language", sorted(DATED))
def test_several_resolutions_each_with_its_date(language: str) -> None:
    document = _report(language, DATED[language])
    assert [(m.resolution, m.adopted, m.body) for m in document.mandates] == [
        ("70/31", date(2015, 12, 7), "General Assembly"),
        ("70/237", date(2015, 12, 23), "General Assembly"),
    ]


def test_a_date_after_a_list_is_its_members_unless_one_has_its_own() -> None:
    shared = _report(
        "en",
        "In its resolutions 70/31 and 70/237 of 7 December 2015, the General Assembly "
        "requested the Secretary-General to report.",
    )
    assert [(m.resolution, m.adopted) for m in shared.mandates] == [
        ("70/31", date(2015, 12, 7)),
        ("70/237", date(2015, 12, 7)),
    ]
    # The second's date is not written: none is guessed from the first's.
    first_only = _report(
        "en",
        "In its resolutions 70/31 of 7 December 2015 and 70/237, the General Assembly "
        "requested the Secretary-General to report.",
    )
    assert [(m.resolution, m.adopted) for m in first_only.mandates] == [
        ("70/31", date(2015, 12, 7)),
        ("70/237", None),
    ]


def test_lettered_resolutions_keep_their_letter() -> None:
    document = _report(
        "en",
        "In resolution 35/46 C, the General Assembly requested the Secretary-General to report. "
        "In its resolution 43/78 H of 7 December 1988, the Assembly invited Member States to "
        "inform the Secretary-General of their views.",
    )
    assert [(m.resolution, m.adopted) for m in document.mandates] == [
        ("35/46 C", None),
        ("43/78 H", date(1988, 12, 7)),
    ]


def test_a_resolution_merely_recalled_is_no_mandate() -> None:
    document = _report(
        "en",
        "Recalling its resolution 65/50, the General Assembly adopted resolution 70/31.",
        "In paragraph 4 of resolution 70/31, the Assembly requested the Secretary-General to "
        "submit a report at its seventy-first session.",
    )
    assert _cited(document) == [("70/31", 4, "General Assembly", "resolution")]


def test_the_summary_and_the_introduction_give_one_mandate() -> None:
    document = read_text(
        "A/70/100\n\nSummary\n\nIn its resolution 69/12, the General Assembly requested the "
        "Secretary-General to submit a report at its seventieth session.\n\n"
        "I. Introduction\n\n1. In paragraph 5 of its resolution 69/12 of 2 December 2014, the "
        "General Assembly requested the Secretary-General to seek the views of Member States.\n"
    )
    assert [(m.resolution, m.paragraph, m.adopted, m.session) for m in document.mandates] == [
        ("69/12", 5, date(2014, 12, 2), 70)
    ]


def test_mandates_are_in_the_json_and_read_back() -> None:
    from memberviews.core.model import document_from_json

    document = _report("en", PURSUANT["en"])
    data = document.to_json()
    assert data["mandates"][1] == {
        "resolution": "3/104",
        "paragraph": None,
        "adopted": None,
        "session": None,
        "title": None,
        "body": "Human Rights Council",
        "kind": "decision",
    }
    assert set(data["mandate"]) == {"resolution", "paragraph", "adopted", "session", "title"}
    assert document_from_json(data) == document

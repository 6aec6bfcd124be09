"""The introductions compose writes from the mandate and the request, read as a delegate would."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from consultation_samples import EXAMPLE, load, reply

from conftest import GOLDEN
from memberviews.compose import Composition, compose, load_consultation
from memberviews.ingest.front import read_mandate, read_request
from memberviews.ingest.recognise import recogniser_for

NB = "\u00a0"

# Written by hand, per language, for the example consultation (mandate 66/32, paragraph 8,
# note verbale of 13 February 2012, replies in section II).
EXPECTED = {
    "zh": [
        "2011 年 12 月 2 日，大会通过了题为“促进裁军和不扩散领域的多边主义”的第 66/32 号决议。"
        "在该决议第 8 段中，大会请秘书长征求会员国对有关促进裁军和不扩散领域多边主义问题的意见，"
        "并就此向大会第六十七届会议提出报告。",
        "根据这一要求，2012 年 2 月 13 日，向各会员国发送一份普通照会，邀请他们提供这方面的信息。"
        "收到的答复载于下文第二节。以后收到的答复将作为本报告增编印发。",
    ],
    "en": [
        "On 2 December 2011, the General Assembly adopted resolution 66/32, entitled “Promoting"
        " multilateralism in the area of disarmament and non-proliferation”. In paragraph 8 of"
        " that resolution, the Assembly requested the Secretary-General to seek the views of"
        " Member States on the issue and to submit a report to the General Assembly at its"
        " sixty-seventh session.",
        "Pursuant to that request, on 13 February 2012, a note verbale was sent to Member States"
        " inviting them to provide information on the subject. The replies received are contained"
        " in section II below. Additional replies received will be issued as addenda to the"
        " present report.",
    ],
    "fr": [
        "Le 2 décembre 2011, l’Assemblée générale a adopté la résolution 66/32, intitulée"
        f" «{NB}Promotion du multilatéralisme dans le domaine du désarmement et de la"
        f" non-prolifération{NB}». Au paragraphe 8 de cette résolution, elle a prié le Secrétaire"
        " général de solliciter les vues des États Membres sur la question et de lui présenter un"
        " rapport à sa soixante-septième session.",
        "Comme suite à cette demande, une note verbale a été adressée le 13 février 2012 aux États"
        " Membres pour les inviter à communiquer des informations à ce sujet. Les réponses reçues"
        " sont reproduites à la section II ci-après. Toute réponse reçue ultérieurement sera"
        " publiée sous forme d’additif au présent rapport.",
    ],
    "es": [
        "El 2 de diciembre de 2011, la Asamblea General aprobó la resolución 66/32, titulada"
        " “Promoción del multilateralismo en la esfera del desarme y la no proliferación”. En el"
        " párrafo 8 de esa resolución, la Asamblea solicitó al Secretario General que recabara"
        " las opiniones de los Estados Miembros sobre la cuestión y que le presentara un informe"
        " en su sexagésimo séptimo período de sesiones.",
        "En cumplimiento de esa solicitud, el 13 de febrero de 2012 se envió una nota verbal a los"
        " Estados Miembros en la que se les invitaba a proporcionar información al respecto. Las"
        " respuestas recibidas figuran en la sección II del presente informe. Las respuestas que"
        " se reciban posteriormente se publicarán como adiciones al presente informe.",
    ],
    "ru": [
        "2 декабря 2011 года Генеральная Ассамблея приняла резолюцию 66/32, озаглавленную"
        " «Содействие многосторонности в области разоружения и нераспространения». В пункте 8"
        " этой резолюции Ассамблея просила Генерального секретаря запросить мнения"
        " государств-членов по этому вопросу и представить Генеральной Ассамблее доклад на ее"
        " шестьдесят седьмой сессии.",
        "Во исполнение этой просьбы 13 февраля 2012 года государствам-членам была направлена"
        " вербальная нота с предложением представить информацию по данному вопросу. Полученные"
        " ответы воспроизводятся в разделе II ниже. Ответы, полученные позднее, будут изданы в"
        " качестве добавлений к настоящему докладу.",
    ],
    "ar": [
        "في 2 كانون الأول/ديسمبر 2011، اتخذت الجمعية العامة القرار 66/32 المعنون «تعزيز تعددية"
        " الأطراف في مجال نزع السلاح وعدم الانتشار». وفي الفقرة 8 من ذلك القرار، طلبت الجمعية"
        " إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم تقريرا عن ذلك"
        " إلى الجمعية العامة في دورتها السابعة والستين.",
        "وعملا بذلك الطلب، أرسلت في 13 شباط/فبراير 2012 مذكرة شفوية إلى الدول الأعضاء تدعوها"
        " فيها إلى تقديم معلومات بشأن هذا الموضوع. وترد في الفرع ثانيا أدناه الردود التي وردت."
        " وستصدر الردود التي ترد لاحقا بوصفها إضافات لهذا التقرير.",
    ],
}

ADDENDUM = {
    "zh": "本增编载有秘书长报告（A/67/131）印发后收到的答复。",
    "en": "The present addendum contains the replies received after the issuance of the report"
    " of the Secretary-General (A/67/131).",
    "fr": "Le présent additif reproduit les réponses reçues après la publication du rapport du"
    " Secrétaire général (A/67/131).",
    "es": "La presente adición contiene las respuestas recibidas después de la publicación del"
    " informe del Secretario General (A/67/131).",
    "ru": "В настоящем добавлении воспроизводятся ответы, полученные после выпуска доклада"
    " Генерального секретаря (A/67/131).",
    "ar": "تتضمن هذه الإضافة الردود التي وردت بعد صدور تقرير الأمين العام (A/67/131).",
}


@pytest.fixture(scope="module")
def example() -> Composition:
    return compose(load_consultation(EXAMPLE))


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_introduction_is_written_from_the_mandate_and_the_request(
    example: Composition, language: str
) -> None:
    assert example.document("A/67/131", language).introduction == EXPECTED[language]


@pytest.mark.parametrize("language", sorted(ADDENDUM))
def test_addendum_has_its_own_short_introduction(example: Composition, language: str) -> None:
    assert example.document("A/67/131/Add.1", language).introduction == [ADDENDUM[language]]


def test_chinese_introduction_is_the_reference_wording() -> None:
    # The reference prints "第 8段" where the composed text spaces the number on both sides,
    # as it does every other number: spaces aside, the two paragraphs are the same.
    reference = json.loads((GOLDEN / "A-67-131-zh.json").read_text(encoding="utf-8"))
    composed = EXPECTED["zh"]
    assert [p.replace(" ", "") for p in composed] == [
        p.replace(" ", "") for p in reference["introduction"]
    ]


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_ingest_reads_the_mandate_and_request_back(example: Composition, language: str) -> None:
    document = example.document("A/67/131", language)
    recogniser = recogniser_for(language)
    mandate = read_mandate(document.introduction, recogniser)
    assert mandate == document.mandate
    title = mandate.title if mandate else None
    assert title is not None and title in document.introduction[0]
    request = read_request(document.introduction, recogniser)
    assert request is not None and request.date == date(2012, 2, 13)


def test_without_a_title_the_sentence_still_reads(tmp_path: Path) -> None:
    composition = compose(load(tmp_path, replies=[reply("CUB", "es", "2012-06-05")]))
    # The base consultation has the title in English only.
    assert (
        composition.document("A/67/131", "es")
        .introduction[0]
        .startswith(
            "El 2 de diciembre de 2011, la Asamblea General aprobó la resolución 66/32. En el"
            " párrafo 8 de esa resolución,"
        )
    )
    assert (
        composition.document("A/67/131", "zh")
        .introduction[0]
        .startswith("2011 年 12 月 2 日，大会通过了第 66/32 号决议。")
    )


def test_organizations_make_a_third_section_the_introduction_points_to(tmp_path: Path) -> None:
    replies = [
        reply("EU", "en", "2012-05-02", organization=True),
        reply("NOR", "en", "2012-06-01"),
    ]
    composition = compose(load(tmp_path, replies=replies))
    english = composition.document("A/67/131", "en")
    assert [(s.number, s.heading) for s in english.sections] == [
        ("I", "Introduction"),
        ("II", "Replies received from Governments"),
        ("III", "Replies received from international organizations"),
    ]
    assert (
        "The replies received are contained in sections II and III below."
        in (english.introduction[1])
    )
    chinese = composition.document("A/67/131", "zh")
    assert [s.number for s in chinese.sections] == ["一", "二", "三"]
    assert "收到的答复载于下文第二节和第三节。" in chinese.introduction[1]
    arabic = composition.document("A/67/131", "ar")
    assert "وترد في الفرعين ثانيا وثالثا أدناه الردود التي وردت." in arabic.introduction[1]


def test_a_report_without_replies_says_so(tmp_path: Path) -> None:
    composition = compose(load(tmp_path, replies=[]))
    english = composition.document("A/67/131", "en")
    assert english.sections[1:] == []
    assert english.introduction[1].endswith(
        "inviting them to provide information on the subject. No replies had been received as"
        " at the date of the present report. Any replies received will be issued as addenda to"
        " the present report."
    )


REISSUE_NOTES = {
    "ar": "* أعيد إصدارها لأسباب فنية في 23 تشرين الأول/أكتوبر 2012.",
    "zh": "* 2012 年 10 月 23 日因技术原因重新印发。",
    "en": "* Reissued for technical reasons on 23 October 2012.",
    "fr": "* Nouveau tirage pour raisons techniques (23 octobre 2012).",
    "ru": "* Переиздано по техническим причинам 23 октября 2012 года.",
    "es": "* Publicado nuevamente por razones técnicas el 23 de octubre de 2012.",
}


def test_a_technical_reissue_stars_the_symbol_and_adds_the_footnote(tmp_path: Path) -> None:
    replies = [reply("CUB", "es", "2012-06-05")]
    composition = compose(load(tmp_path, replies=replies, reissue={"date": "2012-10-23"}))
    for language, note in REISSUE_NOTES.items():
        document = composition.document("A/67/131", language)
        assert (document.symbol, document.footnotes) == ("A/67/131*", [note])
    only_english = {"date": "2012-10-23", "languages": ["en"]}
    composition = compose(load(tmp_path, replies=replies, reissue=only_english))
    assert composition.document("A/67/131*", "en").symbol == "A/67/131*"
    chinese = composition.document("A/67/131", "zh")
    assert (chinese.symbol, chinese.footnotes) == ("A/67/131", [])

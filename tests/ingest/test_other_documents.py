"""Other UN documents are named, not misread: refused in one line that says what the file
seems to be, or (a report of another kind) read with no replies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from memberviews.ingest import ReportError, read_report, read_text


def _refusal(text: str) -> str:
    with pytest.raises(ReportError) as caught:
        read_text(text, "file.txt")
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    "text",
    [
        "A/RES/70/31\n\nSeventieth session\n\nResolution adopted by the General Assembly on "
        "7 December 2015\n\n70/31. Promotion of peace\n\nThe General Assembly,\n\n"
        "1. Requests the Secretary-General to seek the views of Member States;\n",
        "A/RES/70/31\n\nSoixante-dixième session\n\nRésolution adoptée par l’Assemblée générale "
        "le 7 décembre 2015\n\n70/31. Promotion de la paix\n\nL’Assemblée générale,\n\n"
        "1. Prie le Secrétaire général de solliciter les vues des États Membres ;\n",
        "A/RES/70/31\n\nالدورة السبعون\n\nقرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر "
        "2015\n\n70/31 - تعزيز السلام\n\nإن الجمعية العامة،\n\n"
        "1 - تطلب إلى الأمين العام أن يلتمس آراء الدول الأعضاء؛\n",
    ],
    ids=["en", "fr", "ar"],
)
def test_a_resolution_is_refused_by_name(text: str) -> None:
    assert _refusal(text) == "file.txt: not a report of replies: A/RES/70/31 is a resolution"


@pytest.mark.parametrize(
    "text",
    [
        "The Permanent Mission of Norway to the United Nations presents its compliments to the "
        "Secretary-General and has the honour to transmit its views.\n\n"
        "[Original: English]\n\nNorway supports the resolution.\n",
        "La Mission permanente de la France auprès de l’Organisation des Nations Unies présente "
        "ses compliments au Secrétaire général et a l’honneur de lui communiquer ses vues.\n\n"
        "[Original : français]\n\nLa France appuie la résolution.\n",
        "中华人民共和国常驻联合国代表团向联合国秘书长致意，并谨转递中国政府的意见。\n\n"
        "[原件：中文]\n\n中国支持该决议。\n",
    ],
    ids=["en", "fr", "zh"],
)
def test_a_note_verbale_is_refused_and_its_tag_is_no_reply(text: str) -> None:
    assert _refusal(text) == "file.txt: not a report of replies: the file is a note verbale"


@pytest.mark.parametrize(
    "text",
    [
        "A/70/999\n\nLetter dated 3 March 2016 from the Permanent Representative of Norway to "
        "the United Nations addressed to the Secretary-General\n\nI have the honour to "
        "transmit the views of my Government (see annex).\n\nAnnex\n\n[Original: English]\n\n"
        "Norway supports the resolution.\n",
        "A/70/999\n\nLettre datée du 3 mars 2016, adressée au Secrétaire général par le "
        "Représentant permanent de la France auprès de l’Organisation des Nations Unies\n\n"
        "J’ai l’honneur de vous transmettre les vues de mon gouvernement.\n\nAnnexe\n\n"
        "[Original : français]\n\nLa France appuie la résolution.\n",
    ],
    ids=["en", "fr"],
)
def test_a_letter_is_refused(text: str) -> None:
    assert _refusal(text) == "file.txt: not a report of replies: A/70/999 is a letter"


def test_a_treaty_body_decision_is_refused() -> None:
    message = _refusal(
        "CCPR/C/101/D/1600/2007\n\nViews adopted by the Committee under article 5 (4) of the "
        "Optional Protocol, concerning communication No. 1600/2007\n\n"
        "1. The author of the communication is a national of Norway.\n"
    )
    assert message == (
        "file.txt: not a report of replies: CCPR/C/101/D/1600/2007 is a treaty body's "
        "decision on a communication"
    )


def test_a_french_treaty_body_decision_without_its_symbol() -> None:
    message = _refusal(
        "Constatations adoptées par le Comité au titre du paragraphe 4 de l’article 5 du "
        "Protocole facultatif\n\n1. L’auteur de la communication est de nationalité française.\n"
    )
    assert message.endswith("the file is a treaty body's decision on a communication")


@pytest.mark.parametrize(
    "text",
    [
        "A/HRC/WG.6/25/NOR/1\n\nNational report submitted in accordance with paragraph 15 (a) "
        "of the annex to Human Rights Council resolution 5/1\n\nNorway\n\n"
        "I. Methodology\n\n1. The report was prepared by the Ministry.\n\n"
        "Annex\n\nSweden\n\n[Original: English]\n[1 June 2016]\n\nSweden was consulted.\n",
        "A/HRC/WG.6/25/FRA/1\n\nRapport national présenté conformément au paragraphe 15 a) de "
        "l’annexe à la résolution 5/1 du Conseil des droits de l’homme\n\nFrance\n\n"
        "I. Méthodologie\n\n1. Le rapport a été établi par le ministère.\n\nAnnexe\n\n"
        "Norvège\n\n[Original : anglais]\n[1er juin 2016]\n\nLa Norvège a été consultée.\n",
    ],
    ids=["en", "fr"],
)
def test_a_national_report_is_read_with_no_replies(text: str) -> None:
    document = read_text(text)
    assert document.replies == []
    assert document.symbol is not None and document.symbol.startswith("A/HRC/WG.6/25/")


@pytest.mark.parametrize(
    "text",
    [
        "A/HRC/WG.6/25/NOR/3\n\nSummary prepared by the Office of the United Nations High "
        "Commissioner for Human Rights\n\nI. Background\n\n1. JS1 recommended [ratification].\n"
        "\n[Original: English]\n\nAI noted progress.\n",
        "Резюме, подготовленное Управлением Верховного комиссара Организации Объединенных "
        "Наций по правам человека\n\nI. Справочная информация\n\n1. СП1 рекомендовало.\n\n"
        "[Подлинный текст: английский]\n\nМА отметила прогресс.\n",
    ],
    ids=["en", "ru"],
)
def test_a_summary_of_stakeholders_submissions_has_no_replies(text: str) -> None:
    assert read_text(text).replies == []


def test_the_cli_refuses_with_one_line_and_status_2(tmp_path: Path) -> None:
    path = tmp_path / "resolution.txt"
    path.write_text(
        "A/RES/70/31\n\nResolution adopted by the General Assembly on 7 December 2015\n\n"
        "1. Requests the Secretary-General to report;\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "memberviews", "parse", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().endswith("A/RES/70/31 is a resolution")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_report_of_views_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "A/70/100\n\nReport of the Secretary-General\n\nI. Introduction\n\n1. In paragraph 5 "
        "of its resolution 70/31, the General Assembly requested the Secretary-General to "
        "seek the views of Member States. A note verbale was sent on 1 February 2016.\n\n"
        "II. Replies received from Governments\n\nNorway\n\n[Original: English]\n"
        "[1 June 2016]\n\nNorway agrees.\n",
        encoding="utf-8",
    )
    document = read_report(path)
    assert [r.state.iso3 for r in document.replies if r.state] == ["NOR"]

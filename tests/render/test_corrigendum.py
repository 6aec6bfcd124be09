"""A corrigendum in every format: the word under the title, its text, and its symbol read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_formats_contract import LANGUAGES, file_text, squeeze

from memberviews.core.model import Document
from memberviews.core.wording import wording_for
from memberviews.ingest import read_report
from memberviews.render import FORMATS, render
from memberviews.render.akn import validate_akn
from memberviews.render.common import masthead

#: What the UN prints under the title of a corrigendum in each language version.
WORD = {
    "ar": "تصويب",
    "zh": "更正",
    "en": "Corrigendum",
    "fr": "Rectificatif",
    "ru": "Исправление",
    "es": "Corrección",
}
TEXTS = {
    "ar": ["الفقرة 2، السطر 1", "يستعاض عن عبارة 13 شباط/فبراير 2012 بعبارة 14 شباط/فبراير 2012"],
    "zh": ["第2段第1行", "将“2012年2月13日”改为“2012年2月14日”"],
    "en": ["Paragraph 2, line 1", "For 13 February 2012 read 14 February 2012"],
    "fr": ["Paragraphe 2, ligne 1", "Au lieu de 13 février 2012 lire 14 février 2012"],
    "ru": ["Пункт 2, строка 1", "Вместо 13 февраля 2012 года читать 14 февраля 2012 года"],
    "es": [
        "Párrafo 2, línea 1",
        "Donde dice 13 de febrero de 2012 debe decir 14 de febrero de 2012",
    ],
}


def corrigendum(
    language: str, symbol: str = "A/67/131/Corr.1", body: list[str] | None = None
) -> Document:
    return Document(
        symbol=symbol,
        language=language,
        title="Promoting multilateralism in the area of disarmament and non-proliferation",
        session=67,
        agenda_item="94 (h)",
        job_number="12-45000",
        date=dt.date(2012, 8, 1),
        original_languages=["en"],
        body=TEXTS[language] if body is None else body,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_masthead_says_corrigendum_under_the_title(language: str) -> None:
    assert wording_for(language).corrigendum == WORD[language]
    for symbol in ("A/67/131/Corr.1", "A/67/131/Add.1/Corr.1", "A/67/131/Corr.1*"):
        cover = masthead(corrigendum(language, symbol))
        assert (cover.corrigendum, cover.addendum) == (WORD[language], None), symbol
    # The last suffix decides: an addendum is still an addendum, a report has neither.
    addendum = masthead(corrigendum(language, "A/67/131/Add.1"))
    assert (addendum.addendum, addendum.corrigendum) == (wording_for(language).addendum, None)
    report = masthead(corrigendum(language, "A/67/131"))
    assert (report.addendum, report.corrigendum) == (None, None)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_prints_the_word_and_the_text(
    name: str, language: str, tmp_path: Path
) -> None:
    out = render(corrigendum(language), name, tmp_path / f"corr-{language}{FORMATS[name].suffix}")
    found = squeeze(file_text(out))
    for text in ("A/67/131/Corr.1", WORD[language], *TEXTS[language]):
        assert squeeze(text) in found, f"{name} {language}: {text}"
    if name == "akn":
        assert validate_akn(out.read_bytes()) == []


@pytest.mark.parametrize("name", list(FORMATS))
def test_a_pending_text_prints_the_marker(name: str, tmp_path: Path) -> None:
    out = render(corrigendum("es", body=[]), name, tmp_path / f"corr-es{FORMATS[name].suffix}")
    found = squeeze(file_text(out))
    assert squeeze("[Traducción pendiente]") in found
    assert squeeze(WORD["es"]) in found


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("symbol", ["A/67/131/Corr.1", "A/67/131/Add.1/Corr.1"])
@pytest.mark.parametrize("language", ["ar", "zh", "en"])
def test_read_back_gives_the_symbol_and_the_text(
    symbol: str, language: str, fmt: str, tmp_path: Path
) -> None:
    sent = corrigendum(language, symbol)
    found = read_report(render(sent, fmt, tmp_path / f"corr.{fmt}"))
    assert (found.symbol, found.language, found.job_number) == (symbol, language, "12-45000")
    assert found.body == sent.body
    assert (found.introduction, found.sections, found.replies) == ([], [], [])

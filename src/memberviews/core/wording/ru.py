"""Russian wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

#: Month names in the genitive, as dates write them ("5 июня 2012 года").
MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

# Ordinal stems; the ending follows the case ("седьмой сессии", "седьмую сессию").
_UNIT_STEMS = ("", "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят")
_TEEN_STEMS = (
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
)
_TENS_STEMS = (
    "",
    "",
    "двадцат",
    "тридцат",
    "сороков",
    "пятидесят",
    "шестидесят",
    "семидесят",
    "восьмидесят",
    "девяност",
)
_TENS_CARDINAL = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
# The feminine forms that "сессия" takes: genitive/dative/prepositional, nominative, accusative.
_ENDINGS = ("ой", "ая", "ую")
_THIRD = ("ьей", "ья", "ью")


def _forms(stem: str) -> tuple[str, ...]:
    endings = _THIRD if stem == "трет" else _ENDINGS
    return tuple(stem + e for e in endings)


def session_ordinals(n: int) -> tuple[str, ...]:
    """``67`` → ``("шестьдесят седьмой", "шестьдесят седьмая", "шестьдесят седьмую")``."""
    if n >= 100:
        rest = session_ordinals(n - 100) if n > 100 else ()
        return tuple(f"сто {r}" for r in rest) or _forms("сот")
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _forms(_UNIT_STEMS[unit])
    if tens == 1:
        return _forms(_TEEN_STEMS[unit])
    if unit == 0:
        return _forms(_TENS_STEMS[tens])
    return tuple(f"{_TENS_CARDINAL[tens]} {f}" for f in _forms(_UNIT_STEMS[unit]))


def format_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year} года"


_MONTH_RE = "|".join(MONTHS)

WORDING = Wording(
    code="ru",
    # The tag reads "[Подлинный текст на испанском языке]": the name is in the prepositional.
    language_names={
        "ar": "арабском",
        "zh": "китайском",
        "en": "английском",
        "fr": "французском",
        "ru": "русском",
        "es": "испанском",
    },
    language_name_variants={
        "ar": ("арабский",),
        "zh": ("китайский",),
        "en": ("английский",),
        "fr": ("французский",),
        "ru": ("русский",),
        "es": ("испанский",),
    },
    original_tag="[Подлинный текст на {language} языке]",
    original_tag_pattern=(
        r"Подлинный\s+текст\s*(?::\s*|на\s+)(?P<language>[^\]\[]+?)(?:\s+язык(?:е|ах))?"
    ),
    months=MONTHS,
    date_pattern=rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>\d{{4}})(?:\s*(?:года|г\.))?",
    format_date=format_date,
    section_numerals=("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"),
    subsection_letters=("А", "Б", "В", "Г", "Д", "Е"),
    section_openers=("ответы", "ответ", "информация, полученная", "мнения, полученные", "введение"),
    section_heading="{number}. {title}",
    section_titles={
        "introduction": "Введение",
        "governments": "Ответы, полученные от правительств",
        "organizations": "Ответы, полученные от международных организаций",
    },
    section_keywords={
        "introduction": ("введение", "общие сведения"),
        "governments": ("правительств", "государств-членов", "государств членов", "государств"),
        "organizations": (
            "организаций",
            "организации",
            "системы организации объединенных наций",
            "подразделений",
            "органов",
            "европейского союза",
            "межправительственных",
        ),
    },
    contents_titles=("Содержание",),
    session_ordinals=session_ordinals,
    session_pattern=r"(?P<ordinal>\d{1,3}\S{0,3}|[а-яё]+(?:\s+[а-яё]+)?)\s+сесси",
    agenda_pattern=r"Пункт\s+(?P<item>\d{1,3}(?:\s*\([a-zа-я]\))?)\s+(?:предварительной\s+повестки\s+дня|предварительного\s+перечня)",
    paragraph_pattern=r"пункт(?:е|а|ом|ы|ах)?\s+(?P<number>\d{1,3})",
    deadline_before=r"(?:\bдо|не позднее|\bк)\s*$",
    deadline_after=r"",
    reissue_notes=("Переиздан по техническим причинам", "Переиздано по техническим причинам"),
    conjunctions=("и",),
    digit_ordinal_suffixes=("-й", "й", "-я", "я", "-й"),
    united_nations="Организация Объединенных Наций",
    general_assembly="Генеральная Ассамблея",
    distribution="Distr.: General",
    original_line="Подлинный текст: {languages}",
    masthead_language_names={
        "ar": "арабский",
        "zh": "китайский",
        "en": "английский",
        "fr": "французский",
        "ru": "русский",
        "es": "испанский",
    },
    session_line="{Ordinal} сессия",
    provisional_agenda="Пункт {item} предварительной повестки дня",
    preliminary_list="Пункт {item} предварительного перечня",
    addendum="Добавление",
    corrigendum="Исправление",
    translation_pending="[Перевод ожидается]",
    note_verbale_words=("вербальн",),
    resolution_words=("резолюци",),
    report_titles=("Доклад Генерального секретаря", "Записка Генерального секретаря"),
    introduction_mandate=(
        "{adopted} Генеральная Ассамблея приняла резолюцию {resolution}{entitled}. В пункте"
        " {paragraph} этой резолюции Ассамблея просила Генерального секретаря запросить мнения"
        " государств-членов по {subject} и представить Генеральной Ассамблее доклад на ее"
        " {session} сессии."
    ),
    introduction_title=", озаглавленную «{title}»",
    # After "по": the dative.
    introduction_subject="этому вопросу",
    introduction_request=(
        "Во исполнение этой просьбы {date} государствам-членам была направлена вербальная нота"
        " с предложением представить информацию по данному вопросу. {replies}"
    ),
    introduction_replies={
        "none": "На момент подготовки настоящего доклада ответов получено не было. Ответы,"
        " полученные позднее, будут изданы в качестве добавлений к настоящему докладу.",
        "one": "Полученные ответы воспроизводятся в разделе {first} ниже. Ответы, полученные"
        " позднее, будут изданы в качестве добавлений к настоящему докладу.",
        "two": "Полученные ответы воспроизводятся в разделах {first} и {second} ниже. Ответы,"
        " полученные позднее, будут изданы в качестве добавлений к настоящему докладу.",
    },
    addendum_introduction=(
        "В настоящем добавлении воспроизводятся ответы, полученные после выпуска доклада"
        " Генерального секретаря ({symbol})."
    ),
    reissue_note="Переиздано по техническим причинам {date}.",
    # The Editorial Manual: replies "in the alphabetical order of the names of the States or
    # organizations in each of the language versions" (docs/conventions.md). A setting: "en"
    # keeps the English order.
    reply_order="ru",
    masthead_block_language="en",
    draft="Проект",
    contents_page="Стр.",
    corrigendum_for="Вместо",
    corrigendum_read="читать",
    note=NoteWording(
        quotes=("«", "»"),
        office="Управление по вопросам разоружения",
        opening=(
            "{office} Секретариата Организации Объединенных Наций свидетельствует свое уважение "
            "постоянным представительствам государств — членов Организации Объединенных Наций и "
            "имеет честь сослаться на резолюцию {resolution} Генеральной Ассамблеи от {adopted}, "
            "озаглавленную «{title}», {paragraphs} которой гласит:"
        ),
        request=(
            "В этой связи {office} будет признательно государствам-членам за представление их "
            "мнений по данному вопросу на любом из официальных языков Организации Объединенных "
            "Наций не позднее {deadline}."
        ),
        closing=(
            "{office} Секретариата Организации Объединенных Наций пользуется случаем, чтобы "
            "возобновить постоянным представительствам государств — членов Организации "
            "Объединенных Наций уверения в своем самом высоком уважении."
        ),
        paragraph="пункт {number}",
        paragraphs="пункты {numbers}",
        reference="Ссылка: {reference}",
        extension=(
            "{office} Секретариата Организации Объединенных Наций свидетельствует свое уважение "
            "постоянным представительствам государств — членов Организации Объединенных Наций и "
            "в дополнение к своей ноте {reference} от {dated} имеет честь сообщить, что срок "
            "представления мнений продлен до {deadline}."
        ),
        reminder=(
            "{office} Секретариата Организации Объединенных Наций свидетельствует свое уважение "
            "постоянным представительствам государств — членов Организации Объединенных Наций и "
            "имеет честь напомнить о своей ноте {reference} от {dated}, в которой запрашивались "
            "их мнения, ожидаемые не позднее {deadline}."
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"Генерального\s+секретаря\s+(?:запросить|собрать|испросить|получить|выяснить)"
            r"[^.;:]{0,60}?(?:мнени|соображени)",
            r"государств\w*-член\w*[^.;:]{0,80}?(?:информировать|представ\w*|сообщ\w*"
            r"|препровод\w*)[^.;:]{0,80}?(?:мнени|соображени)",
        ),
        subject=(
            r"(?:мнени|соображени)\w*[^.;:]{0,140}?\s(?:по\s+вопросу\s+об?|по|относительно|в\s+отношении|о)\s+"
            r"(?P<subject>.+?)(?:,?\s+и\s+представить|;|\.\s|\.?$)",
        ),
        recurrence={
            "annual": (r"\bежегодно\b", r"\bкаждый\s+год\b"),
            "biennial": (r"\bраз\s+в\s+два\s+года\b", r"\bкаждые\s+два\s+года\b"),
            "triennial": (r"\bраз\s+в\s+три\s+года\b", r"\bкаждые\s+три\s+года\b"),
            "quadrennial": (r"\bраз\s+в\s+четыре\s+года\b", r"\bкаждые\s+четыре\s+года\b"),
        },
        invites={
            "observers": (r"государств\w*-наблюдател\w*", r"\bнаблюдател\w*"),
            "organizations": (
                r"\b(?:международн|региональн|межправительственн)\w*\s+организаци\w*",
                r"\bсистемы\s+Организации\s+Объединенных\s+Наций\b",
                r"\bспециализированн\w*\s+учреждени\w*",
            ),
            "civil_society": (
                r"\bгражданского\s+общества\b",
                r"\bнеправительственн\w*\s+организаци\w*",
            ),
        },
        adopted=(r"Резолюция,?\s+принятая\s+Генеральной\s+Ассамблеей\s+",),
    ),
    stopwords=frozenset("и в на с по что для не как от его из о".split()),
    mandate_citation=(
        rf"(?<![а-яё])(?P<kind>резолюци[а-яё]*|решени[а-яё]*)\s+(?P<numbers>{RESOLUTION_NUMBER}"
        rf"(?:(?:\s*,\s*(?:и\s+)?|\s+и\s+){RESOLUTION_NUMBER})*)"
    ),
    mandate_decision=r"^решени",
    mandate_paragraphs=r"(?<![а-яё])пункт(?:е|а|ом|ы|ах|ами)?\s+(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:и\s+)?|\s+и\s+)\d{1,3})*)",
    mandate_cues=(
        r"проси|во\s+исполнение|в\s+соответствии\s+с|в\s+ответ\s+на|представляется"
        r"|предложил"
    ),
    mandate_bodies={
        "General Assembly": r"Генеральн[а-яё]*\s+Ассамбле[а-яё]*|(?<![а-яё])Ассамбле[а-яё]*",
        "Human Rights Council": r"Совет[а-яё]*\s+по\s+правам\s+человека",
        "Commission on Human Rights": r"Комисси[а-яё]*\s+по\s+правам\s+человека",
        "Economic and Social Council": r"Экономическ[а-яё]*\s+и\s+Социальн[а-яё]*\s+Совет[а-яё]*",
        "Security Council": r"Совет[а-яё]*\s+Безопасности",
    },
    document_kinds={
        "resolution": (r"^Резолюция,?\s+принятая\s+(?:Генеральной\s+Ассамблеей|Советом)",),
        "note_verbale": (r"свидетельствует\s+(?:сво[её]\s+)?уважение", r"^Вербальная\s+нота\b"),
        "letter": (r"^(?:Идентичные\s+письма|Письмо)\b.{0,300}?\bна\s+имя\b",),
        "national_report": (r"^Национальный\s+доклад,?\s+представленный\s+в\s+соответствии\b",),
        "treaty_body_decision": (
            r"^(?:Соображения,?\s+принятые|Решение,?\s+принятое)\s+Комитетом\b",
        ),
        "stakeholders_summary": (
            r"^Резюме\s+(?:материалов\s+заинтересованных\s+сторон|(?:,\s*)?подготовленное\s+Управлением\s+Верховного\s+комиссара)",
            r"^Резюме,\s+подготовленное\s+Управлением\s+Верховного\s+комиссара",
        ),
    },
)

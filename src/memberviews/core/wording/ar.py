"""Arabic wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

#: The UN writes each month with its Levantine and its Egyptian name.
MONTHS = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)

_HALVES = [m.split("/") for m in MONTHS]
_MONTH_VARIANTS: dict[str, int] = {}
for _number, (_levantine, _egyptian) in enumerate(_HALVES, start=1):
    _MONTH_VARIANTS[_levantine] = _number
    _MONTH_VARIANTS[_egyptian] = _number
    _MONTH_VARIANTS[f"{_levantine} / {_egyptian}"] = _number
_MONTH_VARIANTS.update({"يونيو": 6, "يوليو": 7, "ابريل": 4, "اغسطس": 8, "اكتوبر": 10})

_UNITS = (
    "",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
)
_UNITS_COMPOUND = ("", "الحادية", *_UNITS[2:])
_TENS_GENITIVE = (
    "",
    "العاشرة",
    "العشرين",
    "الثلاثين",
    "الأربعين",
    "الخمسين",
    "الستين",
    "السبعين",
    "الثمانين",
    "التسعين",
)
_TENS_NOMINATIVE = (
    "",
    "العاشرة",
    "العشرون",
    "الثلاثون",
    "الأربعون",
    "الخمسون",
    "الستون",
    "السبعون",
    "الثمانون",
    "التسعون",
)


def session_ordinals(n: int) -> tuple[str, ...]:
    """``67`` → ``("السابعة والستين", "السابعة والستون")`` (after ``الدورة``)."""
    if n >= 100:
        return ("المائة", "المئة") if n == 100 else ()
    tens, unit = divmod(n, 10)
    if tens == 0:
        return (_UNITS[unit],)
    if tens == 1:
        return ("العاشرة",) if unit == 0 else (f"{_UNITS_COMPOUND[unit]} عشرة",)
    if unit == 0:
        return (_TENS_GENITIVE[tens], _TENS_NOMINATIVE[tens])
    u = _UNITS_COMPOUND[unit]
    return (f"{u} و{_TENS_GENITIVE[tens]}", f"{u} و{_TENS_NOMINATIVE[tens]}")


def format_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


_MONTH_ALTERNATIVES = sorted(
    {m.replace("/", r"\s*/\s*") for m in MONTHS} | set(_MONTH_VARIANTS), key=len, reverse=True
)
_MONTH_RE = "|".join(a.replace(" ", r"\s+") for a in _MONTH_ALTERNATIVES)

WORDING = Wording(
    code="ar",
    language_names={
        "ar": "بالعربية",
        "zh": "بالصينية",
        "en": "بالإنكليزية",
        "fr": "بالفرنسية",
        "ru": "بالروسية",
        "es": "بالإسبانية",
    },
    language_name_variants={
        "ar": ("العربية",),
        "zh": ("الصينية",),
        "en": ("الإنكليزية", "بالإنجليزية", "الإنجليزية"),
        "fr": ("الفرنسية",),
        "ru": ("الروسية",),
        "es": ("الإسبانية", "بالأسبانية", "الأسبانية"),
    },
    original_tag="[الأصل: {language}]",
    original_tag_pattern=r"الأصل\s*:\s*(?P<language>[^\]\[]+?)",
    months=MONTHS,
    month_variants=_MONTH_VARIANTS,
    date_pattern=rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>\d{{4}})",
    format_date=format_date,
    section_numerals=(
        "أولا",
        "ثانيا",
        "ثالثا",
        "رابعا",
        "خامسا",
        "سادسا",
        "سابعا",
        "ثامنا",
        "تاسعا",
        "عاشرا",
    ),
    section_numeral_variants={"أوال": "أولا"},
    subsection_letters=("ألف", "باء", "جيم", "دال", "هاء", "واو"),
    section_openers=("الردود", "الرد", "المعلومات الواردة", "الآراء الواردة", "مقدمة"),
    section_heading="{number} - {title}",
    section_titles={
        "introduction": "مقدمة",
        "governments": "الردود الواردة من الحكومات",
        "organizations": "الردود الواردة من المنظمات الدولية",
    },
    section_keywords={
        "introduction": ("مقدمة", "معلومات أساسية"),
        "governments": ("الحكومات", "الدول الأعضاء", "الدول"),
        "organizations": (
            "المنظمات",
            "منظومة الأمم المتحدة",
            "الكيانات",
            "الهيئات",
            "الاتحاد الأوروبي",
        ),
    },
    contents_titles=("المحتويات",),
    session_ordinals=session_ordinals,
    session_pattern=r"(?:الدورة|دورتها|دورته)\s+(?P<ordinal>\S+(?:\s+(?:عشرة|و\s*\S+))?)",
    # "(هـ)": a tatweel may follow the letter.
    agenda_pattern=r"البند\s+(?P<item>\d{1,3}(?:\s*\(?[a-zء-ي]ـ?\))?)\s+من\s+(?:جدول\s+الأعمال\s+المؤقت|القائمة\s+الأولية)",
    # The abjad order of lettered sub-items: (أ) (ب) (ج) (د) (هـ) (و) (ز) (ح) ….
    agenda_letters=tuple("أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ".split()),
    paragraph_pattern=r"الفقرة\s+(?P<number>\d{1,3})",
    deadline_before=r"(?:بحلول|قبل|أقصاه|لا يتجاوز)\s*$",
    deadline_after=r"",
    reissue_notes=("أعيد إصدارها لأسباب فنية", "أعيد إصداره لأسباب فنية"),
    conjunctions=("و",),
    digit_ordinal_suffixes=(),
    united_nations="الأمم المتحدة",
    general_assembly="الجمعية العامة",
    distribution="Distr.: General",
    original_line="الأصل: {languages}",
    masthead_language_names={},
    session_line="الدورة {ordinal}",
    provisional_agenda="البند {item} من جدول الأعمال المؤقت",
    preliminary_list="البند {item} من القائمة الأولية",
    addendum="إضافة",
    corrigendum="تصويب",
    translation_pending="[الترجمة قيد الإعداد]",
    note_verbale_words=("مذكرة شفوية", "مذكرات شفوية"),
    resolution_words=("القرار", "قرارها"),
    report_titles=("تقرير الأمين العام", "مذكرة من الأمين العام"),
    introduction_mandate=(
        "في {adopted}، اتخذت الجمعية العامة القرار {resolution}{entitled}. وفي الفقرة {paragraph}"
        " من ذلك القرار، طلبت الجمعية إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن {subject}"
        " وأن يقدم تقريرا عن ذلك إلى الجمعية العامة في دورتها {session}."
    ),
    introduction_title=" المعنون «{title}»",
    introduction_subject="هذه المسألة",
    introduction_request=(
        "وعملا بذلك الطلب، أرسلت في {date} مذكرة شفوية إلى الدول الأعضاء تدعوها فيها إلى تقديم"
        " معلومات بشأن هذا الموضوع. {replies}"
    ),
    introduction_replies={
        "none": "ولم ترد أي ردود حتى تاريخ إعداد هذا التقرير. وستصدر الردود التي ترد لاحقا"
        " بوصفها إضافات لهذا التقرير.",
        "one": "وترد في الفرع {first} أدناه الردود التي وردت. وستصدر الردود التي ترد لاحقا"
        " بوصفها إضافات لهذا التقرير.",
        "two": "وترد في الفرعين {first} و{second} أدناه الردود التي وردت. وستصدر الردود التي"
        " ترد لاحقا بوصفها إضافات لهذا التقرير.",
    },
    addendum_introduction=(
        "تتضمن هذه الإضافة الردود التي وردت بعد صدور تقرير الأمين العام ({symbol})."
    ),
    reissue_note="أعيد إصدارها لأسباب فنية في {date}.",
    # The Editorial Manual: replies "in the alphabetical order of the names of the States or
    # organizations in each of the language versions" (docs/conventions.md). A setting: "en"
    # keeps the English order.
    reply_order="ar",
    masthead_block_language="en",
    draft="مسودة",
    contents_page="الصفحة",
    corrigendum_for="يستعاض عن",
    corrigendum_read="بعبارة",
    corrigendum_italic=False,
    note=NoteWording(
        quotes=("”", "“"),
        office="مكتب شؤون نزع السلاح",
        opening=(
            "يهدي {office} التابع للأمانة العامة للأمم المتحدة تحياته إلى البعثات الدائمة للدول "
            "الأعضاء في الأمم المتحدة، ويتشرف بأن يشير إلى قرار الجمعية العامة {resolution} "
            "المؤرخ {adopted} والمعنون ”{title}“، الذي تنص {paragraphs} منه على ما يلي:"
        ),
        request=(
            "وفي هذا الصدد، يرجو {office} من الدول الأعضاء موافاته بآرائها بشأن هذه المسألة، بأي "
            "من اللغات الرسمية للأمم المتحدة، في موعد أقصاه {deadline}."
        ),
        closing=(
            "ويغتنم {office} التابع للأمانة العامة للأمم المتحدة هذه الفرصة ليعرب مجددا للبعثات "
            "الدائمة للدول الأعضاء في الأمم المتحدة عن أسمى آيات تقديره."
        ),
        paragraph="الفقرة {number}",
        paragraphs="الفقرات {numbers}",
        reference="المرجع: {reference}",
        extension=(
            "يهدي {office} التابع للأمانة العامة للأمم المتحدة تحياته إلى البعثات الدائمة للدول "
            "الأعضاء في الأمم المتحدة، وإلحاقا بمذكرته {reference} المؤرخة {dated}، يتشرف بأن "
            "يبلغها بأن الموعد النهائي لتقديم الآراء قد مُدّد إلى {deadline}."
        ),
        reminder=(
            "يهدي {office} التابع للأمانة العامة للأمم المتحدة تحياته إلى البعثات الدائمة للدول "
            "الأعضاء في الأمم المتحدة، ويتشرف بأن يذكّر بمذكرته {reference} المؤرخة {dated}، "
            "التي التمس فيها آراءها في موعد أقصاه {deadline}."
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"(?:تطلب|يطلب)\s+إلى\s+الأمين\s+العام\s+أن\s+(?:يلتمس|يستطلع|يطلب|يجمع|يدعو)"
            r"[^.؛:]{0,60}?آراء",
            r"الدول\s+الأعضاء[^.؛:]{0,80}?(?:إبلاغ|موافاة|تقديم|إحالة)[^.؛:]{0,80}?(?:آراء|بآراء)",
        ),
        subject=(
            r"آراء[^.؛:]{0,140}?\s(?:بشأن|حول|عن|في)\s+(?P<subject>.+?)"
            r"(?:،?\s+وأن\s+يقدم|؛|\.\s|\.?$)",
        ),
        recurrence={
            "annual": (r"سنويا", r"سنوياً", r"كل\s+سنة", r"كل\s+عام"),
            "biennial": (r"كل\s+سنتين", r"كل\s+عامين"),
            "triennial": (r"كل\s+ثلاث\s+سنوات",),
            "quadrennial": (r"كل\s+أربع\s+سنوات",),
        },
        invites={
            "observers": (r"الدول\s+المراقبة", r"المراقب"),
            "organizations": (
                r"المنظمات\s+(?:الدولية|الإقليمية|الحكومية\s+الدولية)",
                r"منظومة\s+الأمم\s+المتحدة",
                r"الوكالات\s+المتخصصة",
            ),
            "civil_society": (r"المجتمع\s+المدني", r"المنظمات\s+غير\s+الحكومية"),
        },
        adopted=(r"قرار\s+اتخذته\s+الجمعية\s+العامة\s+في\s+",),
    ),
    stopwords=frozenset("في من على إلى أن التي الذي عن مع".split()),
    mandate_citation=(
        rf"(?P<kind>(?:[وب]?(?:ال)?|في\s+)(?:قرار|مقرر)[\u0621-\u064a]*)(?:\s+(?:لجنة|مجلس|الجمعية)(?:\s+[\u0621-\u064a]+){{0,4}}?)?\s+(?P<numbers>{RESOLUTION_NUMBER}"
        rf"(?:\s*(?:،|,)?\s*و\s*{RESOLUTION_NUMBER}|\s*(?:،|,)\s*{RESOLUTION_NUMBER})*)"
    ),
    mandate_decision=r"مقرر",
    mandate_paragraphs=r"الفقر(?:ة|تين|تان|ات)\s+(?P<numbers>\d{1,3}(?:\s*(?:،|,)?\s*و\s*\d{1,3}|\s*(?:،|,)\s*\d{1,3})*)",
    mandate_cues=r"طلب|عملا\s+ب|وفقا\s+ل|استجابة\s+ل|يقدم|مقدم|دعت|دعا",
    mandate_bodies={
        "General Assembly": r"الجمعية\s+العامة|الجمعية",
        "Human Rights Council": r"مجلس\s+حقوق\s+الإنسان",
        "Commission on Human Rights": r"لجنة\s+حقوق\s+الإنسان",
        "Economic and Social Council": r"المجلس\s+الاقتصادي\s+والاجتماعي",
        "Security Council": r"مجلس\s+الأمن",
    },
    document_kinds={
        "resolution": (r"^قرار\s+اتخذ(?:ته|ه)\s+(?:الجمعية\s+العامة|مجلس)",),
        "note_verbale": (r"تهدي\s+أطيب\s+تحيات", r"^مذكرة\s+شفوية"),
        "letter": (r"^(?:رسائل\s+متطابقة|رسالة)\s+مؤرخة\b.{0,300}?موجهة\s+إلى",),
        "national_report": (r"^تقرير\s+وطني\s+مقدم\s+وفقا",),
        "treaty_body_decision": (
            r"^(?:الآراء\s+التي\s+اعتمدتها\s+اللجنة|آراء\s+اعتمدتها\s+اللجنة|قرار\s+اعتمدته\s+اللجنة)",
        ),
        "stakeholders_summary": (
            r"^موجز\s+(?:ورقات\s+أصحاب\s+المصلحة|أعدته\s+مفوضية\s+الأمم\s+المتحدة\s+السامية\s+لحقوق\s+الإنسان)",
        ),
    },
)

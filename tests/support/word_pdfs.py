"""Synthetic national reports laid out as Word and Acrobat lay out the UN's PDFs.

What sets such a PDF apart from the typst and LibreOffice ones of ``support.pdf_writer``:

- the masthead's blocks are text objects of their own, written in an order unlike the
  page's (the footer first, the title before the distribution block, the organization's
  name and the symbol last): each is a ``place``d block, written in that order;
- the distribution block of the Arabic, Chinese and Russian versions is in English
  ("Distr.: General / 3 May 2021 / Russian / Original: English");
- footnote references are small raised digits inside a line ("государств1"), not the
  font's superscript glyphs, and the footnotes stand at the page's foot in a smaller size;
- numbered headings wrap over two lines;
- numbered paragraphs, numbered sections, no replies: a national report.

The Arabic text is written without short vowels or tanween ("وفقا", not "وفقاً"), as much
UN Arabic is: typst maps each glyph of a letter with a mark (the alef and the tanween above
it) to the text of both, so its PDF would give the pair twice, where Word's gives each
glyph its own character.

All printed text goes into the typst source as string literals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from support.pdf_writer import compile_typst

_FONTS = {
    "ar": '("Noto Naskh Arabic", "Noto Serif")',
    "zh": '("Noto Serif CJK SC", "Noto Serif")',
}
_TEXT_LANG = {
    "zh": 'lang: "zh", region: "cn", cjk-latin-spacing: none',
    "ar": 'lang: "ar", dir: rtl',
}
_LETTERS = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph; ``note`` is put as a footnote after the word ``after``."""

    text: str
    after: str | None = None
    note: str | None = None

    def printed(self, number: int) -> str:
        """The paragraph as a reader of the page sees it: the note's number raised after
        its word."""
        text = self.text
        if self.after is not None:
            text = text.replace(self.after, f"{self.after}{number}", 1)
        return text


@dataclass(frozen=True)
class NationalReport:
    language: str
    organization: str
    organ: str
    distribution: tuple[str, ...]  # "Distr.: General", the date, [version], "Original: …"
    council: tuple[str, ...]  # the organ, working group, session, place and dates
    title: str
    country: str
    cover_note: str
    #: (number, heading, paragraphs) for each section.
    sections: tuple[tuple[str, str, tuple[Paragraph, ...]], ...]
    date: date
    symbol: str = "A/HRC/WG.6/38/ITA/1"
    job: str = "GE.21-05678"

    @property
    def footer(self) -> str:
        return f"{self.job} ({_LETTERS[self.language]})"

    def paragraphs(self) -> list[str]:
        """The paragraphs as printed, footnote numbers raised after their words."""
        out: list[str] = []
        number = 0
        for _, _, paragraphs in self.sections:
            for paragraph in paragraphs:
                if paragraph.note is not None:
                    number += 1
                out.append(paragraph.printed(number))
        return out

    def notes(self) -> list[str]:
        return [p.note for _, _, ps in self.sections for p in ps if p.note is not None]


def _s(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def typst_source(report: NationalReport) -> str:
    """The report's typst source: the masthead's blocks placed in an unusual order."""
    lang = report.language
    font = _FONTS.get(lang, '("Noto Serif",)')
    text_lang = _TEXT_LANG.get(lang, f'lang: "{lang}"')
    rtl = lang == "ar"
    start = "right" if rtl else "left"
    out = [
        f"""#set page(paper: "a4", margin: (top: 2cm, bottom: 2.5cm, x: 2.5cm),
  footer: context {{
    if here().page() > 1 [#set text(size: 8pt)
      #{_s(report.footer)} #h(1fr) #str(here().page())]
  }},
  header: context {{
    if here().page() > 1 [#set text(size: 9pt)
      #{_s(report.symbol)} #h(1fr)]
  }})
#set text(font: {font}, size: 10pt, {text_lang})
#set smartquote(enabled: false)
#set super(typographic: false, size: 0.6em, baseline: -0.45em)
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))
#show footnote.entry: set text(size: 8pt)
#set par(justify: true, leading: 0.65em, spacing: 1.3em)
"""
    ]
    # The masthead, in the order Word writes it: the footer, the session block, the title
    # and the country, the cover's footnote, the distribution block, the organization and
    # the symbol last.
    place = "top + right" if rtl else "top + left"
    side = "top + left" if rtl else "top + right"
    council = ", ".join(_s(x) for x in report.council)
    distribution = ", ".join(_s(x) for x in report.distribution)
    out.append(
        f"""#place(bottom + {start}, dy: 1.6cm, text(size: 8pt, {_s(report.footer)}))
#place({place}, dy: 4.2cm, block(width: 10cm)[
  #set par(justify: false, spacing: 0.5em)
  #for l in ({council},) [#text(size: 10pt, l) \\ ]])
#place({place}, dy: 7cm, dx: {"-" if rtl else ""}1.5cm, block(width: 12cm)[
  #set par(justify: false, spacing: 0.5em)
  #text(size: 13pt, weight: "bold", {_s(report.title)})#super[\\*]
  #v(0.8em)
  #text(size: 11pt, weight: "bold", {_s(report.country)})])
#place(bottom + {start}, dy: 0.6cm, block(width: 100%)[
  #line(length: 30%, stroke: 0.5pt)
  #set text(size: 8pt)
  #set par(justify: false)
  \\* #{_s(report.cover_note)}])
#place({side}, dy: 1.4cm, block(width: 4.6cm)[
  #set align(left)
  #set text(size: 9pt, lang: "en", dir: ltr)
  #set par(justify: false, spacing: 0.45em)
  #for l in ({distribution},) [#l \\ ]])
#place(top + {start}, block(width: 100%)[
  #text(size: 11pt, {_s(report.organization)}) #h(1fr)
  #text(size: 14pt, weight: "bold", {_s(report.symbol)}) \\
  #text(size: 16pt, weight: "bold", {_s(report.organ)})])
#pagebreak()
"""
    )
    number = 0
    for section_number, heading, paragraphs in report.sections:
        out.append(
            f"#block(width: 10cm, above: 1.8em, below: 1.2em, breakable: false)"
            f"[#set par(justify: false, leading: 0.5em)\n"
            f'#text(weight: "bold", {_s(section_number + ". " + heading)})]'
        )
        for paragraph in paragraphs:
            number += 1
            body = paragraph.text
            if paragraph.after is not None and paragraph.note is not None:
                head, _, tail = body.partition(paragraph.after)
                body_markup = (
                    f"#{_s(head + paragraph.after)}#footnote({_s(paragraph.note)})#{_s(tail)}"
                )
            else:
                body_markup = f"#{_s(body)}"
            separator = " - " if rtl else ". "
            out.append(f"#par[#{_s(str(number) + separator)}{body_markup}]")
    return "\n\n".join(out) + "\n"


def write_national_pdf(report: NationalReport, path: Path) -> Path:
    return compile_typst(typst_source(report), path)


_DATE = date(2021, 5, 3)

_EN_BLOCK = ("Distr.: General", "3 May 2021")


def _english_block(version: str) -> tuple[str, ...]:
    return (*_EN_BLOCK, version, "Original: English")


REPORTS: dict[str, NationalReport] = {
    "en": NationalReport(
        language="en",
        organization="United Nations",
        organ="General Assembly",
        distribution=(*_EN_BLOCK, "Original: English"),
        council=(
            "Human Rights Council",
            "Working Group on the Universal Periodic Review",
            "Thirty-eighth session",
            "3–14 May 2021",
        ),
        title="National report submitted in accordance with paragraph 5 of the annex to "
        "Human Rights Council resolution 16/21",
        country="Italy",
        cover_note="The present document was not edited before being sent to the United "
        "Nations translation services.",
        sections=(
            (
                "I",
                "Methodology and consultation process followed in the preparation of the "
                "present report",
                (
                    Paragraph(
                        "The present report was prepared by the Inter-ministerial Committee "
                        "for Human Rights, which consulted all the competent administrations "
                        "of the State and the organizations of civil society concerned with "
                        "the protection of human rights."
                    ),
                    Paragraph(
                        "The draft was discussed with civil society at a meeting held in Rome, "
                        "and the comments received from the organizations were taken into "
                        "account in the final text of the report, which was then approved by "
                        "the Committee at its plenary session.",
                        after="organizations",
                        note="See the list of participants in the annex to the present report.",
                    ),
                ),
            ),
            (
                "II",
                "Normative and institutional framework for the promotion and protection of "
                "human rights",
                (
                    Paragraph(
                        "The Constitution guarantees the fundamental rights of every person and "
                        "sets out the principles that govern the organization of the State, "
                        "its institutions and the relations between the State and the regions."
                    ),
                    Paragraph(
                        "Italy has ratified the main international human rights instruments and "
                        "cooperates fully with the special procedures of the Council, to which "
                        "it has extended a standing invitation since the year two thousand.",
                        after="instruments",
                        note="The full list of instruments is available on the website of the "
                        "Ministry of Foreign Affairs.",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
    "fr": NationalReport(
        language="fr",
        organization="Nations Unies",
        organ="Assemblée générale",
        distribution=("Distr. générale", "3 mai 2021", "Français", "Original: anglais"),
        council=(
            "Conseil des droits de l’homme",
            "Groupe de travail sur l’Examen périodique universel",
            "Trente-huitième session",
            "3-14 mai 2021",
        ),
        title="Rapport national présenté conformément au paragraphe 5 de l’annexe à la "
        "résolution 16/21 du Conseil des droits de l’homme",
        country="Italie",
        cover_note="Le présent document n’a pas été revu par les services d’édition avant "
        "d’être envoyé aux services de traduction.",
        sections=(
            (
                "I",
                "Méthodologie et processus de consultation suivis pour l’établissement du "
                "présent rapport",
                (
                    Paragraph(
                        "Le présent rapport a été établi par le Comité interministériel des "
                        "droits de l’homme, qui a consulté toutes les administrations "
                        "compétentes de l’État et les organisations de la société civile "
                        "intéressées par la protection des droits de l’homme."
                    ),
                    Paragraph(
                        "Le projet a été examiné avec la société civile lors d’une réunion tenue "
                        "à Rome, et les observations reçues des organisations ont été prises en "
                        "compte dans le texte final du rapport, que le Comité a ensuite approuvé "
                        "en séance plénière.",
                        after="organisations",
                        note="Voir la liste des participants à l’annexe du présent rapport.",
                    ),
                ),
            ),
            (
                "II",
                "Cadre normatif et institutionnel de la promotion et de la protection des "
                "droits de l’homme",
                (
                    Paragraph(
                        "La Constitution garantit les droits fondamentaux de toute personne et "
                        "énonce les principes qui régissent l’organisation de l’État, ses "
                        "institutions et les relations entre l’État et les régions."
                    ),
                    Paragraph(
                        "L’Italie a ratifié les principaux instruments internationaux relatifs "
                        "aux droits de l’homme et coopère pleinement avec les procédures "
                        "spéciales du Conseil, qu’elle invite en permanence depuis l’an "
                        "deux mille.",
                        after="instruments",
                        note="La liste complète des instruments figure sur le site Web du "
                        "Ministère des affaires étrangères.",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
    "es": NationalReport(
        language="es",
        organization="Naciones Unidas",
        organ="Asamblea General",
        distribution=("Distr. general", "3 de mayo de 2021", "Español", "Original: inglés"),
        council=(
            "Consejo de Derechos Humanos",
            "Grupo de Trabajo sobre el Examen Periódico Universal",
            "38º período de sesiones",
            "3 a 14 de mayo de 2021",
        ),
        title="Informe nacional presentado con arreglo al párrafo 5 del anexo de la "
        "resolución 16/21 del Consejo de Derechos Humanos",
        country="Italia",
        cover_note="El presente documento se presenta sin revisión editorial antes de su "
        "envío a los servicios de traducción.",
        sections=(
            (
                "I",
                "Metodología y proceso de consulta seguidos en la preparación del presente informe",
                (
                    Paragraph(
                        "El presente informe fue preparado por el Comité Interministerial de "
                        "Derechos Humanos, que consultó a todas las administraciones "
                        "competentes del Estado y a las organizaciones de la sociedad civil "
                        "interesadas en la protección de los derechos humanos."
                    ),
                    Paragraph(
                        "El proyecto se examinó con la sociedad civil en una reunión celebrada "
                        "en Roma, y las observaciones recibidas de las organizaciones se "
                        "tuvieron en cuenta en el texto final del informe, que el Comité aprobó "
                        "después en sesión plenaria.",
                        after="organizaciones",
                        note="Véase la lista de participantes en el anexo del presente informe.",
                    ),
                ),
            ),
            (
                "II",
                "Marco normativo e institucional de la promoción y la protección de los "
                "derechos humanos",
                (
                    Paragraph(
                        "La Constitución garantiza los derechos fundamentales de toda persona y "
                        "enuncia los principios que rigen la organización del Estado, sus "
                        "instituciones y las relaciones entre el Estado y las regiones."
                    ),
                    Paragraph(
                        "Italia ha ratificado los principales instrumentos internacionales de "
                        "derechos humanos y coopera plenamente con los procedimientos "
                        "especiales del Consejo, a los que ha cursado una invitación permanente.",
                        after="instrumentos",
                        note="La lista completa de instrumentos figura en el sitio web del "
                        "Ministerio de Relaciones Exteriores.",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
    "ru": NationalReport(
        language="ru",
        organization="Организация Объединенных Наций",
        organ="Генеральная Ассамблея",
        distribution=_english_block("Russian"),
        council=(
            "Совет по правам человека",
            "Рабочая группа по универсальному периодическому обзору",
            "Тридцать восьмая сессия",
            "3–14 мая 2021 года",
        ),
        title="Национальный доклад, представленный в соответствии с пунктом 5 приложения "
        "к резолюции 16/21 Совета по правам человека",
        country="Италия",
        cover_note="Настоящий документ до его передачи в службы письменного перевода "
        "Организации Объединенных Наций не редактировался.",
        sections=(
            (
                "I",
                "Методология и процесс консультаций, использованные при подготовке "
                "настоящего доклада",
                (
                    Paragraph(
                        "Настоящий доклад подготовлен Межведомственным комитетом по правам "
                        "человека, который провел консультации со всеми компетентными "
                        "ведомствами государства и с организациями гражданского общества, "
                        "занимающимися защитой прав человека."
                    ),
                    Paragraph(
                        "Проект обсуждался с гражданским обществом на совещании в Риме, и "
                        "замечания, полученные от государств, были учтены в окончательном "
                        "тексте доклада, который затем был утвержден Комитетом на его "
                        "пленарном заседании.",
                        after="государств",
                        note="См. список участников в приложении к настоящему докладу.",
                    ),
                ),
            ),
            (
                "II",
                "Нормативная и институциональная основа поощрения и защиты прав человека в стране",
                (
                    Paragraph(
                        "Конституция гарантирует основные права каждого человека и определяет "
                        "принципы, которыми регулируются организация государства, его "
                        "учреждения и отношения между государством и областями."
                    ),
                    Paragraph(
                        "Италия ратифицировала основные международные договоры по правам "
                        "человека и в полной мере сотрудничает со специальными процедурами "
                        "Совета, которым она направила постоянное приглашение.",
                        after="договоры",
                        note="Полный список договоров размещен на веб-сайте Министерства "
                        "иностранных дел.",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
    "zh": NationalReport(
        language="zh",
        organization="联合国",
        organ="大会",
        distribution=_english_block("Chinese"),
        council=("人权理事会", "普遍定期审议工作组", "第三十八届会议", "2021年5月3日至14日"),
        title="根据人权理事会第16/21号决议附件第5段提交的国家报告",
        country="意大利",
        cover_note="本文件在送交联合国翻译部门前未经编辑。",
        sections=(
            (
                "一",
                "编写本报告时采用的方法和遵循的协商进程以及各主管部门和民间社会的参与情况",
                (
                    Paragraph(
                        "本报告由人权问题部际委员会编写，该委员会征求了国家所有主管部门的意见，"
                        "也征求了关心保护人权的民间社会组织的意见，并在编写过程中"
                        "充分考虑了这些意见。"
                    ),
                    Paragraph(
                        "报告草稿在罗马举行的一次会议上与民间社会进行了讨论，从各国收到的意见"
                        "已在报告最后案文中得到考虑，委员会随后在全体会议上核准了报告，"
                        "并决定将其提交工作组。",
                        after="各国",
                        note="与会者名单见本报告附件。",
                    ),
                ),
            ),
            (
                "二",
                "促进和保护人权的规范框架和体制框架以及国家为落实这些框架而采取的措施",
                (
                    Paragraph(
                        "宪法保障每个人的基本权利，并规定了国家组织、国家机构以及国家与各大区"
                        "之间关系所遵循的原则，这些原则构成了国家法律制度的基础。"
                    ),
                    Paragraph(
                        "意大利已批准主要的国际人权文书，并与理事会的特别程序充分合作，"
                        "自二〇〇〇年以来一直向特别程序发出长期有效的邀请，并定期提交报告。",
                        after="国际人权文书",
                        note="文书完整清单载于外交部网站。",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
    "ar": NationalReport(
        language="ar",
        organization="الأمم المتحدة",
        organ="الجمعية العامة",
        distribution=_english_block("Arabic"),
        council=(
            "مجلس حقوق الإنسان",
            "الفريق العامل المعني بالاستعراض الدوري الشامل",
            "الدورة الثامنة والثلاثون",
            "3-14 أيار/مايو 2021",
        ),
        title="تقرير وطني مقدم وفقا للفقرة 5 من مرفق قرار مجلس حقوق الإنسان 16/21",
        country="إيطاليا",
        cover_note="لم تحرر هذه الوثيقة قبل إرسالها إلى دوائر الترجمة في الأمم المتحدة.",
        sections=(
            (
                "أولا",
                "المنهجية وعملية التشاور المتبعتان في إعداد هذا التقرير الوطني المقدم إلى الفريق",
                (
                    Paragraph(
                        "أعدت هذا التقرير اللجنة المشتركة بين الوزارات لحقوق الإنسان، التي "
                        "استشارت جميع الإدارات المختصة في الدولة ومنظمات المجتمع المدني "
                        "المعنية بحماية حقوق الإنسان."
                    ),
                    Paragraph(
                        "ونوقش المشروع مع المجتمع المدني في اجتماع عقد في روما، وأخذت "
                        "التعليقات الواردة من المنظمات في الاعتبار في النص النهائي للتقرير، "
                        "الذي وافقت عليه اللجنة بعد ذلك في جلستها العامة.",
                        after="المنظمات",
                        note="انظر قائمة المشاركين في مرفق هذا التقرير.",
                    ),
                ),
            ),
            (
                "ثانيا",
                "الإطار المعياري والمؤسسي لتعزيز حقوق الإنسان وحمايتها في البلد وتطوره",
                (
                    Paragraph(
                        "يكفل الدستور الحقوق الأساسية لكل شخص ويحدد المبادئ التي تحكم تنظيم "
                        "الدولة ومؤسساتها والعلاقات بين الدولة والأقاليم."
                    ),
                    Paragraph(
                        "وقد صدقت إيطاليا على الصكوك الدولية الرئيسية لحقوق الإنسان وتتعاون "
                        "تعاونا كاملا مع الإجراءات الخاصة للمجلس، التي وجهت إليها دعوة دائمة.",
                        after="الرئيسية",
                        note="ترد القائمة الكاملة للصكوك في الموقع الشبكي لوزارة الخارجية.",
                    ),
                ),
            ),
        ),
        date=_DATE,
    ),
}

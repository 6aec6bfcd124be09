"""Spanish wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

# Each unit has the forms used before a noun ("primer período") and alone ("primero").
_UNITS: tuple[tuple[str, ...], ...] = (
    (),
    ("primer", "primero"),
    ("segundo",),
    ("tercer", "tercero"),
    ("cuarto",),
    ("quinto",),
    ("sexto",),
    ("séptimo",),
    ("octavo",),
    ("noveno",),
)
_TENS = (
    "",
    "décimo",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
)
_SPECIAL = {11: ("undécimo", "decimoprimer", "decimoprimero"), 12: ("duodécimo", "decimosegundo")}


def session_ordinals(n: int) -> tuple[str, ...]:
    """``67`` → ``("sexagésimo séptimo",)``; ``71`` → ``("septuagésimo primer", …)``."""
    if n >= 100:
        rest = session_ordinals(n - 100) if n > 100 else ()
        return tuple(f"centésimo {r}" for r in rest) or ("centésimo",)
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _UNITS[unit]
    if unit == 0:
        return (_TENS[tens],)
    forms = [f"{_TENS[tens]} {u}" for u in _UNITS[unit]]
    if tens == 1:
        forms = [*_SPECIAL.get(n, ()), *forms, *(f"decimo{u}" for u in _UNITS[unit])]
    return tuple(forms)


def format_date(value: date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1]} de {value.year}"


_MONTH_RE = "|".join([*MONTHS, "setiembre"])

WORDING = Wording(
    code="es",
    language_names={
        "ar": "árabe",
        "zh": "chino",
        "en": "inglés",
        "fr": "francés",
        "ru": "ruso",
        "es": "español",
    },
    language_name_variants={"en": ("ingles",), "fr": ("frances",), "ar": ("arabe",)},
    original_tag="[Original: {language}]",
    original_tag_pattern=r"Original\s*:\s*(?P<language>[^\]\[]+?)",
    months=MONTHS,
    date_pattern=(
        rf"(?P<day>\d{{1,2}})\s*(?:º|°|o\.)?\s+de\s+(?P<month>{_MONTH_RE})\s+(?:de|del)\s+"
        r"(?P<year>\d{4})"
    ),
    format_date=format_date,
    section_numerals=("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"),
    subsection_letters=("A", "B", "C", "D", "E", "F"),
    section_openers=(
        "respuestas",
        "respuesta",
        "información recibida",
        "opiniones recibidas",
        "introducción",
    ),
    section_heading="{number}. {title}",
    section_titles={
        "introduction": "Introducción",
        "governments": "Respuestas recibidas de los Gobiernos",
        "organizations": "Respuestas recibidas de organizaciones internacionales",
    },
    section_keywords={
        "introduction": ("introducción", "antecedentes"),
        "governments": ("gobiernos", "estados miembros", "estados"),
        "organizations": (
            "organizaciones",
            "organismos",
            "sistema de las naciones unidas",
            "entidades",
            "unión europea",
            "intergubernamentales",
        ),
    },
    contents_titles=("Índice", "Indice", "Contenido"),
    session_ordinals=session_ordinals,
    session_pattern=r"(?P<ordinal>\d{1,3}\S{0,3}|[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)\s+período\s+de\s+sesiones",
    agenda_pattern=r"Temas?\s+(?P<item>\d{1,3}(?:\s*\(?[a-z]\))?)\s+del?\s+(?:programa\s+provisional|la\s+lista\s+preliminar)",
    agenda_letter="{letter})",
    paragraph_pattern=r"párrafos?\s+(?P<number>\d{1,3})",
    deadline_before=r"(?:a más tardar el|antes del|hasta el|para el)\s*$",
    deadline_after=r"",
    reissue_notes=(
        "Publicado nuevamente por razones técnicas",
        "Nueva edición por razones técnicas",
    ),
    conjunctions=("y", "e"),
    digit_ordinal_suffixes=("º", "°", ".º", "o"),
    united_nations="Naciones Unidas",
    general_assembly="Asamblea General",
    distribution="Distr. general",
    original_line="Original: {languages}",
    masthead_language_names={},
    session_line="{Ordinal} período de sesiones",
    provisional_agenda="Tema {item} del programa provisional",
    preliminary_list="Tema {item} de la lista preliminar",
    addendum="Adición",
    corrigendum="Corrección",
    translation_pending="[Traducción pendiente]",
    note_verbale_words=("nota verbal", "notas verbales"),
    resolution_words=("resolución",),
    report_titles=("Informe del Secretario General", "Nota del Secretario General"),
    introduction_mandate=(
        "El {adopted}, la Asamblea General aprobó la resolución {resolution}{entitled}. En el"
        " párrafo {paragraph} de esa resolución, la Asamblea solicitó al Secretario General que"
        " recabara las opiniones de los Estados Miembros sobre {subject} y que le presentara un"
        " informe en su {session} período de sesiones."
    ),
    introduction_title=", titulada “{title}”",
    introduction_subject="la cuestión",
    introduction_request=(
        "En cumplimiento de esa solicitud, el {date} se envió una nota verbal a los Estados"
        " Miembros en la que se les invitaba a proporcionar información al respecto. {replies}"
    ),
    introduction_replies={
        "none": "A la fecha del presente informe no se había recibido ninguna respuesta. Las"
        " respuestas que se reciban posteriormente se publicarán como adiciones al presente"
        " informe.",
        "one": "Las respuestas recibidas figuran en la sección {first} del presente informe. Las"
        " respuestas que se reciban posteriormente se publicarán como adiciones al presente"
        " informe.",
        "two": "Las respuestas recibidas figuran en las secciones {first} y {second} del presente"
        " informe. Las respuestas que se reciban posteriormente se publicarán como adiciones al"
        " presente informe.",
    },
    addendum_introduction=(
        "La presente adición contiene las respuestas recibidas después de la publicación del"
        " informe del Secretario General ({symbol})."
    ),
    reissue_note="Publicado nuevamente por razones técnicas el {date}.",
    # Spanish versions sort by the Spanish names (España between Ecuador and Iraq).
    reply_order="es",
    masthead_block_language="es",
    draft="Borrador",
    contents_page="Página",
    corrigendum_for="Donde dice",
    corrigendum_read="debe decir",
    note=NoteWording(
        office="Oficina de Asuntos de Desarme",
        opening=(
            "La {office} de la Secretaría de las Naciones Unidas saluda atentamente a las "
            "Misiones Permanentes de los Estados Miembros de las Naciones Unidas y tiene el "
            "honor de referirse a la resolución {resolution} de la Asamblea General, de "
            "{adopted}, titulada “{title}”, cuyo {paragraphs} dice lo siguiente:"
        ),
        request=(
            "A este respecto, la {office} agradecería recibir las opiniones de los Estados "
            "Miembros sobre la cuestión, en cualquiera de los idiomas oficiales de las Naciones "
            "Unidas, a más tardar el {deadline}."
        ),
        closing=(
            "La {office} de la Secretaría de las Naciones Unidas aprovecha la oportunidad para "
            "reiterar a las Misiones Permanentes de los Estados Miembros de las Naciones Unidas "
            "el testimonio de su consideración más distinguida."
        ),
        paragraph="párrafo {number}",
        paragraphs="párrafos {numbers}",
        reference="Referencia: {reference}",
        extension=(
            "La {office} de la Secretaría de las Naciones Unidas saluda atentamente a las "
            "Misiones Permanentes de los Estados Miembros de las Naciones Unidas y, en relación "
            "con su nota {reference} de {dated}, tiene el honor de informarles de que el plazo "
            "para presentar opiniones se ha prorrogado hasta el {deadline}."
        ),
        reminder=(
            "La {office} de la Secretaría de las Naciones Unidas saluda atentamente a las "
            "Misiones Permanentes de los Estados Miembros de las Naciones Unidas y tiene el "
            "honor de recordarles su nota {reference} de {dated}, en la que se solicitaban sus "
            "opiniones a más tardar el {deadline}."
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"Secretari[oa]\s+General\s+que\s+(?:recabe|solicite|obtenga|pida|reúna|recoja)"
            r"[^.;:]{0,60}?(?:opiniones|observaciones|pareceres)",
            r"Estados\s+Miembros[^.;:]{0,80}?(?:comuni|inform|present|transmit|hag)\w*"
            r"[^.;:]{0,80}?(?:opiniones|observaciones|pareceres)",
        ),
        subject=(
            r"(?:opiniones|observaciones|pareceres)[^.;:]{0,140}?\s(?:sobre|acerca\s+de"
            r"|respecto\s+de|en\s+relación\s+con)\s+(?P<subject>.+?)"
            r"(?:,?\s+y\s+que\s+(?:le\s+)?(?:presente|informe)|;|\.\s|\.?$)",
        ),
        recurrence={
            "annual": (r"\banualmente\b", r"\bcada\s+año\b", r"\btodos\s+los\s+años\b"),
            "biennial": (r"\bcada\s+dos\s+años\b", r"\bbienalmente\b"),
            "triennial": (r"\bcada\s+tres\s+años\b", r"\btrienalmente\b"),
            "quadrennial": (r"\bcada\s+cuatro\s+años\b",),
        },
        invites={
            "observers": (r"\bEstados\s+observadores\b", r"\bobservadores\b"),
            "organizations": (
                r"\borganizaciones\s+(?:internacionales|regionales|intergubernamentales)\b",
                r"\bsistema\s+de\s+las\s+Naciones\s+Unidas\b",
                r"\borganismos\s+especializados\b",
            ),
            "civil_society": (
                r"\bsociedad\s+civil\b",
                r"\borganizaciones\s+no\s+gubernamentales\b",
            ),
        },
        adopted=(r"Resolución\s+aprobada\s+por\s+la\s+Asamblea\s+General\s+el\s+",),
    ),
    stopwords=frozenset(
        "el la los las de del y en que por para con una un su sus se al es como".split()
    ),
    mandate_citation=(
        rf"\b(?P<kind>resoluci(?:ón|ones)|decisi(?:ón|ones))\s+(?P<numbers>{RESOLUTION_NUMBER}"
        rf"(?:(?:\s*,\s*(?:y\s+)?|\s+[ye]\s+){RESOLUTION_NUMBER})*)"
    ),
    mandate_decision=r"^decisi",
    mandate_paragraphs=r"\bpárrafos?\s+(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:y\s+)?|\s+y\s+)\d{1,3})*)",
    mandate_cues=(
        r"\bsolicit|\bpidió\b|\ben\s+cumplimiento\b|\bde\s+conformidad\b|\bcon\s+arreglo\b"
        r"|\ben\s+respuesta\b|\binvitó\b|\batendiendo\b|\bse\s+presenta\s+en\b"
    ),
    mandate_bodies={
        "General Assembly": r"\bAsamblea\s+General\b|\bla\s+Asamblea\b",
        "Human Rights Council": r"\bConsejo\s+de\s+Derechos\s+Humanos\b",
        "Commission on Human Rights": r"\bComisión\s+de\s+Derechos\s+Humanos\b",
        "Economic and Social Council": r"\bConsejo\s+Económico\s+y\s+Social\b",
        "Security Council": r"\bConsejo\s+de\s+Seguridad\b",
    },
    document_kinds={
        "resolution": (r"^Resolución\s+aprobada\s+por\s+(?:la\s+Asamblea\s+General|el\s+Consejo)",),
        "note_verbale": (
            r"\bsaluda\s+(?:atentamente\s+)?a\b.{0,200}?\by\s+tiene\s+el\s+honor\b",
            r"^Nota\s+verbal\b",
        ),
        "letter": (
            r"^(?:Cartas?\s+idénticas\s+de\s+fecha|Cartas?\s+de\s+fecha)\b.{0,300}?\bdirigidas?\s+al?\b",
        ),
        "national_report": (
            r"^Informe\s+nacional\s+presentado\s+(?:con\s+arreglo|de\s+conformidad)\b",
        ),
        "treaty_body_decision": (
            r"^(?:Dictamen\s+aprobado|Decisión\s+adoptada)\s+por\s+el\s+Comité\b",
        ),
        "stakeholders_summary": (
            r"^Resumen\s+(?:de\s+las\s+comunicaciones\s+de\s+las\s+partes\s+interesadas|preparado\s+por\s+la\s+Oficina\s+del\s+Alto\s+Comisionado)",
        ),
    },
)

"""French wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

_CARDINAL = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _cardinal(n: int) -> str:
    if n <= 16:
        return _CARDINAL[n]
    if n < 20:
        return "dix-" + _CARDINAL[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS[tens]
        if unit == 1:
            return f"{_TENS[tens]} et un"
        return f"{_TENS[tens]}-{_CARDINAL[unit]}"
    if n < 80:
        if n == 71:
            return "soixante et onze"
        return "soixante-" + _cardinal(n - 60)
    if n == 80:
        return "quatre-vingts"
    if n < 100:
        return "quatre-vingt-" + _cardinal(n - 80)
    if n == 100:
        return "cent"
    return "cent " + _cardinal(n - 100)


def _ordinal_of(cardinal: str) -> str:
    if cardinal.endswith("quatre-vingts"):
        return cardinal[:-1] + "ième"
    if cardinal.endswith("cinq"):
        return cardinal + "uième"
    if cardinal.endswith("neuf"):
        return cardinal[:-1] + "vième"
    if cardinal.endswith("e"):
        return cardinal[:-1] + "ième"
    return cardinal + "ième"


def session_ordinals(n: int) -> tuple[str, ...]:
    """``71`` → ``("soixante et onzième", "soixante-et-onzième")``."""
    if n == 1:
        return ("première", "premier")
    if n == 2:
        return ("deuxième", "seconde")
    form = _ordinal_of(_cardinal(n))
    return (form, form.replace(" ", "-")) if " " in form else (form,)


def format_date(value: date) -> str:
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


_MONTH_RE = "|".join([*MONTHS, "fevrier", "aout", "decembre"])

WORDING = Wording(
    code="fr",
    language_names={
        "ar": "arabe",
        "zh": "chinois",
        "en": "anglais",
        "fr": "français",
        "ru": "russe",
        "es": "espagnol",
    },
    language_name_variants={"fr": ("francais",)},
    original_tag="[Original\u00a0: {language}]",
    original_tag_pattern=r"Original\s*:\s*(?P<language>[^\]\[]+?)",
    months=MONTHS,
    date_pattern=(rf"(?P<day>1\s*er|1er|\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>\d{{4}})"),
    format_date=format_date,
    section_numerals=("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"),
    subsection_letters=("A", "B", "C", "D", "E", "F"),
    section_openers=("réponses", "réponse", "informations reçues", "vues reçues", "introduction"),
    section_heading="{number}. {title}",
    section_titles={
        "introduction": "Introduction",
        "governments": "Réponses reçues des gouvernements",
        "organizations": "Réponses reçues d’organisations internationales",
    },
    section_keywords={
        "introduction": ("introduction", "généralités", "historique"),
        "governments": ("gouvernements", "états membres", "états"),
        "organizations": (
            "organisations",
            "organismes",
            "système des nations unies",
            "entités",
            "union européenne",
            "intergouvernementales",
        ),
    },
    contents_titles=("Table des matières",),
    session_ordinals=session_ordinals,
    session_pattern=r"(?P<ordinal>\d{1,3}\S{0,3}|[a-zéèêàâç]+(?:[\s\-‑](?:et[\s\-‑])?[a-zéèêàâç]+){0,3})\s+session",
    agenda_pattern=r"Points?\s+(?P<item>\d{1,3}(?:\s*\(?[a-z]\))?)\s+de\s+(?:l[’']ordre\s+du\s+jour\s+provisoire|la\s+liste\s+préliminaire)",
    agenda_letter="{letter})",
    paragraph_pattern=r"paragraphes?\s+(?P<number>\d{1,3})",
    deadline_before=r"(?:d[’']ici (?:au|le)|avant le|au plus tard le|jusqu[’']au|\bau)\s*$",
    deadline_after=r"",
    reissue_notes=("Nouveau tirage pour raisons techniques",),
    conjunctions=("et",),
    digit_ordinal_suffixes=("e", "ème", "re", "er"),
    united_nations="Nations Unies",
    general_assembly="Assemblée générale",
    distribution="Distr. générale",
    original_line="Original\u00a0: {languages}",
    masthead_language_names={},
    session_line="{Ordinal} session",
    provisional_agenda="Point {item} de l’ordre du jour provisoire",
    preliminary_list="Point {item} de la liste préliminaire",
    addendum="Additif",
    corrigendum="Rectificatif",
    translation_pending="[Traduction en attente]",
    note_verbale_words=("note verbale", "notes verbales"),
    resolution_words=("résolution",),
    report_titles=("Rapport du Secrétaire général", "Note du Secrétaire général"),
    introduction_mandate=(
        "Le {adopted}, l’Assemblée générale a adopté la résolution {resolution}{entitled}. Au"
        " paragraphe {paragraph} de cette résolution, elle a prié le Secrétaire général de"
        " solliciter les vues des États Membres sur {subject} et de lui présenter un rapport à sa"
        " {session} session."
    ),
    introduction_title=", intitulée «\u00a0{title}\u00a0»",
    introduction_subject="la question",
    introduction_request=(
        "Comme suite à cette demande, une note verbale a été adressée le {date} aux États Membres"
        " pour les inviter à communiquer des informations à ce sujet. {replies}"
    ),
    introduction_replies={
        "none": "Aucune réponse n’avait été reçue à la date de l’établissement du présent"
        " rapport. Toute réponse reçue ultérieurement sera publiée sous forme d’additif au"
        " présent rapport.",
        "one": "Les réponses reçues sont reproduites à la section {first} ci-après. Toute réponse"
        " reçue ultérieurement sera publiée sous forme d’additif au présent rapport.",
        "two": "Les réponses reçues sont reproduites aux sections {first} et {second} ci-après."
        " Toute réponse reçue ultérieurement sera publiée sous forme d’additif au présent"
        " rapport.",
    },
    addendum_introduction=(
        "Le présent additif reproduit les réponses reçues après la publication du rapport du"
        " Secrétaire général ({symbol})."
    ),
    reissue_note="Nouveau tirage pour raisons techniques ({date}).",
    reply_order="fr",
    masthead_block_language="fr",
    draft="Projet",
    contents_page="Page",
    corrigendum_for="Au lieu de",
    corrigendum_read="lire",
    superscript_pattern=r"(?<![\w])1(?P<raised>er)(?!\w)",
    note=NoteWording(
        quotes=("« ", " »"),
        office="Bureau des affaires de désarmement",
        opening=(
            "Le {office} du Secrétariat de l’Organisation des Nations Unies présente ses "
            "compliments aux missions permanentes des États Membres de l’Organisation des "
            "Nations Unies et a l’honneur de se référer à la résolution {resolution} de "
            "l’Assemblée générale, en date du {adopted}, intitulée « {title} », dont le "
            "{paragraphs} se lit comme suit :"
        ),
        request=(
            "À cet égard, le {office} saurait gré aux États Membres de bien vouloir lui "
            "communiquer leurs vues sur la question, dans l’une des langues officielles de "
            "l’Organisation des Nations Unies, le {deadline} au plus tard."
        ),
        closing=(
            "Le {office} du Secrétariat de l’Organisation des Nations Unies saisit cette "
            "occasion pour renouveler aux missions permanentes des États Membres de "
            "l’Organisation des Nations Unies les assurances de sa très haute considération."
        ),
        paragraph="paragraphe {number}",
        paragraphs="paragraphes {numbers}",
        reference="Référence : {reference}",
        extension=(
            "Le {office} du Secrétariat de l’Organisation des Nations Unies présente ses "
            "compliments aux missions permanentes des États Membres de l’Organisation des "
            "Nations Unies et, comme suite à sa note {reference} du {dated}, a l’honneur de les "
            "informer que la date limite de communication des vues a été reportée au {deadline}."
        ),
        reminder=(
            "Le {office} du Secrétariat de l’Organisation des Nations Unies présente ses "
            "compliments aux missions permanentes des États Membres de l’Organisation des "
            "Nations Unies et a l’honneur de rappeler sa note {reference} du {dated}, par "
            "laquelle il sollicitait leurs vues, attendues le {deadline} au plus tard."
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"Secrétaire\s+général\s+(?:de\s+|d['’]\s*)(?:solliciter|recueillir|demander|obtenir"
            r"|inviter)[^.;:]{0,60}?(?:vues|avis|observations)",
            r"États\s+Membres[^.;:]{0,80}?(?:communiquer|informer|faire\s+connaître|présenter"
            r"|transmettre)[^.;:]{0,80}?(?:vues|avis|observations)",
        ),
        subject=(
            r"(?:vues|avis|observations)[^.;:]{0,140}?\s(?:sur|concernant|au\s+sujet\s+de"
            r"|à\s+propos\s+de)\s+(?P<subject>.+?)"
            r"(?:,?\s+et\s+de\s+(?:lui\s+)?(?:présenter|soumettre|faire\s+rapport)|;|\.\s|\.?$)",
        ),
        recurrence={
            "annual": (r"\bchaque\s+année\b", r"\btous\s+les\s+ans\b", r"\bannuellement\b"),
            "biennial": (r"\btous\s+les\s+deux\s+ans\b",),
            "triennial": (r"\btous\s+les\s+trois\s+ans\b",),
            "quadrennial": (r"\btous\s+les\s+quatre\s+ans\b",),
        },
        invites={
            "observers": (r"\bÉtats\s+observateurs\b", r"\bobservateurs\b"),
            "organizations": (
                r"\borganisations\s+(?:internationales|régionales|intergouvernementales)\b",
                r"\bsystème\s+des\s+Nations\s+Unies\b",
                r"\binstitutions\s+spécialisées\b",
            ),
            "civil_society": (
                r"\bsociété\s+civile\b",
                r"\borganisations\s+non\s+gouvernementales\b",
            ),
        },
        adopted=(r"Résolution\s+adoptée\s+par\s+l['’]Assemblée\s+générale\s+le\s+",),
    ),
    stopwords=frozenset(
        "le la les des et du de un une que qui dans pour sur par est sont au aux ce cette".split()
    ),
    mandate_citation=(
        rf"\b(?P<kind>résolutions?|décisions?)\s+(?P<numbers>{RESOLUTION_NUMBER}(?:(?:\s*,\s*(?:et\s+)?|\s+et\s+)"
        rf"{RESOLUTION_NUMBER})*)"
    ),
    mandate_decision=r"^décision",
    mandate_paragraphs=r"\bparagraphes?\s+(?P<numbers>\d{1,3}(?:(?:\s*,\s*(?:et\s+)?|\s+et\s+)\d{1,3})*)",
    mandate_cues=(
        r"\bpri[ée]|\bdemand|\ben\s+application\b|\bconformément\b|\ben\s+réponse\b"
        r"|\bsoumis\s+en\s+application\b|\binvit[ée]"
    ),
    mandate_bodies={
        "General Assembly": r"\bAssemblée\s+générale\b|\bl[’']Assemblée\b",
        "Human Rights Council": r"\bConseil\s+des\s+droits\s+de\s+l[’']homme\b",
        "Commission on Human Rights": r"\bCommission\s+des\s+droits\s+de\s+l[’']homme\b",
        "Economic and Social Council": r"\bConseil\s+économique\s+et\s+social\b",
        "Security Council": r"\bConseil\s+de\s+sécurité\b",
    },
    document_kinds={
        "resolution": (
            r"^Résolution\s+adoptée\s+par\s+(?:l[’']Assemblée\s+générale|le\s+Conseil)",
        ),
        "note_verbale": (r"\bprésente\s+ses\s+compliments\b", r"^Note\s+verbale\b"),
        "letter": (
            r"^(?:Lettres?\s+identiques\s+datées|Lettres?\s+datées?)\b.{0,300}?\badressées?\s+au\b",
        ),
        "national_report": (r"^Rapport\s+national\s+présenté\s+conformément\b",),
        "treaty_body_decision": (r"^(?:Constatations|Décision)\s+adoptées?\s+par\s+le\s+Comité\b",),
        "stakeholders_summary": (
            r"^Résumé\s+(?:des\s+communications\s+des\s+parties\s+prenantes|établi\s+par\s+le\s+Haut-Commissariat\s+des\s+Nations\s+Unies\s+aux\s+droits\s+de\s+l[’']homme)",
        ),
    },
)

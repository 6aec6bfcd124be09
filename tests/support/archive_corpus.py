"""A small archive written for the tests: two cycles of one recurring question (A/70/120 and
its addendum, then A/71/130), composed in the six languages from consultations made here,
with the replies of seven States written in six languages.

The sentences are written for the tests (not taken from any real reply). Each carries what
the archive's search must find: "Conference on Disarmament" in every language (the term
list's first entry), the Chinese two-character word 和平, the plural "armes" (found by
"arme"), the genitive "разоружения" (found by "разоружение"). Norway's views change between
the cycles (its second paragraph), which the comparison page shows."""

# ruff: noqa: E501 -- each sentence stays on one line, as the six languages are compared side by side.

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from memberviews.compose import compose, load_consultation
from memberviews.core.model import Document

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

#: Each sentence in the six languages, by key.
SENTENCES: dict[str, dict[str, str]] = {
    "cd": {
        "en": "The Conference on Disarmament should resume substantive work without delay.",
        "fr": "La Conférence du désarmement devrait reprendre sans tarder ses travaux de fond.",
        "es": "La Conferencia de Desarme debería reanudar sin demora su labor sustantiva.",
        "ru": "Конференция по разоружению должна безотлагательно возобновить работу по существу.",
        "zh": "裁军谈判会议应立即恢复实质性工作。",
        "ar": "ينبغي أن يستأنف مؤتمر نزع السلاح عمله الموضوعي دون تأخير.",
    },
    "nuclear": {
        "en": "All nuclear weapons must be eliminated under strict international verification.",
        "fr": "Toutes les armes nucléaires doivent être éliminées sous un contrôle international strict.",
        "es": "Todas las armas nucleares deben eliminarse bajo una verificación internacional estricta.",
        "ru": "Все ядерное оружие должно быть ликвидировано под строгим международным контролем.",
        "zh": "所有核武器都必须在严格的国际核查下予以消除。",
        "ar": "يجب إزالة جميع الأسلحة النووية في ظل تحقق دولي صارم.",
    },
    "multilateralism": {
        "en": "Multilateralism remains the core principle of negotiations on disarmament.",
        "fr": "Le multilatéralisme demeure le principe fondamental des négociations sur le désarmement.",
        "es": "El multilateralismo sigue siendo el principio fundamental de las negociaciones sobre desarme.",
        "ru": "Многосторонность остается основополагающим принципом переговоров в области разоружения.",
        "zh": "多边主义仍然是裁军谈判的核心原则。",
        "ar": "تظل تعددية الأطراف المبدأ الأساسي للمفاوضات المتعلقة بنزع السلاح.",
    },
    "peace": {
        "en": "International peace and security depend on the rule of law.",
        "fr": "La paix et la sécurité internationales reposent sur l'état de droit.",
        "es": "La paz y la seguridad internacionales dependen del estado de derecho.",
        "ru": "Международный мир и безопасность зависят от верховенства права.",
        "zh": "国际和平与安全取决于法治。",
        "ar": "يعتمد السلام والأمن الدوليان على سيادة القانون.",
    },
    "small_arms": {
        "en": "Illicit trade in small arms and light weapons fuels conflict in many regions.",
        "fr": "Le commerce illicite des armes légères et de petit calibre alimente les conflits dans de nombreuses régions.",
        "es": "El tráfico ilícito de armas pequeñas y ligeras alimenta los conflictos en muchas regiones.",
        "ru": "Незаконная торговля стрелковым оружием и легкими вооружениями разжигает конфликты во многих регионах.",
        "zh": "小武器和轻武器非法贸易助长了许多区域的冲突。",
        "ar": "يؤجج الاتجار غير المشروع بالأسلحة الصغيرة والأسلحة الخفيفة النزاعات في مناطق كثيرة.",
    },
    "norway_new": {
        "en": "Norway now proposes that the General Assembly take up negotiations on a new instrument.",
        "fr": "La Norvège propose désormais que l'Assemblée générale engage des négociations sur un nouvel instrument.",
        "es": "Noruega propone ahora que la Asamblea General inicie negociaciones sobre un nuevo instrumento.",
        "ru": "Норвегия теперь предлагает Генеральной Ассамблее начать переговоры о новом документе.",
        "zh": "挪威现在提议大会启动关于一项新文书的谈判。",
        "ar": "تقترح النرويج الآن أن تشرع الجمعية العامة في مفاوضات بشأن صك جديد.",
    },
}

TITLE = {
    "ar": "تعزيز تعددية الأطراف في مجال نزع السلاح وعدم الانتشار",
    "zh": "促进裁军和不扩散领域的多边主义",
    "en": "Promoting multilateralism in the area of disarmament and non-proliferation",
    "fr": "Promotion du multilatéralisme dans le domaine du désarmement et de la non-prolifération",
    "ru": "Содействие многосторонности в области разоружения и нераспространения",
    "es": "Promoción del multilateralismo en la esfera del desarme y la no proliferación",
}
AGENDA_TITLE = {
    "ar": "نزع السلاح العام الكامل",
    "zh": "全面彻底裁军",
    "en": "General and complete disarmament",
    "fr": "Désarmement général et complet",
    "ru": "Всеобщее и полное разоружение",
    "es": "Desarme general y completo",
}


@dataclass(frozen=True)
class Cycle:
    symbol: str
    session: int
    date: dt.date
    resolution: str
    adopted: dt.date
    request: dt.date
    cut_off: dt.date
    #: (State, original language, date of the reply, its sentences' keys)
    replies: tuple[tuple[str, str, dt.date, tuple[str, ...]], ...]


CYCLES = (
    Cycle(
        symbol="A/70/120",
        session=70,
        date=dt.date(2015, 7, 10),
        resolution="69/50",
        adopted=dt.date(2014, 12, 2),
        request=dt.date(2015, 2, 10),
        cut_off=dt.date(2015, 6, 30),
        replies=(
            ("NOR", "en", dt.date(2015, 5, 4), ("cd", "multilateralism")),
            ("CUB", "es", dt.date(2015, 5, 20), ("nuclear", "peace")),
            ("CHN", "zh", dt.date(2015, 4, 28), ("peace", "multilateralism")),
            ("FRA", "fr", dt.date(2015, 6, 2), ("nuclear", "small_arms")),
            ("RUS", "ru", dt.date(2015, 6, 10), ("multilateralism", "cd")),
            ("EGY", "ar", dt.date(2015, 5, 15), ("nuclear", "cd")),
            # Received after the cut-off: printed in A/70/120/Add.1.
            ("MEX", "es", dt.date(2015, 7, 20), ("small_arms", "peace")),
        ),
    ),
    Cycle(
        symbol="A/71/130",
        session=71,
        date=dt.date(2016, 7, 12),
        resolution="70/40",
        adopted=dt.date(2015, 12, 7),
        request=dt.date(2016, 2, 12),
        cut_off=dt.date(2016, 6, 30),
        replies=(
            ("NOR", "en", dt.date(2016, 5, 9), ("cd", "norway_new")),
            ("CUB", "es", dt.date(2016, 5, 18), ("nuclear", "peace")),
            ("CHN", "zh", dt.date(2016, 4, 30), ("peace", "small_arms")),
            ("FRA", "fr", dt.date(2016, 6, 1), ("nuclear", "cd")),
            ("DEU", "en", dt.date(2016, 6, 3), ("cd", "small_arms")),
        ),
    ),
)


def consultation(cycle: Cycle) -> dict[str, Any]:
    """The consultation file of a cycle, as a mapping."""
    late = [r for r in cycle.replies if r[2] > cycle.cut_off]
    return {
        "symbol": cycle.symbol,
        "date": cycle.date,
        "mandate": {
            "resolution": cycle.resolution,
            "paragraph": 3,
            "adopted": cycle.adopted,
            "session": cycle.session,
            "title": dict(TITLE),
        },
        "request": {"date": cycle.request},
        "agenda": {"item": "96 (b)", "title": dict(AGENDA_TITLE), "preliminary_list": True},
        "title": dict(TITLE),
        "cut_off": cycle.cut_off,
        "addenda": [{"date": cycle.date + dt.timedelta(days=30)}] if late else [],
        "replies": [
            {
                "state": state,
                "original_language": original,
                "date": date,
                "texts": {lang: [SENTENCES[k][lang] for k in keys] for lang in LANGUAGES},
            }
            for state, original, date, keys in cycle.replies
        ],
    }


def documents() -> list[Document]:
    """Every language version of every document of the two cycles (reports and addenda)."""
    composed: list[Document] = []
    with tempfile.TemporaryDirectory() as folder:
        for cycle in CYCLES:
            path = Path(folder) / f"{cycle.symbol.replace('/', '-')}.yaml"
            path.write_text(yaml.safe_dump(consultation(cycle), allow_unicode=True))
            composed.extend(compose(load_consultation(path)).documents)
    return composed


def digest(document: Document) -> str:
    """A digest standing for the file a version would have been read from."""
    text = json.dumps(document.to_json(), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def load() -> int:
    """Stores every version in the archive (the database of the test in progress), as the
    import would after reading them. Returns how many versions were stored."""
    from memberviews.web.archive.store import drop_empty_series, store_version

    stored = 0
    for document in documents():
        store_version(
            document, digest=digest(document), filename=f"{document.symbol}-{document.language}"
        )
        stored += 1
    drop_empty_series()  # as the import does when it is done
    return stored


def write_files(folder: Path, *, fmt: str = "pdf", symbols: tuple[str, ...] = ()) -> list[Path]:
    """Renders the versions (of ``symbols``, or all) as files of ``fmt`` into ``folder``,
    as a user would gather published reports to import. Returns the files."""
    from memberviews.render.formats import render

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for document in documents():
        if symbols and document.symbol not in symbols:
            continue
        name = f"{(document.symbol or '').replace('/', '-')}-{document.language}.{fmt}"
        written.append(render(document, fmt, folder / name))
    return written

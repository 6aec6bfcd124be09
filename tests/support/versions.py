"""What the render tests expect of each language version, written from docs/conventions.md
and the wording tables' languages, not read from the code."""

from __future__ import annotations

#: Each version's word for a draft (docs/conventions.md, "Drafts").
DRAFT_WORDS = {
    "ar": "مسودة",
    "zh": "草稿",
    "en": "Draft",
    "fr": "Projet",
    "ru": "Проект",
    "es": "Borrador",
}

#: A sentence in each language but Chinese, for the replies of a version made from the
#: Chinese reference, so that the version reads as its language.
PLACEHOLDER = {
    "ar": "لا تزال تعددية الأطراف المبدأ الأساسي للمفاوضات في مجال نزع السلاح وعدم الانتشار.",
    "en": "Multilateralism remains the core principle of negotiations on disarmament.",
    "fr": "Le multilatéralisme demeure le principe fondamental des négociations.",
    "ru": "Многосторонний подход остается основным принципом переговоров о разоружении.",
    "es": "El multilateralismo sigue siendo el principio fundamental de las negociaciones.",
}

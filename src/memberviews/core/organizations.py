"""The register of organizations that reply to requests for views: EU, IAEA, OPCW, UN bodies ...

A mandate may invite intergovernmental organizations and United Nations bodies to give their
views; reports print their replies under the organization's name. Recognising those names keeps
such a reply from being taken for a State's (``find_state`` knows none of them). The names are
the United Nations forms in the six languages; lookups are exact and use the same key as the
States register (:func:`memberviews.core.states.normalize_name`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from memberviews.core.languages import CODES, get_language
from memberviews.core.states import normalize_name


@dataclass(frozen=True)
class Organization:
    """An organization that replies to requests for views.

    ``acronym`` is the English acronym and the register's key (``"EU"``, ``"IAEA"``). ``names``
    maps each language code to the organization's names in that language, the United Nations
    form first (``"Union européenne"``); ``acronyms`` maps it to the acronyms used in that
    language (``"UE"``). Two organizations are equal when their acronyms are.
    """

    acronym: str
    names: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)
    acronyms: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)

    def name(self, language: str) -> str:
        """Returns the organization's United Nations name in ``language``."""
        return self.names[get_language(language).code][0]


def find_organization(name: str, language: str | None = None) -> Organization | None:
    """Returns the organization a name designates, or ``None`` when it names none.

    ``name`` may be a full name, another known form or an acronym, in any of the six languages,
    optionally followed by the acronym in brackets (``"European Union (EU)"``); it is compared
    after :func:`~memberviews.core.states.normalize_name`. With ``language``, names of that
    language are preferred, and names of other languages still found. A name that designates
    more than one organization gives ``None``.
    """
    entries = _index().get(normalize_name(name))
    if not entries:
        return None
    if language is not None:
        code = get_language(language).code
        entries = tuple(e for e in entries if e[1] == code) or entries
    found = {organization for organization, _ in entries}
    return found.pop() if len(found) == 1 else None


def organization_by_acronym(acronym: str) -> Organization | None:
    """Returns the organization with English acronym ``acronym`` (any case), or ``None``."""
    return _BY_ACRONYM.get(acronym.strip().upper())


def all_organizations() -> tuple[Organization, ...]:
    """Returns every organization of the register."""
    return _ORGANIZATIONS


def _organization(
    acronym: str, names: dict[str, tuple[str, ...]], acronyms: dict[str, tuple[str, ...]]
) -> Organization:
    if set(names) != set(CODES) or not set(acronyms) <= set(CODES):
        raise ValueError(f"{acronym}: names are needed in exactly the six languages")
    return Organization(
        acronym=acronym,
        names=MappingProxyType({code: names[code] for code in CODES}),
        acronyms=MappingProxyType({code: acronyms.get(code, ()) for code in CODES}),
    )


_ORGANIZATIONS: tuple[Organization, ...] = (
    _organization(
        "EU",
        {
            "ar": ("الاتحاد الأوروبي",),
            "zh": ("欧洲联盟", "欧盟"),
            "en": ("European Union",),
            "fr": ("Union européenne",),
            "ru": ("Европейский союз",),
            "es": ("Unión Europea",),
        },
        {"en": ("EU",), "fr": ("UE",), "ru": ("ЕС",), "es": ("UE",)},
    ),
    _organization(
        "IAEA",
        {
            "ar": ("الوكالة الدولية للطاقة الذرية",),
            "zh": ("国际原子能机构", "原子能机构"),
            "en": ("International Atomic Energy Agency",),
            "fr": ("Agence internationale de l'énergie atomique",),
            "ru": ("Международное агентство по атомной энергии",),
            "es": ("Organismo Internacional de Energía Atómica",),
        },
        {"en": ("IAEA",), "fr": ("AIEA",), "ru": ("МАГАТЭ",), "es": ("OIEA",)},
    ),
    _organization(
        "OPCW",
        {
            "ar": ("منظمة حظر الأسلحة الكيميائية",),
            "zh": ("禁止化学武器组织", "禁化武组织"),
            # The Organisation spells its name the British way; UN documents also use -ization.
            "en": (
                "Organisation for the Prohibition of Chemical Weapons",
                "Organization for the Prohibition of Chemical Weapons",
            ),
            "fr": ("Organisation pour l'interdiction des armes chimiques",),
            "ru": ("Организация по запрещению химического оружия",),
            "es": ("Organización para la Prohibición de las Armas Químicas",),
        },
        {"en": ("OPCW",), "fr": ("OIAC",), "ru": ("ОЗХО",), "es": ("OPAQ",)},
    ),
    _organization(
        "CTBTO",
        {
            "ar": (
                "اللجنة التحضيرية لمنظمة معاهدة الحظر الشامل للتجارب النووية",
                "منظمة معاهدة الحظر الشامل للتجارب النووية",
            ),
            "zh": ("全面禁止核试验条约组织筹备委员会", "全面禁止核试验条约组织"),
            "en": (
                "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
                "Comprehensive Nuclear-Test-Ban Treaty Organization",
            ),
            "fr": (
                "Commission préparatoire de l'Organisation du Traité d'interdiction complète"
                " des essais nucléaires",
                "Organisation du Traité d'interdiction complète des essais nucléaires",
            ),
            "ru": (
                "Подготовительная комиссия Организации по Договору о всеобъемлющем запрещении"
                " ядерных испытаний",
                "Организация по Договору о всеобъемлющем запрещении ядерных испытаний",
            ),
            "es": (
                "Comisión Preparatoria de la Organización del Tratado de Prohibición Completa"
                " de los Ensayos Nucleares",
                "Organización del Tratado de Prohibición Completa de los Ensayos Nucleares",
            ),
        },
        {"en": ("CTBTO",), "fr": ("OTICE",), "ru": ("ОДВЗЯИ",), "es": ("OTPCE",)},
    ),
    _organization(
        "AU",
        {
            "ar": ("الاتحاد الأفريقي",),
            "zh": ("非洲联盟", "非盟"),
            "en": ("African Union",),
            "fr": ("Union africaine",),
            "ru": ("Африканский союз",),
            "es": ("Unión Africana",),
        },
        {"en": ("AU",), "fr": ("UA",), "es": ("UA",)},
    ),
    _organization(
        "LAS",
        {
            "ar": ("جامعة الدول العربية",),
            "zh": ("阿拉伯国家联盟", "阿拉伯联盟"),
            "en": ("League of Arab States", "Arab League"),
            "fr": ("Ligue des États arabes",),
            "ru": ("Лига арабских государств",),
            "es": ("Liga de los Estados Árabes",),
        },
        {"en": ("LAS",), "ru": ("ЛАГ",)},
    ),
    _organization(
        "OAS",
        {
            "ar": ("منظمة الدول الأمريكية",),
            "zh": ("美洲国家组织",),
            "en": ("Organization of American States",),
            "fr": ("Organisation des États américains",),
            "ru": ("Организация американских государств",),
            "es": ("Organización de los Estados Americanos",),
        },
        {"en": ("OAS",), "fr": ("OEA",), "ru": ("ОАГ",), "es": ("OEA",)},
    ),
    _organization(
        "OSCE",
        {
            "ar": ("منظمة الأمن والتعاون في أوروبا",),
            "zh": ("欧洲安全与合作组织", "欧安组织"),
            "en": ("Organization for Security and Co-operation in Europe",),
            "fr": ("Organisation pour la sécurité et la coopération en Europe",),
            "ru": ("Организация по безопасности и сотрудничеству в Европе",),
            "es": ("Organización para la Seguridad y la Cooperación en Europa",),
        },
        {"en": ("OSCE",), "fr": ("OSCE",), "ru": ("ОБСЕ",), "es": ("OSCE",)},
    ),
    _organization(
        "COE",
        {
            "ar": ("مجلس أوروبا",),
            "zh": ("欧洲委员会",),
            "en": ("Council of Europe",),
            "fr": ("Conseil de l'Europe",),
            "ru": ("Совет Европы",),
            "es": ("Consejo de Europa",),
        },
        {},
    ),
    _organization(
        "ICRC",
        {
            "ar": ("اللجنة الدولية للصليب الأحمر",),
            "zh": ("红十字国际委员会",),
            "en": ("International Committee of the Red Cross",),
            "fr": ("Comité international de la Croix-Rouge",),
            "ru": ("Международный комитет Красного Креста",),
            "es": ("Comité Internacional de la Cruz Roja",),
        },
        {"en": ("ICRC",), "fr": ("CICR",), "ru": ("МККК",), "es": ("CICR",)},
    ),
    _organization(
        "WHO",
        {
            "ar": ("منظمة الصحة العالمية",),
            "zh": ("世界卫生组织", "世卫组织"),
            "en": ("World Health Organization",),
            "fr": ("Organisation mondiale de la Santé",),
            "ru": ("Всемирная организация здравоохранения",),
            "es": ("Organización Mundial de la Salud",),
        },
        {"en": ("WHO",), "fr": ("OMS",), "ru": ("ВОЗ",), "es": ("OMS",)},
    ),
    _organization(
        "UNESCO",
        {
            "ar": ("منظمة الأمم المتحدة للتربية والعلم والثقافة",),
            "zh": ("联合国教育、科学及文化组织", "教科文组织"),
            "en": ("United Nations Educational, Scientific and Cultural Organization",),
            "fr": ("Organisation des Nations Unies pour l'éducation, la science et la culture",),
            "ru": ("Организация Объединенных Наций по вопросам образования, науки и культуры",),
            "es": (
                "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
            ),
        },
        {
            "ar": ("اليونسكو",),
            "en": ("UNESCO",),
            "fr": ("UNESCO",),
            "ru": ("ЮНЕСКО",),
            "es": ("UNESCO",),
        },
    ),
    _organization(
        "UNDP",
        {
            "ar": ("برنامج الأمم المتحدة الإنمائي",),
            "zh": ("联合国开发计划署", "开发署"),
            "en": ("United Nations Development Programme",),
            "fr": ("Programme des Nations Unies pour le développement",),
            "ru": ("Программа развития Организации Объединенных Наций",),
            "es": ("Programa de las Naciones Unidas para el Desarrollo",),
        },
        {"en": ("UNDP",), "fr": ("PNUD",), "ru": ("ПРООН",), "es": ("PNUD",)},
    ),
    _organization(
        "UNICEF",
        {
            "ar": ("منظمة الأمم المتحدة للطفولة",),
            "zh": ("联合国儿童基金会", "儿童基金会"),
            "en": ("United Nations Children's Fund",),
            "fr": ("Fonds des Nations Unies pour l'enfance",),
            "ru": ("Детский фонд Организации Объединенных Наций",),
            "es": ("Fondo de las Naciones Unidas para la Infancia",),
        },
        {
            "ar": ("اليونيسف",),
            "en": ("UNICEF",),
            "fr": ("UNICEF",),
            "ru": ("ЮНИСЕФ",),
            "es": ("UNICEF",),
        },
    ),
    _organization(
        "UNHCR",
        {
            "ar": ("مفوضية الأمم المتحدة لشؤون اللاجئين",),
            "zh": ("联合国难民事务高级专员办事处", "难民署"),
            "en": ("Office of the United Nations High Commissioner for Refugees",),
            "fr": ("Haut-Commissariat des Nations Unies pour les réfugiés",),
            "ru": (
                "Управление Верховного комиссара Организации Объединенных Наций по делам беженцев",
            ),
            "es": ("Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados",),
        },
        {"en": ("UNHCR",), "fr": ("HCR",), "ru": ("УВКБ",), "es": ("ACNUR",)},
    ),
    _organization(
        "UNEP",
        {
            "ar": ("برنامج الأمم المتحدة للبيئة",),
            "zh": ("联合国环境规划署", "环境署"),
            "en": ("United Nations Environment Programme",),
            "fr": ("Programme des Nations Unies pour l'environnement",),
            "ru": ("Программа Организации Объединенных Наций по окружающей среде",),
            "es": ("Programa de las Naciones Unidas para el Medio Ambiente",),
        },
        {"en": ("UNEP",), "fr": ("PNUE",), "ru": ("ЮНЕП",), "es": ("PNUMA",)},
    ),
    _organization(
        "FAO",
        {
            "ar": ("منظمة الأغذية والزراعة للأمم المتحدة",),
            "zh": ("联合国粮食及农业组织", "粮农组织"),
            "en": ("Food and Agriculture Organization of the United Nations",),
            "fr": ("Organisation des Nations Unies pour l'alimentation et l'agriculture",),
            "ru": ("Продовольственная и сельскохозяйственная организация Объединенных Наций",),
            "es": ("Organización de las Naciones Unidas para la Alimentación y la Agricultura",),
        },
        {"ar": ("الفاو",), "en": ("FAO",), "fr": ("FAO",), "ru": ("ФАО",), "es": ("FAO",)},
    ),
    _organization(
        "ILO",
        {
            "ar": ("منظمة العمل الدولية",),
            "zh": ("国际劳工组织", "劳工组织"),
            "en": ("International Labour Organization",),
            "fr": ("Organisation internationale du Travail",),
            "ru": ("Международная организация труда",),
            "es": ("Organización Internacional del Trabajo",),
        },
        {"en": ("ILO",), "fr": ("OIT",), "ru": ("МОТ",), "es": ("OIT",)},
    ),
    _organization(
        "IOM",
        {
            "ar": ("المنظمة الدولية للهجرة",),
            "zh": ("国际移民组织",),
            "en": ("International Organization for Migration",),
            "fr": ("Organisation internationale pour les migrations",),
            "ru": ("Международная организация по миграции",),
            "es": ("Organización Internacional para las Migraciones",),
        },
        {"en": ("IOM",), "fr": ("OIM",), "ru": ("МОМ",), "es": ("OIM",)},
    ),
    _organization(
        "INTERPOL",
        {
            "ar": ("المنظمة الدولية للشرطة الجنائية",),
            "zh": ("国际刑事警察组织", "国际刑警组织"),
            "en": ("International Criminal Police Organization",),
            "fr": ("Organisation internationale de police criminelle",),
            "ru": ("Международная организация уголовной полиции",),
            "es": ("Organización Internacional de Policía Criminal",),
        },
        {
            "ar": ("الإنتربول",),
            "en": ("INTERPOL",),
            "fr": ("INTERPOL",),
            "ru": ("Интерпол",),
            "es": ("INTERPOL",),
        },
    ),
    _organization(
        "OIC",
        {
            "ar": ("منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي"),
            "zh": ("伊斯兰合作组织", "伊斯兰会议组织"),
            # Organisation of the Islamic Conference until 2011; the -isation spelling is the
            # organization's own, UN documents also use -ization.
            "en": (
                "Organisation of Islamic Cooperation",
                "Organization of Islamic Cooperation",
                "Organisation of the Islamic Conference",
                "Organization of the Islamic Conference",
            ),
            "fr": (
                "Organisation de la coopération islamique",
                "Organisation de la Conférence islamique",
            ),
            "ru": ("Организация исламского сотрудничества", "Организация Исламская конференция"),
            "es": (
                "Organización de Cooperación Islámica",
                "Organización de la Conferencia Islámica",
            ),
        },
        {"en": ("OIC",), "fr": ("OCI",), "ru": ("ОИС",), "es": ("OCI",)},
    ),
    _organization(
        "CARICOM",
        {
            "ar": ("الجماعة الكاريبية",),
            "zh": ("加勒比共同体", "加共体"),
            "en": ("Caribbean Community",),
            "fr": ("Communauté des Caraïbes",),
            "ru": ("Карибское сообщество",),
            "es": ("Comunidad del Caribe",),
        },
        {"en": ("CARICOM",), "fr": ("CARICOM",), "ru": ("КАРИКОМ",), "es": ("CARICOM",)},
    ),
    _organization(
        "CSTO",
        {
            "ar": ("منظمة معاهدة الأمن الجماعي",),
            "zh": ("集体安全条约组织",),
            "en": ("Collective Security Treaty Organization",),
            "fr": ("Organisation du Traité de sécurité collective",),
            "ru": ("Организация Договора о коллективной безопасности",),
            "es": ("Organización del Tratado de Seguridad Colectiva",),
        },
        {"en": ("CSTO",), "fr": ("OTSC",), "ru": ("ОДКБ",), "es": ("OTSC",)},
    ),
    _organization(
        "SCO",
        {
            "ar": ("منظمة شانغهاي للتعاون",),
            "zh": ("上海合作组织", "上合组织"),
            "en": ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"),
            "fr": ("Organisation de Shanghai pour la coopération",),
            "ru": ("Шанхайская организация сотрудничества",),
            "es": ("Organización de Cooperación de Shanghái",),
        },
        {"en": ("SCO",), "fr": ("OCS",), "ru": ("ШОС",), "es": ("OCS",)},
    ),
    _organization(
        "OHCHR",
        {
            "ar": ("مفوضية الأمم المتحدة السامية لحقوق الإنسان",),
            "zh": ("联合国人权事务高级专员办事处", "人权高专办"),
            "en": ("Office of the United Nations High Commissioner for Human Rights",),
            "fr": ("Haut-Commissariat des Nations Unies aux droits de l'homme",),
            "ru": (
                "Управление Верховного комиссара Организации Объединенных Наций по правам человека",
            ),
            "es": (
                "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
            ),
        },
        {"en": ("OHCHR",), "fr": ("HCDH",), "ru": ("УВКПЧ",), "es": ("ACNUDH",)},
    ),
    _organization(
        "UNODC",
        {
            "ar": ("مكتب الأمم المتحدة المعني بالمخدرات والجريمة",),
            "zh": ("联合国毒品和犯罪问题办公室", "毒品和犯罪问题办公室"),
            "en": ("United Nations Office on Drugs and Crime",),
            "fr": ("Office des Nations Unies contre la drogue et le crime",),
            "ru": ("Управление Организации Объединенных Наций по наркотикам и преступности",),
            "es": ("Oficina de las Naciones Unidas contra la Droga y el Delito",),
        },
        {"en": ("UNODC",), "fr": ("ONUDC",), "ru": ("ЮНОДК",), "es": ("UNODC",)},
    ),
    _organization(
        "UNIDIR",
        {
            "ar": ("معهد الأمم المتحدة لبحوث نزع السلاح",),
            "zh": ("联合国裁军研究所", "裁研所"),
            "en": ("United Nations Institute for Disarmament Research",),
            "fr": ("Institut des Nations Unies pour la recherche sur le désarmement",),
            "ru": ("Институт Организации Объединенных Наций по исследованию проблем разоружения",),
            "es": ("Instituto de las Naciones Unidas de Investigación sobre el Desarme",),
        },
        {"en": ("UNIDIR",), "fr": ("UNIDIR",), "ru": ("ЮНИДИР",), "es": ("UNIDIR",)},
    ),
    _organization(
        "UNODA",
        {
            "ar": ("مكتب شؤون نزع السلاح",),
            "zh": ("裁军事务厅",),
            "en": (
                "Office for Disarmament Affairs",
                "United Nations Office for Disarmament Affairs",
            ),
            "fr": ("Bureau des affaires de désarmement",),
            "ru": ("Управление по вопросам разоружения",),
            "es": ("Oficina de Asuntos de Desarme",),
        },
        {"en": ("UNODA",)},
    ),
)

_BY_ACRONYM: Mapping[str, Organization] = {o.acronym: o for o in _ORGANIZATIONS}


@cache
def _index() -> Mapping[str, tuple[tuple[Organization, str], ...]]:
    """Returns (organization, language) entries by normalised name, built on first use."""
    index: dict[str, list[tuple[Organization, str]]] = {}
    for organization in _ORGANIZATIONS:
        for code in CODES:
            names = organization.names[code]
            acronyms = organization.acronyms[code]
            forms = [*names, *acronyms, *(f"{n} ({a})" for n in names for a in acronyms)]
            for form in forms:
                entries = index.setdefault(normalize_name(form), [])
                if (organization, code) not in entries:
                    entries.append((organization, code))
    return {key: tuple(entries) for key, entries in index.items()}

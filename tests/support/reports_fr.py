"""Synthetic French reports: a 2014 report with contents and French typography (non-breaking
spaces, « »), and an addendum whose only reply lost its State heading."""

from __future__ import annotations

from datetime import date

from memberviews.core.model import Mandate, Section
from support.specimen import (
    Cover,
    Expected,
    ExpectedReply,
    L,
    N,
    P,
    Reply,
    ReplySection,
    SectionHead,
    SyntheticReport,
    Toc,
)

NB = "\u00a0"  # the non-breaking space French puts before : ; ? ! and inside « »

FR_CONFIDENCE = SyntheticReport(
    key="fr-A-69-118",
    language="fr",
    symbol="A/69/118",
    running_symbol="A/69/118",
    job_number="14-57213",
    processing_date="070714",
    variations=(
        "cover (preliminary list, footnote * A/69/50.)",
        "Table des matières",
        "no original tag for French replies",
        "[1er mai 2014]",
        "bracketed name (Bolivie (État plurinational de))",
        "names without UNTERM row (Côte d’Ivoire) and historic (République tchèque, Swaziland)",
        "• items",
        "non-breaking spaces (before : and ;, in « », in 30 000)",
    ),
    cover=Cover(
        organization="Nations Unies",
        organ="Assemblée générale",
        distribution="Distr. générale",
        date="7 juillet 2014",
        version_name="Français",
        original=f"Original{NB}: anglais/espagnol/français",
        session="Soixante-neuvième session",
        agenda_item="Point 96 de la liste préliminaire*",
        agenda_title="Désarmement général et complet",
        title="Information sur les mesures de confiance dans le domaine des armes classiques",
        report_of="Rapport du Secrétaire général",
        footnotes=("* A/69/50.",),
    ),
    toc=Toc("Table des matières", "Page"),
    introduction_head=SectionHead("I", "Introduction"),
    introduction=(
        N(
            1,
            "Au paragraphe 3 de sa résolution 68/44 du 5 décembre 2013, intitulée"
            f" «{NB}Information sur les mesures de confiance dans le domaine des armes"
            f" classiques{NB}», l’Assemblée générale a prié le Secrétaire général de lui"
            " présenter, à sa soixante-neuvième session, un rapport contenant les informations"
            " communiquées par les États Membres sur les mesures de confiance qu’ils ont prises"
            " dans ce domaine.",
        ),
        N(
            2,
            "Le 14 février 2014, une note verbale a été adressée à tous les États Membres pour"
            " appeler leur attention sur la résolution et les inviter à communiquer leurs vues"
            " avant le 30 avril 2014. Les réponses reçues à ce jour sont reproduites à la"
            " section II du présent rapport. Toute réponse reçue ultérieurement sera publiée"
            " sous forme d’additif.",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("II", "Réponses reçues des gouvernements"),
            (
                Reply(
                    "Bolivie (État plurinational de)",
                    (f"[Original{NB}: espagnol]", "[28 avril 2014]"),
                    (
                        P(
                            "L’État plurinational de Bolivie considère que les mesures de"
                            " confiance dans le domaine des armes classiques contribuent à la"
                            " prévention des conflits et au renforcement de la coopération entre"
                            " les États de la région. La Bolivie participe au Registre des armes"
                            " classiques de l’Organisation des Nations Unies et présente chaque"
                            " année un rapport sur ses dépenses militaires, conformément à la"
                            " résolution 68/23."
                        ),
                        P(
                            "Dans le cadre de l’Union des nations de l’Amérique du Sud (UNASUR),"
                            " la Bolivie a contribué à l’élaboration du Registre sud-américain"
                            " des dépenses de défense, dont le premier rapport a été publié en"
                            " 2014."
                        ),
                    ),
                ),
                Reply(
                    "Côte d’Ivoire",
                    ("[30 avril 2014]",),
                    (
                        P(
                            "La Côte d’Ivoire, qui sort d’une longue crise militaro-politique,"
                            " accorde une importance particulière aux mesures de confiance dans"
                            " le domaine des armes classiques. La Commission nationale de lutte"
                            " contre la prolifération et la circulation illicite des armes"
                            " légères et de petit calibre, créée par décret du 9 juillet 2009, a"
                            f" procédé au marquage de plus de 30{NB}000 armes détenues par les"
                            " forces de défense et de sécurité."
                        ),
                        P(
                            "Le Gouvernement ivoirien met en œuvre la Convention de la Communauté"
                            " économique des États de l’Afrique de l’Ouest sur les armes légères"
                            " et de petit calibre, leurs munitions et autres matériels connexes,"
                            f" adoptée à Abuja le 14 juin 2006{NB}; il a également signé le"
                            " Traité sur le commerce des armes le 3 juin 2013."
                        ),
                    ),
                ),
                Reply(
                    "République tchèque",
                    (f"[Original{NB}: anglais]", "[1er mai 2014]"),
                    (
                        P(
                            "La République tchèque communique chaque année des informations au"
                            " Registre des armes classiques de l’Organisation des Nations Unies"
                            " et à l’instrument normalisé d’établissement des rapports sur les"
                            " dépenses militaires. Elle échange en outre des informations"
                            " militaires dans le cadre du Document de Vienne 2011 de"
                            " l’Organisation pour la sécurité et la coopération en Europe (OSCE)"
                            " et du Traité sur les forces armées conventionnelles en Europe."
                        ),
                        P(
                            "En 2013, la République tchèque a accueilli quatre visites"
                            " d’évaluation et d’inspection et en a effectué six sur le territoire"
                            " d’autres États participants de l’OSCE."
                        ),
                    ),
                ),
                Reply(
                    "Suisse",
                    ("[5 mai 2014]",),
                    (
                        P(
                            "La Suisse attache une grande importance aux mesures de confiance et"
                            " de sécurité, qui constituent un complément essentiel aux"
                            " instruments de maîtrise des armements. Elle met en œuvre les"
                            f" mesures suivantes{NB}:"
                        ),
                        L(
                            "•",
                            "la communication annuelle de données au Registre des armes"
                            " classiques de l’Organisation des Nations Unies, y compris sur les"
                            f" armes légères et de petit calibre{NB};",
                        ),
                        L(
                            "•",
                            "l’échange d’informations militaires prévu par le Document de Vienne"
                            f" de l’OSCE{NB};",
                        ),
                        L(
                            "•",
                            "le soutien, par des contributions volontaires, aux projets de"
                            " gestion des stocks de munitions en Bosnie-Herzégovine et en"
                            " République de Moldova.",
                        ),
                        P(
                            "La Suisse est d’avis que la transparence en matière d’armements"
                            " contribue à réduire les risques de malentendus et d’erreurs"
                            " d’appréciation entre États."
                        ),
                    ),
                ),
                Reply(
                    "Swaziland",
                    (f"[Original{NB}: anglais]", "[12 mai 2014]"),
                    (
                        P(
                            "Le Royaume du Swaziland n’a pas de façade maritime et ne possède pas"
                            " d’industrie d’armement. Il soutient néanmoins toutes les"
                            " initiatives régionales visant à renforcer la confiance entre États,"
                            " notamment dans le cadre de la Communauté de développement de"
                            " l’Afrique australe (SADC)."
                        ),
                    ),
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/69/118",
        language="fr",
        job_number="14-57213",
        mandate=Mandate(
            resolution="68/44",
            paragraph=3,
            adopted=date(2013, 12, 5),
            session=69,
            title="Information sur les mesures de confiance dans le domaine des armes classiques",
        ),
        request_date=date(2014, 2, 14),
        sections=(
            Section("I", "Introduction"),
            Section("II", "Réponses reçues des gouvernements"),
        ),
        replies=(
            ExpectedReply(
                iso3="BOL",
                heading="Bolivie (État plurinational de)",
                original_language="es",
                date=date(2014, 4, 28),
                paragraphs=2,
                first="L’État plurinational de Bolivie considère que les mesures de confiance"
                " dans le domaine des armes classiques contribuent à la prévention des conflits"
                " et au renforcement de la coopération entre les États de la région. La Bolivie"
                " participe au Registre des armes classiques de l’Organisation des Nations Unies"
                " et présente chaque année un rapport sur ses dépenses militaires, conformément"
                " à la résolution 68/23.",
                last="Dans le cadre de l’Union des nations de l’Amérique du Sud (UNASUR), la"
                " Bolivie a contribué à l’élaboration du Registre sud-américain des dépenses de"
                " défense, dont le premier rapport a été publié en 2014.",
            ),
            ExpectedReply(
                iso3="CIV",
                heading="Côte d’Ivoire",
                original_language="fr",
                date=date(2014, 4, 30),
                paragraphs=2,
                first="La Côte d’Ivoire, qui sort d’une longue crise militaro-politique, accorde"
                " une importance particulière aux mesures de confiance dans le domaine des armes"
                " classiques. La Commission nationale de lutte contre la prolifération et la"
                " circulation illicite des armes légères et de petit calibre, créée par décret"
                " du 9 juillet 2009, a procédé au marquage de plus de 30\u00a0000 armes détenues"
                " par les forces de défense et de sécurité.",
                last="Le Gouvernement ivoirien met en œuvre la Convention de la Communauté"
                " économique des États de l’Afrique de l’Ouest sur les armes légères et de petit"
                " calibre, leurs munitions et autres matériels connexes, adoptée à Abuja le"
                " 14 juin 2006\u00a0; il a également signé le Traité sur le commerce des armes le"
                " 3 juin 2013.",
            ),
            ExpectedReply(
                iso3="CZE",
                heading="République tchèque",
                original_language="en",
                date=date(2014, 5, 1),
                paragraphs=2,
                first="La République tchèque communique chaque année des informations au Registre"
                " des armes classiques de l’Organisation des Nations Unies et à l’instrument"
                " normalisé d’établissement des rapports sur les dépenses militaires. Elle"
                " échange en outre des informations militaires dans le cadre du Document de"
                " Vienne 2011 de l’Organisation pour la sécurité et la coopération en Europe"
                " (OSCE) et du Traité sur les forces armées conventionnelles en Europe.",
                last="En 2013, la République tchèque a accueilli quatre visites d’évaluation et"
                " d’inspection et en a effectué six sur le territoire d’autres États"
                " participants de l’OSCE.",
            ),
            ExpectedReply(
                iso3="CHE",
                heading="Suisse",
                original_language="fr",
                date=date(2014, 5, 5),
                paragraphs=5,
                first="La Suisse attache une grande importance aux mesures de confiance et de"
                " sécurité, qui constituent un complément essentiel aux instruments de maîtrise"
                " des armements. Elle met en œuvre les mesures suivantes\u00a0:",
                last="La Suisse est d’avis que la transparence en matière d’armements contribue à"
                " réduire les risques de malentendus et d’erreurs d’appréciation entre États.",
            ),
            ExpectedReply(
                iso3="SWZ",
                heading="Swaziland",
                original_language="en",
                date=date(2014, 5, 12),
                paragraphs=1,
                first="Le Royaume du Swaziland n’a pas de façade maritime et ne possède pas"
                " d’industrie d’armement. Il soutient néanmoins toutes les initiatives régionales"
                " visant à renforcer la confiance entre États, notamment dans le cadre de la"
                " Communauté de développement de l’Afrique australe (SADC).",
                last="Le Royaume du Swaziland n’a pas de façade maritime et ne possède pas"
                " d’industrie d’armement. Il soutient néanmoins toutes les initiatives régionales"
                " visant à renforcer la confiance entre États, notamment dans le cadre de la"
                " Communauté de développement de l’Afrique australe (SADC).",
            ),
        ),
    ),
)


FR_DEVELOPMENT_ADDENDUM = SyntheticReport(
    key="fr-A-70-123-Add.1",
    language="fr",
    symbol="A/70/123/Add.1",
    running_symbol="A/70/123/Add.1",
    job_number="15-15432",
    processing_date="100915",
    variations=(
        "addendum (Additif) with its own short introduction",
        "reply without a State heading (the text names Japan: nothing may be guessed)",
        "[1er septembre 2015]",
        "no request date in the introduction (expected None)",
        "main report symbol quoted in the introduction",
    ),
    cover=Cover(
        organization="Nations Unies",
        organ="Assemblée générale",
        distribution="Distr. générale",
        date="10 septembre 2015",
        version_name="Français",
        original=f"Original{NB}: anglais",
        session="Soixante-dixième session",
        agenda_item="Point 97 de l’ordre du jour provisoire*",
        agenda_title="Désarmement général et complet",
        title="Relation entre le désarmement et le développement",
        report_of="Rapport du Secrétaire général",
        addendum="Additif",
        footnotes=("* A/70/150.",),
    ),
    introduction_head=SectionHead("I", "Introduction"),
    introduction=(
        N(
            1,
            "Au paragraphe 4 de sa résolution 69/56 du 2 décembre 2014, l’Assemblée générale a"
            " prié le Secrétaire général de continuer à solliciter les vues des États Membres"
            " sur la relation entre le désarmement et le développement et de lui présenter un"
            " rapport à sa soixante-dixième session.",
        ),
        N(
            2,
            "Le présent additif reproduit une réponse reçue après la publication du rapport"
            " principal (A/70/123).",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("II", "Réponses reçues des gouvernements"),
            (
                Reply(
                    None,
                    (f"[Original{NB}: anglais]", "[1er septembre 2015]"),
                    (
                        P(
                            "Le Gouvernement japonais considère que le désarmement et le"
                            " développement sont deux des principaux instruments dont dispose la"
                            " communauté internationale pour instaurer un monde plus sûr. Les"
                            " ressources libérées par la réduction des dépenses militaires"
                            " devraient pouvoir être consacrées au développement économique et"
                            " social, en particulier dans les pays les moins avancés."
                        ),
                        P(
                            "Le Japon a ainsi financé, depuis 1998, des projets de collecte"
                            " d’armes légères en échange d’une aide au développement"
                            f" («{NB}des armes contre le développement{NB}») au Cambodge, en"
                            " Sierra Leone et au Libéria."
                        ),
                        P(
                            "Le Japon continuera d’appuyer les efforts de l’Organisation des"
                            " Nations Unies dans ce domaine."
                        ),
                    ),
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/70/123/Add.1",
        language="fr",
        job_number="15-15432",
        mandate=Mandate(resolution="69/56", paragraph=4, adopted=date(2014, 12, 2), session=70),
        request_date=None,
        sections=(
            Section("I", "Introduction"),
            Section("II", "Réponses reçues des gouvernements"),
        ),
        replies=(
            ExpectedReply(
                heading=None,
                original_language="en",
                date=date(2015, 9, 1),
                paragraphs=3,
                first="Le Gouvernement japonais considère que le désarmement et le développement"
                " sont deux des principaux instruments dont dispose la communauté internationale"
                " pour instaurer un monde plus sûr. Les ressources libérées par la réduction des"
                " dépenses militaires devraient pouvoir être consacrées au développement"
                " économique et social, en particulier dans les pays les moins avancés.",
                last="Le Japon continuera d’appuyer les efforts de l’Organisation des Nations"
                " Unies dans ce domaine.",
            ),
        ),
    ),
)

REPORTS = (FR_CONFIDENCE, FR_DEVELOPMENT_ADDENDUM)

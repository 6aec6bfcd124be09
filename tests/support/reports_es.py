"""A synthetic Spanish report: States in Spanish alphabetical order (España between Ecuador
and Iraq), tags on one line for every reply, Spanish list letters ``a)``."""

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

ES_DEPLETED_URANIUM = SyntheticReport(
    key="es-A-69-120",
    language="es",
    symbol="A/69/120",
    running_symbol="A/69/120",
    job_number="14-56431",
    processing_date="080714",
    variations=(
        "cover",
        "Índice",
        "Spanish alphabetical order (España between Ecuador and Iraq)",
        "tag and date on one line, [Original: español] printed for Spanish replies",
        "a) items",
        "historic name in lower case (ex República Yugoslava de Macedonia)",
        "bracketed name (Irán (República Islámica del))",
        "brackets inside a paragraph",
        "sub-heading inside a reply",
        "original in Arabic ([Original: árabe])",
    ),
    cover=Cover(
        organization="Naciones Unidas",
        organ="Asamblea General",
        distribution="Distr. general",
        date="8 de julio de 2014",
        version_name="Español",
        original="Original: árabe/español/inglés",
        session="Sexagésimo noveno período de sesiones",
        agenda_item="Tema 96 del programa provisional*",
        agenda_title="Desarme general y completo",
        title="Efectos de la utilización de armamentos y municiones que contienen uranio"
        " empobrecido",
        report_of="Informe del Secretario General",
        footnotes=("* A/69/150.",),
    ),
    toc=Toc("Índice", "Página"),
    introduction_head=SectionHead("I", "Introducción"),
    introduction=(
        N(
            1,
            "En el párrafo 6 de su resolución 67/36, de 3 de diciembre de 2012, titulada"
            " “Efectos de la utilización de armamentos y municiones que contienen uranio"
            " empobrecido”, la Asamblea General solicitó al Secretario General que recabara la"
            " opinión de los Estados Miembros y de las organizaciones internacionales"
            " competentes sobre los efectos de la utilización de armamentos y municiones que"
            " contienen uranio empobrecido y que le presentara un informe al respecto en su"
            " sexagésimo noveno período de sesiones.",
        ),
        N(
            2,
            "En cumplimiento de esa solicitud, el 7 de febrero de 2014 se envió una nota verbal a"
            " los Estados Miembros en la que se les invitaba a presentar sus opiniones. Las"
            " respuestas recibidas figuran en la sección II del presente informe. Las que se"
            " reciban con posterioridad se publicarán como adiciones.",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("II", "Respuestas recibidas de los Gobiernos"),
            (
                Reply(
                    "Cuba",
                    ("[Original: español]", "[29 de abril de 2014]"),
                    (
                        P(
                            "Cuba comparte la preocupación de la comunidad internacional por los"
                            " posibles efectos nocivos de la utilización de armamentos y"
                            " municiones que contienen uranio empobrecido sobre la salud humana y"
                            " el medio ambiente."
                        ),
                        P(
                            "Cuba considera que, en aplicación del principio de precaución, los"
                            " Estados deben abstenerse de producir, almacenar y utilizar ese tipo"
                            " de armamentos hasta que se disponga de una evaluación científica"
                            " concluyente sobre sus efectos. Asimismo, los Estados que los hayan"
                            " utilizado deben proporcionar a las autoridades competentes de los"
                            " Estados afectados, cuando estos lo soliciten, información sobre la"
                            " ubicación de las zonas de uso y las cantidades utilizadas."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Ecuador",
                    ("[Original: español]", "[5 de mayo de 2014]"),
                    (
                        P(
                            "El Ecuador, en su calidad de Estado parte en el Tratado de"
                            " Tlatelolco, reafirma su compromiso con el desarme general y"
                            " completo y apoya la resolución 67/36 de la Asamblea General."
                        ),
                        P("Medidas nacionales"),
                        P(
                            "La Constitución de la República del Ecuador, aprobada en 2008,"
                            " prohíbe el desarrollo, la producción, la tenencia, la"
                            " comercialización, la importación, el transporte, el almacenamiento"
                            " y el uso de armas químicas, biológicas y nucleares, así como de"
                            " contaminantes orgánicos persistentes altamente tóxicos. El Ecuador"
                            " no posee ni ha utilizado nunca armamentos o municiones que"
                            " contengan uranio empobrecido."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "España",
                    ("[Original: español]", "[12 de mayo de 2014]"),
                    (
                        P(
                            "España no dispone en sus arsenales de armamentos ni de municiones"
                            " que contengan uranio empobrecido."
                        ),
                        P(
                            "Las Fuerzas Armadas españolas desplegadas en operaciones en el"
                            " exterior aplican los siguientes procedimientos:"
                        ),
                        L(
                            "a)",
                            "vigilancia radiológica de las zonas de despliegue en las que se"
                            " sospeche la presencia de residuos de uranio empobrecido;",
                        ),
                        L(
                            "b)",
                            "reconocimientos médicos del personal antes y después de su"
                            " participación en las misiones;",
                        ),
                        L(
                            "c)",
                            "registro de las posibles exposiciones en el historial médico de cada"
                            " militar.",
                        ),
                        P(
                            "Los estudios epidemiológicos realizados por el Ministerio de Defensa"
                            " no han detectado, hasta la fecha, un aumento de la incidencia de"
                            " enfermedades en el personal desplegado."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "ex República Yugoslava de Macedonia",
                    ("[Original: inglés]", "[20 de mayo de 2014]"),
                    (
                        P(
                            "La ex República Yugoslava de Macedonia no produce ni posee"
                            " armamentos ni municiones que contengan uranio empobrecido. Tras el"
                            " conflicto de 1999 en la región, el Gobierno, con la asistencia del"
                            " Programa de las Naciones Unidas para el Medio Ambiente, llevó a cabo"
                            " una evaluación de las zonas fronterizas, que no reveló"
                            " contaminación alguna."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Irán (República Islámica del)",
                    ("[Original: inglés]", "[27 de mayo de 2014]"),
                    (
                        P(
                            "La República Islámica del Irán considera que la utilización de"
                            " armamentos y municiones que contienen uranio empobrecido constituye"
                            " una violación de los principios del derecho internacional"
                            " humanitario, en particular de la prohibición de emplear armas que"
                            " causen daños superfluos o sufrimientos innecesarios [véase el"
                            " artículo 35 del Protocolo adicional I a los Convenios de Ginebra de"
                            " 1949]."
                        ),
                        P(
                            "La República Islámica del Irán pide que se elabore un instrumento"
                            " internacional jurídicamente vinculante que prohíba la producción,"
                            " la transferencia y el empleo de este tipo de armamentos."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Iraq",
                    ("[Original: árabe]", "[2 de junio de 2014]"),
                    (
                        P(
                            "El Iraq es uno de los países más afectados por el uso de municiones"
                            " que contienen uranio empobrecido, utilizadas durante los conflictos"
                            " de 1991 y 2003. Según el Ministerio de Medio Ambiente del Iraq, se"
                            " han identificado más de 300 emplazamientos contaminados, de los que"
                            " solo una parte ha sido descontaminada."
                        ),
                        P(
                            "El Iraq pide a los Estados que utilizaron esas municiones que le"
                            " faciliten información detallada sobre los lugares en que se"
                            " emplearon y las cantidades utilizadas, y que le presten asistencia"
                            " técnica y financiera para las labores de descontaminación y para la"
                            " atención médica de las poblaciones afectadas."
                        ),
                        P(
                            "El Iraq apoya la creación de un mecanismo internacional de vigilancia"
                            " de los efectos sanitarios y ambientales del uranio empobrecido."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/69/120",
        language="es",
        job_number="14-56431",
        mandate=Mandate(
            resolution="67/36",
            paragraph=6,
            adopted=date(2012, 12, 3),
            session=69,
            title=(
                "Efectos de la utilización de armamentos y municiones que contienen uranio"
                " empobrecido"
            ),
        ),
        request_date=date(2014, 2, 7),
        sections=(
            Section("I", "Introducción"),
            Section("II", "Respuestas recibidas de los Gobiernos"),
        ),
        replies=(
            ExpectedReply(
                iso3="CUB",
                heading="Cuba",
                original_language="es",
                date=date(2014, 4, 29),
                paragraphs=2,
                first="Cuba comparte la preocupación de la comunidad internacional por los"
                " posibles efectos nocivos de la utilización de armamentos y municiones que"
                " contienen uranio empobrecido sobre la salud humana y el medio ambiente.",
                last="Cuba considera que, en aplicación del principio de precaución, los Estados"
                " deben abstenerse de producir, almacenar y utilizar ese tipo de armamentos hasta"
                " que se disponga de una evaluación científica concluyente sobre sus efectos."
                " Asimismo, los Estados que los hayan utilizado deben proporcionar a las"
                " autoridades competentes de los Estados afectados, cuando estos lo soliciten,"
                " información sobre la ubicación de las zonas de uso y las cantidades"
                " utilizadas.",
            ),
            ExpectedReply(
                iso3="ECU",
                heading="Ecuador",
                original_language="es",
                date=date(2014, 5, 5),
                paragraphs=3,
                first="El Ecuador, en su calidad de Estado parte en el Tratado de Tlatelolco,"
                " reafirma su compromiso con el desarme general y completo y apoya la resolución"
                " 67/36 de la Asamblea General.",
                last="La Constitución de la República del Ecuador, aprobada en 2008, prohíbe el"
                " desarrollo, la producción, la tenencia, la comercialización, la importación, el"
                " transporte, el almacenamiento y el uso de armas químicas, biológicas y"
                " nucleares, así como de contaminantes orgánicos persistentes altamente tóxicos."
                " El Ecuador no posee ni ha utilizado nunca armamentos o municiones que"
                " contengan uranio empobrecido.",
            ),
            ExpectedReply(
                iso3="ESP",
                heading="España",
                original_language="es",
                date=date(2014, 5, 12),
                paragraphs=6,
                first="España no dispone en sus arsenales de armamentos ni de municiones que"
                " contengan uranio empobrecido.",
                last="Los estudios epidemiológicos realizados por el Ministerio de Defensa no han"
                " detectado, hasta la fecha, un aumento de la incidencia de enfermedades en el"
                " personal desplegado.",
            ),
            ExpectedReply(
                iso3="MKD",
                heading="ex República Yugoslava de Macedonia",
                original_language="en",
                date=date(2014, 5, 20),
                paragraphs=1,
                first="La ex República Yugoslava de Macedonia no produce ni posee armamentos ni"
                " municiones que contengan uranio empobrecido. Tras el conflicto de 1999 en la"
                " región, el Gobierno, con la asistencia del Programa de las Naciones Unidas para"
                " el Medio Ambiente, llevó a cabo una evaluación de las zonas fronterizas, que no"
                " reveló contaminación alguna.",
                last="La ex República Yugoslava de Macedonia no produce ni posee armamentos ni"
                " municiones que contengan uranio empobrecido. Tras el conflicto de 1999 en la"
                " región, el Gobierno, con la asistencia del Programa de las Naciones Unidas para"
                " el Medio Ambiente, llevó a cabo una evaluación de las zonas fronterizas, que no"
                " reveló contaminación alguna.",
            ),
            ExpectedReply(
                iso3="IRN",
                heading="Irán (República Islámica del)",
                original_language="en",
                date=date(2014, 5, 27),
                paragraphs=2,
                first="La República Islámica del Irán considera que la utilización de armamentos"
                " y municiones que contienen uranio empobrecido constituye una violación de los"
                " principios del derecho internacional humanitario, en particular de la"
                " prohibición de emplear armas que causen daños superfluos o sufrimientos"
                " innecesarios [véase el artículo 35 del Protocolo adicional I a los Convenios de"
                " Ginebra de 1949].",
                last="La República Islámica del Irán pide que se elabore un instrumento"
                " internacional jurídicamente vinculante que prohíba la producción, la"
                " transferencia y el empleo de este tipo de armamentos.",
            ),
            ExpectedReply(
                iso3="IRQ",
                heading="Iraq",
                original_language="ar",
                date=date(2014, 6, 2),
                paragraphs=3,
                first="El Iraq es uno de los países más afectados por el uso de municiones que"
                " contienen uranio empobrecido, utilizadas durante los conflictos de 1991 y 2003."
                " Según el Ministerio de Medio Ambiente del Iraq, se han identificado más de 300"
                " emplazamientos contaminados, de los que solo una parte ha sido"
                " descontaminada.",
                last="El Iraq apoya la creación de un mecanismo internacional de vigilancia de los"
                " efectos sanitarios y ambientales del uranio empobrecido.",
            ),
        ),
    ),
)

REPORTS = (ES_DEPLETED_URANIUM,)

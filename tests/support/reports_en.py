"""Synthetic English reports: a 2016 report with a cover, contents and organizations, and a
2012 reissue with historic State names and tags on one line."""

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

EN_MULTILATERALISM = SyntheticReport(
    key="en-A-71-137",
    language="en",
    symbol="A/71/137",
    running_symbol="A/71/137",
    job_number="16-11872",
    processing_date="120716",
    variations=(
        "cover",
        "contents",
        "organizations",
        "bracketed names",
        "long heading wraps",
        "numbered reply paragraphs",
        "(a) and • items",
        "no original tag for English replies",
        "sub-headings inside a reply",
        "distractor resolution and dates in the introduction",
    ),
    cover=Cover(
        organization="United Nations",
        organ="General Assembly",
        distribution="Distr.: General",
        date="12 July 2016",
        original="Original: English/Spanish",
        session="Seventy-first session",
        agenda_item="Item 98 (c) of the provisional agenda*",
        agenda_title="General and complete disarmament",
        title="Promotion of multilateralism in the area of disarmament and non-proliferation",
        report_of="Report of the Secretary-General",
        footnotes=("* A/71/150.",),
    ),
    toc=Toc("Contents", "Page"),
    introduction_head=SectionHead("I", "Introduction"),
    introduction=(
        N(
            1,
            "In paragraph 5 of its resolution 70/42 of 7 December 2015, entitled “Promotion of"
            " multilateralism in the area of disarmament and non-proliferation”, the General"
            " Assembly requested the Secretary-General to seek the views of Member States on the"
            " issue of the promotion of multilateralism in the area of disarmament and"
            " non-proliferation, and to submit a report thereon to the Assembly at its"
            " seventy-first session.",
        ),
        N(
            2,
            "Pursuant to that request, on 12 February 2016 the Office for Disarmament Affairs"
            " sent a note verbale to all Member States inviting them to submit their views by"
            " 31 May 2016. The replies received as at 10 June 2016 are reproduced in sections II"
            " and III below, as received. Any replies received after that date will be issued as"
            " addenda to the present report.",
        ),
        N(
            3,
            "The present report should be read together with the previous report of the"
            " Secretary-General on the subject (A/69/119), which contains the views submitted in"
            " 2014 in accordance with resolution 68/38.",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("II", "Replies received from Governments"),
            (
                Reply(
                    "Bolivia (Plurinational State of)",
                    ("[Original: Spanish]", "[27 May 2016]"),
                    (
                        P(
                            "The Plurinational State of Bolivia reaffirms that multilateralism"
                            " is the core principle of negotiations in the area of disarmament"
                            " and non-proliferation, and that the solutions to the problems of"
                            " international security can be found only through the collective"
                            " action of States, in accordance with the purposes and principles"
                            " of the Charter of the United Nations."
                        ),
                        P(
                            "The Constitution of the Plurinational State of Bolivia, adopted by"
                            " referendum on 25 January 2009, declares Bolivia a pacifist State"
                            " that promotes a culture of peace and the right to peace, and"
                            " rejects all wars of aggression as a means of resolving disputes"
                            " between States. In that spirit, Bolivia has signed and ratified"
                            " the main international instruments on weapons of mass"
                            " destruction, including the Treaty for the Prohibition of Nuclear"
                            " Weapons in Latin America and the Caribbean (Treaty of Tlatelolco),"
                            " and supports the proposal to convene a high-level international"
                            " conference on nuclear disarmament no later than 2018."
                        ),
                        P(
                            "Bolivia calls upon the States that have not yet done so to sign and"
                            " ratify the Comprehensive Nuclear-Test-Ban Treaty, and reiterates its"
                            " support for resolution 70/42 and for the work of the Conference on"
                            " Disarmament, which must resume its substantive work without"
                            " further delay."
                        ),
                    ),
                ),
                Reply(
                    "Iran (Islamic Republic of)",
                    ("[31 May 2016]",),
                    (
                        P(
                            "The Islamic Republic of Iran attaches great importance to"
                            " multilateralism as the core principle in negotiations on"
                            " disarmament and non-proliferation. Unilateral and coercive"
                            " measures, as well as selective approaches, undermine confidence"
                            " among States and the credibility of the disarmament machinery"
                            " established by the first special session of the General Assembly"
                            " devoted to disarmament, held in 1978."
                        ),
                        P("In that context, the Islamic Republic of Iran is of the view that:"),
                        L(
                            "(a)",
                            "The Conference on Disarmament, as the sole multilateral negotiating"
                            " forum on disarmament, should commence without delay negotiations"
                            " on a comprehensive convention on nuclear weapons;",
                        ),
                        L(
                            "(b)",
                            "The full and non-discriminatory implementation of article VI of the"
                            " Treaty on the Non-Proliferation of Nuclear Weapons (NPT) remains"
                            " the highest priority;",
                        ),
                        L(
                            "(c)",
                            "The inalienable right of all States parties to the NPT to develop"
                            " research, production and use of nuclear energy for peaceful"
                            " purposes must be fully respected, in accordance with article IV of"
                            " the Treaty.",
                        ),
                        P(
                            "The Islamic Republic of Iran shares the position of the Movement of"
                            " Non-Aligned Countries that “[t]he total elimination of nuclear"
                            " weapons is the only absolute guarantee against the use or threat"
                            " of use of nuclear weapons”."
                        ),
                    ),
                ),
                Reply(
                    "Mexico",
                    ("[Original: Spanish]", "[20 May 2016]"),
                    (
                        N(
                            1,
                            "Mexico considers that multilateralism and the strengthening of"
                            " international law are the only viable means of achieving general"
                            " and complete disarmament under strict and effective international"
                            " control.",
                        ),
                        N(
                            2,
                            "The disarmament machinery has not yielded results for two decades."
                            " The Conference on Disarmament has been unable to adopt a programme"
                            " of work since 1996, and the Disarmament Commission has not agreed"
                            " on substantive recommendations since 1999. That situation is not"
                            " the result of the rules of procedure alone, but of the lack of"
                            " political will of some States to advance on the basis of the rule"
                            " of consensus, which has been interpreted as a right of veto.",
                        ),
                        N(
                            3,
                            "Mexico reiterates the position set out in paragraph 1. The"
                            " open-ended working group established pursuant to resolution 70/33,"
                            " which met in Geneva in 2016, has shown that inclusive processes"
                            " open to all States and to civil society can make substantive"
                            " progress on nuclear disarmament.",
                        ),
                        N(
                            4,
                            "Mexico will continue to support the Humanitarian Pledge, endorsed by"
                            " 127 States, and calls upon all States to participate"
                            " constructively in the negotiations that the General Assembly may"
                            " convene to that end.",
                        ),
                    ),
                ),
                Reply(
                    "Netherlands",
                    ("[1 June 2016]",),
                    (
                        P(
                            "The Kingdom of the Netherlands (referred to in the present reply as"
                            " “the Netherlands”) considers effective multilateralism to be"
                            " indispensable for international peace and security. The"
                            " Netherlands has a long tradition of active engagement in"
                            " multilateral disarmament forums, and it hosts the Organisation for"
                            " the Prohibition of Chemical Weapons in The Hague."
                        ),
                        P("Conference on Disarmament"),
                        P(
                            "The Netherlands regrets that the Conference on Disarmament has not"
                            " been able to commence negotiations since the conclusion of the"
                            " Comprehensive Nuclear-Test-Ban Treaty in 1996. A treaty banning the"
                            " production of fissile material for nuclear weapons or other"
                            " nuclear explosive devices remains the logical next step, and the"
                            " Netherlands supported the work of the Group of Governmental Experts"
                            " established under resolution 67/53, which concluded its work on"
                            " 2 April 2015."
                        ),
                        P("First Committee"),
                        P(
                            "The First Committee of the General Assembly could make better use"
                            " of its time. The Netherlands supports biennialization and"
                            " triennialization of resolutions, clustering of agenda items and the"
                            " consolidation of reporting requirements, so that delegations can"
                            " devote more time to interactive debate."
                        ),
                        P(
                            "The Netherlands stands ready to work with all Member States to"
                            " restore the credibility of the multilateral disarmament machinery."
                        ),
                    ),
                ),
                Reply(
                    "United Kingdom of Great Britain and Northern Ireland",
                    ("[3 June 2016]",),
                    (
                        P(
                            "The United Kingdom remains committed to a world without nuclear"
                            " weapons and believes that the best way to achieve this goal is"
                            " through gradual multilateral disarmament, negotiated using a"
                            " step-by-step approach and within the framework of the Treaty on the"
                            " Non-Proliferation of Nuclear Weapons."
                        ),
                        P(
                            "The United Kingdom welcomes the conclusion of the Joint"
                            " Comprehensive Plan of Action on 14 July 2015 as an example of what"
                            " can be achieved through persistent diplomacy, and will continue to"
                            " work with its partners among the five permanent members of the"
                            " Security Council (the “P5 process”) on transparency, verification"
                            " and confidence-building."
                        ),
                    ),
                ),
            ),
        ),
        ReplySection(
            SectionHead("III", "Replies received from international organizations"),
            (
                Reply(
                    "European Union",
                    ("[6 June 2016]",),
                    (
                        P(
                            "The European Union is a strong supporter of effective"
                            " multilateralism, with the United Nations at its core. The European"
                            " Union Strategy against the Proliferation of Weapons of Mass"
                            " Destruction, adopted by the European Council on 12 December 2003,"
                            " remains the basis of its action."
                        ),
                        P("In 2015 and 2016, the European Union:"),
                        L(
                            "•",
                            "provided financial support to the International Atomic Energy"
                            " Agency, the Organisation for the Prohibition of Chemical Weapons"
                            " and the Comprehensive Nuclear-Test-Ban Treaty Organization;",
                        ),
                        L(
                            "•",
                            "promoted the universalization of the Arms Trade Treaty through"
                            " outreach activities in 24 countries;",
                        ),
                        L(
                            "•",
                            "supported the implementation of Security Council resolution 1540"
                            " (2004) in Africa, Asia and Latin America.",
                        ),
                        P(
                            "The European Union will continue to work for the universalization"
                            " and full implementation of all relevant multilateral instruments."
                        ),
                    ),
                ),
                Reply(
                    "International Atomic Energy Agency",
                    ("[7 June 2016]",),
                    (
                        P(
                            "The International Atomic Energy Agency (IAEA) contributes to"
                            " international peace and security by verifying that nuclear"
                            " material remains in peaceful use. As at 31 December 2015,"
                            " safeguards were applied for 182 States with safeguards agreements"
                            " in force with the Agency, and 127 States had additional protocols"
                            " in force. The Agency will continue to implement its mandate"
                            " impartially and in accordance with its Statute."
                        ),
                    ),
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/71/137",
        language="en",
        job_number="16-11872",
        mandate=Mandate(
            resolution="70/42",
            paragraph=5,
            adopted=date(2015, 12, 7),
            session=71,
            title="Promotion of multilateralism in the area of disarmament and non-proliferation",
        ),
        request_date=date(2016, 2, 12),
        sections=(
            Section("I", "Introduction"),
            Section("II", "Replies received from Governments"),
            Section("III", "Replies received from international organizations"),
        ),
        replies=(
            ExpectedReply(
                iso3="BOL",
                heading="Bolivia (Plurinational State of)",
                original_language="es",
                date=date(2016, 5, 27),
                paragraphs=3,
                first="The Plurinational State of Bolivia reaffirms that multilateralism is the"
                " core principle of negotiations in the area of disarmament and"
                " non-proliferation, and that the solutions to the problems of international"
                " security can be found only through the collective action of States, in"
                " accordance with the purposes and principles of the Charter of the United"
                " Nations.",
                last="Bolivia calls upon the States that have not yet done so to sign and ratify"
                " the Comprehensive Nuclear-Test-Ban Treaty, and reiterates its support for"
                " resolution 70/42 and for the work of the Conference on Disarmament, which must"
                " resume its substantive work without further delay.",
            ),
            ExpectedReply(
                iso3="IRN",
                heading="Iran (Islamic Republic of)",
                original_language="en",
                date=date(2016, 5, 31),
                paragraphs=6,
                first="The Islamic Republic of Iran attaches great importance to multilateralism"
                " as the core principle in negotiations on disarmament and non-proliferation."
                " Unilateral and coercive measures, as well as selective approaches, undermine"
                " confidence among States and the credibility of the disarmament machinery"
                " established by the first special session of the General Assembly devoted to"
                " disarmament, held in 1978.",
                last="The Islamic Republic of Iran shares the position of the Movement of"
                " Non-Aligned Countries that “[t]he total elimination of nuclear weapons is the"
                " only absolute guarantee against the use or threat of use of nuclear weapons”.",
            ),
            ExpectedReply(
                iso3="MEX",
                heading="Mexico",
                original_language="es",
                date=date(2016, 5, 20),
                paragraphs=4,
                first="Mexico considers that multilateralism and the strengthening of"
                " international law are the only viable means of achieving general and complete"
                " disarmament under strict and effective international control.",
                last="Mexico will continue to support the Humanitarian Pledge, endorsed by 127"
                " States, and calls upon all States to participate constructively in the"
                " negotiations that the General Assembly may convene to that end.",
            ),
            ExpectedReply(
                iso3="NLD",
                heading="Netherlands",
                original_language="en",
                date=date(2016, 6, 1),
                paragraphs=6,
                first="The Kingdom of the Netherlands (referred to in the present reply as “the"
                " Netherlands”) considers effective multilateralism to be indispensable for"
                " international peace and security. The Netherlands has a long tradition of"
                " active engagement in multilateral disarmament forums, and it hosts the"
                " Organisation for the Prohibition of Chemical Weapons in The Hague.",
                last="The Netherlands stands ready to work with all Member States to restore the"
                " credibility of the multilateral disarmament machinery.",
            ),
            ExpectedReply(
                iso3="GBR",
                heading="United Kingdom of Great Britain and Northern Ireland",
                original_language="en",
                date=date(2016, 6, 3),
                paragraphs=2,
                first="The United Kingdom remains committed to a world without nuclear weapons"
                " and believes that the best way to achieve this goal is through gradual"
                " multilateral disarmament, negotiated using a step-by-step approach and within"
                " the framework of the Treaty on the Non-Proliferation of Nuclear Weapons.",
                last="The United Kingdom welcomes the conclusion of the Joint Comprehensive Plan"
                " of Action on 14 July 2015 as an example of what can be achieved through"
                " persistent diplomacy, and will continue to work with its partners among the"
                " five permanent members of the Security Council (the “P5 process”) on"
                " transparency, verification and confidence-building.",
            ),
            ExpectedReply(
                organization="European Union",
                heading="European Union",
                original_language="en",
                date=date(2016, 6, 6),
                paragraphs=6,
                first="The European Union is a strong supporter of effective multilateralism,"
                " with the United Nations at its core. The European Union Strategy against the"
                " Proliferation of Weapons of Mass Destruction, adopted by the European Council"
                " on 12 December 2003, remains the basis of its action.",
                last="The European Union will continue to work for the universalization and full"
                " implementation of all relevant multilateral instruments.",
            ),
            ExpectedReply(
                organization="International Atomic Energy Agency",
                heading="International Atomic Energy Agency",
                original_language="en",
                date=date(2016, 6, 7),
                paragraphs=1,
                first="The International Atomic Energy Agency (IAEA) contributes to international"
                " peace and security by verifying that nuclear material remains in peaceful use."
                " As at 31 December 2015, safeguards were applied for 182 States with safeguards"
                " agreements in force with the Agency, and 127 States had additional protocols"
                " in force. The Agency will continue to implement its mandate impartially and in"
                " accordance with its Statute.",
                last="The International Atomic Energy Agency (IAEA) contributes to international"
                " peace and security by verifying that nuclear material remains in peaceful use."
                " As at 31 December 2015, safeguards were applied for 182 States with safeguards"
                " agreements in force with the Agency, and 127 States had additional protocols"
                " in force. The Agency will continue to implement its mandate impartially and in"
                " accordance with its Statute.",
            ),
        ),
    ),
)


EN_TERRORISTS_REISSUE = SyntheticReport(
    key="en-A-67-145-reissue",
    language="en",
    symbol="A/67/145*",
    running_symbol="A/67/145",
    job_number="12-41870",
    job_mark="*",
    processing_date="100712",
    reissue_date="030812",
    variations=(
        "reissue star on symbol and job number",
        "two cover footnotes (* reissue, ** agenda)",
        "historic names (Czech Republic, Swaziland, The former Yugoslav Republic of"
        " Macedonia, Turkey)",
        "tag and date on one line",
        "(a) items",
        "another symbol (Add.1) quoted in the introduction",
    ),
    cover=Cover(
        organization="United Nations",
        organ="General Assembly",
        distribution="Distr.: General",
        date="10 July 2012",
        original="Original: English/Russian",
        session="Sixty-seventh session",
        agenda_item="Item 94 (j) of the provisional agenda**",
        agenda_title="General and complete disarmament",
        title="Measures to prevent terrorists from acquiring weapons of mass destruction",
        report_of="Report of the Secretary-General",
        footnotes=("* Reissued for technical reasons on 3 August 2012.", "** A/67/150."),
    ),
    introduction_head=SectionHead("I", "Introduction"),
    introduction=(
        N(
            1,
            "The General Assembly, in paragraph 7 of its resolution 66/50 of 2 December 2011,"
            " entitled “Measures to prevent terrorists from acquiring weapons of mass"
            " destruction”, requested the Secretary-General to compile a report on measures"
            " already taken by international organizations on issues relating to the linkage"
            " between the fight against terrorism and the proliferation of weapons of mass"
            " destruction, to seek the views of Member States on additional relevant measures,"
            " including national measures, for tackling the global threat posed by the"
            " acquisition by terrorists of weapons of mass destruction, and to report to the"
            " Assembly at its sixty-seventh session.",
        ),
        N(
            2,
            "By a note verbale dated 13 February 2012, the Secretariat drew the attention of"
            " Member States to paragraph 7 of resolution 66/50 and invited them to submit their"
            " views. The replies received from Governments are reproduced in section II below."
            " Replies from international organizations are contained in document"
            " A/67/145/Add.1.",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("II", "Replies received from Governments"),
            (
                Reply(
                    "Czech Republic",
                    ("[Original: English]", "[30 April 2012]"),
                    (
                        P(
                            "The Czech Republic is a party to all relevant international"
                            " instruments against terrorism and the proliferation of weapons of"
                            " mass destruction, and it fully implements Security Council"
                            " resolution 1540 (2004). National legislation on the control of"
                            " goods and technologies of dual use was amended in 2011 in order to"
                            " bring it into line with Council Regulation (EC) No. 428/2009."
                        ),
                        P(
                            "The State Office for Nuclear Safety and the General Directorate of"
                            " Customs carry out regular joint exercises on the detection of"
                            " illicit trafficking in nuclear and other radioactive material. The"
                            " Czech Republic has also contributed to the Nuclear Security Fund of"
                            " the International Atomic Energy Agency."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Swaziland",
                    ("[Original: English]", "[14 May 2012]"),
                    (
                        P(
                            "The Kingdom of Swaziland has not been affected by the threat of"
                            " terrorists acquiring weapons of mass destruction. Nevertheless, the"
                            " Government enacted the Suppression of Terrorism Act in 2008, and the"
                            " Royal Swaziland Police Service works closely with the International"
                            " Criminal Police Organization (INTERPOL) to monitor the movement of"
                            " dangerous goods across the borders of the Kingdom."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "The former Yugoslav Republic of Macedonia",
                    ("[Original: English]", "[22 May 2012]"),
                    (
                        P(
                            "The Government of the former Yugoslav Republic of Macedonia has"
                            " taken the following measures:"
                        ),
                        L(
                            "(a)",
                            "The Law on Export Control of Dual-Use Goods and Technologies, in"
                            " force since 1 January 2012, establishes a licensing system for the"
                            " export, transit and brokering of dual-use items;",
                        ),
                        L(
                            "(b)",
                            "A national coordinating body for the implementation of Security"
                            " Council resolution 1540 (2004) was established by a decision of the"
                            " Government of 7 March 2012;",
                        ),
                        L(
                            "(c)",
                            "Border police and customs officers received training on the"
                            " detection of chemical, biological, radiological and nuclear"
                            " materials, with the assistance of the United States of America and"
                            " the European Union.",
                        ),
                        P(
                            "The former Yugoslav Republic of Macedonia stands ready to share its"
                            " experience with other States of the region."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Turkey",
                    ("[Original: English]", "[5 June 2012]"),
                    (
                        P(
                            "Turkey attaches great importance to preventing terrorists from"
                            " gaining access to weapons of mass destruction and their means of"
                            " delivery. Turkey is a party to all international instruments on"
                            " the non-proliferation of weapons of mass destruction, including"
                            " the Treaty on the Non-Proliferation of Nuclear Weapons, the"
                            " Chemical Weapons Convention and the Biological Weapons Convention,"
                            " and it subscribes to all multilateral export control regimes."
                        ),
                        P(
                            "As a country located at the crossroads of Europe, Asia and the"
                            " Middle East, Turkey pays particular attention to border security."
                            " Radiation detection portals have been installed at border"
                            " crossings, and a national detection architecture against the"
                            " illicit trafficking of nuclear and radioactive material is being"
                            " developed in cooperation with the International Atomic Energy"
                            " Agency. Turkey also hosted, on 14 and 15 March 2012, a regional"
                            " workshop on the implementation of resolution 1540 (2004) for the"
                            " States of the Black Sea region."
                        ),
                        P(
                            "Turkey believes that international cooperation, including the"
                            " exchange of information and best practices, is essential to meet"
                            " this threat."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "Ukraine",
                    ("[Original: Russian]", "[1 June 2012]"),
                    (
                        P(
                            "Ukraine, which voluntarily renounced the world’s third largest"
                            " nuclear arsenal, consistently supports the strengthening of the"
                            " international non-proliferation regime. On 26 March 2012 Ukraine"
                            " completed the removal of all stocks of highly enriched uranium from"
                            " its territory, as it had undertaken at the Washington Nuclear"
                            " Security Summit in 2010."
                        ),
                        P(
                            "Ukraine considers that the universalization of the International"
                            " Convention for the Suppression of Acts of Nuclear Terrorism and of"
                            " the amended Convention on the Physical Protection of Nuclear"
                            " Material is of the utmost importance."
                        ),
                    ),
                    tags_on_one_line=True,
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/67/145*",
        language="en",
        job_number="12-41870",
        mandate=Mandate(
            resolution="66/50",
            paragraph=7,
            adopted=date(2011, 12, 2),
            session=67,
            title="Measures to prevent terrorists from acquiring weapons of mass destruction",
        ),
        request_date=date(2012, 2, 13),
        sections=(
            Section("I", "Introduction"),
            Section("II", "Replies received from Governments"),
        ),
        replies=(
            ExpectedReply(
                iso3="CZE",
                heading="Czech Republic",
                original_language="en",
                date=date(2012, 4, 30),
                paragraphs=2,
                first="The Czech Republic is a party to all relevant international instruments"
                " against terrorism and the proliferation of weapons of mass destruction, and it"
                " fully implements Security Council resolution 1540 (2004). National legislation"
                " on the control of goods and technologies of dual use was amended in 2011 in"
                " order to bring it into line with Council Regulation (EC) No. 428/2009.",
                last="The State Office for Nuclear Safety and the General Directorate of Customs"
                " carry out regular joint exercises on the detection of illicit trafficking in"
                " nuclear and other radioactive material. The Czech Republic has also"
                " contributed to the Nuclear Security Fund of the International Atomic Energy"
                " Agency.",
            ),
            ExpectedReply(
                iso3="SWZ",
                heading="Swaziland",
                original_language="en",
                date=date(2012, 5, 14),
                paragraphs=1,
                first="The Kingdom of Swaziland has not been affected by the threat of terrorists"
                " acquiring weapons of mass destruction. Nevertheless, the Government enacted the"
                " Suppression of Terrorism Act in 2008, and the Royal Swaziland Police Service"
                " works closely with the International Criminal Police Organization (INTERPOL)"
                " to monitor the movement of dangerous goods across the borders of the Kingdom.",
                last="The Kingdom of Swaziland has not been affected by the threat of terrorists"
                " acquiring weapons of mass destruction. Nevertheless, the Government enacted the"
                " Suppression of Terrorism Act in 2008, and the Royal Swaziland Police Service"
                " works closely with the International Criminal Police Organization (INTERPOL)"
                " to monitor the movement of dangerous goods across the borders of the Kingdom.",
            ),
            ExpectedReply(
                iso3="MKD",
                heading="The former Yugoslav Republic of Macedonia",
                original_language="en",
                date=date(2012, 5, 22),
                paragraphs=5,
                first="The Government of the former Yugoslav Republic of Macedonia has taken the"
                " following measures:",
                last="The former Yugoslav Republic of Macedonia stands ready to share its"
                " experience with other States of the region.",
            ),
            ExpectedReply(
                iso3="TUR",
                heading="Turkey",
                original_language="en",
                date=date(2012, 6, 5),
                paragraphs=3,
                first="Turkey attaches great importance to preventing terrorists from gaining"
                " access to weapons of mass destruction and their means of delivery. Turkey is a"
                " party to all international instruments on the non-proliferation of weapons of"
                " mass destruction, including the Treaty on the Non-Proliferation of Nuclear"
                " Weapons, the Chemical Weapons Convention and the Biological Weapons"
                " Convention, and it subscribes to all multilateral export control regimes.",
                last="Turkey believes that international cooperation, including the exchange of"
                " information and best practices, is essential to meet this threat.",
            ),
            ExpectedReply(
                iso3="UKR",
                heading="Ukraine",
                original_language="ru",
                date=date(2012, 6, 1),
                paragraphs=2,
                first="Ukraine, which voluntarily renounced the world’s third largest nuclear"
                " arsenal, consistently supports the strengthening of the international"
                " non-proliferation regime. On 26 March 2012 Ukraine completed the removal of all"
                " stocks of highly enriched uranium from its territory, as it had undertaken at"
                " the Washington Nuclear Security Summit in 2010.",
                last="Ukraine considers that the universalization of the International Convention"
                " for the Suppression of Acts of Nuclear Terrorism and of the amended Convention"
                " on the Physical Protection of Nuclear Material is of the utmost importance.",
            ),
        ),
    ),
)

REPORTS = (EN_MULTILATERALISM, EN_TERRORISTS_REISSUE)

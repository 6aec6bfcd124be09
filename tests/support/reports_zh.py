"""Synthetic Chinese reports: one laid out like the reference (no cover, English order of
States, dash items), one with a cover, contents, numbered paragraphs and an organization."""

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

ZH_ENVIRONMENT = SyntheticReport(
    key="zh-A-68-156",
    language="zh",
    symbol="A/68/156",
    running_symbol="A/68/156",
    job_number="13-38291",
    processing_date="160713",
    variations=(
        "no cover (like the reference extraction)",
        "States in English order",
        "no original tag for the Chinese reply",
        "– items",
        "historic name 土耳其 (no UNTERM row)",
        "deadline date in the introduction",
    ),
    introduction_head=SectionHead("一", "导言"),
    introduction=(
        N(
            1,
            "2012 年 12 月 3 日，大会通过了题为“在拟订和执行裁军与军备控制协定时遵守环境规范”"
            "的第 67/37 号决议。在该决议第 4 段中，大会请秘书长征求会员国对这一问题的意见，"
            "并就此向大会第六十八届会议提出报告。",
        ),
        N(
            2,
            "根据这一要求，2013 年 2 月 8 日向各会员国发出一份普通照会，请它们在 2013 年 5 月"
            " 31 日之前提供资料。收到的答复载于下文第二节。以后收到的答复将作为本报告增编印发。",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("二", "从各国政府收到的答复"),
            (
                Reply(
                    "中国",
                    ("[2013 年 5 月 17 日]",),
                    (
                        P(
                            "中国一贯重视环境保护，支持在拟订和执行裁军与军备控制协定时充分考虑"
                            "环境因素。中国认为，各国在履行裁军与军备控制义务的过程中，应采取必"
                            "要措施，避免对环境造成损害，并促进可持续发展。"
                        ),
                        P(
                            "在销毁化学武器方面，中国严格遵守《禁止化学武器公约》的规定。日本遗"
                            "弃在华化学武器的销毁工作应当以安全、环保的方式尽早完成，中方愿继续"
                            "与有关方面合作，推进这一进程。"
                        ),
                        P(
                            "中国支持大会第 67/37 号决议，愿与各国一道，为实现全面彻底裁军和保护"
                            "环境作出贡献。"
                        ),
                    ),
                ),
                Reply(
                    "古巴",
                    ("[原件：西班牙文]", "[2013 年 5 月 20 日]"),
                    (
                        P(
                            "古巴认为，国际社会必须确保裁军与军备控制协定的谈判和执行不对环境造"
                            "成损害。核武器的存在及其可能的使用对人类生存和地球环境构成最严重的"
                            "威胁。"
                        ),
                        P("古巴为此提出以下建议："),
                        L("–", "在所有裁军协定的谈判中纳入环境保护条款；"),
                        L(
                            "–",
                            "核武器国家应提供其核试验对环境所造成影响的资料，并对受影响地区的恢"
                            "复承担责任；",
                        ),
                        L("–", "加强联合国环境规划署在这一领域的作用。"),
                        P(
                            "古巴重申，全面彻底消除核武器是保护环境和人类免受核灾难的唯一保障。"
                            "古巴将继续支持联合国在裁军与环境领域的工作，并积极参与大会第一委员"
                            "会就这一问题开展的讨论。"
                        ),
                    ),
                ),
                Reply(
                    "伊朗伊斯兰共和国",
                    ("[原件：英文]", "[2013 年 5 月 28 日]"),
                    (
                        P(
                            "伊朗伊斯兰共和国认为，在拟订和执行裁军与军备控制协定时遵守环境规范"
                            "，是各国的一项重要义务。1980 年至 1988 年期间，伊朗人民遭受了化学武"
                            "器的袭击，至今仍有数以万计的受害者在承受其后果，受污染地区的环境也"
                            "尚未得到完全恢复。因此，伊朗伊斯兰共和国特别重视化学武器的销毁必须"
                            "以安全和无害环境的方式进行。"
                        ),
                        P(
                            "伊朗伊斯兰共和国强调，拥有核武器的国家应当对其核试验和核武器生产活"
                            "动造成的环境后果承担全部责任，并向受影响国家提供援助。"
                        ),
                    ),
                ),
                Reply(
                    "荷兰",
                    ("[原件：英文]", "[2013 年 6 月 3 日]"),
                    (
                        P(
                            "荷兰政府认为，环境方面的考虑应当成为裁军与军备控制政策的组成部分。"
                            "荷兰是禁止化学武器组织的东道国，一贯支持该组织以安全和环保的方式销"
                            "毁化学武器的工作。"
                        ),
                        P(
                            "在常规弹药的销毁方面，荷兰国防部采用了避免露天焚烧和露天引爆的方法"
                            "，以减少对空气、土壤和地下水的污染。2012 年，荷兰还资助了北大西洋公"
                            "约组织在东南欧开展的若干弹药销毁项目。"
                        ),
                        P("荷兰愿意同其他国家分享这方面的经验。"),
                    ),
                ),
                Reply(
                    "土耳其",
                    ("[原件：英文]", "[2013 年 6 月 7 日]"),
                    (
                        P(
                            "土耳其是所有主要裁军与不扩散条约的缔约国，并在国家立法中纳入了相关"
                            "的环境保护要求。根据土耳其《环境法》（第 2872 号法律），销毁弹药和其"
                            "他军用物资的活动必须事先进行环境影响评估。"
                        ),
                        P(
                            "土耳其认为，在执行《渥太华公约》规定的销毁库存杀伤人员地雷义务时，"
                            "应特别注意环境保护。土耳其已于 2011 年完成了库存地雷的销毁工作，销"
                            "毁过程符合有关的国家和国际环境标准。"
                        ),
                    ),
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/68/156",
        language="zh",
        job_number="13-38291",
        mandate=Mandate(
            resolution="67/37",
            paragraph=4,
            adopted=date(2012, 12, 3),
            session=68,
            title="在拟订和执行裁军与军备控制协定时遵守环境规范",
        ),
        request_date=date(2013, 2, 8),
        sections=(Section("一", "导言"), Section("二", "从各国政府收到的答复")),
        replies=(
            ExpectedReply(
                iso3="CHN",
                heading="中国",
                original_language="zh",
                date=date(2013, 5, 17),
                paragraphs=3,
                first="中国一贯重视环境保护，支持在拟订和执行裁军与军备控制协定时充分考虑环境因素"
                "。中国认为，各国在履行裁军与军备控制义务的过程中，应采取必要措施，避免对环境造"
                "成损害，并促进可持续发展。",
                last="中国支持大会第 67/37 号决议，愿与各国一道，为实现全面彻底裁军和保护环境作出"
                "贡献。",
            ),
            ExpectedReply(
                iso3="CUB",
                heading="古巴",
                original_language="es",
                date=date(2013, 5, 20),
                paragraphs=6,
                first="古巴认为，国际社会必须确保裁军与军备控制协定的谈判和执行不对环境造成损害。"
                "核武器的存在及其可能的使用对人类生存和地球环境构成最严重的威胁。",
                last="古巴重申，全面彻底消除核武器是保护环境和人类免受核灾难的唯一保障。古巴将继"
                "续支持联合国在裁军与环境领域的工作，并积极参与大会第一委员会就这一问题开展的讨"
                "论。",
            ),
            ExpectedReply(
                iso3="IRN",
                heading="伊朗伊斯兰共和国",
                original_language="en",
                date=date(2013, 5, 28),
                paragraphs=2,
                first="伊朗伊斯兰共和国认为，在拟订和执行裁军与军备控制协定时遵守环境规范，是各国"
                "的一项重要义务。1980 年至 1988 年期间，伊朗人民遭受了化学武器的袭击，至今仍有"
                "数以万计的受害者在承受其后果，受污染地区的环境也尚未得到完全恢复。因此，伊朗伊"
                "斯兰共和国特别重视化学武器的销毁必须以安全和无害环境的方式进行。",
                last="伊朗伊斯兰共和国强调，拥有核武器的国家应当对其核试验和核武器生产活动造成的"
                "环境后果承担全部责任，并向受影响国家提供援助。",
            ),
            ExpectedReply(
                iso3="NLD",
                heading="荷兰",
                original_language="en",
                date=date(2013, 6, 3),
                paragraphs=3,
                first="荷兰政府认为，环境方面的考虑应当成为裁军与军备控制政策的组成部分。荷兰是禁"
                "止化学武器组织的东道国，一贯支持该组织以安全和环保的方式销毁化学武器的工作。",
                last="荷兰愿意同其他国家分享这方面的经验。",
            ),
            ExpectedReply(
                iso3="TUR",
                heading="土耳其",
                original_language="en",
                date=date(2013, 6, 7),
                paragraphs=2,
                first="土耳其是所有主要裁军与不扩散条约的缔约国，并在国家立法中纳入了相关的环境保"
                "护要求。根据土耳其《环境法》（第 2872 号法律），销毁弹药和其他军用物资的活动必"
                "须事先进行环境影响评估。",
                last="土耳其认为，在执行《渥太华公约》规定的销毁库存杀伤人员地雷义务时，应特别注"
                "意环境保护。土耳其已于 2011 年完成了库存地雷的销毁工作，销毁过程符合有关的国家"
                "和国际环境标准。",
            ),
        ),
    ),
)


ZH_ICT = SyntheticReport(
    key="zh-A-71-160",
    language="zh",
    symbol="A/71/160",
    running_symbol="A/71/160",
    job_number="16-12240",
    processing_date="140716",
    variations=(
        "cover with letter-spaced 联 合 国 and English masthead lines",
        "目录 contents",
        "tag and date on one line",
        "numbered reply paragraphs",
        "organization (欧洲联盟)",
        "symbol quoted inside a reply",
    ),
    cover=Cover(
        organization="联 合 国",
        organ="大 会",
        distribution="Distr.: General",
        date="14 July 2016",
        version_name="Chinese",
        original="Original: English/Spanish",
        session="第七十一届会议",
        agenda_item="暂定项目表* 项目 93",
        agenda_title="从国际安全的角度来看信息和电信领域的发展",
        title="从国际安全的角度来看信息和电信领域的发展",
        report_of="秘书长的报告",
        footnotes=("* A/71/150。",),
    ),
    toc=Toc("目录", "页次"),
    introduction_head=SectionHead("一", "导言"),
    introduction=(
        N(
            1,
            "大会在 2015 年 12 月 23 日题为“从国际安全的角度来看信息和电信领域的发展”的第"
            " 70/237 号决议第 4 段中，请所有会员国继续向秘书长通报它们对这一问题的看法和评估，"
            "并请秘书长向大会第七十一届会议提交报告。",
        ),
        N(
            2,
            "2016 年 2 月 12 日，秘书长向各会员国发出普通照会，提请它们注意该决议第 4 段，并请"
            "它们提交意见。截至本报告编写之时收到的答复载于下文第二节和第三节。",
        ),
    ),
    sections=(
        ReplySection(
            SectionHead("二", "从各国政府收到的答复"),
            (
                Reply(
                    "澳大利亚",
                    ("[原件：英文]", "[2016 年 5 月 31 日]"),
                    (
                        N(
                            1,
                            "澳大利亚认为，现有国际法，特别是《联合国宪章》，适用于各国在网络空"
                            "间的行为，对于维护和平与稳定、促进开放、安全、和平和无障碍的信息和"
                            "通信技术环境至关重要。",
                        ),
                        N(
                            2,
                            "澳大利亚欢迎从国际安全的角度来看信息和电信领域的发展政府专家组 2015"
                            " 年 7 月 22 日的报告（A/70/174），并鼓励所有国家以该报告所载的建议为"
                            "指导。",
                        ),
                        N(
                            3,
                            "澳大利亚支持制定自愿的、不具约束力的国家负责任行为准则，并正在与东"
                            "南亚国家联盟区域论坛的伙伴一道，制定一套区域性的信任建立措施。",
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "古巴",
                    ("[原件：西班牙文]", "[2016 年 5 月 25 日]"),
                    (
                        P(
                            "古巴对利用信息和通信技术颠覆他国法律和政治秩序的行为表示关切，认为"
                            "这种行为违反了《联合国宪章》所规定的各项原则，特别是不干涉他国内政"
                            "的原则。"
                        ),
                        P(
                            "古巴呼吁在联合国框架内，通过谈判制定一项具有法律约束力的国际文书，"
                            "以填补国际法在这一领域的空白。"
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "日本",
                    ("[原件：英文]", "[2016 年 6 月 2 日]"),
                    (
                        P(
                            "日本认为，确保网络空间的自由、公正和安全，是实现经济增长和社会发展"
                            "的基础。日本于 2015 年 9 月 4 日通过了新的《网络安全战略》，其中提出"
                            "了确保信息自由流通、法治、开放性、自主性以及多利益攸关方合作等五项"
                            "原则。"
                        ),
                    ),
                    tags_on_one_line=True,
                ),
                Reply(
                    "大不列颠及北爱尔兰联合王国",
                    ("[原件：英文]", "[2016 年 6 月 6 日]"),
                    (
                        P(
                            "联合王国认为，国际法适用于网络空间，国家不需要新的法律文书来规范其"
                            "在网络空间的行为。"
                        ),
                        P(
                            "2016 年，联合王国将投入 19 亿英镑用于实施其新的《国家网络安全战略》"
                            "，并继续帮助其他国家加强网络能力建设。"
                        ),
                    ),
                    tags_on_one_line=True,
                ),
            ),
        ),
        ReplySection(
            SectionHead("三", "从国际组织收到的答复"),
            (
                Reply(
                    "欧洲联盟",
                    ("[原件：英文]", "[2016 年 6 月 10 日]"),
                    (
                        P(
                            "欧洲联盟及其成员国坚决支持在网络空间适用现有国际法，并支持政府专家"
                            "组关于国家负责任行为准则的工作。"
                        ),
                        P(
                            "欧洲联盟通过欧洲安全与合作组织等区域组织，积极推动建立信任措施的制"
                            "定和执行。"
                        ),
                    ),
                    tags_on_one_line=True,
                ),
            ),
        ),
    ),
    expected=Expected(
        symbol="A/71/160",
        language="zh",
        job_number="16-12240",
        mandate=Mandate(
            resolution="70/237",
            paragraph=4,
            adopted=date(2015, 12, 23),
            session=71,
            title="从国际安全的角度来看信息和电信领域的发展",
        ),
        request_date=date(2016, 2, 12),
        sections=(
            Section("一", "导言"),
            Section("二", "从各国政府收到的答复"),
            Section("三", "从国际组织收到的答复"),
        ),
        replies=(
            ExpectedReply(
                iso3="AUS",
                heading="澳大利亚",
                original_language="en",
                date=date(2016, 5, 31),
                paragraphs=3,
                first="澳大利亚认为，现有国际法，特别是《联合国宪章》，适用于各国在网络空间的行为"
                "，对于维护和平与稳定、促进开放、安全、和平和无障碍的信息和通信技术环境至关重要"
                "。",
                last="澳大利亚支持制定自愿的、不具约束力的国家负责任行为准则，并正在与东南亚国家"
                "联盟区域论坛的伙伴一道，制定一套区域性的信任建立措施。",
            ),
            ExpectedReply(
                iso3="CUB",
                heading="古巴",
                original_language="es",
                date=date(2016, 5, 25),
                paragraphs=2,
                first="古巴对利用信息和通信技术颠覆他国法律和政治秩序的行为表示关切，认为这种行为"
                "违反了《联合国宪章》所规定的各项原则，特别是不干涉他国内政的原则。",
                last="古巴呼吁在联合国框架内，通过谈判制定一项具有法律约束力的国际文书，以填补国"
                "际法在这一领域的空白。",
            ),
            ExpectedReply(
                iso3="JPN",
                heading="日本",
                original_language="en",
                date=date(2016, 6, 2),
                paragraphs=1,
                first="日本认为，确保网络空间的自由、公正和安全，是实现经济增长和社会发展的基础。"
                "日本于 2015 年 9 月 4 日通过了新的《网络安全战略》，其中提出了确保信息自由流通"
                "、法治、开放性、自主性以及多利益攸关方合作等五项原则。",
                last="日本认为，确保网络空间的自由、公正和安全，是实现经济增长和社会发展的基础。"
                "日本于 2015 年 9 月 4 日通过了新的《网络安全战略》，其中提出了确保信息自由流通"
                "、法治、开放性、自主性以及多利益攸关方合作等五项原则。",
            ),
            ExpectedReply(
                iso3="GBR",
                heading="大不列颠及北爱尔兰联合王国",
                original_language="en",
                date=date(2016, 6, 6),
                paragraphs=2,
                first="联合王国认为，国际法适用于网络空间，国家不需要新的法律文书来规范其在网络空"
                "间的行为。",
                last="2016 年，联合王国将投入 19 亿英镑用于实施其新的《国家网络安全战略》，并继续"
                "帮助其他国家加强网络能力建设。",
            ),
            ExpectedReply(
                organization="欧洲联盟",
                heading="欧洲联盟",
                original_language="en",
                date=date(2016, 6, 10),
                paragraphs=2,
                first="欧洲联盟及其成员国坚决支持在网络空间适用现有国际法，并支持政府专家组关于国"
                "家负责任行为准则的工作。",
                last="欧洲联盟通过欧洲安全与合作组织等区域组织，积极推动建立信任措施的制定和执行。",
            ),
        ),
    ),
)

REPORTS = (ZH_ENVIRONMENT, ZH_ICT)

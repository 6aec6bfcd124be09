"""Chinese wording."""

from __future__ import annotations

from datetime import date

from memberviews.core.wording.base import (
    RESOLUTION_NUMBER,
    NoteWording,
    ResolutionWording,
    Wording,
)

_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUMERALS = "一二三四五六七八九"


def chinese_number(n: int) -> str:
    """``67`` → ``六十七``; ``10`` → ``十``; ``105`` → ``一百零五``."""
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _NUMERALS[hundreds - 1] + "百"
        middle = "零" if rest < 10 else ""
        tail = chinese_number(rest) if rest >= 10 else _NUMERALS[rest - 1]
        if 10 <= rest < 20:
            tail = "一" + tail
        return _NUMERALS[hundreds - 1] + "百" + middle + tail
    tens, unit = divmod(n, 10)
    out = ""
    if tens:
        out = ("" if tens == 1 else _NUMERALS[tens - 1]) + "十"
    if unit:
        out += _NUMERALS[unit - 1]
    return out or "零"


def parse_chinese_number(text: str) -> int | None:
    """``六十七`` → ``67``; ``二〇一二`` (digit by digit) → ``2012``; else ``None``."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(c in _DIGITS for c in text) and len(text) > 2:
        return int("".join(str(_DIGITS[c]) for c in text))
    total, current = 0, 0
    for c in text:
        if c in _DIGITS:
            current = _DIGITS[c]
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def session_ordinals(n: int) -> tuple[str, ...]:
    """``67`` → ``("六十七", "67")`` (written between ``第`` and ``届``)."""
    return (chinese_number(n), str(n))


def format_date(value: date) -> str:
    return f"{value.year} 年 {value.month} 月 {value.day} 日"


_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"\d{4}|[〇零○一二三四五六七八九]{4}"

WORDING = Wording(
    code="zh",
    language_names={
        "ar": "阿拉伯文",
        "zh": "中文",
        "en": "英文",
        "fr": "法文",
        "ru": "俄文",
        "es": "西班牙文",
    },
    language_name_variants={
        "ar": ("阿拉伯语",),
        "zh": ("汉语", "中文文本"),
        "en": ("英语",),
        "fr": ("法语",),
        "ru": ("俄语",),
        "es": ("西班牙语",),
    },
    original_tag="[原件：{language}]",
    original_tag_pattern=r"(?:原件|原文)\s*[:：]\s*(?P<language>[^\]\[]+?)",
    months=tuple(str(m) for m in range(1, 13)),
    month_variants={chinese_number(m): m for m in range(1, 13)},
    date_pattern=rf"(?P<year>{_YEAR})\s*年\s*(?P<month>{_NUM})\s*月\s*(?P<day>{_NUM})\s*日",
    format_date=format_date,
    section_numerals=tuple(chinese_number(n) for n in range(1, 11)),
    subsection_letters=("A", "B", "C", "D", "E", "F"),
    section_openers=("从", "收到的", "导言", "引言"),
    section_heading="{number}. {title}",
    section_titles={
        "introduction": "导言",
        "governments": "从各国政府收到的答复",
        "organizations": "从国际组织收到的答复",
    },
    section_keywords={
        "introduction": ("导言", "引言", "背景"),
        "governments": ("政府", "会员国", "国家"),
        "organizations": ("组织", "联合国系统", "实体", "机构", "欧洲联盟", "欧盟"),
    },
    contents_titles=("目录",),
    session_ordinals=session_ordinals,
    session_pattern=r"第\s*(?P<ordinal>[一二三四五六七八九十百零]+|\d{1,3})\s*届(?:会议)?",
    agenda_pattern=r"(?:临时议程|暂定项目清单)\s*(?:项目)?\s*(?P<item>\d{1,3}(?:\s*\([a-z]\))?)",
    paragraph_pattern=r"第\s*(?P<number>\d{1,3})\s*段",
    deadline_before=r"",
    deadline_after=r"^\s*(?:之前|以前|前)",
    reissue_notes=("因技术原因重新印发",),
    conjunctions=("和", "及"),
    digit_ordinal_suffixes=(),
    united_nations="联合国",
    general_assembly="大会",
    distribution="Distr.: General",
    original_line="原文：{languages}",
    masthead_language_names={},
    session_line="第{ordinal}届会议",
    provisional_agenda="临时议程项目 {item}",
    preliminary_list="暂定项目清单项目 {item}",
    addendum="增编",
    corrigendum="更正",
    translation_pending="[译文待发]",
    note_verbale_words=("普通照会", "照会"),
    resolution_words=("决议",),
    report_titles=("秘书长的报告", "秘书长报告", "秘书长的说明"),
    # The reference report's own wording (A/67/131, paragraphs 1 and 2).
    introduction_mandate=(
        "{adopted}，大会通过了{entitled}第 {resolution} 号决议。在该决议第 {paragraph} 段中，"
        "大会请秘书长征求会员国对{subject}的意见，并就此向大会第{session}届会议提出报告。"
    ),
    introduction_title="题为“{title}”的",
    introduction_subject="这一问题",
    introduction_request=(
        "根据这一要求，{date}，向各会员国发送一份普通照会，邀请他们提供这方面的信息。{replies}"
    ),
    introduction_replies={
        "none": "截至本报告编写之时，尚未收到任何答复。以后收到的答复将作为本报告增编印发。",
        "one": "收到的答复载于下文第{first}节。以后收到的答复将作为本报告增编印发。",
        "two": "收到的答复载于下文第{first}节和第{second}节。以后收到的答复将作为本报告增编印发。",
    },
    addendum_introduction="本增编载有秘书长报告（{symbol}）印发后收到的答复。",
    # The date first keeps the words ingest recognises ("因技术原因重新印发") together.
    reissue_note="{date}因技术原因重新印发。",
    # Chinese versions keep the English order of the names, against the Editorial Manual's
    # rule: the reference report A/67/131 does, as another real Chinese report does
    # (docs/conventions.md).
    reply_order="en",
    masthead_block_language="en",
    draft="草稿",
    contents_page="页次",
    corrigendum_for="将",
    corrigendum_read="改为",
    corrigendum_italic=False,
    note=NoteWording(
        office="裁军事务厅",
        opening=(
            "联合国秘书处{office}向联合国各会员国常驻代表团致意，并谨提及大会{adopted}题为“{title}”的第{resolution}号决议，该决议{pa"
            "ragraphs}内容如下："
        ),
        request="为此，{office}请会员国最迟于{deadline}以联合国任一正式语文提交对此问题的意见。",
        closing="联合国秘书处{office}谨借此机会向联合国各会员国常驻代表团重申最崇高的敬意。",
        paragraph="第{number}段",
        paragraphs="第{numbers}段",
        reference="编号：{reference}",
        extension=(
            "联合国秘书处{office}向联合国各会员国常驻代表团致意，并谨继{dated}第{reference}号照会之后通知，提交意见的截止日期已延至{deadline}。"
        ),
        reminder=(
            "联合国秘书处{office}向联合国各会员国常驻代表团致意，并谨提及{dated}第{reference}号照会，该照会征求各代表团的意见，请最迟于{deadl"
            "ine}提交。"
        ),
    ),
    resolution=ResolutionWording(
        requests=(
            r"请秘书长[^。；]{0,20}?(?:征求|征询|收集|听取|寻求)[^。；]{0,100}?(?:意见|看法)",
            r"会员国[^。；]{0,40}?(?:通报|提交|告知|转达|提出)[^。；]{0,30}?(?:意见|看法)",
        ),
        subject=(r"(?:关于|对|就)(?P<subject>[^。；，,]{2,120}?)(?:问题)?的(?:意见|看法)",),
        recurrence={
            "annual": (r"每年",),
            "biennial": (r"每两年", r"每隔一年", r"每二年"),
            "triennial": (r"每三年",),
            "quadrennial": (r"每四年",),
        },
        invites={
            "observers": (r"观察员国",),
            "organizations": (r"国际组织", r"区域组织", r"联合国系统", r"专门机构"),
            "civil_society": (r"民间社会", r"非政府组织"),
        },
        adopted=(r"大会(?:通过的)?决议",),
    ),
    mandate_citation=(
        rf"第\s*(?P<numbers>{RESOLUTION_NUMBER}(?:\s*(?:和|、|及|与)\s*(?:第\s*)?{RESOLUTION_NUMBER})*)\s*号\s*(?P<kind>决议|决定)"
    ),
    mandate_decision=r"^决定",
    mandate_paragraphs=r"第\s*(?P<numbers>\d{1,3}(?:\s*段?\s*(?:和|、|及|至)\s*第?\s*\d{1,3})*)\s*段",
    mandate_cues=r"请|根据|依照|按照|遵照|提交|要求",
    mandate_bodies={
        "General Assembly": r"大会",
        "Human Rights Council": r"人权理事会",
        "Commission on Human Rights": r"人权委员会",
        "Economic and Social Council": r"经济及社会理事会|经社理事会",
        "Security Council": r"安全理事会|安理会",
    },
    document_kinds={
        "resolution": (r"^(?:大会|人权理事会|安全理事会)\S{0,20}通过的决议",),
        "note_verbale": (r"向.{1,80}?致意", r"^普通照会"),
        "letter": (r"^\S{0,120}?致(?:秘书长|大会主席|安全理事会主席)的(?:同文)?信",),
        "national_report": (r"^(?:根据|按照).{0,120}?提交的国家报告",),
        "treaty_body_decision": (r"^委员会.{0,80}?通过的(?:意见|决定)",),
        "stakeholders_summary": (
            r"^(?:利益攸关方来文摘要|联合国人权事务高级专员办事处(?:编写|汇编)的(?:概述|摘要))",
        ),
    },
)

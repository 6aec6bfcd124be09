"""Bad consultation files: one line naming the file and the problem, and nothing loaded."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from consultation_samples import EXAMPLE, consultation_data, reply, write

from memberviews.compose import ConsultationError, load_consultation

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()

GOOD_REPLIES = [
    reply("CUB", "es", "2012-06-05"),
    reply("NOR", "en", "2012-06-01", {"en": ["Norway's view."], "zh": ["挪威的意见。"]}),
]

CASES: list[tuple[str, Change, str]] = [
    ("unknown State", _set("replies.1.state", "XYZ"),
     "replies[1].state: 'XYZ' is not the ISO 3166 alpha-3 code of a State"),
    ("a name, not a code", _set("replies.0.state", "Cuba"),
     "replies[0].state: 'Cuba' is not the ISO 3166 alpha-3 code of a State"),
    ("unknown language of a text", _set("replies.1.texts.de", ["Text."]),
     "replies[1].texts: 'de' is not an official UN language (one of ar, zh, en, fr, ru, es)"),
    ("unknown original language", _set("replies.0.original_language", "pt"),
     "replies[0].original_language: 'pt' is not an official UN language"),
    ("impossible date", _set("replies.1.date", "2012-02-30"),
     "replies[1].date: '2012-02-30' is not a date (YYYY-MM-DD)"),
    ("date in another form", _set("request.date", "13 February 2012"),
     "request.date: '13 February 2012' is not a date (YYYY-MM-DD)"),
    ("missing symbol", _set("symbol", _DELETE), "symbol: missing (required)"),
    ("missing resolution", _set("mandate.resolution", _DELETE),
     "mandate.resolution: missing (required)"),
    ("missing cut-off", _set("cut_off", _DELETE), "cut_off: missing (required)"),
    ("missing reply date", _set("replies.1.date", _DELETE), "replies[1].date: missing (required)"),
    ("missing request", _set("request", _DELETE), "request: missing (required)"),
    ("misspelt field", _set("replies.0.orignal_language", "es"),
     "replies[0].orignal_language: unknown field"),
    ("State and organization", _set("replies.0.organization", "EU"),
     "replies[0]: a reply names either a state or an organization"),
    ("translation called original", _set("replies.1.texts.zh",
     {"provenance": "original", "paragraphs": ["挪威的意见。"]}),
     "replies[1].texts.zh.provenance: only the en text can be the original"),
    ("unknown provenance", _set("replies.1.texts.zh",
     {"provenance": "google", "paragraphs": ["挪威的意见。"]}),
     "replies[1].texts.zh.provenance: 'google' is not one of original, human, machine"),
    ("empty paragraph", _set("replies.1.texts.zh", ["  "]),
     "replies[1].texts.zh[0]: an empty paragraph"),
    ("two paragraphs in one", _set("replies.1.texts.zh", ["挪威的意见。\n第二段。"]),
     "replies[1].texts.zh[0]: a paragraph holds no line break (one list item per paragraph)"),
    ("no text list", _set("replies.1.texts.zh", {"provenance": "human"}),
     "replies[1].texts.zh.paragraphs: missing (required)"),
    ("unknown top-level field", _set("deadline", "2012-05-31"), "deadline: unknown field"),
    ("bad job number", _set("job_numbers", {"zh": "1241312"}),
     "job_numbers.zh: '1241312' is not a job number like 12-41312"),
    ("addendum symbol", _set("symbol", "A/67/131/Add.1"),
     "symbol: A/67/131/Add.1 is not a report's symbol"),
    ("malformed symbol", _set("symbol", "A//67/131"), "symbol: invalid UN document symbol"),
    ("session not the symbol's", _set("mandate.session", 68),
     "mandate.session: 68 is not the session of A/67/131 (67)"),
    ("addenda out of order", _set("addenda", [{"cut_off": "2012-06-01"}]),
     "addenda[0].cut_off: 2012-06-01 is not after 2012-06-30"),
    ("paragraph not a number", _set("mandate.paragraph", "eight"),
     "mandate.paragraph: a whole number was expected, not 'eight'"),
    ("corrigendum of another report", _set("corrigenda", [{"of": "A/67/132"}]),
     "corrigenda[0].of: A/67/132 is neither A/67/131 nor one of its addenda (A/67/131/Add.n)"),
    ("corrigendum of a corrigendum", _set("corrigenda", [{"of": "A/67/131/Corr.1"}]),
     "corrigenda[0].of: A/67/131/Corr.1 is neither A/67/131 nor one of its addenda"),
    ("corrigendum of a reissue", _set("corrigenda", [{"of": "A/67/131*"}]),
     "corrigenda[0].of: A/67/131* is neither A/67/131 nor one of its addenda"),
    ("corrigendum of nothing", _set("corrigenda", [{"number": 1}]),
     "corrigenda[0].of: missing (required)"),
    ("corrigendum declared twice",
     _set("corrigenda", [{"of": "A/67/131"}, {"of": "A/67/131", "number": 1}]),
     "corrigenda[1].number: A/67/131/Corr.1 is declared twice"),
    ("corrigendum text not a list",
     _set("corrigenda", [{"of": "A/67/131", "texts": {"en": "For 13 read 14"}}]),
     "corrigenda[0].texts.en: a list of paragraphs was expected"),
    ("corrigendum text in German", _set("corrigenda", [{"of": "A/67/131", "texts": {"de": ["x"]}}]),
     "corrigenda[0].texts: 'de' is not an official UN language"),
    ("corrigendum with an empty paragraph",
     _set("corrigenda", [{"of": "A/67/131", "texts": {"en": ["Paragraph 2", " "]}}]),
     "corrigenda[0].texts.en[1]: an empty paragraph"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"), [(c, m) for _, c, m in CASES], ids=[name for name, _, _ in CASES]
)
def test_bad_input_gets_one_line_naming_file_and_problem(
    tmp_path: Path, change: Change, message: str
) -> None:
    data = consultation_data(replies=copy.deepcopy(GOOD_REPLIES))
    load_consultation(write(tmp_path, data))  # the unchanged file is good
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(ConsultationError) as caught:
        load_consultation(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: {message}"), text
    assert "\n" not in text


def test_an_error_in_the_last_reply_loads_nothing(tmp_path: Path) -> None:
    replies = [*GOOD_REPLIES, reply("XXX", "es", "2012-06-05")]
    with pytest.raises(ConsultationError, match=r"replies\[2\]\.state"):
        load_consultation(write(tmp_path, consultation_data(replies=replies)))


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("c.yaml", "symbol: A/67/131\nmandate: [unclosed\n", "not valid YAML (line 3, column 1:"),
        ("c.json", '{"symbol": "A/67/131",}', "not valid JSON (line 1, column 23:"),
        (
            "c.yaml",
            "- a list\n- not a consultation\n",
            "the file: a mapping of fields was expected",
        ),
        ("c.yaml", "base: &b {symbol: A/67/131}\nagain: *b\n", "not valid YAML (YAML aliases"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConsultationError) as caught:
        load_consultation(path)
    assert str(caught.value).startswith(f"{path}: {message}"), str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConsultationError, match="no such file"):
        load_consultation(tmp_path / "nowhere.yaml")


def test_yaml_and_json_give_the_same_consultation(tmp_path: Path) -> None:
    import json

    import yaml

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    as_json = tmp_path / "example.json"
    as_json.write_text(json.dumps(data, default=str, ensure_ascii=False), encoding="utf-8")
    assert load_consultation(as_json) == load_consultation(EXAMPLE)

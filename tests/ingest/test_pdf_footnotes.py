"""Footnotes at the foot of a PDF page are kept apart from the paragraph they interrupt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typst

from memberviews.ingest import read_report
from memberviews.render.pdf import FONT_PATHS

SENTENCE = (
    "The Government considers that multilateralism is the core principle of negotiations in "
    "the area of disarmament and non-proliferation, and that lasting solutions can be found "
    "only through the collective action of States. "
)

MARKUP = f"""
#set page(paper: "a4", margin: 2.5cm, header: [A/70/100 #h(1fr)], footer: [15-12345 (E)])
#set text(font: "Noto Serif", size: 10pt)
#set par(justify: true, first-line-indent: 1.5em, spacing: 1.2em)
*II. Replies received from Governments*

*Cuba*

#align(end)[\\[Original: Spanish\\]]

#align(end)[\\[5 June 2016\\]]

{SENTENCE * 18}#footnote[See A/66/123, paragraph 4, and the report of the Conference on \
Disarmament for 2015 (A/70/27), which describes the work of the year in detail and at length.]
{SENTENCE * 14}
"""


def test_a_footnote_leaves_the_paragraph_whole(tmp_path: Path) -> None:
    path = tmp_path / "footnote.pdf"
    options: dict[str, Any] = {
        "input": MARKUP.encode(),
        "font_paths": [str(p) for p in FONT_PATHS],
        "ignore_system_fonts": True,
    }
    path.write_bytes(typst.compile(**options))
    document = read_report(path)
    assert len(document.replies) == 1
    paragraphs = document.replies[0].paragraphs
    assert len(paragraphs) == 1, paragraphs
    assert "See A/66/123" not in paragraphs[0]
    assert paragraphs[0].startswith("The Government considers")
    assert paragraphs[0].endswith("collective action of States.")
    assert len(document.footnotes) == 1
    assert document.footnotes[0].startswith("1See A/66/123, paragraph 4")
    assert document.footnotes[0].endswith("in detail and at length.")

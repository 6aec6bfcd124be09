"""The archive's charts, drawn on the server by matplotlib as SVG files (no script in the
page; the page shows each with the table of its numbers beside it).

The text of a chart is drawn as outlines (matplotlib's SVG default), so the file shows the
same in any browser and in an ``<img>``, which cannot use the page's fonts. The fonts are the
page's: Noto Sans, with Noto Naskh Arabic and Noto Sans CJK SC for the characters it lacks
(matplotlib falls back glyph by glyph). matplotlib 3.11 lays text out with libraqm, which
shapes Arabic (joined letters, right to left, digits left to right inside) by the script it
finds, whatever ``text.language`` says (it is set to the page's language all the same, for
the language-specific forms a font may have); the tests check that the Arabic labels come
out in their joined forms.

The bars run left to right, oldest cycle first, in every language, Arabic included: a
choice (the axis is a time line whose symbols and years are written left to right), not a
rule; mirroring it for right-to-left pages would be a setting of :func:`stacked_bars_svg`."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from memberviews.core.languages import get_language

#: The fonts, in order: each glyph comes from the first that has it.
FONTS = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"]

#: One colour for each kind of author, the same on every chart (Okabe and Ito's palette,
#: which readers with a colour vision deficiency tell apart).
COLOURS = {
    "african": "#E69F00",
    "asia_pacific": "#56B4E9",
    "eastern_european": "#009E73",
    "latin_american_caribbean": "#CC79A7",
    "western_european_other": "#0072B2",
    "none": "#999999",
    "organization": "#D55E00",
}

# matplotlib's font cache and rcParams are shared by the whole process: one chart at a time.
_DRAWING = threading.Lock()


@dataclass(frozen=True)
class Stack:
    """One layer of stacked bars: a kind of author (a key of :data:`COLOURS`), its name as
    the legend shows it, and its count in each bar."""

    key: str
    label: str
    counts: tuple[int, ...]


def stacked_bars_svg(
    bars: Sequence[str], stacks: Sequence[Stack], *, axis_label: str, language: str
) -> bytes:
    """An SVG file of stacked bars, one bar per label of ``bars`` (left to right), the
    stacks bottom up, with a legend below; ``language`` is the labels' (ISO 639-1) and
    decides their shaping."""
    import matplotlib

    matplotlib.use("Agg")  # no display; the SVG backend is chosen by the file type below
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    settings = {
        "font.family": FONTS,
        "font.size": 11,
        "text.language": language,
        "svg.fonttype": "path",
        "svg.hashsalt": "memberviews",
    }
    # Two columns of names in the legend where they are short; long ones (Russian's,
    # Arabic's) one a line, the figure taller for them.
    longest = max((len(stack.label) for stack in stacks), default=0)
    columns = 2 if longest <= 36 else 1
    rows = -(-len(stacks) // columns)
    with _DRAWING, rc_context(settings):
        figure = Figure(figsize=(5.6, 2.6 + 0.3 * rows), layout="constrained")
        axes = figure.subplots()
        positions = list(range(len(bars)))
        bottoms = [0] * len(bars)
        for stack in stacks:
            axes.bar(
                positions,
                stack.counts,
                bottom=bottoms,
                label=stack.label,
                color=COLOURS.get(stack.key, "#999999"),
                width=0.6,
            )
            bottoms = [b + c for b, c in zip(bottoms, stack.counts, strict=True)]
        axes.set_xticks(positions, list(bars))
        axes.set_ylabel(axis_label)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(0, max([*bottoms, 1]) * 1.1)
        axes.spines[["top", "right"]].set_visible(False)
        if stacks:
            # Right to left, each name is read before its colour's swatch.
            figure.legend(
                loc="outside lower center",
                ncols=columns,
                frameon=False,
                markerfirst=not get_language(language).is_rtl,
            )
        output = io.BytesIO()
        # "tight": the file grows to hold the legend, however long the names.
        figure.savefig(output, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return output.getvalue()

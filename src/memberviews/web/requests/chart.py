"""The chart of replies received over time, drawn on the server as SVG (no script, no
library): the count of replies by day from the note's date, and the deadline."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _

WIDTH, HEIGHT, MARGIN = 640, 180, 36


def replies_chart(dated: date, deadline: date, received: list[date], today: date) -> str:
    """An SVG of the cumulative replies by day, with the deadline as a dashed line."""
    end = max(today, deadline, *received) if received else max(today, deadline)
    days = max((end - dated).days, 1)
    total = max(len(received), 1)

    def x(day: date) -> float:
        return MARGIN + (WIDTH - 2 * MARGIN) * (day - dated).days / days

    def y(count: int) -> float:
        return HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * count / total

    points = [(x(dated), y(0))]
    count = 0
    for day in sorted(received):
        points.append((x(day), y(count)))
        count += 1
        points.append((x(day), y(count)))
    points.append((x(end), y(count)))
    line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    label = escape(_("Replies received: %(n)d") % {"n": len(received)})
    deadline_label = escape(_("deadline %(day)s") % {"day": deadline.isoformat()})
    axis = HEIGHT - MARGIN
    # The deadline's label stands right of its line, or left of it near the right edge.
    anchor = "end" if x(deadline) > WIDTH * 0.7 else "start"
    label_x = x(deadline) - 4 if anchor == "end" else x(deadline) + 4
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        f' class="chart" aria-label="{label}">'
        f'<line x1="{MARGIN}" y1="{axis}" x2="{WIDTH - MARGIN}" y2="{axis}" stroke="#8a94a0"/>'
        f'<line x1="{MARGIN}" y1="{MARGIN}" x2="{MARGIN}" y2="{axis}" stroke="#8a94a0"/>'
        f'<line x1="{x(deadline):.1f}" y1="{MARGIN}" x2="{x(deadline):.1f}" y2="{axis}"'
        f' stroke="#a3480c" stroke-dasharray="4 3"/>'
        f'<text x="{label_x:.1f}" y="{MARGIN + 10}" font-size="11" fill="#a3480c"'
        f' text-anchor="{anchor}">'
        f"{deadline_label}</text>"
        f'<polyline points="{line}" fill="none" stroke="#0a5ea8" stroke-width="2"/>'
        f'<text x="{MARGIN}" y="{HEIGHT - 10}" font-size="11">{escape(dated.isoformat())}</text>'
        f'<text x="{WIDTH - MARGIN}" y="{HEIGHT - 10}" font-size="11" text-anchor="end">'
        f"{escape(end.isoformat())}</text>"
        f'<text x="{MARGIN - 6}" y="{MARGIN + 4}" font-size="11" text-anchor="end">'
        f"{len(received)}</text>"
        f'<text x="{MARGIN + 6}" y="{MARGIN - 12}" font-size="12">{label}</text>'
        "</svg>"
    )

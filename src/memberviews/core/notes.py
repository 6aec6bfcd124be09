"""A note verbale as it is printed or sent: composed by :mod:`memberviews.compose` from the
wording tables, laid out by :mod:`memberviews.render`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoteVerbale:
    """A note ready to print or send: its paragraphs, with the quoted operative paragraph
    (if any) set apart."""

    language: str
    reference: str
    date: str
    #: The paragraphs before the quotation, the quotation (in its quotation marks), and
    #: those after it.
    before: tuple[str, ...]
    quoted: str
    after: tuple[str, ...]

    @property
    def text(self) -> str:
        """The note as plain text (an e-mail's body)."""
        parts = [self.reference, self.date, *self.before]
        if self.quoted:
            parts.append(self.quoted)
        parts.extend(self.after)
        return "\n\n".join(parts) + "\n"

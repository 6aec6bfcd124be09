"""Where the text of a reply in one language version comes from."""

from __future__ import annotations

from enum import StrEnum


class Provenance(StrEnum):
    """The source of a reply's text in one language.

    The values are those of the JSON contract and of consultation files.
    """

    #: The text as the Mission sent it, in the reply's original language.
    ORIGINAL = "original"
    #: An official translation, made by the UN's translators.
    HUMAN = "human"
    #: A machine translation.
    MACHINE = "machine"
    #: No text in this language yet: the version prints "translation pending".
    PENDING = "pending"


#: What a text that is there can be (a pending one has no text).
TEXT_PROVENANCES: tuple[Provenance, ...] = (
    Provenance.ORIGINAL,
    Provenance.HUMAN,
    Provenance.MACHINE,
)

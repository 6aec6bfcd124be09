"""The order of the replies in each language version.

Each wording table's ``reply_order`` names the language whose names set the order: the
version's own (English, French, Spanish: the Editorial Manual's alphabetical order of the
names in each version) or English (Chinese, as the reference report A/67/131 shows; Russian
and Arabic by default, a setting in their tables). States come first, organizations after
them in their own section.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from memberviews.core.consultation import ReceivedReply
from memberviews.core.wording import wording_for


def sort_key(name: str) -> str:
    """Returns the key that orders names alphabetically, whatever the locale of the machine.

    Accents and other combining marks are stripped (É sorts with E, Ñ with N, Arabic hamza
    and Cyrillic breve are dropped), case is folded, and compatibility forms are unified.
    Scripts are ordered by their letters' code points, which follow the alphabet for Latin,
    Cyrillic and Arabic (but not for Chinese, which is why Chinese keeps the English order).
    """
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def order_replies(replies: Iterable[ReceivedReply], language: str) -> list[ReceivedReply]:
    """Returns the replies in the order of the ``language`` version: States, then organizations.

    Each group is alphabetical by the names in the table's ``reply_order`` language; two
    replies from one sender keep the order of their dates.
    """
    by = wording_for(language).reply_order

    def key(reply: ReceivedReply) -> tuple[bool, str, str]:
        sender = reply.sender
        return (not sender.is_state, sort_key(sender.name(by)), reply.date.isoformat())

    return sorted(replies, key=key)

"""The order of the replies in each language version.

Each wording table's ``reply_order`` names the language whose names set the order: the
version's own (the Editorial Manual: the replies "are arranged in the alphabetical order of
the names of the States or organizations in each of the language versions"; so English,
French, Spanish, Russian and Arabic) or English (Chinese, as the reference report A/67/131
and another real Chinese report show). The evidence is in ``docs/conventions.md``. States
come first, organizations after them in their own section.
"""

from __future__ import annotations

import re
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
    decomposed = unicodedata.normalize("NFKD", _ARTICLE.sub("", name.strip()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


#: The Arabic article that opens many names ("الأرجنتين"): Arabic lists sort without it, so
#: that Argentina stands between Azerbaijan (أذربيجان) and Jordan (الأردن).
_ARTICLE = re.compile(r"^ال(?=\w{2})")


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

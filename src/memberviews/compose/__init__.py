"""Composing a report, its addenda and corrigenda in the six languages from a consultation.

The stages run one way: :func:`load_consultation` reads and checks what the reporting officer
wrote (a YAML or JSON consultation file, or the JSON of a parsed report), giving the
:mod:`memberviews.core.consultation` types; :func:`compose` builds the documents of the model,
one per symbol and language, writing the introductions from the mandate and the request with
the wording tables; the renderers turn them into files. Imports no Django, and nothing from
``ingest``: a parsed report arrives as a document.
"""

from __future__ import annotations

from memberviews.compose.consultation import ConsultationError
from memberviews.compose.from_document import compose_version, consultation_from_document
from memberviews.compose.introduction import write_addendum_introduction, write_introduction
from memberviews.compose.load import load_consultation, load_document
from memberviews.compose.order import order_replies, sort_key
from memberviews.compose.report import Composition, Incomplete, compose
from memberviews.compose.words import WORD_LIMIT, count_words
from memberviews.core.consultation import (
    Consultation,
    DeclaredAddendum,
    DeclaredCorrigendum,
    ReceivedReply,
    Reissue,
    Sender,
    Text,
)
from memberviews.core.model import document_from_json
from memberviews.core.provenance import Provenance

__all__ = [
    "WORD_LIMIT",
    "Composition",
    "Consultation",
    "ConsultationError",
    "DeclaredAddendum",
    "DeclaredCorrigendum",
    "Incomplete",
    "Provenance",
    "ReceivedReply",
    "Reissue",
    "Sender",
    "Text",
    "compose",
    "compose_version",
    "consultation_from_document",
    "count_words",
    "document_from_json",
    "load_consultation",
    "load_document",
    "order_replies",
    "sort_key",
    "write_addendum_introduction",
    "write_introduction",
]

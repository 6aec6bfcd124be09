"""A receipt for a reply, as the Mission keeps it: what was received, from whom, when, and the
digest of the text. Its words come already in the Mission's language (the web application
translates them); :mod:`memberviews.render.receipt` lays it out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Receipt:
    language: str
    title: str
    #: The facts, each as a label and its value, in order (reference, Mission, request…).
    facts: tuple[tuple[str, str], ...]
    #: A heading for the text, and the paragraphs as stored.
    text_heading: str
    paragraphs: tuple[str, ...]
    closing: str

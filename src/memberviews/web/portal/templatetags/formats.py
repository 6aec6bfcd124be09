"""Template filters writing dates and numbers in the page's language (:mod:`..formats`)."""

from __future__ import annotations

from datetime import date, datetime

from django import template

from memberviews.web import formats

register = template.Library()


@register.filter
def day(value: date | None) -> str:
    return formats.day(value)


@register.filter
def moment(value: datetime | None, zone: str = "UTC") -> str:
    return formats.moment(value, zone or "UTC")


@register.filter
def number(value: float | int) -> str:
    return formats.number(value)

"""The public pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from memberviews.web.access import public_view


@public_view
def home(request: HttpRequest) -> HttpResponse:
    # Publishing comes with composition: until then nothing here is public.
    return render(request, "home.html", {"published": []})

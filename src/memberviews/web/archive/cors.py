"""The public API is read-only and open to any web page: under ``/api/`` a GET, HEAD or
OPTIONS answer carries ``Access-Control-Allow-Origin: *``, a preflight (OPTIONS) is answered
here, HEAD is answered as GET without the body, and any other method is refused (405, JSON)
before it reaches a view; an address the API does not have is a JSON 404 too. Nothing
outside ``/api/`` is touched."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase

PREFIX = "/api/"
METHODS = ("GET", "HEAD", "OPTIONS")
_ALLOWED = ", ".join(METHODS)


class ReadOnlyApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response: HttpResponseBase = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = _ALLOWED
            response["Access-Control-Allow-Headers"] = request.headers.get(
                "Access-Control-Request-Headers", "Accept"
            )
            response["Access-Control-Max-Age"] = "86400"
            response["Allow"] = _ALLOWED
        elif request.method == "HEAD":
            request.method = "GET"
            response = _headers_only(self.get_response(request))
            request.method = "HEAD"
        elif request.method == "GET":
            response = self.get_response(request)
        else:
            response = _error(405, f"The API is read-only: {_ALLOWED} only.")
            response["Allow"] = _ALLOWED
            return response
        if response.status_code == 404 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            response = _error(404, "No such address in the API.")
        response["Access-Control-Allow-Origin"] = "*"
        return response


def _error(status: int, detail: str) -> HttpResponse:
    return HttpResponse(
        json.dumps({"detail": detail}, ensure_ascii=False),
        status=status,
        content_type="application/json",
    )


def _headers_only(response: HttpResponseBase) -> HttpResponseBase:
    """The GET answer's status and headers without its body (an export is not run)."""
    if not response.streaming:
        return response
    response.close()
    head = HttpResponse(status=response.status_code)
    for name, value in response.items():
        head[name] = value
    return head

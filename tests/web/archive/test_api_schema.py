"""The public API keeps to its own description: the OpenAPI document the app serves is valid
OpenAPI 3.1, and Schemathesis, reading it, sends each operation generated requests (valid and
invalid) through the real application (WSGI) over the test archive — no answer is a server
error, and every answer's status, media type and body are the ones described."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest
import schemathesis
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from schemathesis.core.result import Err, Ok
from schemathesis.specs.openapi.checks import positive_data_acceptance

from support import archive_corpus

#: Examples per operation and generation mode: enough to try every parameter, within about a
#: minute for the whole description.
EXAMPLES = 10


#: The description as the application serves it (reading it touches no database).
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())


@pytest.fixture(scope="module")
def _stored_archive(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The test archive, stored once for every operation's test and rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        archive_corpus.load()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def archive(_stored_archive: None, db: None, settings: Any) -> Iterator[None]:
    settings.MEMBERVIEWS_API_RATE = ""  # the generated requests come faster than a client's
    cache.clear()
    # As Django's test client does: a request's start and end must not close the database
    # connection, which holds the test's transaction (PostgreSQL would lose the archive).
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def test_the_description_is_valid_openapi_3_1() -> None:
    raw = schema.raw_schema
    assert raw["openapi"].startswith("3.1")
    # Against the OpenAPI 3.1 schema (raises naming the first problem)…
    schema.validate()
    # …and each of its schemas against JSON Schema 2020-12, the dialect of OpenAPI 3.1.
    for name, component in raw["components"]["schemas"].items():
        assert jsonschema_rs.meta.is_valid(component), name
    operations = list(schema.get_all_operations())
    problems = [result.err() for result in operations if isinstance(result, Err)]
    assert problems == []
    found = {
        (result.ok().method.upper(), result.ok().path)
        for result in operations
        if isinstance(result, Ok)
    }
    assert found == {
        ("GET", "/api/documents"),
        ("GET", "/api/documents/{symbol}"),
        ("GET", "/api/replies"),
        ("GET", "/api/replies/{reply_id}"),
        ("GET", "/api/states"),
        ("GET", "/api/states/{iso3}"),
        ("GET", "/api/mandates"),
        ("GET", "/api/mandates/{mandate_id}"),
        ("GET", "/api/search"),
        ("GET", "/api/export/csv"),
        ("GET", "/api/export/jsonl"),
        ("GET", "/api/export/akn"),
    }


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_is_as_described(archive: None, case: schemathesis.Case[Any]) -> None:
    # A cursor is opaque and a query has a syntax (an unclosed quote is refused): text the
    # description admits there may still be refused (400, which the description says), so
    # where a request carries either, it is only required not to fail and to be as described.
    free_text = {"cursor", "q"} & set(case.query or {})
    case.call_and_validate(excluded_checks=[positive_data_acceptance] if free_text else None)

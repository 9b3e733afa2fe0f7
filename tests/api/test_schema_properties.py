"""Property-based test of the whole API against its own OpenAPI schema: whatever a
client sends within the schema, the API never answers with a server error, and
its answers match what the schema promises.

Schemathesis generates the requests; the test drives Hypothesis itself (one run
per operation) rather than through Schemathesis' pytest plugin. HUB_SCHEMA_EXAMPLES
(default 25 per operation) asks for a deeper run, e.g. 300 before a release.
"""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests import builders

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def wsgi_app():
    """The real WSGI application, minus closing the database connection after each
    request (as Django's test client does): the test's transaction lives on it."""
    from cms.wsgi import application

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield application
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_the_api_keeps_its_schema_and_never_fails_with_a_server_error(site_tree, wsgi_app):
    application = wsgi_app

    builders.course(builders.course_index(site_tree.home), "Datenschutz im Verein")
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=int(os.environ.get("HUB_SCHEMA_EXAMPLES", "25")),
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()

import pytest

from tests.factories import catalogue


@pytest.fixture(autouse=True)
def _catalogue(request):
    """The seeded catalogue: a transactional test elsewhere (a migration test) flushes what
    migration 0002 entered, and the register's tests read it."""
    if "db" in request.fixturenames or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("db")
        catalogue()

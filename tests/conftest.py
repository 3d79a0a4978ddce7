import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made
# by the tests themselves are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.factories import CampaignFactory, RoleAssignmentFactory, UnitFactory, UserFactory  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Test users log in with real passwords, hashed with Django's fast test hasher rather
    than PBKDF2's 1 000 000 rounds (Django's advice for test settings)."""
    from django.test import override_settings

    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
    fast.enable()
    yield
    fast.disable()


@pytest.fixture(autouse=True, scope="session")
def _media_in_a_temporary_folder(tmp_path_factory):
    """Uploaded and generated files of the tests never land in the project's var/media."""
    from django.conf import settings

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Login counters and other cached values never carry from one test to the next."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def city(db):
    return UnitFactory(code="hai-phong", name="Hải Phòng", kind="city", parent=None)


@pytest.fixture
def board_unit(city):
    return UnitFactory(code="ban-tdkt", name="Ban Thi đua - Khen thưởng thành phố", kind="board", parent=city)


@pytest.fixture
def campaign(city):
    return CampaignFactory(issuer=city)


@pytest.fixture
def commune(city):
    return UnitFactory(code="xa-ke-sat", name="Kẻ Sặt", kind="xa", parent=city, merged_in_2025=True)


@pytest.fixture
def other_commune(city):
    return UnitFactory(code="phuong-an-hai", name="An Hải", kind="phuong", parent=city, merged_in_2025=True)


@pytest.fixture
def subunit(commune):
    return UnitFactory(code="xa-ke-sat-cong-an", name="Công an xã Kẻ Sặt", kind="police", parent=commune)


def _user_with(role, unit, username):
    user = UserFactory(username=username)
    RoleAssignmentFactory(user=user, unit=unit, role=role)
    return user


@pytest.fixture
def board_officer(board_unit):
    return _user_with("board_officer", board_unit, "ban")


@pytest.fixture
def unit_officer(commune):
    return _user_with("unit_officer", commune, "canbo")


@pytest.fixture
def other_officer(other_commune):
    return _user_with("unit_officer", other_commune, "canbo-khac")


@pytest.fixture
def submitter(subunit):
    return _user_with("submitter", subunit, "de-xuat")


@pytest.fixture
def council_member(commune):
    return _user_with("council_member", commune, "hoidong")


@pytest.fixture
def viewer(commune):
    return _user_with("viewer", commune, "xem")


@pytest.fixture
def city_officer(city):
    """A unit officer of the city itself: every commune lies under that unit."""
    return _user_with("unit_officer", city, "canbo-thanhpho")


@pytest.fixture
def subunit_officer(subunit):
    return _user_with("unit_officer", subunit, "canbo-congan")


@pytest.fixture
def superuser(db):
    return UserFactory(username="quantri", is_superuser=True, is_staff=True)


@pytest.fixture
def anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


@pytest.fixture
def client_for(client):
    """Log a user in on the Django test client: ``client_for(user)``."""

    def login(user):
        client.force_login(user)
        return client

    return login

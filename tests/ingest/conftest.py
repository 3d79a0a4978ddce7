import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded plans are stored as files: keep them out of var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT

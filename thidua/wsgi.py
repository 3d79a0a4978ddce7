import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402

if settings.SETTINGS_MODULE == "thidua.settings":
    from thidua.settings import refuse_insecure_start  # noqa: E402

    refuse_insecure_start(settings.DEBUG, settings.SECRET_KEY)

"""WSGI entry point: gunicorn (bin/serve) and runserver load ``application`` from here.

The safe-start check runs before the application is built, so a server never finishes
starting with DEBUG off and the development SECRET_KEY. Static files are served by
whitenoise (compressed, hashed names from collectstatic) in front of Django.
"""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.settings")

from django.conf import settings  # noqa: E402

if settings.SETTINGS_MODULE == "thidua.settings":
    from thidua.settings import refuse_insecure_start  # noqa: E402

    refuse_insecure_start(settings.DEBUG, settings.SECRET_KEY)

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

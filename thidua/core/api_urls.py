"""The JSON API (django-ninja). Apps register their routers in ``thidua.core.api``."""
from django.urls import path

from thidua.core.api import api

urlpatterns = [path("", api.urls)]

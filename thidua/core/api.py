"""One NinjaAPI for the whole project; each app adds a router from its ``api.py``.

Authentication is the session (same login as the UI); every endpoint scopes its query
by unit exactly like the views do. The OpenAPI schema is published at /api/openapi.json
and browsable at /api/docs.
"""
from importlib import import_module

from django.apps import apps
from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="thidua API",
    version="1.0",
    description="Dữ liệu thi đua, khen thưởng: đơn vị, kế hoạch, đề xuất khen thưởng, đại biểu, báo cáo. "
    "Phạm vi dữ liệu giống hệt giao diện: mỗi đơn vị chỉ thấy dữ liệu của mình và đơn vị trực thuộc.",
    auth=django_auth,
    urls_namespace="api",
)


for config in apps.get_app_configs():
    if not config.name.startswith("thidua."):
        continue
    try:
        module = import_module(f"{config.name}.api")
    except ModuleNotFoundError as exc:
        if exc.name != f"{config.name}.api":
            raise
        continue
    router = getattr(module, "router", None)
    if router is not None:
        api.add_router(f"/{config.label}/", router)

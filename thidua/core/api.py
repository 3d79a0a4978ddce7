"""One NinjaAPI for the whole project; each app adds a router from its ``api.py``.

Authentication is the session (same login as the UI); every endpoint scopes its query
by unit exactly like the views do. The OpenAPI schema is published at /api/openapi.json
and browsable at /api/docs.
"""
from importlib import import_module

from django.apps import apps
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, Throttled, ValidationError
from ninja.security import django_auth

api = NinjaAPI(
    title="thidua API",
    version="1.0",
    description="Dữ liệu thi đua, khen thưởng: đơn vị, kế hoạch, đề xuất khen thưởng, đại biểu, báo cáo. "
    "Phạm vi dữ liệu giống hệt giao diện: mỗi đơn vị chỉ thấy dữ liệu của mình và đơn vị trực thuộc.",
    auth=django_auth,
    urls_namespace="api",
)

# What a refused or malformed API request is told, in Vietnamese (django-ninja answers in English).
VALIDATION_MESSAGES = {
    "missing": "Thiếu giá trị bắt buộc.",
    "int_parsing": "Cần một số nguyên.",
    "int_type": "Cần một số nguyên.",
    "float_parsing": "Cần một số.",
    "bool_parsing": "Cần giá trị đúng/sai (true/false).",
    "date_from_datetime_parsing": "Ngày không hợp lệ (cần dạng YYYY-MM-DD).",
    "date_parsing": "Ngày không hợp lệ (cần dạng YYYY-MM-DD).",
    "string_too_long": "Chuỗi quá dài.",
    "greater_than_equal": "Giá trị quá nhỏ.",
    "less_than_equal": "Giá trị quá lớn.",
    "json_invalid": "Nội dung JSON không hợp lệ.",
}


@api.exception_handler(AuthenticationError)
def _not_logged_in(request, exc):
    return api.create_response(request, {"detail": "Cần đăng nhập để dùng API."}, status=401)


@api.exception_handler(AuthorizationError)
def _forbidden(request, exc):
    return api.create_response(request, {"detail": "Bạn không có quyền thực hiện yêu cầu này."}, status=403)


@api.exception_handler(Throttled)
def _throttled(request, exc):
    wait = f" Thử lại sau {int(exc.wait)} giây." if exc.wait else ""
    return api.create_response(request, {"detail": "Quá nhiều yêu cầu." + wait}, status=429)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, {"detail": "Không tìm thấy dữ liệu, hoặc dữ liệu không thuộc phạm vi của bạn."},
                               status=404)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    errors = [{"loc": list(e.get("loc", ())), "type": e.get("type", ""),
               "msg": VALIDATION_MESSAGES.get(e.get("type", ""), "Giá trị không hợp lệ.")} for e in exc.errors]
    return api.create_response(request, {"detail": "Yêu cầu không hợp lệ.", "errors": errors}, status=422)


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

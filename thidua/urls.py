from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "thidua — Quản trị thi đua, khen thưởng"
admin.site.site_title = "thidua"
admin.site.index_title = "Quản trị dữ liệu"

urlpatterns = [
    path("", include("thidua.core.urls")),
    path("tai-khoan/", include("thidua.accounts.urls")),
    path("don-vi/", include("thidua.units.urls")),
    path("dot-thi-dua/", include("thidua.campaigns.urls")),
    path("van-ban/", include("thidua.documents.urls")),
    path("ke-hoach/", include("thidua.plans.urls")),
    path("khen-thuong/", include("thidua.honors.urls")),
    path("so-khen-thuong/", include("thidua.register.urls")),
    path("dai-bieu/", include("thidua.delegates.urls")),
    path("bao-cao/", include("thidua.reports.urls")),
    path("tiep-nhan/", include("thidua.ingest.urls")),
    path("api/", include("thidua.core.api_urls")),
    path("quan-tri/", admin.site.urls),
]

handler400 = "thidua.core.error_views.error_400"
handler403 = "thidua.core.error_views.error_403"
handler404 = "thidua.core.error_views.error_404"
handler500 = "thidua.core.error_views.error_500"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

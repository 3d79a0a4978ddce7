from django.urls import path

from thidua.register import views, views_duplicates, views_search

app_name = "register"

urlpatterns = [
    path("", views.record_list, name="list"),
    path("so-khen-thuong.xlsx", views.record_export, name="export"),
    path("<int:pk>/", views.record_detail, name="detail"),
    path("tim-kiem/", views_search.search_page, name="search"),
    path("tim-kiem.xlsx", views_search.search_export, name="search_export"),
    path("nguoi/<int:pk>/", views_search.person_page, name="person"),
    path("nghi-trung/", views_duplicates.duplicate_list, name="duplicates"),
    path("nghi-trung/quyet-dinh/", views_duplicates.duplicate_decide, name="duplicate_decide"),
    path("nghi-trung/lien-ket/", views_duplicates.link_people, name="link_people"),
    path("<int:pk>/thu-hoi/", views.record_revoke, name="revoke"),
    path("nhap-excel/", views.import_upload, name="import"),
    path("nhap-excel/<int:pk>/", views.import_preview, name="import_preview"),
    path("danh-muc/", views.catalogue_list, name="catalogue"),
    path("danh-muc/them/", views.catalogue_edit, name="catalogue_add"),
    path("danh-muc/<int:pk>/", views.catalogue_edit, name="catalogue_edit"),
]

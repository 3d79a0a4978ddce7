from django.urls import path

from thidua.honors import views

app_name = "honors"

urlpatterns = [
    path("", views.nomination_list, name="nominations"),
    path("de-xuat/<int:pk>/", views.nomination_detail, name="nomination_detail"),
    path("de-xuat/<int:pk>/ho-so/<slug:kind>/", views.dossier_file, name="dossier_file"),
    path("de-xuat/<int:pk>/tai-len/", views.dossier_upload, name="dossier_upload"),
    path("ke-hoach/<int:plan_pk>/chi-tieu/", views.quota_panel, name="quota"),
    path("ho-so/", views.nominee_list, name="nominees"),
    path("ho-so/them/", views.nominee_create, name="nominee_create"),
    path("ho-so/<int:pk>/", views.nominee_detail, name="nominee_detail"),
    path("ho-so/<int:pk>/sua/", views.nominee_edit, name="nominee_edit"),
    path("ho-so/<int:nominee_pk>/de-xuat/", views.nominate, name="nominate"),
    path("minh-chung/<int:pk>/", views.evidence_file, name="evidence_file"),
    path("nhap-excel/", views.import_nominees, name="import"),
    path("nhap-excel/mau.xlsx", views.import_template, name="import_template"),
    path("xuat/de-xuat.xlsx", views.export_nominations, name="export_nominations"),
    path("xuat/khen-thuong.xlsx", views.export_awards, name="export_awards"),
    path("ke-hoach/<int:plan_pk>/hop-hoi-dong/", views.meeting_create, name="meeting_create"),
    path("hop-hoi-dong/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("hop-hoi-dong/<int:pk>/bieu-quyet/<int:nomination_pk>/", views.vote, name="vote"),
    path("hop-hoi-dong/<int:pk>/bien-ban.docx", views.minutes, name="minutes"),
    path("quyet-dinh/", views.decision_list, name="decisions"),
    path("ke-hoach/<int:plan_pk>/quyet-dinh/", views.decision_create, name="decision_create"),
    path("quyet-dinh/<int:pk>/", views.decision_detail, name="decision_detail"),
    path("quyet-dinh/<int:pk>/tai-ve.<slug:fmt>", views.decision_file, name="decision_file"),
    path("quyet-dinh/<int:pk>/giay-khen.pdf", views.certificates_pdf, name="certificates"),
    path("quyet-dinh/<int:pk>/giay-khen.zip", views.certificates_zip, name="certificates_zip"),
    path("in-phoi/", views.layout, name="layout"),
    path("in-phoi/trang-thu.pdf", views.layout_test, name="layout_test"),
    path("tieu-chi/", views.criteria_list, name="criteria"),
    path("tieu-chi/them/", views.criteria_create, name="criteria_create"),
]

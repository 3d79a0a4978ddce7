from django.urls import path

from thidua.delegates import views

app_name = "delegates"

urlpatterns = [
    path("", views.conference_list, name="list"),
    path("lap/", views.conference_create, name="create"),
    path("<int:pk>/", views.conference_detail, name="detail"),
    path("<int:pk>/co-cau/", views.composition, name="composition"),
    path("<int:pk>/them/", views.delegate_add, name="add"),
    path("<int:pk>/dai-bieu/<int:did>/sua/", views.delegate_edit, name="edit"),
    path("<int:pk>/dai-bieu/<int:did>/xoa/", views.delegate_delete, name="delete"),
    path("<int:pk>/dai-bieu/<int:did>/phan-hoi/", views.rsvp, name="rsvp"),
    path("<int:pk>/dai-bieu/<int:did>/giay-moi.pdf", views.invitation_pdf, name="invitation"),
    path("<int:pk>/giay-moi.pdf", views.invitations_pdf, name="invitations"),
    path("<int:pk>/tu-ho-so/", views.from_nominees, name="from_nominees"),
    path("<int:pk>/nhap-excel/", views.import_excel, name="import"),
    path("<int:pk>/mau-excel.xlsx", views.excel_template, name="template"),
    path("<int:pk>/phan-bo/", views.allocation, name="allocation"),
    path("<int:pk>/de-xuat/", views.select_view, name="select"),
    path("<int:pk>/chuong-trinh/", views.timetable_view, name="timetable"),
    path("<int:pk>/chuong-trinh.pdf", views.timetable_pdf, name="timetable_pdf"),
    path("<int:pk>/diem-danh/", views.checkin_view, name="checkin"),
    path("<int:pk>/diem-danh/ma/<uuid:token>/", views.checkin_code, name="checkin_code"),
    path("<int:pk>/diem-danh/<int:did>/", views.checkin_mark, name="checkin_mark"),
    path("<int:pk>/so-lieu/", views.attendance, name="attendance"),
    path("dai-hoi/", views.congress_view, name="congress"),
    path("dai-hoi/chi-tieu/", views.congress_quotas, name="congress_quotas"),
    path("dai-hoi/tong-hop.<str:fmt>", views.congress_city_export, name="congress_city_export"),
    path("dai-hoi/<slug:code>/", views.congress_unit, name="congress_unit"),
    path("dai-hoi/<slug:code>/<int:eid>/sua/", views.congress_edit, name="congress_edit"),
    path("dai-hoi/<slug:code>/<int:eid>/bo/", views.congress_remove, name="congress_remove"),
    path("dai-hoi/<slug:code>/danh-sach.<str:fmt>", views.congress_export, name="congress_export"),
]

from django.urls import path

from thidua.delegates.views import checkin, conference, congress

app_name = "delegates"

urlpatterns = [
    path("", conference.conference_list, name="list"),
    path("lap/", conference.conference_create, name="create"),
    path("<int:pk>/", conference.conference_detail, name="detail"),
    path("<int:pk>/co-cau/", conference.composition, name="composition"),
    path("<int:pk>/them/", conference.delegate_add, name="add"),
    path("<int:pk>/dai-bieu/<int:did>/sua/", conference.delegate_edit, name="edit"),
    path("<int:pk>/dai-bieu/<int:did>/xoa/", conference.delegate_delete, name="delete"),
    path("<int:pk>/dai-bieu/<int:did>/phan-hoi/", conference.rsvp, name="rsvp"),
    path("<int:pk>/dai-bieu/<int:did>/giay-moi.pdf", conference.invitation_pdf, name="invitation"),
    path("<int:pk>/giay-moi.pdf", conference.invitations_pdf, name="invitations"),
    path("<int:pk>/tu-ho-so/", conference.from_nominees, name="from_nominees"),
    path("<int:pk>/nhap-excel/", conference.import_excel, name="import"),
    path("<int:pk>/mau-excel.xlsx", conference.excel_template, name="template"),
    path("<int:pk>/phan-bo/", conference.allocation, name="allocation"),
    path("<int:pk>/de-xuat/", conference.select_view, name="select"),
    path("<int:pk>/chuong-trinh/", conference.timetable_view, name="timetable"),
    path("<int:pk>/chuong-trinh.pdf", conference.timetable_pdf, name="timetable_pdf"),
    path("<int:pk>/diem-danh/", checkin.checkin_view, name="checkin"),
    path("<int:pk>/diem-danh/ma/<uuid:token>/", checkin.checkin_code, name="checkin_code"),
    path("<int:pk>/diem-danh/<int:did>/", checkin.checkin_mark, name="checkin_mark"),
    path("<int:pk>/so-lieu/", checkin.attendance, name="attendance"),
    path("dai-hoi/", congress.congress_view, name="congress"),
    path("dai-hoi/chi-tieu/", congress.congress_quotas, name="congress_quotas"),
    path("dai-hoi/tong-hop.<str:fmt>", congress.congress_city_export, name="congress_city_export"),
    path("dai-hoi/<slug:code>/", congress.congress_unit, name="congress_unit"),
    path("dai-hoi/<slug:code>/<int:eid>/sua/", congress.congress_edit, name="congress_edit"),
    path("dai-hoi/<slug:code>/<int:eid>/bo/", congress.congress_remove, name="congress_remove"),
    path("dai-hoi/<slug:code>/danh-sach.<str:fmt>", congress.congress_export, name="congress_export"),
]

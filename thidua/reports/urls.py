from django.urls import path

from thidua.reports import views

app_name = "reports"

urlpatterns = [
    path("tien-do/", views.board, name="board"),
    path("tien-do/excel/", views.board_xlsx, name="board_xlsx"),
    path("tien-do/<slug:code>/", views.unit_progress, name="unit_progress"),
    path("nhac-viec/", views.inbox, name="inbox"),
    path("nhac-viec/<int:pk>/da-doc/", views.reminder_read, name="reminder_read"),
    path("nhac-viec/gui/<slug:code>/", views.remind, name="remind"),
    path("ket-qua/", views.report_list, name="report_list"),
    path("ket-qua/don-vi/<slug:code>/", views.report_edit, name="report_edit"),
    path("ket-qua/don-vi/<slug:code>/lay-so-lieu/", views.report_prefill, name="report_prefill"),
    path("ket-qua/<int:pk>/", views.report_detail, name="report_detail"),
    path("ket-qua/<int:pk>/gui/", views.report_submit, name="report_submit"),
    path("ket-qua/<int:pk>/xu-ly/", views.report_decide, name="report_decide"),
    path("ket-qua/<int:pk>/tep/", views.report_file, name="report_file"),
    path("tong-ket/thanh-pho.docx", views.city_summary_docx, name="city_summary_docx"),
    path("tong-ket/<slug:code>.docx", views.summary_docx, name="summary_docx"),
    path("toan-canh/", views.city, name="city"),
    path("toan-canh/excel/", views.city_xlsx, name="city_xlsx"),
]

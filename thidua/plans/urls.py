from django.urls import path

from thidua.plans import views

app_name = "plans"

urlpatterns = [
    path("", views.plan_list, name="list"),
    path("tao-moi/", views.plan_create, name="create"),
    path("<int:pk>/", views.plan_detail, name="detail"),
    path("<int:pk>/sua/", views.plan_edit, name="edit"),
    path("<int:pk>/kiem-tra/", views.plan_findings, name="findings"),
    path("<int:pk>/gui/", views.plan_submit, name="submit"),
    path("<int:pk>/xu-ly/", views.plan_review, name="review"),
    path("<int:pk>/ke-hoach.docx", views.plan_docx_view, name="docx"),
    path("<int:pk>/ke-hoach.pdf", views.plan_pdf_view, name="pdf"),
    path("<int:pk>/tieu-de-hoi-nghi.pdf", views.plan_banner_view, name="banner"),
]

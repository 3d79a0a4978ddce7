from django.urls import path

from thidua.ingest import views

app_name = "ingest"

urlpatterns = [
    path("", views.batch_list, name="batch_list"),
    path("tai-len/", views.upload, name="upload"),
    path("dot/<int:pk>/", views.batch_detail, name="batch_detail"),
    path("dot/<int:pk>/bang/", views.batch_rows, name="batch_rows"),
    path("van-ban/<int:pk>/", views.document_detail, name="document_detail"),
    path("van-ban/<int:pk>/chap-thuan/", views.document_accept, name="document_accept"),
    path("van-ban/<int:pk>/tra-lai/", views.document_return, name="document_return"),
    path("van-ban/<int:pk>/gan-don-vi/", views.document_link_unit, name="document_link_unit"),
]

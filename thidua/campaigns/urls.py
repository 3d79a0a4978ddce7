from django.urls import path

from thidua.campaigns import views

app_name = "campaigns"

urlpatterns = [
    path("", views.campaign_list, name="list"),
    path("<slug:code>/", views.campaign_detail, name="detail"),
]

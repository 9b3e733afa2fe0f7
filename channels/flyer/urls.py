"""Public URLs: flyer downloads (``/flyer/<page_id>/<variant>.pdf``) and short links (``/f/<id>``)."""

from django.urls import path

from channels.flyer import views

urlpatterns = [
    path("flyer/<int:page_id>/<slug:name>.pdf", views.download, name="flyer_download"),
    path(
        "flyer/<int:page_id>/<str:language>/<slug:name>.pdf",
        views.bilingual_download,
        name="flyer_bilingual_download",
    ),
    path("f/<int:page_id>", views.short_link, name="flyer_short_link"),
    path("f/<int:page_id>/", views.short_link),
]

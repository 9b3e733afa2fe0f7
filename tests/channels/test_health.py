"""/health/ tells monitoring what is wrong; the admin report tells the operator."""

import datetime

import pytest
from django.utils import timezone

from channels.models import Delivery, Heartbeat
from tests import builders


@pytest.fixture
def settings_routes(settings):
    settings.HUB_CHANNELS = {"website": "channels.website.channel.WebsiteChannel"}
    settings.HUB_CHANNEL_ROUTES = {"*": ["website"]}


def test_health_is_ok_when_everything_runs(client, site_tree, settings_routes):
    Heartbeat.beat("beat")
    Delivery.objects.update(state=Delivery.State.SENT)

    response = client.get("/health/")

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "beat", "deliveries", "pages"}
    assert body["checks"]["pages"]["live_without_deliveries"] == 0
    assert response["Cache-Control"].startswith("max-age=0")


def test_health_answers_503_and_names_what_needs_a_person(client, site_tree, settings_routes):
    Heartbeat.objects.create(name="beat", seen_at=timezone.now() - datetime.timedelta(hours=1))
    offer = site_tree.kultur_offer
    Delivery.objects.filter(page=offer).delete()
    long_ago = timezone.now() - datetime.timedelta(hours=2)
    Delivery.objects.filter(page=site_tree.naturschutz).update(created_at=long_ago)
    from wagtail.models import Page

    Page.objects.filter(pk=offer.pk).update(last_published_at=long_ago)

    response = client.get("/health/")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert not checks["beat"]["ok"] and checks["beat"]["age_seconds"] >= 3600
    assert not checks["deliveries"]["ok"] and checks["deliveries"]["oldest_pending_seconds"] >= 7200
    assert checks["pages"]["examples"] == [
        {"page": offer.pk, "title": offer.title, "channels": ["website"]}
    ]
    assert checks["database"]["ok"] and checks["cache"]["ok"]


def test_operators_see_the_problems_in_the_admin(client, site_tree, settings_routes):
    admin = builders.person("olga.operator", is_superuser=True)
    client.force_login(admin)
    Delivery.objects.filter(page=site_tree.kultur_offer).delete()

    response = client.get("/admin/betrieb/")

    assert response.status_code == 200
    text = response.content.decode()
    assert "Hier braucht es eine Person." in text
    assert "Beat ist noch nie gelaufen." in text

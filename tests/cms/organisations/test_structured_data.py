"""A portrait's schema.org Organization data, as search engines read it from the page."""

import json
import re

from tests import builders


def json_ld_of(client, page) -> dict:
    response = client.get(page.url)
    assert response.status_code == 200
    [payload] = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(payload)


def test_a_portrait_tells_search_engines_how_to_reach_the_club(client, site_tree):
    portrait = site_tree.kulturverein
    portrait.website = "https://kulturverein-haspe.example"
    portrait.contact_email = "post@kulturverein-haspe.example"
    portrait.contact_phone = "02331 123456"
    portrait.founded = 1987
    portrait.street = "Voerder Straße 1"
    portrait.latitude, portrait.longitude = "51.347000", "7.412000"
    portrait = builders.publish(portrait)

    data = json_ld_of(client, portrait)

    assert data["@type"] == "Organization"
    assert data["sameAs"] == ["https://kulturverein-haspe.example"]
    assert data["email"] == "post@kulturverein-haspe.example"
    assert data["telephone"] == "02331 123456"
    assert data["foundingDate"] == "1987"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Voerder Straße 1",
        "postalCode": "58135",
        "addressLocality": "Hagen",
        "addressCountry": "DE",
    }
    assert data["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 51.347,
        "longitude": 7.412,
    }


def test_a_portrait_without_contact_or_map_position_claims_none(client, site_tree):
    portrait = site_tree.naturschutz
    portrait.postcode = ""
    portrait = builders.publish(portrait)

    data = json_ld_of(client, portrait)

    assert data["@type"] == "Organization"
    for absent in ("sameAs", "email", "telephone", "foundingDate", "logo", "address", "location"):
        assert absent not in data

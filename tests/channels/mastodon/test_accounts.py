"""Connecting Mastodon accounts in the admin: app registration, authorisation code or token,
verification; the hub account for the Redaktion, an organisation's own for its editors."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from channels.mastodon import crypto
from channels.mastodon.models import MastodonAccount

CONNECT = "/admin/hashtag/konten/verbinden/"
AUTHORISE = "/admin/hashtag/konten/verbinden/code/"


def assert_denied(response) -> None:
    if response.status_code == 302:
        assert response["Location"] == "/admin/", response["Location"]
    else:
        assert response.status_code in (403, 404)


def start(client, fake, target="hub"):
    response = client.post(CONNECT, {"instance_url": fake.base_url, "target": target})
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert response["Location"] == AUTHORISE
    return response


def test_the_redaktion_connects_the_hub_account_with_an_authorisation_code(
    client, city_editor, fake
):
    client.force_login(city_editor)
    start(client, fake)

    page = client.get(AUTHORISE).content.decode()
    authorise_url = re.search(r'id="authorise-link" href="([^"]+)"', page)[1].replace("&amp;", "&")
    query = parse_qs(urlsplit(authorise_url).query)
    assert authorise_url.startswith(f"{fake.base_url}/oauth/authorize")
    assert query["client_id"] == ["fake-client-id"]
    assert query["scope"] == [
        "read:accounts read:notifications read:statuses write:media write:statuses"
    ]

    fake.codes["code-from-mastodon"] = "token-of-the-hub"
    response = client.post(AUTHORISE, {"code": "code-from-mastodon"})

    assert response.status_code == 302 and response["Location"] == reverse("mastodon_accounts")
    account = MastodonAccount.objects.get()
    assert account.role == MastodonAccount.Role.HUB and account.organisation is None
    assert account.acct == f"engagementhagen@{fake.netloc}"
    assert account.account_id == fake.account_id
    assert account.access_token == "token-of-the-hub"
    assert "token-of-the-hub" not in account.access_token_encrypted
    assert account.client_secret == "fake-client-secret"
    assert (account.max_characters, account.server_version) == (500, "4.3.2")
    assert account.connected_by == city_editor
    listing = client.get(reverse("mastodon_accounts")).content.decode()
    assert f"@{account.acct}" in listing and "token-of-the-hub" not in listing


def test_a_pasted_access_token_works_too_and_reconnecting_replaces_the_token(
    client, city_editor, fake
):
    client.force_login(city_editor)
    for token in (fake.token, "test-token-new"):
        fake.codes["unused"] = token  # the fake accepts every token it knows
        start(client, fake)
        client.post(AUTHORISE, {"access_token": token})

    account = MastodonAccount.objects.get()
    assert account.access_token == "test-token-new"


def test_a_wrong_code_or_an_unknown_server_is_explained(client, city_editor, fake):
    client.force_login(city_editor)
    start(client, fake)

    wrong = client.post(AUTHORISE, {"code": "falsch"})
    both = client.post(AUTHORISE, {"code": "a", "access_token": "b"})
    nowhere = client.post(CONNECT, {"instance_url": "http://127.0.0.1:9", "target": "hub"})

    assert "hat den Code oder das Token nicht angenommen" in wrong.content.decode()
    assert "entweder den Autorisierungscode oder ein Zugangstoken" in both.content.decode()
    assert "nicht angenommen. Stimmt die Adresse?" in nowhere.content.decode()
    assert not MastodonAccount.objects.exists()


def test_only_https_servers_are_accepted_outside_the_local_machine(client, city_editor):
    client.force_login(city_editor)

    response = client.post(CONNECT, {"instance_url": "http://mastodon.example", "target": "hub"})

    assert "Bitte eine Adresse mit https:// angeben." in response.content.decode()


def test_a_club_editor_connects_only_their_own_organisations_account(
    client, club_editor, site_tree, fake
):
    client.force_login(club_editor)

    form = client.get(CONNECT).content.decode()
    assert "Organisation: Kulturverein Haspe" in form
    assert "Naturschutzgruppe" not in form and "Gemeinsames Hub-Konto" not in form
    refused = client.post(CONNECT, {"instance_url": fake.base_url, "target": "hub"})
    assert refused.status_code == 200 and 'class="error-message"' in refused.content.decode()

    start(client, fake, target=str(site_tree.kulturverein.pk))
    client.post(AUTHORISE, {"access_token": fake.token})

    account = MastodonAccount.objects.get()
    assert (account.role, account.organisation_id) == ("organisation", site_tree.kulturverein.pk)


def test_a_club_editor_cannot_take_over_another_clubs_account_by_a_crafted_session(
    client, club_editor, site_tree, fake
):
    client.force_login(club_editor)
    start(client, fake, target=str(site_tree.kulturverein.pk))
    session = client.session
    session["mastodon_connect"]["target"] = str(site_tree.naturschutz.pk)
    session.save()

    assert_denied(client.post(AUTHORISE, {"access_token": fake.token}))
    assert not MastodonAccount.objects.exists()


@pytest.mark.parametrize("url", [CONNECT, "/admin/hashtag/konten/"])
def test_digital_helpers_do_not_manage_accounts(client, digital_helper, url):
    client.force_login(digital_helper)

    assert_denied(client.get(url))


def test_disconnecting_revokes_and_forgets_the_account(client, city_editor, hub_account, fake):
    client.force_login(city_editor)
    url = reverse("mastodon_disconnect", args=[hub_account.pk])
    assert "trennen?" in client.get(url).content.decode()

    client.post(url)

    assert not MastodonAccount.objects.exists()


def test_a_token_from_a_lost_key_asks_for_reconnecting(hub_account, settings):
    settings.SECRET_KEY = "another-secret-key-entirely"
    settings.MASTODON_TOKEN_KEYS = [crypto.Fernet.generate_key().decode()]

    with pytest.raises(crypto.UndecryptableSecret, match="neu verbinden"):
        _ = MastodonAccount.objects.get().access_token


def test_keys_can_be_rotated_without_reconnecting(hub_account, settings, fake):
    new_key = crypto.Fernet.generate_key().decode()
    settings.MASTODON_TOKEN_KEYS = [new_key]  # the derived key still reads the old token

    account = MastodonAccount.objects.get()
    assert account.access_token == fake.token
    account.access_token = account.access_token
    account.save()
    settings.SECRET_KEY = "rotated-away"
    assert MastodonAccount.objects.get().access_token == fake.token

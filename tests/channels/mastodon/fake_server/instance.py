"""Instance information (v1 and v2, with the status limits) and app registration."""

from __future__ import annotations


class InstanceInfo:
    """Mixed into the request handler: ``self.fake`` is the instance's state."""

    def _instance_v1(self) -> dict:
        fake = self.fake
        return {
            "uri": fake.netloc,
            "title": "Fake Mastodon",
            "short_description": "",
            "description": "",
            "email": "admin@mastodon.example",
            "version": fake.version,
            "urls": {"streaming_api": f"ws://{fake.netloc}"},
            "stats": {"user_count": 1, "status_count": len(fake.statuses), "domain_count": 1},
            "languages": ["de"],
            "registrations": False,
            "approval_required": False,
            "invites_enabled": False,
            "configuration": self._configuration(),
            "contact_account": None,
            "rules": [],
        }

    def _instance_v2(self) -> dict:
        fake = self.fake
        return {
            "domain": fake.netloc,
            "title": "Fake Mastodon",
            "version": fake.version,
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "",
            "usage": {"users": {"active_month": 1}},
            "thumbnail": {"url": f"http://{fake.netloc}/thumb.png"},
            "languages": ["de"],
            "configuration": self._configuration(),
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "api_versions": {"mastodon": 2},
            "contact": {"email": "admin@mastodon.example", "account": None},
            "rules": [],
        }

    def _configuration(self) -> dict:
        fake = self.fake
        return {
            "urls": {"streaming": f"ws://{fake.netloc}"},
            "accounts": {"max_featured_tags": 10},
            "statuses": {
                "max_characters": fake.max_characters,
                "max_media_attachments": 4,
                "characters_reserved_per_url": fake.characters_reserved_per_url,
            },
            "media_attachments": {
                "supported_mime_types": ["image/jpeg", "image/png", "image/webp"],
                "image_size_limit": 16777216,
                "image_matrix_limit": 33177600,
            },
            "polls": {"max_options": 4},
            "translation": {"enabled": False},
            "timelines_access": {
                "live_feeds": {"local": "public", "remote": "public"},
                "hashtag_feeds": {"local": "public", "remote": "public"},
                "trending_link_feeds": {"local": "public", "remote": "public"},
            },
        }

    def _app(self) -> dict:
        return {
            "id": "123",
            "name": self._param("client_name"),
            "website": self._param("website") or None,
            "scopes": self._param("scopes").split(),
            "redirect_uris": self._param("redirect_uris").split(),
            "client_id": "fake-client-id",
            "client_secret": "fake-client-secret",
        }

"""The demo accounts (people.yaml), printed by `make run` so a new user can log in at once."""

from django.conf import settings

from demo.loader.data import section

# (username, role description) — the password is settings.HUB_DEMO_PASSWORD.
DEMO_USERS = [(account["username"], account["role"]) for account in section("people")["accounts"]]


def describe_logins(base_url: str | None = None) -> str:
    """Where the hub answers and who may log in; ``base_url`` defaults to HUB_SITE_URL."""
    base_url = (base_url or settings.SITE_URL).rstrip("/")
    lines = [
        "",
        f"Engagement Hub Hagen läuft: {base_url}/",
        f"Redaktionsbereich (Wagtail): {base_url}/admin/",
        f"Demo-Zugänge (Passwort für alle: {settings.HUB_DEMO_PASSWORD}):",
    ]
    lines += [f"  {username:<10} {role}" for username, role in DEMO_USERS]
    return "\n".join(lines) + "\n"

"""The demo accounts, printed by `make run` so a new user can log in at once."""

from django.conf import settings

# (username, role description) — the password is settings.HUB_DEMO_PASSWORD.
DEMO_USERS = [
    ("admin", "Administration (alle Rechte)"),
    ("redaktion", "Redaktion der Stadt (alle Inhalte, Kampagnen, Newsletter)"),
    ("verein", "Vereinsredaktion des Kulturvereins (nur das eigene Vereinsporträt)"),
    ("helfer", "Digitale Helfer*innen (Moderation des Hashtags)"),
]


def describe_logins(base_url: str) -> str:
    lines = [
        "",
        f"Engagement Hub Hagen läuft: {base_url}/",
        f"Redaktionsbereich (Wagtail): {base_url}/admin/",
        f"Demo-Zugänge (Passwort für alle: {settings.HUB_DEMO_PASSWORD}):",
    ]
    lines += [f"  {username:<10} {role}" for username, role in DEMO_USERS]
    return "\n".join(lines) + "\n"

"""The demo accounts of cms.demo.logins, with their roles."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from cms.demo.content.people import PEOPLE
from cms.demo.logins import DEMO_USERS
from cms.demo.report import Tally
from cms.editors.roles import ensure_roles

# username -> names of the groups the account belongs to (besides a club's own group).
ROLE_GROUPS = {
    "admin": [],
    "redaktion": [settings.HUB_GROUP_CITY_EDITORS],
    "verein": [settings.HUB_GROUP_CLUB_EDITORS],
    "helfer": [settings.HUB_GROUP_DIGITAL_HELPERS],
}


def ensure_users(tally: Tally) -> dict:
    """Every account in DEMO_USERS, keyed by username.

    A new account gets the password settings.HUB_DEMO_PASSWORD; an existing one
    keeps its password and names and is only added to missing groups.
    """
    ensure_roles()
    User = get_user_model()
    users = {}
    # Hashed once for all accounts: hashing is deliberately slow, and the
    # password is the same published demo password anyway.
    password_hash = None
    for username, _role in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, **PEOPLE[username])
            if username == "admin":
                user.is_superuser = user.is_staff = True
            password_hash = password_hash or make_password(settings.HUB_DEMO_PASSWORD)
            user.password = password_hash
            user.full_clean()
            user.save()
            tally.created("Benutzer*innen")
        else:
            tally.kept("Benutzer*innen")
        groups = Group.objects.filter(name__in=ROLE_GROUPS.get(username, []))
        user.groups.add(*groups)
        users[username] = user
    return users


def join_club(user, organisation) -> None:
    """Let a demo account edit one organisation's portrait and offers."""
    if organisation.editor_group_id:
        user.groups.add(organisation.editor_group)

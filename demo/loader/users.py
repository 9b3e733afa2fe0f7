"""The demo accounts of people.yaml, with their roles."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from cms.editors.roles import ensure_roles
from demo.loader.data import section
from demo.loader.report import Tally

PERSON_FIELDS = ("first_name", "last_name", "email")


def ensure_users(tally: Tally) -> dict:
    """Every demo account, keyed by username.

    A new account gets the password settings.HUB_DEMO_PASSWORD; an existing one
    keeps its password and names and is only added to missing groups.
    """
    ensure_roles()
    User = get_user_model()
    users = {}
    # Hashed once for all accounts: hashing is deliberately slow, and the
    # password is the same published demo password anyway.
    password_hash = None
    for account in section("people")["accounts"]:
        username = account["username"]
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, **{name: account[name] for name in PERSON_FIELDS})
            if account.get("superuser"):
                user.is_superuser = user.is_staff = True
            password_hash = password_hash or make_password(settings.HUB_DEMO_PASSWORD)
            user.password = password_hash
            user.full_clean()
            user.save()
            tally.created("Benutzer*innen")
        else:
            tally.kept("Benutzer*innen")
        # The data names the settings that hold the groups' names, which a
        # deployment may change.
        names = [getattr(settings, setting) for setting in account["groups"]]
        user.groups.add(*Group.objects.filter(name__in=names))
        users[username] = user
    return users


def join_club(user, organisation) -> None:
    """Let a demo account edit one organisation's portrait and offers."""
    if organisation.editor_group_id:
        user.groups.add(organisation.editor_group)

"""What a club's editors may do with the portrait itself, beyond Wagtail's page permissions."""

from wagtail.models import PagePermissionTester


class OrganisationPermissionTester(PagePermissionTester):
    """A club's editors look after what their portrait says; whether it exists at
    all is the Redaktion's decision.

    Their group holds "change" (and, with ``club_may_publish``, "publish") on the
    portrait, which in Wagtail also means deleting it once its offers are gone;
    deleting takes the club's page permissions with it and cannot be undone.
    """

    def can_delete(self, ignore_bulk=False):
        if not self.user.has_perm("organisations.manage_club_editors"):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

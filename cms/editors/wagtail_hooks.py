"""Admin hooks that keep the editor roles apart where Wagtail itself does not."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.editors.roles import stored_club_may_publish
from cms.organisations.models import OrganisationPage


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_outside_own_pages(pages, request):
    """The page chooser lists every page in the tree, drafts included, to everyone
    who may enter the admin. A club editor linking to another club's offer needs
    only its live pages; unpublished pages stay visible to those who may edit them.
    """
    user = request.user
    if user.is_superuser:
        return pages
    own_subtrees = [
        Q(path__startswith=permission.page.path)
        for permission in PagePermissionPolicy().get_cached_permissions_for_user(user)
    ]
    return pages.filter(reduce(or_, own_subtrees, Q(live=True)))


@hooks.register("before_edit_page")
def keep_club_may_publish_out_of_club_editors_hands(request, page):
    """Only those who manage club editors may change ``club_may_publish``.

    The field is left out of the form for everyone else, but the page the form
    saves is built from a revision: the latest draft, or on "revert" any old one.
    Reverting to a version from before the Redaktion withdrew the right would
    otherwise carry the old "yes" into the new revision. (Runs for the edit and
    the revert view, both before the form is bound to ``page``.)
    """
    if isinstance(page, OrganisationPage) and not request.user.has_perm(
        "organisations.manage_club_editors"
    ):
        page.club_may_publish = stored_club_may_publish(page)

from wagtail.models import Page

from cms.core.locales import current_locale

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def site_navigation(request):
    """The main menu, for the language of the request."""
    home = Page.objects.filter(depth=2, locale=current_locale()).live().first()
    menu = home.get_children().live().public().in_menu() if home else Page.objects.none()
    return {"nav_home": home, "nav_menu": menu}

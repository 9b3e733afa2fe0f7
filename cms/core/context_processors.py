from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def site_navigation(request):
    """The main menu and the language switcher, for the language of the request."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    try:
        locale = Locale.objects.get_for_language(language)
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    home = Page.objects.filter(depth=2, locale=locale).live().first()
    menu = home.get_children().live().public().in_menu() if home else Page.objects.none()
    return {"nav_home": home, "nav_menu": menu}

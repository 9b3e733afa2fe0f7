from wagtail.models import Locale, Page

from cms.core.locales import current_locale

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def site_navigation(request):
    """The main menu, for the language of the request.

    The German home's menu is the menu of every language: an entry translated into
    the reader's language links its translation, the others their German page
    (shown as the honest fallback under the reader's prefix, see reader_language).
    """
    locale = current_locale()
    default = Locale.get_default()
    homes = Page.objects.filter(depth=2).live()
    source_home = homes.filter(locale=default).specific().first()
    home = homes.filter(locale=locale).specific().first() if locale.pk != default.pk else None
    if source_home is None:
        return {"nav_home": home, "nav_menu": []}
    menu = list(source_home.get_children().live().public().in_menu().specific())
    if locale.pk != default.pk and menu:
        translated = {
            page.translation_key: page
            for page in Page.objects.filter(
                locale=locale, translation_key__in=[item.translation_key for item in menu]
            )
            .live()
            .public()
            .specific()
        }
        menu = [translated.get(item.translation_key, item) for item in menu]
    return {"nav_home": home or source_home, "nav_menu": menu}

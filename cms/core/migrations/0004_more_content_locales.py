"""A Wagtail locale for each language added since 0002 (Leichte Sprache, Romanian,
Bulgarian, Polish); existing locales and their pages stay as they are."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_contentpage_distribution_off_and_more"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]

"""Seed Hagen's five city districts, the topics of the engagement strategy and the
target groups offers can be suitable for, in the default language."""

import uuid

from django.conf import settings
from django.db import migrations

DISTRICTS = [
    ("hagen-mitte", "Hagen-Mitte"),
    ("hagen-nord", "Hagen-Nord"),
    ("hohenlimburg", "Hohenlimburg"),
    ("eilpe-dahl", "Eilpe/Dahl"),
    ("haspe", "Haspe"),
]
TOPICS = [
    ("kultur", "Kultur"),
    ("naturschutz", "Naturschutz"),
    ("menschenrechte", "Menschenrechte"),
    ("kinderrechte", "Kinderrechte"),
    ("geschichte", "Geschichte"),
    ("soziales", "Soziales"),
    ("nachhaltigkeit", "Nachhaltigkeit"),
    ("sport", "Sport"),
    ("bildung", "Bildung"),
    ("integration", "Integration"),
    ("selbsthilfe", "Selbsthilfe"),
]
TARGET_GROUPS = [
    ("junge-menschen", "Junge Menschen"),
    ("seniorinnen-senioren", "Seniorinnen und Senioren"),
    ("neuzugewanderte", "Neuzugewanderte"),
    ("familien", "Familien"),
    ("menschen-mit-behinderung", "Menschen mit Behinderung"),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    language = settings.LANGUAGE_CODE.split("-")[0]
    locale = Locale.objects.filter(language_code=language).first() or Locale.objects.create(
        language_code=language
    )
    for model_name, rows in [
        ("District", DISTRICTS),
        ("Topic", TOPICS),
        ("TargetGroup", TARGET_GROUPS),
    ]:
        model = apps.get_model("taxonomy", model_name)
        for order, (slug, name) in enumerate(rows):
            model.objects.get_or_create(
                slug=slug,
                locale=locale,
                defaults={"name": name, "sort_order": order, "translation_key": uuid.uuid4()},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""Looking up the seeded districts, topics and target groups by slug."""

from cms.taxonomy.models import District, TargetGroup, Topic


class Vocabularies:
    """Districts, topics and target groups of one locale, looked up by slug."""

    def __init__(self, locale) -> None:
        self.districts = {row.slug: row for row in District.objects.filter(locale=locale)}
        self.topics = {row.slug: row for row in Topic.objects.filter(locale=locale)}
        self.target_groups = {row.slug: row for row in TargetGroup.objects.filter(locale=locale)}

    def district(self, slug: str | None):
        return self.districts[slug] if slug else None

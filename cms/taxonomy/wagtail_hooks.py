from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.taxonomy.models import District, TargetGroup, Topic


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Stichworte"
    menu_icon = "tag"
    menu_order = 300
    items = (DistrictViewSet, TopicViewSet, TargetGroupViewSet)


register_snippet(TaxonomyGroup)

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import Campaign


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "pick"
    menu_label = "Kampagnen"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "hashtag", "starts_on", "ends_on"]
    search_fields = ["name"]


register_snippet(CampaignViewSet)

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class HubPageForm(WagtailAdminPageForm):
    """Offers only the districts, topics and target groups of the page's own language.

    The vocabularies exist once per locale; without this, a German page would
    offer the English and Turkish rows too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if not locale_id:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, TranslatableMixin):
                field.queryset = queryset.filter(locale_id=locale_id)

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin

from cms.core.extensions import distribution_choices


class HubPageForm(WagtailAdminPageForm):
    """Offers only the districts, topics and target groups of the page's own language.

    The vocabularies exist once per locale; without this, a German page would
    offer the English and Turkish rows too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "distribution_off" in self.fields:
            # Stored as a JSON list of channel slugs; edited as checkboxes. The
            # website is where the page lives: it cannot be switched off.
            self.fields["distribution_off"] = forms.MultipleChoiceField(
                label="Nicht verbreiten auf",
                required=False,
                choices=[c for c in distribution_choices() if c[0] != "website"],
                widget=forms.CheckboxSelectMultiple,
                help_text=self.fields["distribution_off"].help_text,
            )
        locale_id = getattr(self.instance, "locale_id", None)
        if not locale_id:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, TranslatableMixin):
                field.queryset = queryset.filter(locale_id=locale_id)

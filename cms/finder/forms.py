from django import forms
from django.utils.translation import gettext_lazy as _

from cms.core.kinds import finder_kinds
from cms.organisations.models import OfferPage
from cms.taxonomy.models import District, TargetGroup, Topic


def _vocabulary_choices(model, locale):
    return [("", _("Alle"))] + [
        (item.slug, item.name) for item in model.objects.filter(locale=locale)
    ]


class FinderForm(forms.Form):
    """The finder's filters. Field names are the (German) URL parameters, so links are shareable."""

    q = forms.CharField(label=_("Suchbegriff"), required=False, max_length=200)
    art = forms.MultipleChoiceField(
        label=_("Was suchen Sie?"),
        required=False,
        choices=lambda: [(kind.slug, kind.label) for kind in finder_kinds().values()],
        widget=forms.CheckboxSelectMultiple,
    )
    bezirk = forms.ChoiceField(label=_("Stadtbezirk"), required=False)
    thema = forms.ChoiceField(label=_("Thema"), required=False)
    engagement = forms.ChoiceField(
        label=_("Art des Engagements"),
        required=False,
        choices=[("", _("Alle")), *OfferPage.Commitment.choices],
    )
    zielgruppe = forms.ChoiceField(label=_("Geeignet für"), required=False)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bezirk"].choices = _vocabulary_choices(District, locale)
        self.fields["thema"].choices = _vocabulary_choices(Topic, locale)
        self.fields["zielgruppe"].choices = _vocabulary_choices(TargetGroup, locale)

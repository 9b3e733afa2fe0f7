from django import forms

from cms.core.kinds import finder_kinds
from cms.organisations.models import OfferPage
from cms.taxonomy.models import District, TargetGroup, Topic


def _vocabulary_choices(model, locale):
    return [("", "Alle")] + [(item.slug, item.name) for item in model.objects.filter(locale=locale)]


class FinderForm(forms.Form):
    """The finder's filters. Field names are the (German) URL parameters, so links are shareable."""

    q = forms.CharField(label="Suchbegriff", required=False, max_length=200)
    art = forms.MultipleChoiceField(
        label="Was suchen Sie?",
        required=False,
        choices=lambda: [(kind.slug, kind.label) for kind in finder_kinds().values()],
        widget=forms.CheckboxSelectMultiple,
    )
    bezirk = forms.ChoiceField(label="Stadtbezirk", required=False)
    thema = forms.ChoiceField(label="Thema", required=False)
    engagement = forms.ChoiceField(
        label="Art des Engagements",
        required=False,
        choices=[("", "Alle"), *OfferPage.Commitment.choices],
    )
    zielgruppe = forms.ChoiceField(label="Geeignet für", required=False)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bezirk"].choices = _vocabulary_choices(District, locale)
        self.fields["thema"].choices = _vocabulary_choices(Topic, locale)
        self.fields["zielgruppe"].choices = _vocabulary_choices(TargetGroup, locale)

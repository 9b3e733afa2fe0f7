"""What a portrait's fields accept, with the messages a club editor reads in the form."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.utils import timezone

phone_validator = RegexValidator(
    r"^\+?[0-9 ()/\-]{5,30}$",
    "Bitte eine Telefonnummer aus Ziffern angeben, z. B. 02331 123456 oder +49 2331 123456.",
)
postcode_validator = RegexValidator(r"^\d{5}$", "Eine Postleitzahl hat fünf Ziffern.")
latitude_validators = [
    MinValueValidator(-90, "Der Breitengrad liegt zwischen -90 und 90."),
    MaxValueValidator(90, "Der Breitengrad liegt zwischen -90 und 90."),
]
longitude_validators = [
    MinValueValidator(-180, "Der Längengrad liegt zwischen -180 und 180."),
    MaxValueValidator(180, "Der Längengrad liegt zwischen -180 und 180."),
]
founded_validators = [
    MinValueValidator(1600, "Bitte ein Gründungsjahr ab 1600 angeben."),
]


def check_portrait(portrait) -> None:
    """The rules that span fields or depend on today (``OrganisationPage.clean``)."""
    if portrait.founded and portrait.founded > timezone.localdate().year:
        raise ValidationError({"founded": "Das Gründungsjahr liegt in der Zukunft."})
    if (portrait.latitude is None) != (portrait.longitude is None):
        raise ValidationError({"longitude": "Für die Karte bitte Breiten- und Längengrad angeben."})

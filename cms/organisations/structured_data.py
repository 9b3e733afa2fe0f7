"""The portrait as schema.org ``Organization`` (JSON-LD): contact, address, place on the map."""

from cms.core.models.pages import absolute_url


def portrait_structured_data(portrait, data: dict, request=None) -> dict:
    """Adds the portrait's own facts to the page's base JSON-LD ``data``."""
    if portrait.website:
        data["sameAs"] = [portrait.website]
    if portrait.contact_email:
        data["email"] = portrait.contact_email
    if portrait.contact_phone:
        data["telephone"] = portrait.contact_phone
    if portrait.founded:
        data["foundingDate"] = str(portrait.founded)
    if portrait.logo:
        data["logo"] = absolute_url(
            portrait.logo.get_rendition("max-600x600").url, portrait, request
        )
    if portrait.street or portrait.postcode:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": portrait.street,
            "postalCode": portrait.postcode,
            "addressLocality": portrait.city,
            "addressCountry": "DE",
        }
    if portrait.latitude is not None and portrait.longitude is not None:
        data["location"] = {
            "@type": "Place",
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(portrait.latitude),
                "longitude": float(portrait.longitude),
            },
        }
    return data

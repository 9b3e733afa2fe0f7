from cms.core.models.images import HubImage, HubRendition
from cms.core.models.pages import ContentPage, HomePage, HubPage, IndexPage
from cms.core.models.site_settings import SiteSettings

__all__ = [
    "ContentPage",
    "HomePage",
    "HubImage",
    "HubPage",
    "HubRendition",
    "IndexPage",
    "SiteSettings",
]

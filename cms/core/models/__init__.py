from cms.core.models.home import HomePage
from cms.core.models.images import HubImage, HubRendition
from cms.core.models.pages import ContentPage, HubPage, IndexPage
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

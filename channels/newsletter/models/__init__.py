from channels.newsletter.models.candidates import Candidate
from channels.newsletter.models.pages import (
    IssueItem,
    NewsletterArchiveIndexPage,
    NewsletterIssuePage,
)
from channels.newsletter.models.sending import Progress, Sending, SendLog
from channels.newsletter.models.subscribers import Subscriber

__all__ = [
    "Candidate",
    "IssueItem",
    "NewsletterArchiveIndexPage",
    "NewsletterIssuePage",
    "Progress",
    "SendLog",
    "Sending",
    "Subscriber",
]

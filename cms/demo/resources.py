"""Board-support resources with checklists and generated documents to download."""

from cms.boardsupport.models import BoardResourceIndexPage, BoardResourcePage, ResourceDocument
from cms.demo.content.resources import DOCUMENTS, RESOURCES
from cms.demo.documents import ensure_document
from cms.demo.images import with_lead_image
from cms.demo.pages import ensure_page
from cms.demo.report import Tally
from cms.demo.streams import body_stream


def ensure_resources(index: BoardResourceIndexPage, tally: Tally, user) -> list[BoardResourcePage]:
    resources = []
    for data in RESOURCES:
        resources.append(
            ensure_page(
                index,
                BoardResourcePage,
                data["slug"],
                {
                    "title": data["title"],
                    "summary": data["summary"],
                    "category": data["category"],
                    "body": body_stream(data["body"], tally),
                    "checklist": [{"type": "item", "value": item} for item in data["checklist"]],
                },
                tally,
                user=user,
                prepare=_attachments(data, tally),
            )
        )
    return resources


def _attachments(data: dict, tally: Tally):
    def prepare(page: BoardResourcePage) -> None:
        with_lead_image(tally)(page)
        page.documents = [
            ResourceDocument(
                document=ensure_document(DOCUMENTS[key], tally),
                label=DOCUMENTS[key]["label"],
                sort_order=order,
            )
            for order, key in enumerate(data["documents"])
        ]

    return prepare

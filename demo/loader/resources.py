"""Board-support resources (resources.yaml) with checklists and generated documents to
download."""

from cms.boardsupport.models import BoardResourceIndexPage, BoardResourcePage, ResourceDocument
from demo.loader.data import section
from demo.loader.documents import ensure_document
from demo.loader.illustrations import motif_for
from demo.loader.images import with_lead_image
from demo.loader.pages import ensure_page
from demo.loader.report import Tally
from demo.loader.streams import body_stream


def ensure_resources(index: BoardResourceIndexPage, tally: Tally, user) -> list[BoardResourcePage]:
    resources = []
    for data in section("resources")["resources"]:
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
    documents = section("resources")["documents"]

    def prepare(page: BoardResourcePage) -> None:
        with_lead_image(tally, motif=motif_for(kind="resource"))(page)
        page.documents = [
            ResourceDocument(
                document=ensure_document(documents[key], tally),
                label=documents[key]["label"],
                sort_order=order,
            )
            for order, key in enumerate(data["documents"])
        ]

    return prepare

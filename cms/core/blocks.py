"""StreamField blocks shared by stories, resources and content pages."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

# Headings start at h2: the page title is the only h1.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label="Bild")
    caption = blocks.CharBlock(label="Bildunterschrift", required=False, max_length=250)

    class Meta:
        icon = "image"
        label = "Bild"
        template = "blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Zitat", max_length=600)
    attribution = blocks.CharBlock(label="Wer hat es gesagt?", required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = "Zitat"
        template = "blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label="Video-Adresse",
        help_text="Adresse des Videos, z. B. bei PeerTube oder YouTube.",
    )
    title = blocks.CharBlock(
        label="Titel des Videos",
        max_length=150,
        help_text="Wird Screenreadern als Titel des eingebetteten Videos vorgelesen.",
    )
    transcript = blocks.TextBlock(
        label="Abschrift oder Beschreibung",
        required=False,
        help_text="Für Menschen, die das Video nicht sehen oder hören können.",
    )

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label="Text")
    figure = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()

    class Meta:
        block_counts = {}


class ChecklistBlock(blocks.StreamBlock):
    item = blocks.CharBlock(label="Punkt", max_length=300)

    class Meta:
        icon = "tasks"
        label = "Checkliste"

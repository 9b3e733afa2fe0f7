"""The hashtag wall with invented posts: approved, waiting and hidden ones, the helpers'
rules and their log. Every account lives on an example instance (mastodon.example,
social.example), so nothing here points at a real person.

No Mastodon account is connected: the channel stays "not configured" in the demo
and nothing is posted anywhere.
"""

from __future__ import annotations

import datetime
import hashlib
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from channels.mastodon.models import (
    AccountRule,
    HashtagPost,
    HashtagWallPage,
    ModerationDecision,
    WordRule,
)
from cms.core.models import HomePage
from cms.demo.illustrations import draw_illustration
from cms.demo.images import with_lead_image
from cms.demo.pages import ensure_page
from cms.demo.report import Tally

WALL = {
    "slug": "pinnwand",
    "title": "Pinnwand #EngagementHagen",
    "summary": (
        "Was Vereine, Initiativen und Engagierte unter dem gemeinsamen Hashtag "
        "#EngagementHagen auf Mastodon teilen."
    ),
    "intro": (
        "<p>Ein Hashtag für alle: Vereine, Initiativen und Engagierte aus Hagen zeigen auf "
        "Mastodon, was sie bewegen. Hier sehen Sie, was unsere Digitalen Helfer*innen "
        "dafür freigegeben haben.</p>"
        "<p>Die Beiträge in dieser Demo sind erfunden; die Konten gibt es nicht.</p>"
    ),
}

# (handle, display name, hours ago, state, content warning, text, image seed, reason)
POSTS = [
    (
        "kulturverein@mastodon.example",
        "Kulturverein Haspe (Beispiel)",
        2,
        "approved",
        "",
        "Das Sommerfest steht! Am Samstag ab 14 Uhr auf dem Hüttenplatz – wir suchen noch "
        "zwei Menschen für die Kuchentheke. #EngagementHagen #Haspe",
        "Hashtag-Demo: Sommerfest",
        "",
    ),
    (
        "naturfreunde.hohenlimburg@mastodon.example",
        "Naturfreunde Hohenlimburg (Beispiel)",
        5,
        "approved",
        "",
        "Krötenzaun am Hengsteysee: 38 Kröten, 11 Molche und eine sehr verwirrte Ente. "
        "Danke an alle, die heute früh dabei waren! #EngagementHagen",
        "",
        "",
    ),
    (
        "nachbarschaft.wehringhausen@social.example",
        "Nachbarschaftshilfe Wehringhausen (Beispiel)",
        9,
        "approved",
        "",
        "Unser Repair-Café braucht Verstärkung: Wer kann Toaster, Fahrräder oder "
        "Reißverschlüsse retten? Jeden ersten Dienstag im Stadtteilladen. #EngagementHagen",
        "",
        "",
    ),
    (
        "lena.engagiert@mastodon.example",
        "Lena (Beispiel)",
        20,
        "approved",
        "",
        "Heute meine erste Schicht als Lesepatin in der Stadtbücherei. Die Kinder haben mehr "
        "erklärt als ich vorgelesen habe. Nächste Woche wieder! #EngagementHagen",
        "",
        "",
    ),
    (
        "jugendtreff.haspe@mastodon.example",
        "Jugendtreff Haspe (Beispiel)",
        30,
        "approved",
        "Lautstärke",
        "Bandprobe im Keller: Es war laut, es war schief, es war großartig. Wer mag, kommt "
        "Freitag zum Konzert. #EngagementHagen",
        "",
        "",
    ),
    (
        "ayse.hilft@social.example",
        "Ayşe (Beispiel)",
        1,
        "pending",
        "",
        "Wir übersetzen beim Elterncafé am Mittwoch Türkisch–Deutsch. Wer kann Arabisch "
        "übernehmen? #EngagementHagen",
        "",
        "",
    ),
    (
        "stadtteilzeitung@mastodon.example",
        "Stadtteilzeitung Altenhagen (Beispiel)",
        3,
        "pending",
        "Politik",
        "Bericht aus der Bezirksvertretung: Wie geht es weiter mit dem Bürgerhaus? "
        "#EngagementHagen",
        "",
        "",
    ),
    (
        "gewinnspiel.bot@spam.example",
        "Super Gewinne (Beispiel)",
        4,
        "hidden",
        "",
        "Jetzt klicken und iPhone gewinnen!!! #EngagementHagen #Gewinnspiel",
        "",
        "Werbung, kein Bezug zum Engagement in Hagen.",
    ),
]

# Older approved posts, short ones, so the wall has a second page (and "Weitere
# Beiträge laden" something to load): (handle, display name, days ago, text).
OLDER = [
    (
        "tafel.hagen@mastodon.example",
        "Tafel Hagen (Beispiel)",
        2,
        "Danke an die zwölf Menschen, die heute Kisten gepackt haben. Dienstags fehlen "
        "uns noch Fahrer*innen.",
    ),
    (
        "kulturverein@mastodon.example",
        "Kulturverein Haspe (Beispiel)",
        3,
        "Probe für das Sommerfest: Die Bühne steht, das Kabel reicht fast.",
    ),
    (
        "lena.engagiert@mastodon.example",
        "Lena (Beispiel)",
        4,
        "Lesepatenschaft, Woche zwei: Heute ging es um Dinosaurier. Ich weiß jetzt sehr viel.",
    ),
    (
        "sportverein.eilpe@social.example",
        "TuS Eilpe (Beispiel)",
        5,
        "Neue Übungsleiterin für die Seniorengymnastik gefunden. Willkommen, Marion!",
    ),
    (
        "naturfreunde.hohenlimburg@mastodon.example",
        "Naturfreunde Hohenlimburg (Beispiel)",
        6,
        "Müllsammeln an der Lenne: 14 Säcke, ein Fahrrad, ein Gartenzwerg.",
    ),
    (
        "nachbarschaft.wehringhausen@social.example",
        "Nachbarschaftshilfe Wehringhausen (Beispiel)",
        7,
        "Repair-Café im Rückblick: 23 Geräte repariert, 4 leider nicht mehr zu retten.",
    ),
    (
        "jugendtreff.haspe@mastodon.example",
        "Jugendtreff Haspe (Beispiel)",
        8,
        "Wir streichen den Keller neu. Farbe ist da, Pizza auch, es fehlen Hände.",
    ),
    (
        "seniorenbuero.mitte@mastodon.example",
        "Seniorenbüro Mitte (Beispiel)",
        9,
        "Smartphone-Sprechstunde: Jeden Donnerstag erklären Jugendliche, wie Videoanrufe gehen.",
    ),
    (
        "foodsharing.hagen@social.example",
        "Foodsharing Hagen (Beispiel)",
        10,
        "Neuer Fairteiler am Bahnhof Oberhagen. Bitte nur verpackte Lebensmittel hineinlegen.",
    ),
    (
        "chor.boele@mastodon.example",
        "Chor Boele (Beispiel)",
        11,
        "Wir suchen Tenöre. Notenlesen ist keine Bedingung, Freude am Singen schon.",
    ),
    (
        "fluechtlingshilfe@social.example",
        "Flüchtlingshilfe Hagen (Beispiel)",
        12,
        "Sprachcafé am Freitag: Diesmal mit Kuchen aus fünf Ländern.",
    ),
    (
        "tierheim.freunde@mastodon.example",
        "Freundeskreis Tierheim (Beispiel)",
        13,
        "Gassigeher*innen gesucht, besonders am Wochenende. Einführung jeden Samstag um 10 Uhr.",
    ),
    (
        "stadtteilzeitung@mastodon.example",
        "Stadtteilzeitung Altenhagen (Beispiel)",
        14,
        "Die neue Ausgabe liegt aus: mit einem Porträt des Kleingartenvereins.",
    ),
    (
        "feuerwehr.jugend@mastodon.example",
        "Jugendfeuerwehr Hagen (Beispiel)",
        15,
        "Tag der offenen Tür: Über 200 Gäste, und der Schlauch hat dicht gehalten.",
    ),
    (
        "lesekreis.emst@social.example",
        "Lesekreis Emst (Beispiel)",
        16,
        "Nächstes Buch steht fest. Wer mitlesen will, meldet sich in der Stadtteilbibliothek.",
    ),
    (
        "kulturverein@mastodon.example",
        "Kulturverein Haspe (Beispiel)",
        17,
        "Plakate für das Sommerfest sind gedruckt. Wer hängt welche in Haspe auf?",
    ),
]
POSTS += [
    (acct, name, days * 24, "approved", "", f"{text} #EngagementHagen", "", "")
    for acct, name, days, text in OLDER
]


def load(home: HomePage, tally: Tally, user) -> HashtagWallPage:
    """The wall below the home page, its posts, the rules and the decisions about them."""
    wall = ensure_page(
        home,
        HashtagWallPage,
        WALL["slug"],
        {**{key: WALL[key] for key in ("title", "summary", "intro")}, "show_in_menus": True},
        tally,
        user=user,
        prepare=with_lead_image(tally),
    )
    moderator = get_user_model().objects.filter(username="helfer").first() or user
    _ensure_rules(moderator, tally)
    now = timezone.now()
    for number, post in enumerate(POSTS, start=1):
        _ensure_post(number, post, now, moderator, tally)
    return wall


def _ensure_rules(moderator, tally: Tally) -> None:
    rules = [
        ("kulturverein@mastodon.example", AccountRule.Kind.TRUSTED, "Konto des Kulturvereins"),
        ("gewinnspiel.bot@spam.example", AccountRule.Kind.BLOCKED, "Verschickt nur Werbung"),
    ]
    for acct, kind, note in rules:
        _, created = AccountRule.objects.get_or_create(
            acct=acct, defaults={"kind": kind, "note": note, "created_by": moderator}
        )
        _count(tally, created)
    _, created = WordRule.objects.get_or_create(
        word="Gewinnspiel", defaults={"note": "Werbung", "created_by": moderator}
    )
    _count(tally, created)


def _count(tally: Tally, created: bool) -> None:
    if created:
        tally.created("Hashtag-Regeln")
    else:
        tally.kept("Hashtag-Regeln")


def _ensure_post(number: int, post: tuple, now, moderator, tally: Tally) -> None:
    acct, name, hours, state, warning, text, image_seed, reason = post
    user_name, host = acct.split("@")
    status_id = str(113_000_000_000_000_000 + number)
    uri = f"https://{host}/users/{user_name}/statuses/{status_id}"
    if HashtagPost.objects.filter(uri=uri).exists():
        tally.kept("Hashtag-Beiträge")
        return
    posted_at = now - datetime.timedelta(hours=hours)
    decided_at = posted_at + datetime.timedelta(minutes=20)
    # The culture club is on the trust list: its post was approved by that rule.
    by_rule = acct.startswith("kulturverein@")
    if by_rule:
        reason = "Vertrauenswürdiges Konto."
    record = HashtagPost.objects.create(
        uri=uri,
        url=f"https://{host}/@{user_name}/{status_id}",
        remote_id=status_id,
        instance_url="https://mastodon.example",
        source=HashtagPost.Source.HASHTAG,
        author_acct=acct,
        author_name=name,
        author_url=f"https://{host}/@{user_name}",
        content_html=f"<p>{text}</p>",
        content_text=text,
        spoiler_text=warning,
        language="de",
        media=_demo_image(image_seed) if image_seed else [],
        hashtags=["EngagementHagen"],
        posted_at=posted_at,
        state=state,
        screening_note=(
            f"Inhaltswarnung: „{warning}“ – wartet auf eine Entscheidung."
            if warning and state == "pending"
            else reason
            if by_rule
            else ""
        ),
        decided_by=moderator if state != "pending" and not by_rule else None,
        decided_at=decided_at if state != "pending" else None,
        decision_reason=reason,
        approved_at=decided_at if state == "approved" else None,
    )
    if state != "pending":
        ModerationDecision.objects.create(
            post=record,
            action="approve" if state == "approved" else "hide",
            previous_state="pending",
            user=None if by_rule else moderator,
            automatic=by_rule,
            reason=reason,
            created_at=decided_at,
        )
    tally.created("Hashtag-Beiträge")


def _demo_image(seed: str) -> list[dict]:
    """A drawn picture standing in for a photo, stored where copied post images go."""
    drawing = draw_illustration(seed, size=(900, 600))
    name = f"hashtag/demo-{hashlib.sha1(seed.encode()).hexdigest()[:12]}.jpg"
    if not default_storage.exists(name):
        buffer = io.BytesIO(drawing.jpeg())
        name = default_storage.save(name, ContentFile(buffer.getvalue()))
    width, height = drawing.image.size
    return [
        {
            "type": "image",
            "remote_url": "",
            "original_url": "",
            "description": drawing.description,
            "local_name": name,
            "local_url": default_storage.url(name),
            "width": width,
            "height": height,
        }
    ]

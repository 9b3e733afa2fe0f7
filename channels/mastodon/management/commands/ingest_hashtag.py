"""Read the shared hashtag now, as the beat task does every MASTODON_INGEST_SECONDS."""

from django.core.management.base import BaseCommand

from channels.mastodon.ingest import ingest_all, sources


class Command(BaseCommand):
    help = (
        "Liest den gemeinsamen Hashtag und die Erwähnungen des Hub-Kontos jetzt ein "
        "(wie die regelmäßige Aufgabe)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages", type=int, default=None, help="Höchstens so viele Seiten je Quelle."
        )

    def handle(self, *args, pages=None, **options):
        if not sources():
            self.stdout.write(
                "Keine Quelle: weder ein Hub-Konto verbunden noch MASTODON_HASHTAG_INSTANCES gesetzt."
            )
            return
        for outcome in ingest_all(max_pages=pages):
            line = (
                f"{outcome.source}: {outcome.fetched} gelesen, {outcome.stored} neu, "
                f"{outcome.skipped} ausgelassen"
            )
            if outcome.error:
                line += f" – abgebrochen: {outcome.error}"
            self.stdout.write(line)

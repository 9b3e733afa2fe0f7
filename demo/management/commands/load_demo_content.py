"""Load the Hagen demo: pages, images, documents, the campaign and the demo accounts.

Safe to run again: pages are found by slug below their parent, images and
documents by title, accounts by username; what exists is kept as it is, except
that example offers and courses whose dates have passed get new ones (``make
run`` loads the demo at every start, and a demo full of past dates looks dead).
The content is read from demo/data/*.yaml.
"""

import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from demo.loader.load import load, quiet_logging
from demo.loader.logins import describe_logins


class Command(BaseCommand):
    help = (
        "Lädt die Hagener Demo-Inhalte (Seiten, Bilder, Kampagne, Demo-Zugänge). "
        "Mehrfaches Ausführen legt nichts doppelt an."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Nur Fehler ausgeben, keine Zusammenfassung."
        )

    def handle(self, *args, quiet: bool = False, **options):
        started = time.monotonic()
        with quiet_logging(only_errors=quiet):
            tally = load(timezone.localdate())
        if quiet:
            return
        seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
        verb = "geladen" if tally.changed_anything() else "waren schon vollständig da"
        self.stdout.write(f"Demo-Inhalte {verb} ({seconds} s):")
        self.stdout.write("\n".join(tally.lines()))
        # Where readers reach the hub (HUB_SITE_URL), not where a server may listen.
        self.stdout.write(describe_logins())

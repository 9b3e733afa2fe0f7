"""Run the whole hub in one terminal: a Celery worker (with beat) and the web server."""

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo.loader.logins import describe_logins


class Command(BaseCommand):
    help = "Start a Celery worker process (with beat) and the web server on 127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        celery = shutil.which("celery", path=str(Path(sys.executable).parent)) or "celery"
        # Beat's schedule goes under HUB_VAR_DIR with the other runtime files,
        # not into the source tree.
        schedule = Path(settings.VAR_DIR) / "celerybeat-schedule"
        worker = subprocess.Popen(
            [
                celery,
                "-A",
                "cms",
                "worker",
                "--beat",
                "--loglevel=info",
                "--concurrency=2",
                "--schedule",
                str(schedule),
            ],
            cwd=settings.BASE_DIR,
        )
        self.stdout.write(f"Celery-Worker gestartet (PID {worker.pid}, Broker {_broker()}).")
        self.stdout.write(describe_logins(f"http://{addrport}"))
        # `kill` (SIGTERM) must stop the worker too, not only Ctrl-C.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            call_command("runserver", addrport, use_reloader=False)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()


def _broker() -> str:
    url = settings.CELERY_BROKER_URL
    return "Dateisystem (var/broker)" if url.startswith("filesystem") else url.split("@")[-1]

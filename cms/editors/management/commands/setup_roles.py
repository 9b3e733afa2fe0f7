from django.core.management.base import BaseCommand

from cms.editors.roles import ensure_roles, sync_club_group


class Command(BaseCommand):
    help = "Create or repair the editor roles and every club's editor group."

    def handle(self, *args, **options):
        from cms.organisations.models import OrganisationPage

        groups = ensure_roles()
        for organisation in OrganisationPage.objects.all():
            sync_club_group(organisation)
        self.stdout.write(
            self.style.SUCCESS(
                "Rollen eingerichtet: " + ", ".join(group.name for group in groups.values())
            )
        )

"""The settings of the hub, in sections a reader can find.

Every value comes from the environment with an embedded default, so that
``make run`` works on a laptop with SQLite and a broker that needs no server,
while production sets ``DATABASE_URL``, ``REDIS_URL`` and the secrets.
See ``.env.example`` for every variable.
"""

# Order matters: later sections read values of earlier ones.
from cms.settings.api import *  # noqa: F403
from cms.settings.base import *  # noqa: F403
from cms.settings.channels import *  # noqa: F403
from cms.settings.security import *  # noqa: F403
from cms.settings.services import *  # noqa: F403
from cms.settings.site import *  # noqa: F403

"""Settings of the Celery worker processes the integration tests start.

The hub's settings, with the channels and routes of the test that started the
worker (``HUB_TEST_CHANNELS``, JSON): the worker's beat creates missing
deliveries (``channels.reconcile``) and must agree with the test about which
channels a page should reach.
"""

import json
import os

from cms.settings import *  # noqa: F403

if os.environ.get("HUB_TEST_CHANNELS"):
    _channels = json.loads(os.environ["HUB_TEST_CHANNELS"])
    HUB_CHANNELS = _channels["channels"]
    HUB_CHANNEL_ROUTES = _channels["routes"]
    HUB_CHANNEL_PLUGINS = _channels["plugins"]

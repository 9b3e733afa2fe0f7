"""Sending an issue: exactly one mail per recipient, in batches, resumable.

1. ``start(issue)`` freezes the composition and writes one send-log row per
   recipient who gets anything (unique per issue and subscriber), in one
   transaction, then queues ``newsletter.send_issue``. A second click, or a
   second request racing the first, finds the sending and does nothing.
2. ``send_issue`` fans out one ``send_batch`` task per NEWSLETTER_BATCH_SIZE rows.
3. A batch opens one connection and, per recipient: claims the row (queued →
   claimed, with a token and a lease; one UPDATE, so two workers never both
   win), builds the mail, talks SMTP up to the last line, commits "sent"
   (only if the claim is still its own), and then sends the final dot.

Where a crash leaves things:

- before the commit: the row is claimed, the server discarded the unfinished
  message; once the lease runs out the row is claimed and sent again.
- after the commit: the row is sent; the server has the message.
- between the commit and the final dot (microseconds): the row says sent but
  the server discarded the message. That recipient misses this issue. We chose
  that over the alternative (mark after the server's "250 OK"), whose window
  is a network round trip plus a database write, and which would send twice.

With a provider backend that has no such moment (an HTTP API through
django-anymail), the commit comes right before the call: at most once, as
above (see ``deliver``).

Temporary errors (4xx, lost connection) put the row back with a delay, up to
NEWSLETTER_MAX_ATTEMPTS; permanent ones (5xx for the recipient) fail it and
mark the subscriber as bounced. The sweeper (``newsletter.resume_sendings``)
starts batches again for a sending no worker has touched for a lease: a
killed worker's batch is finished by another.

The package, by responsibility:

- ``starting``: who gets the issue, the send-log rows, the fan-out into batches;
- ``batch``: one batch over one connection, one recipient at a time;
- ``commit_point``: where "sent" is recorded relative to the server's answer;
- ``claims``: the row's state, always guarded by the claim token;
- ``sweeper``: the heartbeat, finishing a sending, finding stalled ones.
"""

from channels.newsletter.sending.batch import (
    CONNECTION_FAILURES_TO_PAUSE,
    HEARTBEAT_EVERY,
    BatchResult,
    send_batch,
    send_one,
)
from channels.newsletter.sending.claims import State, claim, mark_sent
from channels.newsletter.sending.commit_point import RefusedAfterCommit, deliver
from channels.newsletter.sending.starting import batches, recipients, start
from channels.newsletter.sending.sweeper import finish_if_done, stalled

__all__ = [
    "CONNECTION_FAILURES_TO_PAUSE",
    "HEARTBEAT_EVERY",
    "BatchResult",
    "RefusedAfterCommit",
    "State",
    "batches",
    "claim",
    "deliver",
    "finish_if_done",
    "mark_sent",
    "recipients",
    "send_batch",
    "send_one",
    "stalled",
    "start",
]

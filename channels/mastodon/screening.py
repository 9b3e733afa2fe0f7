"""The digital helpers' rules, applied to every new post as it arrives.

In this order: a blocked account or a blocked word hides the post; a content
warning holds it for a person to decide (if the helpers want that); a trusted
account's post is approved; everything else waits in the queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from channels.mastodon.models import AccountRule, HashtagPost, ModerationSettings, WordRule

State = HashtagPost.State


@dataclass(frozen=True)
class Verdict:
    state: str
    note: str = ""

    @property
    def is_decision(self) -> bool:
        return self.state != State.PENDING


class Rules:
    """The rules as they stand, loaded once per page of posts."""

    def __init__(self) -> None:
        accounts = dict(AccountRule.objects.values_list("acct", "kind"))
        self.trusted = {acct for acct, kind in accounts.items() if kind == AccountRule.Kind.TRUSTED}
        self.blocked = {acct for acct, kind in accounts.items() if kind == AccountRule.Kind.BLOCKED}
        words = list(WordRule.objects.values_list("word", flat=True))
        self.word_for = {word.casefold(): word for word in words}
        self.words = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(word) for word in words) + r")(?!\w)",
                re.IGNORECASE,
            )
            if words
            else None
        )
        self.hold_warnings = _hold_warnings()

    def screen(self, post: HashtagPost) -> Verdict:
        if post.author_acct in self.blocked:
            return Verdict(State.HIDDEN, "Konto steht auf der Sperrliste.")
        if self.words is not None:
            match = self.words.search(f"{post.spoiler_text}\n{post.content_text}")
            if match:
                word = self.word_for.get(match.group(1).casefold(), match.group(1))
                return Verdict(State.HIDDEN, f"Enthält das gesperrte Wort „{word}“.")
        if self.hold_warnings and post.is_held_for_warning:
            note = (
                f"Inhaltswarnung: „{post.spoiler_text}“"
                if post.spoiler_text
                else "Als heikel markierte Medien"
            )
            return Verdict(State.PENDING, f"{note} – wartet auf eine Entscheidung.")
        if post.author_acct in self.trusted:
            return Verdict(State.APPROVED, "Vertrauenswürdiges Konto.")
        return Verdict(State.PENDING)


def _hold_warnings() -> bool:
    settings = ModerationSettings.objects.first()
    return settings.hold_content_warnings if settings else True

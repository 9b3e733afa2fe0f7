"""Shortening texts to a layout's character budget: whole words, then an ellipsis.

Print cannot scroll. A text that does not fit is shortened here, before
WeasyPrint sees it, so that it ends visibly ("…") instead of being clipped by
the box around it; the CSS clamps lines only as a second guard.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"
# A cut may give up this share of the budget to end at a word boundary;
# beyond that (a 5,000-letter word) the word itself is cut.
_WORD_SLACK = 0.35
_TRAILING = " \t,;:.–—-/([{„“\"'"


def shorten(text: str, budget: int) -> str:
    """``text`` on one line, at most ``budget`` characters, ending in "…" if cut."""
    text = " ".join(text.split())
    if len(text) <= budget:
        return text
    if budget < 2:
        return ""
    return _cut(text, budget - 1) + ELLIPSIS


def shorten_paragraphs(text: str, budget: int) -> list[str]:
    """Paragraphs (separated by blank lines) that together keep to ``budget`` characters.

    Paragraphs are kept whole while they fit; the first that does not is cut
    with an ellipsis and the rest left out. A cut shorter than a few words is
    dropped: half a sentence of four words reads worse than none.
    """
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    paragraphs = [part for part in paragraphs if part]
    kept: list[str] = []
    left = budget
    for paragraph in paragraphs:
        if len(paragraph) <= left:
            kept.append(paragraph)
            left -= len(paragraph)
            continue
        if left >= 40:
            kept.append(shorten(paragraph, left))
        elif kept:
            kept[-1] = _with_ellipsis(kept[-1])
        break
    return kept


def _cut(text: str, limit: int) -> str:
    cut = text[:limit]
    space = cut.rfind(" ")
    if space >= limit * (1 - _WORD_SLACK):
        cut = cut[:space]
    # Never end inside a grapheme: an Arabic vowel mark or another combining
    # character, or a joiner, belongs with the letter before it.
    while cut and _clings(text[len(cut)]):
        cut = cut[:-1]
    return cut.rstrip(_TRAILING)


def _clings(char: str) -> bool:
    return bool(unicodedata.combining(char)) or char in "\u200d\u200c"


def _with_ellipsis(text: str) -> str:
    return text if text.endswith(ELLIPSIS) else text.rstrip() + " " + ELLIPSIS


def text_direction(text: str, default: str = "ltr") -> str:
    """The direction of ``text``, "rtl" or "ltr", by its first strong letter (dir="auto").

    WeasyPrint has no dir="auto"; without it a German paragraph on an Arabic
    flyer would end with its full stop on the wrong side.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default

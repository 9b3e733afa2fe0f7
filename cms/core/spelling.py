"""Spellings a search should forgive: missing accents and German umlaut spellings.

"Sprachcafe" must find "Sprachcafé", "Strasse" "Straße", "Muenster" and "Munster"
"Münster", on PostgreSQL and SQLite alike. Neither database folds these the same
way (SQLite's FTS5 knows no German; PostgreSQL's german configuration keeps é),
so the pages carry their words once more in folded spellings (a search field of
their own), and the query is searched as typed and folded.
"""

import unicodedata

# German spellings without the letters: ä → ae, ß → ss (Strasse), and the bare
# vowel as well, for readers who simply leave the dots off.
_UMLAUTS = {"ä": ("ae", "a"), "ö": ("oe", "o"), "ü": ("ue", "u"), "ß": ("ss",)}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """The one folded spelling of a query: lower case, umlauts spelt out, no accents."""
    text = text.lower()
    for letter, (spelt, *_rest) in _UMLAUTS.items():
        text = text.replace(letter, spelt)
    return _strip_accents(text)


def variants(text: str) -> str:
    """Every folded spelling of the words of ``text`` that differ from it, for the index."""
    words = set()
    for word in text.lower().split():
        spellings = {word}
        for letter, replacements in _UMLAUTS.items():
            spellings = {
                spelling.replace(letter, replacement)
                for spelling in spellings
                for replacement in replacements
            }
        spellings = {_strip_accents(spelling) for spelling in spellings}
        words |= spellings - {word}
    return " ".join(sorted(words))

"""Every configured language has a complete catalogue: no empty and no fuzzy entry,
the same messages as the German source, and msgfmt compiles it without a complaint."""

import shutil
import subprocess

import pytest
from django.conf import settings
from django.utils.translation import to_locale

from tests.catalogues import LOCALE, read_catalogue, translations

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def catalogue(code: str):
    return LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po"


def test_the_configured_languages_are_hagens_and_leichte_sprache():
    assert LANGUAGES == ["de", "de-x-ls", "en", "tr", "ar", "uk", "ro", "bg", "pl"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_is_complete(code):
    entries = read_catalogue(catalogue(code))
    source = {entry["msgid"] for entry in read_catalogue(catalogue(settings.LANGUAGE_CODE))}

    empty = [e["msgid"] for e in entries if not all(t.strip() for t in translations(e))]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert not empty, f"{code}: {len(empty)} untranslated, e.g. {empty[:5]}"
    assert not fuzzy, f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    assert {e["msgid"] for e in entries} == source
    assert len(source) > 300


@pytest.mark.parametrize("code", LANGUAGES)
def test_msgfmt_compiles_the_catalogue_without_a_warning(code):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    result = subprocess.run(
        [msgfmt, "--check", "--strict", "--statistics", "-o", "/dev/null", str(catalogue(code))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_placeholders_survive_translation():
    for code in LANGUAGES:
        for entry in read_catalogue(catalogue(code)):
            if "python-format" not in entry["flags"] or "msgid_plural" in entry:
                continue
            names = sorted(_placeholders(entry["msgid"]))
            assert sorted(_placeholders(entry["msgstr"])) == names, (code, entry["msgid"])


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"%\((\w+)\)s", text))

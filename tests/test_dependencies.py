"""Everything the hub imports is declared in pyproject.toml.

A package that arrives only as a dependency of another (beautifulsoup4 through
Wagtail, say) disappears the day that other package drops it; declaring it is
the only defence, and this test keeps the declaration honest.
"""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
OWN_PACKAGES = {"cms", "channels", "campaigns", "contract", "demo", "tests"}


def _top_level_imports(package):
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield alias.name.split(".")[0], path
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield node.module.split(".")[0], path


def _normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared_distributions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = set()
    for requirement in project["dependencies"]:
        match = re.match(r"([A-Za-z0-9_.-]+)(?:\[([^\]]+)\])?", requirement)
        name, extras = match.group(1), match.group(2)
        names.add(_normalise(name))
        # An extra ("drf-spectacular[sidecar]") declares what it pulls in.
        for extra in (extras or "").split(","):
            names |= _pulled_in_by_extra(name, extra.strip())
    return names


def _pulled_in_by_extra(distribution, extra):
    if not extra:
        return set()
    pulled = set()
    for requirement in importlib.metadata.requires(distribution) or []:
        if re.search(rf"extra\s*==\s*[\"']{re.escape(extra)}[\"']", requirement):
            pulled.add(_normalise(re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)))
    return pulled


def _used_modules():
    used = {}
    for package in sorted(OWN_PACKAGES - {"tests"}):
        if (ROOT / package).is_dir():
            for module, path in _top_level_imports(package):
                used.setdefault(module, path.relative_to(ROOT))
    for dotted in [*settings.INSTALLED_APPS, *settings.MIDDLEWARE]:
        used.setdefault(dotted.split(".")[0], Path("settings"))
    return {
        module: where
        for module, where in used.items()
        if module not in sys.stdlib_module_names and module not in OWN_PACKAGES
    }


def test_every_imported_package_is_a_declared_dependency():
    providers = importlib.metadata.packages_distributions()
    declared = _declared_distributions()
    undeclared = []
    for module, where in sorted(_used_modules().items()):
        distributions = {_normalise(name) for name in providers.get(module, [])}
        assert distributions, f"{module} (imported in {where}) belongs to no installed package"
        if not distributions & declared:
            undeclared.append(f"{module} ({', '.join(sorted(distributions))}) in {where}")
    assert not undeclared, "imported but not declared in pyproject.toml: " + "; ".join(undeclared)


def test_the_scan_sees_the_imports_it_guards():
    # Guards the guard: were the scan to find nothing, the test above would pass
    # for any pyproject.toml.
    used = _used_modules()
    assert {"wagtail", "bs4", "django_filters", "celery"} <= used.keys()

"""The deployment files agree with the code.

docker-compose.yml, .env.example and the Dockerfile are read as files (Docker
does not run here); the settings are loaded in fresh processes with the
environment a container or `make run` would give them.
"""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HUB_SERVICES = ("web", "worker", "beat")
ESSENTIAL = {
    "DATABASE_URL",
    "REDIS_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "HUB_SITE_URL",
}
# Read by Django and Celery themselves (manage.py, wsgi.py, celery.py), not through cms.env.
READ_BY_DJANGO = {"DJANGO_SETTINGS_MODULE"}
# `NAME=value` or, for an optional variable shown with an example, `#NAME=value`.
ENV_ASSIGNMENT = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=", re.MULTILINE)
# `${NAME…}` or `$NAME` in compose, but not the escaped `$$NAME`.
INTERPOLATION = re.compile(r"(?<!\$)\$\{?([A-Za-z_][A-Za-z0-9_]*)")


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run Python in the project with only `env` (plus PATH), as a container would."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def _production_env(var_dir: Path) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "HUB_VAR_DIR": str(var_dir),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "HUB_HTTPS": "1",
        "DJANGO_ALLOWED_HOSTS": "engagement.hagen.example",
        "HUB_SITE_URL": "https://engagement.hagen.example",
    }


def _environment(service: dict) -> dict[str, str]:
    """A service's `environment:`, whether written as a mapping or as a list."""
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        environment = dict(
            item.split("=", 1) if "=" in item else (item, "") for item in environment
        )
    return {name: "" if value is None else str(value) for name, value in environment.items()}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict[str, dict]:
    return compose["services"]


@pytest.fixture(scope="module")
def hub_services(services) -> dict[str, dict]:
    """The services that run the hub's image (web, worker, beat, migrate), not db or redis."""
    return {name: service for name, service in services.items() if "build" in service}


@pytest.fixture(scope="module")
def names_read(tmp_path_factory) -> set[str]:
    """cms.env.READ after Django has set up in an empty environment, as `make run` does."""
    var_dir = tmp_path_factory.mktemp("deployment-read")
    result = _run(
        [
            "-c",
            "import json, django; django.setup(); from cms import env; "
            "print(json.dumps(sorted(env.READ)))",
        ],
        {"DJANGO_SETTINGS_MODULE": "cms.settings", "HUB_VAR_DIR": str(var_dir)},
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def env_example_names() -> list[str]:
    return ENV_ASSIGNMENT.findall((ROOT / ".env.example").read_text(encoding="utf-8"))


def test_compose_names_the_services_web_worker_beat_db_and_redis(services):
    assert {"web", "worker", "beat", "db", "redis"} <= set(services)


def test_web_worker_and_beat_run_the_same_image_with_the_same_settings_module(services):
    web = services["web"]
    for name in HUB_SERVICES:
        assert services[name].get("build") == web.get("build"), name
        assert services[name].get("image") == web.get("image"), name
        assert _environment(services[name]).get("DJANGO_SETTINGS_MODULE") == "cms.settings", name


def test_the_hub_containers_name_only_variables_the_code_reads(hub_services, names_read):
    for name, service in hub_services.items():
        named = set(_environment(service))
        unknown = named - names_read - READ_BY_DJANGO
        assert not unknown, f"{name} sets variables the code never reads: {sorted(unknown)}"
        filled_from = set(INTERPOLATION.findall(json.dumps(service)))
        unknown = filled_from - names_read
        assert not unknown, f"{name} interpolates variables the code never reads: {sorted(unknown)}"


def test_web_worker_and_beat_get_the_essential_variables(services):
    for name in HUB_SERVICES:
        environment = _environment(services[name])
        missing = {var for var in ESSENTIAL if not environment.get(var)}
        assert not missing, f"{name} lacks {sorted(missing)}"


def test_every_service_has_a_healthcheck_but_the_one_shot_migrate(services):
    assert services["migrate"]["restart"] == "no"
    for name, service in services.items():
        if name == "migrate":
            continue  # runs once and exits; web, worker and beat wait for its success
        healthcheck = service.get("healthcheck") or {}
        assert healthcheck.get("test") and not healthcheck.get("disable"), name


def test_web_worker_and_beat_wait_for_healthy_services_and_finished_migrations(services):
    for name in HUB_SERVICES:
        depends_on = services[name]["depends_on"]
        assert depends_on["db"]["condition"] == "service_healthy", name
        assert depends_on["redis"]["condition"] == "service_healthy", name
        assert depends_on["migrate"]["condition"] == "service_completed_successfully", name
    assert "migrate" in services["migrate"]["command"]


def test_only_one_beat_is_started(services):
    beat = services["beat"]
    assert beat.get("scale", 1) == 1
    assert (beat.get("deploy") or {}).get("replicas", 1) == 1


def test_web_and_worker_share_the_media_volume(compose, services):
    media_root = _environment(services["web"])["DJANGO_MEDIA_ROOT"]
    for name in ("web", "worker"):
        assert f"media:{media_root}" in services[name]["volumes"], name
    assert {"media", "postgres-data", "redis-data"} <= set(compose["volumes"])


def test_env_example_lists_exactly_the_variables_the_settings_read(env_example_names, names_read):
    families = {name.removesuffix("*") for name in names_read if name.endswith("*")}
    single = names_read - {f"{family}*" for family in families}
    listed = set(env_example_names)
    in_a_family = {name for name in listed if name.startswith(tuple(families))}
    assert not single - listed, f"undocumented in .env.example: {sorted(single - listed)}"
    assert all(any(n.startswith(f) for n in listed) for f in families), (
        f"a family without an example in .env.example: {sorted(families)}"
    )
    assert not listed - single - in_a_family, (
        f"never read by the code: {sorted(listed - single - in_a_family)}"
    )


def test_env_example_names_each_variable_once(env_example_names):
    assert len(env_example_names) == len(set(env_example_names))


def test_the_image_installs_the_project_without_dev_extras_and_runs_as_non_root():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM ${PYTHON_IMAGE}" in dockerfile
    assert "ARG PYTHON_IMAGE=python:3.11-slim-bookworm" in dockerfile
    assert re.search(r"pip install \.(\s|$)", dockerfile)
    assert "[dev]" not in dockerfile
    user = re.findall(r"^USER\s+(\S+)", dockerfile, re.MULTILINE)[-1]
    assert user.split(":")[0] not in {"root", "0"}
    assert '"gunicorn", "cms.wsgi:application"' in dockerfile


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], _production_env(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_with_the_development_secret(tmp_path):
    env = _production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    result = _run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_make_run_starts_with_no_environment_at_all(tmp_path):
    result = _run(["manage.py", "check"], {"HUB_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr

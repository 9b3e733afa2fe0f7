# syntax=docker/dockerfile:1
#
# One image for every part of the hub in docker-compose.yml: web (gunicorn, the
# default command), the Celery worker, Celery beat and the one-shot migrate
# service. See docs/production.md.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: dependencies in a virtualenv, compiled translations, static files ---------
FROM ${PYTHON_IMAGE} AS build

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# gettext only for compilemessages; it stays behind in this stage, so its
# version need not be pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
WORKDIR /app

# The dependencies first, from pyproject.toml alone, so that a code change does
# not reinstall them (Docker reuses this layer while pyproject.toml is unchanged).
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt

COPY . .
# The project itself, without the dev extras. The code runs from /app all the
# same (PYTHONPATH below): settings.BASE_DIR must be the source tree, because
# templates/, cms/static/ and locale/ live beside the packages, not inside them.
# setuptools leaves build/ and *.egg-info behind in the tree; they go.
RUN pip install . \
    && rm -rf build ./*.egg-info \
    && python -m compileall -q cms channels campaigns

ENV DJANGO_SETTINGS_MODULE=cms.settings \
    PYTHONPATH=/app \
    HUB_VAR_DIR=/tmp/hub-build-var \
    DJANGO_STATIC_ROOT=/app/static \
    HUB_MANIFEST_STATIC=1

# A throwaway secret: settings need one to load, and nothing here signs anything.
# Static files are collected with the manifest storage, so the image works
# whether HUB_MANIFEST_STATIC is 1 (its default) or 0 at run time.
RUN if [ -n "$(find . -name '*.po' -not -path './static/*' -print -quit)" ]; then \
        DJANGO_SECRET_KEY=build-only-not-a-secret python manage.py compilemessages; \
    fi \
    && DJANGO_SECRET_KEY=build-only-not-a-secret python manage.py collectstatic --no-input

# --- runtime ------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=cms.settings \
    HUB_VAR_DIR=/app/var \
    DJANGO_STATIC_ROOT=/app/static \
    DJANGO_MEDIA_ROOT=/app/media \
    HUB_MANIFEST_STATIC=1

# WeasyPrint renders the flyers with Pango and HarfBuzz (fonts ship with the code).
# Debian's security updates may replace these, so their versions are not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
    && rm -rf /var/lib/apt/lists/*

# A home of its own: gunicorn (27 and later) puts its control socket there.
RUN groupadd --system --gid 10001 hub \
    && useradd --system --uid 10001 --gid hub --create-home --home-dir /home/hub \
        --shell /usr/sbin/nologin hub

COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app

# The code stays root's and read-only for the hub; it writes only to var/ (Celery
# beat's schedule) and media/ (uploads, renditions, flyers). A new named volume
# mounted on /app/media takes this owner on first use.
RUN mkdir -p /app/var /app/media \
    && chown -R hub:hub /app/var /app/media

USER 10001:10001
EXPOSE 8000

# 3 sync workers suit the 2-core machine the hub is sized for; override `command:`
# in docker-compose.override.yml for more (docs/production.md, "Scaling").
# 60 s: image uploads and renditions in the Wagtail admin can take a while.
# --max-requests recycles workers now and then, so slow leaks stay small.
# /dev/shm: the worker heartbeat must not sit on the container's overlay disk.
CMD ["gunicorn", "cms.wsgi:application", \
     "--bind", "0.0.0.0:8000", \
     "--workers", "3", \
     "--timeout", "60", \
     "--graceful-timeout", "30", \
     "--keep-alive", "5", \
     "--max-requests", "1000", \
     "--max-requests-jitter", "100", \
     "--worker-tmp-dir", "/dev/shm", \
     "--access-logfile", "-", \
     "--error-logfile", "-"]

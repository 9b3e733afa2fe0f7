# The README's two commands are `make run` and `make test`; the other targets
# are for development. Everything installs into .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell $(PYTHON) -c "import hashlib,sys;print(hashlib.sha1(open('pyproject.toml','rb').read()).hexdigest()[:12])")

.PHONY: run worker demo test test-fast lint format migrations install messages compile

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import sys; sys.exit('Python 3.11 or newer is needed (found %s)' % sys.version.split()[0]) if sys.version_info < (3, 11) else None"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

# Compiled catalogues (.mo) are build output, made from the .po files in locale/.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

compile: $(MO_FILES)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check --strict -o $@ $<

# Extract every marked string into the catalogues of all configured languages.
# German is the source: its catalogue lists the msgids (and is what the tests
# compare rendered pages against).
# The locale folders follow Django's naming (to_locale): "de-x-ls" lives in de_X-ls.
LOCALES := de de_X-ls en tr ar uk ro bg pl

messages: install
	$(PY) manage.py makemessages $(addprefix -l ,$(LOCALES)) -e html,txt,py --no-obsolete \
		--ignore=.venv --ignore=node_modules --ignore=media --ignore=static --ignore=bench \
		--ignore=tests --ignore=var --ignore=docs --add-location=file
	$(MAKE) compile

run: install compile
	@mkdir -p static  # WhiteNoise warns about a missing STATIC_ROOT; finders serve the files
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo_content
	$(PY) manage.py run_hub

worker: install
	$(VENV)/bin/celery -A cms worker --beat --loglevel=info

demo: install
	$(PY) manage.py load_demo_content

test: install compile
	$(PY) -m pytest

test-fast: install compile
	$(PY) -m pytest -m "not integration"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations: install
	$(PY) manage.py makemigrations

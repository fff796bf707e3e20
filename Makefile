# Saga: `make run` serves the demo, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
GOLD := ../shared/gold/openai-saga-v2.fr.json
SEED := ../shared/seeds/openai-saga-v2.fr.txt

.PHONY: run test eval lint serve

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo ""
	@echo "  Admin (editors):   http://$(HOST):$(PORT)/admin/"
	@echo "  Reader page:       http://$(HOST):$(PORT)/articles/openai-saga/"
	@echo "  API:               http://$(HOST):$(PORT)/api/"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

eval: $(VENV)/.installed
	@mkdir -p build
	$(PY) manage.py annotate $(SEED) --format json > build/eval.json
	$(PY) $(dir $(GOLD))../eval/score.py $(GOLD) build/eval.json

# Production: DEBUG off, SECRET_KEY and ALLOWED_HOSTS from the environment, any DATABASE_URL.
# Workers from WEB_CONCURRENCY (default 2); more gunicorn flags through GUNICORN_CMD_ARGS.
serve: $(VENV)/.installed
	DEBUG=false $(PY) manage.py check --deploy --fail-level ERROR
	DEBUG=false $(PY) manage.py migrate --noinput
	DEBUG=false $(PY) manage.py collectstatic --noinput --verbosity 0
	DEBUG=false $(VENV)/bin/gunicorn saga.wsgi:application --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-2} --timeout $${GUNICORN_TIMEOUT:-120} --access-logfile -

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

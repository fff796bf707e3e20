# Saga: `make run` serves the demo, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test eval lint serve worker beat

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	@$(PY) manage.py load_demo --url http://$(HOST):$(PORT)
	@echo ""
	@$(PY) manage.py runserver $(HOST):$(PORT)

# The browser tests audit pages with axe-core from npm (package-lock.json) and skip, loudly, without it.
test: $(VENV)/.installed
	@if [ ! -f node_modules/axe-core/axe.min.js ]; then \
		if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
		else echo "!!! npm not found: the axe-core accessibility tests will be skipped (apt-get install npm)"; fi; \
	fi
	$(PY) -m pytest $(PYTEST_ARGS)

# Quality on the project's own evaluation data (evaluation/README.md lists the sets and their sources).
eval: $(VENV)/.installed
	@mkdir -p build
	@echo "--- demo article (evaluation/data/demo.gold.json)"
	$(PY) manage.py annotate fixtures/openai-saga.fr.txt --format json > build/eval.json
	$(PY) evaluation/score.py evaluation/data/demo.gold.json build/eval.json
	@echo "--- whole articles written blind (evaluation/data/articles_blind.md, articles_blind2.md, articles_blind3.md, articles_blind4.md, articles_blind5.md, articles_blind6.md, articles_blind7.md)"
	$(PY) evaluation/articles.py evaluation/data/articles_blind
	$(PY) evaluation/articles.py evaluation/data/articles_blind2
	$(PY) evaluation/articles.py evaluation/data/articles_blind3
	$(PY) evaluation/articles.py evaluation/data/articles_blind4
	$(PY) evaluation/articles.py evaluation/data/articles_blind5
	$(PY) evaluation/articles.py evaluation/data/articles_blind6
	$(PY) evaluation/articles.py evaluation/data/articles_blind7
	@echo "--- whole date and money expressions (evaluation/data/expressions.fr.json)"
	$(PY) evaluation/expressions.py evaluation/data/expressions.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind (evaluation/data/expressions_blind.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, second set (evaluation/data/expressions_blind2.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind2.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, third set (evaluation/data/expressions_blind3.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind3.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, fourth set (evaluation/data/expressions_blind4.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind4.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, fifth set (evaluation/data/expressions_blind5.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind5.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, sixth set (evaluation/data/expressions_blind6.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind6.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, seventh set (evaluation/data/expressions_blind7.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind7.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, eighth set (evaluation/data/expressions_blind8.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind8.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, ninth set (evaluation/data/expressions_blind9.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind9.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, tenth set (evaluation/data/expressions_blind10.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind10.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, eleventh set (evaluation/data/expressions_blind11.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind11.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, twelfth set (evaluation/data/expressions_blind12.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind12.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, thirteenth set (evaluation/data/expressions_blind13.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind13.fr.json --python $(PY)
	@echo "--- whole date and money expressions written blind, fourteenth set (evaluation/data/expressions_blind14.fr.md)"
	$(PY) evaluation/expressions.py evaluation/data/expressions_blind14.fr.json --python $(PY)
	@echo "--- check-worthiness on held-out French sentences (evaluation/data/checkworthiness.fr.jsonl)"
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness.fr.jsonl
	@echo "--- check-worthiness on local news written blind, every sentence (evaluation/data/checkworthiness_blind.fr.md)"
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind2.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind3.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind4.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind5.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind6.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind7.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind8.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind9.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind10.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind11.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind12.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind13.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind14.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind15.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind16.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind17.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind18.fr.jsonl --all
	$(PY) evaluation/checkworthiness.py evaluation/data/checkworthiness_blind19.fr.jsonl --all
	@echo "--- chrome and headline of pages copied from a browser (evaluation/data/pages.md)"
	$(PY) manage.py annotate evaluation/data/pages/*.txt --format jsonl > build/pages.jsonl
	$(PY) evaluation/pages.py evaluation/data/pages build/pages.jsonl
	@echo "--- article text, chrome and headline of saved HTML pages, Saga against plain trafilatura (evaluation/data/html_pages.md, html_pages2.md, html_pages3.md, html_pages4.md, html_pages5.md, html_pages6.md, html_pages7.md, html_pages8.md, html_pages9.md, html_pages10.md, html_pages11.md, html_pages12.md, html_pages13.md, html_pages14.md, html_pages15.md; html_pages5 once more with every page read as French, the 22 pages in other languages that Saga refuses included)"
	$(PY) evaluation/html_pages.py evaluation/data/html_pages
	$(PY) evaluation/html_pages.py evaluation/data/html_pages2
	$(PY) evaluation/html_pages.py evaluation/data/html_pages3
	$(PY) evaluation/html_pages.py evaluation/data/html_pages4
	$(PY) evaluation/html_pages.py evaluation/data/html_pages5
	$(PY) evaluation/html_pages.py evaluation/data/html_pages5 --lang fr
	$(PY) evaluation/html_pages.py evaluation/data/html_pages6
	$(PY) evaluation/html_pages.py evaluation/data/html_pages7
	$(PY) evaluation/html_pages.py evaluation/data/html_pages8
	$(PY) evaluation/html_pages.py evaluation/data/html_pages9
	$(PY) evaluation/html_pages.py evaluation/data/html_pages10
	$(PY) evaluation/html_pages.py evaluation/data/html_pages11
	$(PY) evaluation/html_pages.py evaluation/data/html_pages12
	$(PY) evaluation/html_pages.py evaluation/data/html_pages13
	$(PY) evaluation/html_pages.py evaluation/data/html_pages14
	$(PY) evaluation/html_pages.py evaluation/data/html_pages15
	@echo "--- sentences of eight genres, of three layouts, then of records, legal texts, forums and subtitles, then of news genres, then of running news prose, then of whole articles, then of the hard shapes of news text, then of interviews, records, legal text, lists and results lines, then of recipes, listings, decisions, minutes, chats, quizzes and programmes, then of obituaries, judgments, match reports, releases, reviews, a speech and a written question, then of interviews opened by the speaker's name, letters, releases, live blogs and lists, then of wire copy, notices, results turned to text, recipes, timelines, small ads, guides and glossaries, then of parliamentary questions, council reports, transcripts, tide tables, lists of winners and titles of works, then of fact-checks, press reviews, explainers, live texts, notices, captions and columns, then of committee reports, municipal bulletins, results, science, job ads, francophone news, texts pasted with hard breaks, charts and horoscopes, written blind (evaluation/data/sentences_blind*.fr.json)"
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind2.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind3.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind4.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind5.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind6.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind7.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind8.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind9.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind10.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind11.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind12.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind13.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind14.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind15.fr.json
	$(PY) evaluation/sentences.py evaluation/data/sentences_blind16.fr.json
	@echo "--- entities on regional news (evaluation/data/entities.fr.json)"
	$(PY) evaluation/entities.py evaluation/data/entities.fr.json
	@echo "--- entities on news paragraphs written blind (evaluation/data/entities_blind.fr.json)"
	$(PY) evaluation/entities.py evaluation/data/entities_blind.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind2.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind3.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind4.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind5.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind6.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind7.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind8.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind9.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind10.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind11.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind12.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind13.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind14.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind15.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind16.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind17.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind18.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind19.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind20.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind21.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind22.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind23.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind24.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind25.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind26.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind27.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind28.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind29.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind30.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind31.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind32.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind33.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind34.fr.json
	$(PY) evaluation/entities.py evaluation/data/entities_blind35.fr.json
	@echo "--- dates in news-style sentences written for Saga (evaluation/data/dates_news.fr.json)"
	$(PY) evaluation/dates_news.py evaluation/data/dates_news.fr.json
	@echo "--- dates in news-style sentences written blind (evaluation/data/dates_news_blind.fr.json)"
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind2.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind3.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind4.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind5.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind6.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind7.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind8.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind9.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind10.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind11.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind12.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind13.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind14.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind15.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind16.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind17.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind18.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind19.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind20.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind21.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind22.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind23.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind24.fr.json
	$(PY) evaluation/dates_news.py evaluation/data/dates_news_blind25.fr.json
	@echo "--- money and quantities in news-style sentences (evaluation/data/quantities_news.fr.json)"
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news.fr.json --python $(PY)
	@echo "--- money and quantities in news-style sentences written blind (evaluation/data/quantities_news_blind.fr.json)"
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind2.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind3.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind4.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind5.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind6.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind7.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind8.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind9.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind10.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind11.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind12.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind13.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind14.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind15.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind16.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind17.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind18.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind19.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind20.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind21.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind22.fr.json --python $(PY)
	$(PY) evaluation/quantities_news.py evaluation/data/quantities_news_blind23.fr.json --python $(PY)
	@echo "--- claims seen before and inconsistencies (evaluation/data/matching.fr.json, matching_blind.fr.json, matching_blind2.fr.json, matching_blind3.fr.json, matching_blind4.fr.json, matching_blind5.fr.json, matching_blind6.fr.json, matching_blind7.fr.json, matching_blind8.fr.json)"
	$(PY) evaluation/matching.py evaluation/data/matching.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind2.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind3.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind4.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind5.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind6.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind7.fr.json
	$(PY) evaluation/matching.py evaluation/data/matching_blind8.fr.json

# Production: DEBUG off, SECRET_KEY and ALLOWED_HOSTS from the environment, any DATABASE_URL.
# Workers from WEB_CONCURRENCY (default 2); more gunicorn flags through GUNICORN_CMD_ARGS.
serve: $(VENV)/.installed
	DEBUG=false $(PY) manage.py check --deploy --fail-level ERROR
	DEBUG=false $(PY) manage.py migrate --noinput
	DEBUG=false $(PY) manage.py collectstatic --noinput --verbosity 0
	DEBUG=false $(VENV)/bin/gunicorn saga.wsgi:application --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-2} --timeout $${GUNICORN_TIMEOUT:-120} --access-logfile -

# Background jobs (README "Background jobs"): CELERY_BROKER_URL names the broker (Redis).
# Workers from WORKER_CONCURRENCY (default: one process per core), each loading the model once.
worker: $(VENV)/.installed
	$(VENV)/bin/celery -A saga worker --loglevel $${LOG_LEVEL:-INFO} \
		$${WORKER_CONCURRENCY:+--concurrency $$WORKER_CONCURRENCY}

beat: $(VENV)/.installed
	@mkdir -p build
	$(VENV)/bin/celery -A saga beat --loglevel $${LOG_LEVEL:-INFO} --schedule build/celerybeat-schedule

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

#!/usr/bin/env bash
# Fuzzes the REST API against its own OpenAPI schema (schemathesis), on a live server with the
# demo data: a bounded run of at least $MIN_REQUESTS generated requests across every operation;
# fails on any 5xx and on any response that the schema does not describe.
#
#   scripts/schemathesis.sh            (called by .ci/run; needs .venv and nothing else)
#
# The server runs from a throw-away SQLite database in a temporary directory, on a free
# loopback port, with the throttles off (the run itself is the load) and is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$(pwd)
PY=$ROOT/.venv/bin/python
MAX_EXAMPLES=${SCHEMATHESIS_MAX_EXAMPLES:-80}
MIN_REQUESTS=${SCHEMATHESIS_MIN_REQUESTS:-1000}
SEED=${SCHEMATHESIS_SEED:-6}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/saga-schemathesis.XXXXXX")
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
export DEBUG=true SAGA_API_THROTTLE_ANON=off SAGA_API_THROTTLE_USER=off SAGA_API_FEED_SETTLE_SECONDS=0
export LOG_LEVEL=WARNING

echo "--- schemathesis: loading the demo into $WORK"
$PY manage.py migrate --noinput --verbosity 0
$PY manage.py load_demo >/dev/null
TOKEN=$($PY manage.py issue_token editor 2>/dev/null)

PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
$PY manage.py runserver "127.0.0.1:$PORT" --noreload >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

fuzz() {
    echo "--- schemathesis: $BASE/api/schema/ (max $MAX_EXAMPLES examples per operation, seed $SEED)"
    status=0
    # From the temporary directory: schemathesis keeps a cache of failures in ./.schemathesis/.
    (cd "$WORK" && "$ROOT/.venv/bin/schemathesis" run "$BASE/api/schema/" \
    --wait-for-schema 60 \
    --header "Authorization: Token $TOKEN" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection \
    --phases examples,coverage,fuzzing \
    --max-examples "$MAX_EXAMPLES" \
    --seed "$SEED" \
    --workers 2 \
    --request-timeout 60 \
    --suppress-health-check too_slow \
    --report har --report-har-path "$WORK/requests.har" \
    --no-color) 2>&1 | tee "$WORK/run.log" || status=$?
}
fuzz
# Once (December 2026) the run failed inside the tool itself (hypothesis: "AST constructor recursion
# depth mismatch" while describing a lambda), every answer of Saga's conforming; schemathesis titles
# such a fault "Runtime Error". Only that failure is run again, once, with the same seed: a check
# that fails on Saga's answers fails CI at once. A 5xx of the first run counts whatever the second does.
if [ "$status" -ne 0 ] && grep -q "Runtime Error" "$WORK/run.log"; then
    echo "--- schemathesis failed inside the tool (Runtime Error): running it once more with the same seed"
    mv "$WORK/requests.har" "$WORK/first-run.har" 2>/dev/null || true
    fuzz
fi

# The HAR reports hold every request sent and its response: count those of the last run, and the
# 5xx of every run.
read -r requests server_errors < <($PY - "$WORK" <<'PYTHON'
import json, sys
from pathlib import Path
work = Path(sys.argv[1])
runs = []
for path in [work / "first-run.har"] * (work / "first-run.har").exists() + [work / "requests.har"]:
    try:
        runs.append(json.loads(path.read_text())["log"]["entries"])
    except (OSError, ValueError, KeyError, TypeError) as error:  # a run that crashed may leave none, or half
        print(f"schemathesis: {path.name} unreadable ({error})", file=sys.stderr)
        runs.append([])
print(len(runs[-1]), sum(entry["response"]["status"] >= 500 for entries in runs for entry in entries))
PYTHON
)
echo "--- schemathesis: $requests requests sent, $server_errors answered 5xx"
if [ "$status" -ne 0 ]; then
    echo "schemathesis found failures (above)"; exit "$status"
fi
if [ "$server_errors" -ne 0 ]; then
    echo "the server answered 5xx (server log tail below)"; tail -n 40 "$WORK/server.log"; exit 1
fi
if [ "$requests" -lt "$MIN_REQUESTS" ]; then
    echo "only $requests requests: at least $MIN_REQUESTS are required"; exit 1
fi

#!/usr/bin/env bash
# Fuzz the REST API against its own OpenAPI schema (/api/schema/): no server error and no
# response that breaks the schema, for anonymous clients and for a staff token.
#
# Serves the app under gunicorn on a free loopback port, over a throwaway SQLite database with
# the seeds ingested and some of their quotes and claims verified; stops it on exit.
# Usage: .ci/schemathesis.sh [MAX_EXAMPLES]   (default 30 per operation)
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${1:-30}"
BIN=.venv/bin
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:///$WORK/api.sqlite3"
export DEBUG=false
export SECRET_KEY="schemathesis-throwaway-$RANDOM$RANDOM"
export ALLOWED_HOSTS=127.0.0.1
export API_ANON_THROTTLE=off  # the fuzzer is one very busy anonymous client
export LOG_LEVEL=WARNING

echo "== schemathesis: preparing a throwaway database"
"$BIN/python" manage.py migrate --noinput -v 0
"$BIN/python" manage.py ingest seeds/ --outlet NDTV > /dev/null
STAFF_TOKEN="$("$BIN/python" manage.py shell -v 0 -c '
import datetime
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from knox.models import AuthToken
from claims.models import Claim, Evidence, Quote, ReviewStatus, Speaker, Stance, Verdict
from claims.roles import REVIEWERS
from sources.models import Source

reviewed = datetime.datetime(2021, 7, 20, 12, 0, tzinfo=datetime.UTC)
quotes = list(Quote.objects.filter(speaker__isnull=False).order_by("id"))
for quote in quotes[::2]:
    Quote.objects.filter(pk=quote.pk).update(status=ReviewStatus.VERIFIED, reviewed_at=reviewed)
for quote in quotes[1::4]:
    Quote.objects.filter(pk=quote.pk).update(
        status=ReviewStatus.REJECTED, reviewed_at=reviewed, status_reason="Not a quote."
    )
verdicts = list(Verdict)
source = Source.objects.order_by("id").first()
for n, claim in enumerate(Claim.objects.order_by("id")[:12]):
    # Evidence first: a verified claim is locked (its evidence changes only after reopening).
    Evidence.objects.create(claim=claim, source=source, stance=list(Stance)[n % 3], note="n")
    Claim.objects.filter(pk=claim.pk).update(
        status=ReviewStatus.VERIFIED, reviewed_at=reviewed, verdict=verdicts[n % len(verdicts)],
        verdict_explanation="Checked against the district counts.",
    )
Speaker.objects.filter(pk__in=Speaker.objects.order_by("id")[:1]).update(wikidata_id="Q42")
user = get_user_model().objects.create_user("fuzz-reviewer", is_staff=True)
user.groups.add(Group.objects.get(name=REVIEWERS))
print(AuthToken.objects.create(user=user)[1])
')"

PORT="$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
"$BIN/gunicorn" factdb.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 \
    --log-level warning --error-logfile "$WORK/gunicorn.log" &
SERVER_PID=$!

run() {
    echo "== schemathesis: $1"
    shift
    "$BIN/schemathesis" run "$BASE/api/schema/" \
        --checks not_a_server_error,response_schema_conformance \
        --include-method GET \
        --max-examples "$MAX_EXAMPLES" \
        --seed 20210714 \
        --wait-for-schema 30 \
        --request-timeout 30 \
        --no-color \
        "$@"
}

status=0
run "anonymous clients" || status=1
run "a staff token" -H "Authorization: Token $STAFF_TOKEN" || status=1
if [ "$status" -ne 0 ] && [ -s "$WORK/gunicorn.log" ]; then
    echo "== gunicorn's error log"
    cat "$WORK/gunicorn.log"
fi
exit "$status"

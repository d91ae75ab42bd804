#!/usr/bin/env bash
# Smoke test of a deployment: the whole participant flow against a live server, then the
# researcher API until the session is processed. Needs curl and node.
#
#   scripts/smoke.sh --base-url https://usertests.example.com --project-key ut_pub_… \
#     --screener-id <id> --token ut_pat_… [--answers answers.json] [--project-id <id>] \
#     [--timeout 120] [--interval 3] [--no-wait-processing]
#
# Steps: health → public screener (must be active) → answers → submit (must qualify) → interview
# start → one message (the interviewer must answer) → end → poll the session through /api/v1 until
# processed (prints the signal count) or failed (prints the reason). Exit 0 when everything passed,
# 1 on any failure, 2 on bad arguments.
#
# --answers: JSON { "<question id or exact question text>": answer }. Which answers qualify is not in
# the public definition, so without it the first option of each choice question is used (numbers:
# the middle of their range, scales: the top, text: a placeholder). The token needs viewer access to
# the screener's project (a personal API token or a project secret key). The session it creates is a
# real one: delete it afterwards with `usertests session delete <id> --yes` if you do not want it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JSON="$HERE/smoke/json.mjs"

BASE_URL="" PROJECT_KEY="" SCREENER_ID="" TOKEN="${USERTESTS_TOKEN:-}" ANSWERS="" PROJECT_ID=""
TIMEOUT=120 INTERVAL=3 WAIT=1 HTTP_TIMEOUT=60

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

value() {
  [[ $# -ge 2 && -n "$2" ]] || { echo "smoke: $1 needs a value" >&2; exit 2; }
  printf '%s' "$2"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --base-url) BASE_URL="$(value "$@")"; shift 2 ;;
    --project-key) PROJECT_KEY="$(value "$@")"; shift 2 ;;
    --screener-id) SCREENER_ID="$(value "$@")"; shift 2 ;;
    --token) TOKEN="$(value "$@")"; shift 2 ;;
    --answers) ANSWERS="$(value "$@")"; ANSWERS="${ANSWERS#@}"; shift 2 ;;
    --project-id) PROJECT_ID="$(value "$@")"; shift 2 ;;
    --timeout) TIMEOUT="$(value "$@")"; shift 2 ;;
    --interval) INTERVAL="$(value "$@")"; shift 2 ;;
    --no-wait-processing) WAIT=0; shift ;;
    -h|--help) usage ;;
    *) echo "smoke: unknown argument $1" >&2; usage ;;
  esac
done

[[ -n "$BASE_URL" && -n "$PROJECT_KEY" && -n "$SCREENER_ID" ]] || { echo "smoke: --base-url, --project-key and --screener-id are required" >&2; usage; }
[[ "$WAIT" == 0 || -n "$TOKEN" ]] || { echo "smoke: --token (or USERTESTS_TOKEN) is required to follow processing (or pass --no-wait-processing)" >&2; exit 2; }
[[ "$PROJECT_KEY" == ut_pub_* ]] || { echo "smoke: --project-key must be the project's public key (ut_pub_…)" >&2; exit 2; }
[[ -z "$ANSWERS" || -r "$ANSWERS" ]] || { echo "smoke: cannot read --answers file $ANSWERS" >&2; exit 2; }
[[ "$TIMEOUT" =~ ^[0-9]+$ && "$INTERVAL" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "smoke: --timeout and --interval must be numbers" >&2; exit 2; }
BASE_URL="${BASE_URL%/}"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
umask 077
# credentials go in files, not on curl's command line (visible in ps)
printf 'x-usertests-key: %s\n' "$PROJECT_KEY" > "$TMP/key-header"
printf 'authorization: Bearer %s\n' "$TOKEN" > "$TMP/auth-header"

STARTED=$SECONDS
step() { printf '[%3ds] %s\n' "$((SECONDS - STARTED))" "$*"; }
fail() {
  printf '[%3ds] FAIL %s\n' "$((SECONDS - STARTED))" "$*" >&2
  exit 1
}
json() { node "$JSON" get "$1" <<<"$RESPONSE"; }

# request METHOD PATH CREDENTIAL [BODY]: sets STATUS and RESPONSE. CREDENTIAL: key | token | none
request() {
  local method="$1" path="$2" credential="$3" body="${4:-}"
  local args=(-sS -X "$method" -o "$TMP/body" -w '%{http_code}' --max-time "$HTTP_TIMEOUT" -H 'accept: application/json' -H 'user-agent: usertests-smoke/1')
  case "$credential" in
    key) args+=(-H "@$TMP/key-header") ;;
    token) args+=(-H "@$TMP/auth-header") ;;
  esac
  if [[ -n "$body" ]]; then
    printf '%s' "$body" > "$TMP/request"
    args+=(-H 'content-type: application/json' --data-binary "@$TMP/request")
  fi
  STATUS="$(curl "${args[@]}" "$BASE_URL$path" 2>"$TMP/curl-error")" || fail "$method $path: could not reach $BASE_URL ($(tr '\n' ' ' <"$TMP/curl-error"))"
  RESPONSE="$(cat "$TMP/body")"
}

# expect_status "what" 200 201: fails with the API's error code and message otherwise
expect_status() {
  local what="$1"
  shift
  for s in "$@"; do [[ "$STATUS" == "$s" ]] && return 0; done
  fail "$what: HTTP $STATUS $(node "$JSON" error <<<"$RESPONSE")"
}

# 1. health
request GET /api/health none
[[ "$STATUS" == 200 ]] || fail "health: HTTP $STATUS $(json 'Object.entries(d.components ?? {}).filter(([, c]) => c.status !== "ok").map(([n, c]) => n + " " + c.status + (c.error ? " (" + c.error + ")" : "")).join(", ")')"
step "health ok (outbox backlog $(json 'd.components.outbox?.backlog ?? "?"'))"

# 2. the public screener
request GET "/api/sdk/screeners/$SCREENER_ID" key
# drafts are not public: a 404 may mean "not activated yet" as well as a wrong id or key
[[ "$STATUS" == 404 ]] && fail "screener $SCREENER_ID: HTTP 404 $(node "$JSON" error <<<"$RESPONSE") (is it active? usertests screener get $SCREENER_ID)"
expect_status "screener $SCREENER_ID" 200
SCREENER="$RESPONSE"
[[ "$(json 'd.screener.acceptingResponses')" == "true" ]] || fail "screener $SCREENER_ID is $(json 'd.screener.status'), not accepting responses (activate it: usertests screener activate $SCREENER_ID)"
[[ "$(json 'd.screener.full')" != "true" ]] || fail "screener $SCREENER_ID is full (maxParticipants reached)"
step "screener \"$(json 'd.screener.title')\" with $(json 'd.screener.questions.length') questions"

# 3. answers and submission
ANSWERS_JSON="$(node "$JSON" answers ${ANSWERS:+"$ANSWERS"} <<<"$SCREENER")" || fail "could not build the answers"
request POST "/api/sdk/screeners/$SCREENER_ID/start" key
expect_status "screener start" 204 200
EMAIL="smoke+$(date +%s)-$RANDOM@example.com"
request POST "/api/sdk/screeners/$SCREENER_ID/responses" key \
  "{\"answers\":$ANSWERS_JSON,\"participantName\":\"Smoke Test\",\"participantEmail\":\"$EMAIL\",\"consents\":{\"recording\":false,\"analytics\":true,\"followUp\":false},\"utm\":{\"source\":\"smoke\"},\"startRecorded\":true}"
expect_status "screener response" 200 201
[[ "$(json 'd.qualified')" == "true" ]] || fail "the answers did not qualify ($(json 'd.message')); pass --answers with qualifying answers"
SESSION_ID="$(json 'd.sessionId')"
step "qualified: session $SESSION_ID"

# 4. the interview: start, one message, end
request POST "/api/sdk/sessions/$SESSION_ID/interview/start" key '{"participantName":"Smoke Test"}'
expect_status "interview start" 200 201
[[ -n "$(json 'd.opening?.content')" ]] || fail "interview start: no opening message from the interviewer"
step "interview started: \"$(json 'd.opening.content.slice(0, 80)')\""

request POST "/api/sdk/sessions/$SESSION_ID/messages" key \
  "{\"clientMessageId\":\"smoke-$(date +%s)\",\"content\":\"Every Friday I export our invoices and the totals never match the bank, so I retype them into a spreadsheet.\"}"
expect_status "message" 200 201
[[ -n "$(json 'd.reply?.content')" ]] || fail "message: the interviewer did not answer ($RESPONSE)"
step "interviewer answered: \"$(json 'd.reply.content.slice(0, 80)')\""

request POST "/api/sdk/sessions/$SESSION_ID/interview/end" key
expect_status "interview end" 200
[[ "$(json 'd.session.status')" == "completed" ]] || fail "interview end: session is $(json 'd.session.status')"
step "interview ended; processing queued"

if [[ "$WAIT" == 0 ]]; then
  echo "SESSION_ID=$SESSION_ID"
  step "smoke test passed up to the end of the interview (--no-wait-processing)"
  exit 0
fi

# 5. the researcher API until processed or failed
if [[ -z "$PROJECT_ID" ]]; then
  request GET /api/v1/projects token
  expect_status "projects (is --token valid?)" 200
  for pid in $(json 'd.projects.map((p) => p.id).join(" ")'); do
    request GET "/api/v1/projects/$pid/sessions/$SESSION_ID" token
    if [[ "$STATUS" == 200 ]]; then PROJECT_ID="$pid"; break; fi
  done
  [[ -n "$PROJECT_ID" ]] || fail "none of the token's projects holds session $SESSION_ID (wrong --token for this --project-key?)"
fi

LAST=""
DEADLINE=$((SECONDS + TIMEOUT))
while :; do
  request GET "/api/v1/projects/$PROJECT_ID/sessions/$SESSION_ID" token
  expect_status "session $SESSION_ID" 200
  PROCESSING="$(json 'd.session.processingStatus')"
  [[ "$PROCESSING" != "$LAST" ]] && step "processing: $PROCESSING"
  LAST="$PROCESSING"
  case "$PROCESSING" in
    processed)
      SIGNALS="$(json 'd.session.signalCount')"
      echo "SESSION_ID=$SESSION_ID"
      echo "SIGNALS=$SIGNALS"
      step "smoke test passed: session $SESSION_ID processed with $SIGNALS signals"
      exit 0
      ;;
    failed)
      fail "processing failed: $(json 'd.session.processingError') (usertests session get $SESSION_ID --project $PROJECT_ID)"
      ;;
  esac
  if ((SECONDS >= DEADLINE)); then
    fail "still $PROCESSING after ${TIMEOUT}s: check /api/health (outbox backlog) and the Inngest dashboard (docs/runbook.md)"
  fi
  sleep "$INTERVAL"
done

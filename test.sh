#!/usr/bin/env bash
# Runs every test of the solution, the end-to-end conversation in the Teams playground included.
#
#   ./test.sh                                    # everything
#   ./test.sh --filter "Category!=EndToEnd"      # extra arguments go to `dotnet test`
#
# The end-to-end test drives the Microsoft 365 Agents Playground in headless Chromium with the harness
# installed in $AUTODIAG_PLAYGROUND_HARNESS (default: ${TMPDIR:-/tmp}/autodiag-teams-playground); the
# first run installs it (chromium with apt-get, npm packages), later runs reuse it.
# The tests of persistence, of the bot's storage, of the interview and of several instances run on SQLite and on
# PostgreSQL: the server is named by $AUTODIAG_TEST_POSTGRES; when it is not set, scripts/start-postgres.sh
# installs and starts one on 127.0.0.1:5432 (root or sudo needed; without, the PostgreSQL tests fail and say how).
# Ends with one line "N passed, N failed"; the exit code is non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${AUTODIAG_TEST_POSTGRES:-}" ]; then
  if postgres="$(bash scripts/start-postgres.sh)"; then
    export AUTODIAG_TEST_POSTGRES="$postgres"
  else
    echo "test.sh: no PostgreSQL server (see above): the PostgreSQL tests will fail." >&2
  fi
fi

export AUTODIAG_PLAYGROUND_HARNESS="${AUTODIAG_PLAYGROUND_HARNESS:-${TMPDIR:-/tmp}/autodiag-teams-playground}"
tests/e2e/install-harness.sh "$AUTODIAG_PLAYGROUND_HARNESS"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
dotnet test AutoDiag.slnx "$@" 2>&1 | tee "$log" || status=$?

# One "Passed!  - Failed: 0, Passed: 42, ..." or "Failed!  - Failed: 1, Passed: 41, ..." line per test assembly.
# (grep finds nothing when no test ran: `|| true` keeps set -e and pipefail from stopping here.)
count() {
  { grep -E '^[[:space:]]*(Passed|Failed)!' "$log" || true; } \
    | { grep -oE "$1:[[:space:]]*[0-9]+" || true; } \
    | awk -F: '{ n += $2 } END { print n + 0 }'
}
passed="$(count Passed)"
failed="$(count Failed)"

echo
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with code $status (a build error, or a test run that aborted): see above."
fi
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ] && [ "$status" -eq 0 ]; then
  status=1
fi
exit "$status"

#!/usr/bin/env bash
# Installs (Debian package `postgresql`) and starts a PostgreSQL server on 127.0.0.1:5432 for the tests,
# with a role `app` (password `app`, allowed to create databases). No systemd needed: the cluster is
# started with pg_ctlcluster. Idempotent and quick when the server already runs.
#
#   export AUTODIAG_TEST_POSTGRES="$(scripts/start-postgres.sh)"
#
# Prints the connection string on standard output (everything else goes to standard error).
# Needs root, or sudo without a password, for the install and the start; exits with 2 and says how
# to do it by hand when neither is available. Used by .ci/run (through test.sh) and test.sh.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
ROLE=app
PASSWORD=app
CONNECTION="Host=$HOST;Port=$PORT;Username=$ROLE;Password=$PASSWORD"

log() { echo "start-postgres: $*" >&2; }

# Already running with our role as set up below: nothing to do.
if command -v psql >/dev/null 2>&1 \
  && [ "$(PGPASSWORD="$PASSWORD" PGCONNECT_TIMEOUT=3 psql -h "$HOST" -p "$PORT" -U "$ROLE" -d postgres -Atqc \
        "SELECT pg_has_role('$ROLE', 'pg_signal_backend', 'MEMBER')" 2>/dev/null)" = "t" ]; then
  echo "$CONNECTION"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    exec sudo -n bash "$0" "$@"
  fi
  # Running, only without the pg_signal_backend grant: good enough (the tests drop their databases without FORCE).
  if command -v psql >/dev/null 2>&1 \
    && PGPASSWORD="$PASSWORD" PGCONNECT_TIMEOUT=3 psql -h "$HOST" -p "$PORT" -U "$ROLE" -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
    echo "$CONNECTION"
    exit 0
  fi
  cat >&2 <<EOF
start-postgres: PostgreSQL is not running on $HOST:$PORT with the role '$ROLE', and this script needs root
(or sudo without a password) to install and start it. Run it as root once (and again after a reboot):
  sudo scripts/start-postgres.sh
or point the tests at a server of your own:
  export AUTODIAG_TEST_POSTGRES="Host=...;Port=...;Username=...;Password=..."   # a role with CREATEDB
EOF
  exit 2
fi

started=$SECONDS
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing the Debian package postgresql"
  apt_log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    log "could not install postgresql"
    exit 1
  fi
  rm -f "$apt_log"
fi

PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
if [ ! -d "/etc/postgresql/$PGVER/main" ]; then
  log "creating the cluster $PGVER/main"
  pg_createcluster "$PGVER" main >&2
fi

# Listen on the loopback only, on the usual port. (Not `pg_conftool set listen_addresses`: it writes the
# value unquoted and the server refuses to start.)
conf="/etc/postgresql/$PGVER/main/conf.d/autodiag.conf"
wanted="$(printf "listen_addresses = '%s'\nport = %s\n" "$HOST" "$PORT")"
if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$wanted" ]; then
  mkdir -p "$(dirname "$conf")"
  printf '%s\n' "$wanted" > "$conf"
  if pg_ctlcluster "$PGVER" main status >/dev/null 2>&1; then
    pg_ctlcluster "$PGVER" main restart >&2
  fi
fi

if ! pg_ctlcluster "$PGVER" main status >/dev/null 2>&1; then
  log "starting the cluster $PGVER/main"
  pg_ctlcluster "$PGVER" main start >&2
fi

for _ in $(seq 1 60); do
  pg_isready -q -h "$HOST" -p "$PORT" && break
  sleep 0.5
done
pg_isready -q -h "$HOST" -p "$PORT" || { log "the server does not answer on $HOST:$PORT (see /var/log/postgresql/)"; exit 1; }

# The role the tests log in with (TCP authentication is scram: a password is needed).
# pg_signal_backend lets the tests drop their databases WITH (FORCE) even while autovacuum works on them.
if [ "$(runuser -u postgres -- psql -p "$PORT" -Atqc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  runuser -u postgres -- psql -p "$PORT" -qc "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB" >&2
fi
runuser -u postgres -- psql -p "$PORT" -qc "GRANT pg_signal_backend TO $ROLE" >&2

log "PostgreSQL $PGVER ready on $HOST:$PORT ($((SECONDS - started)) s)"
echo "$CONNECTION"

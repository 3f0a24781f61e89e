#!/usr/bin/env bash
# printfarm quick start on a fresh Debian machine with Python 3.11.
#   bash quickstart.sh demo   set up, then run the farm demo (nothing to install by hand)
#   bash quickstart.sh test   set up everything the tests need (Mosquitto, PostgreSQL,
#                             PrusaSlicer), then run ruff, mypy and the whole test suite
#                             (`test --setup-only`: the set-up alone)
set -euo pipefail
shopt -s inherit_errexit  # a failure inside $(...) stops the script too
cd "$(dirname "$0")"
VENV=.venv

redact_url() { sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$1"; }
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root for: $*"; return 1; fi
}

apt_updated=""
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_venv() {
  local extras=$1
  if [ ! -x "$VENV/bin/python" ]; then
    if ! python3 -m venv "$VENV" 2>/dev/null; then
      apt_install python3-venv
      rm -rf "$VENV"; python3 -m venv "$VENV"
    fi
  fi
  log "installing printfarm[$extras] into $VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q -e ".[$extras]"
}

octoprint_venv() {
  # A real OctoPrint for the OctoPrint backend's tests, in a venv of its own: it pins its
  # own dependencies (tests/helpers/octoprint_server.py looks for it here).
  if [ ! -x .octoprint-venv/bin/octoprint ]; then
    log "installing OctoPrint into .octoprint-venv"
    python3 -m venv .octoprint-venv
    .octoprint-venv/bin/pip install -q "OctoPrint>=1.11,<1.13"
  fi
}

ensure_postgres() {
  # The tests need a PostgreSQL server: the machine's own if it answers, else install one.
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then return 0; fi
  apt_install postgresql
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 0.5; done
  log "PostgreSQL did not come up on 127.0.0.1:5432"; return 1
}

# The tests' own PostgreSQL role and database. Its password is generated here and kept in
# $TEST_STATE (ignored by git, private); no other role's password is ever changed.
PG_ROLE=printfarm_test
PG_MARK="created by printfarm quickstart.sh for its tests"
TEST_STATE=.printfarm-test

pg_admin() {
  # SQL from stdin as a superuser, without a password: trust on loopback, or the postgres
  # OS user through the local socket (peer). Stdin keeps secrets out of process arguments.
  if psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1 </dev/null; then
    psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq
  else
    as_root su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -Atq"
  fi
}

postgres_url() {
  # Role $PG_ROLE (LOGIN CREATEDB) and its database, created if absent; the store tests
  # create and drop their own databases with it. An existing role's password is reset only
  # when the role carries our mark (a fresh clone after an earlier one on this machine).
  local file="$TEST_STATE/postgres_password" password
  mkdir -p "$TEST_STATE" && chmod 700 "$TEST_STATE"
  if [ ! -s "$file" ]; then
    (umask 077; python3 -c 'import secrets; print(secrets.token_hex(16))' >"$file")
  fi
  password=$(head -n 1 "$file")
  if ! PGPASSWORD=$password psql -h 127.0.0.1 -U "$PG_ROLE" -d "$PG_ROLE" -Atqc 'select 1' \
      >/dev/null 2>&1 </dev/null; then
    log "PostgreSQL: role and database $PG_ROLE (password in $file)"
    pg_admin >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$password';
    COMMENT ON ROLE $PG_ROLE IS '$PG_MARK';
  ELSIF shobj_description((SELECT oid FROM pg_roles WHERE rolname = '$PG_ROLE'), 'pg_authid')
        IS DISTINCT FROM '$PG_MARK' THEN
    RAISE EXCEPTION 'role $PG_ROLE exists and is not ours: set PRINTFARM_TEST_POSTGRES_URL';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $PG_ROLE OWNER $PG_ROLE'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_ROLE') \\gexec
SQL
  fi
  echo "postgresql+psycopg://$PG_ROLE:$password@127.0.0.1:5432/$PG_ROLE"
}

case "${1:-}" in
  demo)
    python_venv coordinator
    shift
    exec "$VENV/bin/printfarm" demo "$@"
    ;;
  test)
    apt_install mosquitto postgresql-client
    apt_install prusa-slicer || log "prusa-slicer unavailable: slicing tests will say so"
    apt_install chromium  # the dashboard's browser tests (Playwright drives this one)
    ensure_postgres
    python_venv "dev,coordinator,octoprint"
    octoprint_venv
    if [ -z "${PRINTFARM_TEST_POSTGRES_URL:-}" ]; then
      PRINTFARM_TEST_POSTGRES_URL=$(postgres_url)
    fi
    export PRINTFARM_TEST_POSTGRES_URL
    shift
    if [ "${1:-}" = "--setup-only" ]; then
      log "set up; PostgreSQL for the tests: $(redact_url "$PRINTFARM_TEST_POSTGRES_URL")"
      exit 0
    fi
    log "ruff"
    "$VENV/bin/ruff" check .
    log "mypy --strict (the files listed in pyproject.toml, tests included)"
    "$VENV/bin/mypy"
    # Most tests wait on processes, brokers and deadlines: 4 pytest-xdist workers take about
    # a third of one process's time on 2 cores. PRINTFARM_TEST_WORKERS=0: one process.
    workers=${PRINTFARM_TEST_WORKERS:-4}
    log "pytest on $workers workers"
    exec "$VENV/bin/pytest" -n "$workers" "$@"
    ;;
  *)
    echo "usage: bash quickstart.sh demo|test [args...]" >&2
    exit 2
    ;;
esac

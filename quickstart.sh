#!/usr/bin/env bash
# printfarm quick start on a fresh Debian machine with Python 3.11.
#   bash quickstart.sh demo   set up, then run the farm demo (nothing to install by hand)
#   bash quickstart.sh test   set up everything the tests need (Mosquitto, PostgreSQL,
#                             PrusaSlicer), then run ruff, mypy and the whole test suite
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv

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

postgres_url() {
  # Trust auth on loopback (Debian's default for the machine's own server) or the postgres
  # superuser through the local socket; the store tests create and drop their own database.
  if psql -h 127.0.0.1 -U postgres -Atc 'select 1' >/dev/null 2>&1; then
    echo "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"; return 0
  fi
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'printfarm'\"" >/dev/null
  echo "postgresql+psycopg://postgres:printfarm@127.0.0.1:5432/postgres"
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
    ensure_postgres
    python_venv "dev,coordinator,octoprint"
    export PRINTFARM_TEST_POSTGRES_URL="${PRINTFARM_TEST_POSTGRES_URL:-$(postgres_url)}"
    log "ruff"
    "$VENV/bin/ruff" check .
    log "mypy --strict (the files listed in pyproject.toml, tests included)"
    "$VENV/bin/mypy"
    log "pytest"
    shift
    exec "$VENV/bin/pytest" "$@"
    ;;
  *)
    echo "usage: bash quickstart.sh demo|test [args...]" >&2
    exit 2
    ;;
esac

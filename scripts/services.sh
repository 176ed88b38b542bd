#!/usr/bin/env bash
# Make sure what the tests use is installed and running: PostgreSQL (127.0.0.1:5432, database
# `test`), Chromium, Node.js. On this project's machines PostgreSQL is usually already running; on a
# fresh Debian machine this installs it from Debian's packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# PostgreSQL
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql postgresql-client
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
# A `test` database reachable by the current user over TCP without a password (trust auth, as on
# this project's machines). Create it if missing.
if ! psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null 2>&1; then
  $SUDO -u postgres psql -q -c "create database test" 2>/dev/null || true
fi
psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null \
  || { echo "PostgreSQL on 127.0.0.1:5432 does not accept user postgres on database test without a password" >&2; exit 1; }

# Chromium and Node.js for the dashboard's browser test.
command -v chromium >/dev/null 2>&1 || apt_install chromium
command -v node >/dev/null 2>&1 || apt_install nodejs npm
echo "services ready: PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -Atc 'show server_version'), $(chromium --version 2>/dev/null | head -n 1), node $(node --version)"

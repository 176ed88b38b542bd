#!/usr/bin/env bash
# The test suite, with what it needs first. This is the README's test command; .ci/run calls it.
#   - PostgreSQL on 127.0.0.1:5432 with a database `test` (trust auth): the store's shared test suite
#     runs against it as well as against SQLite.
#   - Chromium (Debian's package) and Node.js with playwright-core (npm) for the dashboard's browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/services.sh
cargo test --workspace --release --locked "$@"
# The browser test drives the real dashboard in headless Chromium (Debian's /usr/bin/chromium,
# through playwright-core from npm) against the fixture server on a loopback port.
cargo build --release --locked -p cw-server --example fixture_server
(cd tests/browser && npm ci --no-audit --no-fund --silent && npm test)

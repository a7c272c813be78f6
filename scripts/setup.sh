#!/usr/bin/env bash
# Everything a fresh machine needs before the project builds and its tests run. Idempotent and quick
# when there is nothing to do: checks first, installs only what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not on PATH)" >&2
  exit 1
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node.js 20 and npm are required for the conformance suites" >&2
  exit 1
fi

# Node packages: every folder of the project with a package-lock.json (test suites, web assets)
# gets exactly its locked packages, reinstalled only when the lock file changed.
while IFS= read -r lock; do
  dir="$root/$(dirname "$lock")"
  if [ ! -d "$dir/node_modules" ] || [ "$root/$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "setup: npm ci in $(dirname "$lock")" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
done < <(cd "$root" && git ls-files -- '*package-lock.json' ':!:**/node_modules/**')

# Debian packages the tests need, installed only when missing.
. "$root/scripts/debian-packages.sh"

# ---- explorer (web/explorer) and its end-to-end tests ------------------------------------------------------------
# The explorer page is built by Vite into web/explorer/dist, which the Cli build copies beside graph.dll; it is built
# again only when a source is newer than the last build's index.html (a failed build stops set-up: tsc checks it).
explorer="$root/web/explorer"
if [ -f "$explorer/package.json" ]; then
  if [ ! -f "$explorer/dist/index.html" ] || [ -n "$(find "$explorer/src" "$explorer/index.html" "$explorer"/package*.json "$explorer"/tsconfig.json "$explorer"/vite.config.ts -newer "$explorer/dist/index.html" -type f -print -quit 2>/dev/null)" ]; then
    echo "setup: building the explorer page (web/explorer)" >&2
    (cd "$explorer" && npm run build --silent >&2)
  fi
fi
# The explorer's end-to-end tests drive Debian's Chromium (playwright-core downloads no browser).
need_debian_package /usr/bin/chromium chromium "the explorer's end-to-end tests"

# ---- deploy checks (tests/deploy) ----------------------------------------------------------------------------------
# The test run validates deploy/docker-compose.yml with docker-compose v1's own `config` (no Docker daemon needed).
need_debian_package docker-compose docker-compose "tests/deploy"

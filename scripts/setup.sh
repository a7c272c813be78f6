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

# ---- deploy checks (tests/deploy) ----------------------------------------------------------------------------------
# The test run validates deploy/docker-compose.yml with docker-compose v1's own `config` (no Docker daemon needed).
if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing docker-compose (apt-get) for tests/deploy" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >&2
  else
    echo "setup: docker-compose is missing and cannot be installed here (needs root and apt-get); tests/deploy will fail until it is" >&2
  fi
fi

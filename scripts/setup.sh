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

# Node suites: each folder under tests/ with a package-lock.json gets exactly its locked packages.
for lock in "$root"/tests/*/package-lock.json; do
  [ -f "$lock" ] || continue
  dir="$(dirname "$lock")"
  if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "setup: npm ci in ${dir#"$root"/}" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
done

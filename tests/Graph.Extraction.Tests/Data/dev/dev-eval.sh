#!/usr/bin/env bash
# Scores the extractor on the project's own dev set: links the listed BBC articles (read in place) and our
# own paragraphs into a temporary folder, then runs `graph eval` against dev.jsonl. Extra arguments
# (e.g. --per-article) go to `graph eval`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
bbc="$root/../shared/data/bbc-news-fulltext"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
grep -v '^#' "$here/bbc-articles.txt" | while read -r id path; do
  [ -n "$id" ] && ln -s "$bbc/$path" "$dir/$id.txt"
done
for f in "$here"/articles/*.txt; do ln -s "$f" "$dir/$(basename "$f")"; done
"$root/graph" eval --articles "$dir" --gold "$here/dev.jsonl" "$@"

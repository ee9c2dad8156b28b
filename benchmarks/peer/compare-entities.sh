#!/usr/bin/env bash
# Side-by-side entity accuracy on CoNLL-style files, scored by one evaluator (tools/EntityEval: exact spans, PER,
# ORG, LOC): newsentities against compromise (npm, pinned in package.json). compromise reads the same documents
# EntityEval builds for the library. Development data only: never the held-out eng.testb.
# Usage: benchmarks/peer/compare-entities.sh [CONLL_FILE...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ $# -eq 0 ]; then
  set -- "$root/../shared/data/ner/conll2003/eng.testa" "$root/../shared/data/ner/wikigold/wikigold.conll.txt"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm install --no-audit --no-fund --silent)
dotnet build "$root/tools/EntityEval" -c Release --nologo -v quiet > /dev/null
eval=("dotnet" "$root/tools/EntityEval/bin/Release/net10.0/EntityEval.dll")

for file in "$@"; do
  echo "== $(basename "$file"): newsentities"
  "${eval[@]}" "$file"
  "${eval[@]}" "$file" --texts "$work/texts.jsonl"
  node "$here/entity-predictions.mjs" "$work/texts.jsonl" > "$work/compromise.jsonl"
  echo "== $(basename "$file"): compromise"
  "${eval[@]}" "$file" --predictions "$work/compromise.jsonl"
done

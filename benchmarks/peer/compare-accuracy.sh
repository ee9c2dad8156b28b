#!/usr/bin/env bash
# Side-by-side accuracy on one split, scored by one evaluator: newsentities against the peers that install here
# (npm packages pinned in package.json: quote-parser, which finds quotes and their authors, and compromise, which
# finds quotations only). Each peer's quotes go through `eval-polnear --predictions`, so all are scored by the
# same rules (see src/NewsEntities.Cli/EvalPolnearCommand.cs).
# Usage: benchmarks/peer/compare-accuracy.sh [dev|train] [POLNEAR_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
split="${1:-dev}"
data="${2:-$root/../shared/data/quotes/polnear}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && npm install --no-audit --no-fund --silent)
dotnet build "$root/src/NewsEntities.Cli" -c Release --nologo -v quiet > /dev/null
cli=("dotnet" "$root/src/NewsEntities.Cli/bin/Release/net10.0/NewsEntities.Cli.dll" "eval-polnear" "--split" "$split" "--data" "$data")

echo "== newsentities"
"${cli[@]}" | tail -n +2
for peer in quote-parser compromise; do
  node "$here/quote-predictions.mjs" "$peer" "$data/$split/text" > "$work/$peer.jsonl"
  echo "== $peer"
  "${cli[@]}" --predictions "$work/$peer.jsonl" | tail -n +2
done

#!/usr/bin/env bash
# Side-by-side throughput on one corpus, in one run: newsentities extract against compromise (npm, pinned in
# package.json), both on one thread over the PolNeAR train texts as JSON Lines (generated here, not committed).
# Usage: benchmarks/peer/compare.sh [POLNEAR_TEXT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
texts="${1:-$root/../shared/data/quotes/polnear/train/text}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$texts" > "$work/corpus.jsonl" <<'PY'
import glob, json, os, sys
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.txt'))):
    with open(path, encoding='utf-8') as f:
        print(json.dumps(f.read()))
PY

(cd "$here" && npm install --no-audit --no-fund --silent)
dotnet build "$root/src/NewsEntities.Cli" -c Release --nologo -v quiet > /dev/null

ours=$(dotnet "$root/src/NewsEntities.Cli/bin/Release/net10.0/NewsEntities.Cli.dll" extract --input jsonl --threads 1 --stats "$work/corpus.jsonl" 2>&1 >/dev/null | tail -1)
theirs=$(node "$here/compromise-extract.mjs" "$work/corpus.jsonl" 2>&1 >/dev/null | tail -1)
echo "newsentities: $ours"
echo "compromise:   $theirs"
python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"ratio (newsentities / compromise MB/s): {ours['mbPerSecond'] / theirs['mbPerSecond']:.1f}x")
PY

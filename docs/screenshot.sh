#!/usr/bin/env bash
# Regenerates docs/seed-002.png: renders the seed articles with the CLI, then photographs one page in headless
# Chromium. Needs the .NET SDK and chromium (apt-get install -y chromium); touches the network for neither.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run --project src/NewsEntities.Cli -- render --corpus seeds/*.txt --out "$out/pages" > /dev/null
# --no-sandbox: Chromium refuses to run as root without it (containers, CI).
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$out/profile" --hide-scrollbars \
  --window-size=1100,820 --screenshot=docs/seed-002.png "file://$out/pages/002_4f227ef60f50ec2f.html" 2> /dev/null
echo docs/seed-002.png

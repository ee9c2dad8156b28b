#!/usr/bin/env bash
# Fuzzes the whole text pipeline with AFL++ through SharpFuzz for a given time (default 600 s).
# Needs: apt-get install afl++; dotnet tool install --global SharpFuzz.CommandLine.
# Usage: fuzz/run.sh [SECONDS]. Findings land in fuzz/findings/default/crashes; keep each as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
out=fuzz/bin
rm -rf "$out" fuzz/findings
dotnet publish fuzz/NewsEntities.Fuzz -c Release -o "$out" --nologo -v quiet
"${HOME}/.dotnet/tools/sharpfuzz" "$out/NewsEntities.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
afl-fuzz -i fuzz/corpus -o fuzz/findings -t 10000 -m none -V "$seconds" -- dotnet "$out/NewsEntities.Fuzz.dll"

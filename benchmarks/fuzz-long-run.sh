#!/usr/bin/env bash
# The long fuzz run: mutates every example, fixture and seed N times (default 1,000,000) through both readers and
# the validators, in Release, and prints the time per case as a distribution (median, 99th percentile, slowest).
# The unit-test suite runs the same property with 20,000 cases and only a hang guard; speed is judged here.
# Usage: benchmarks/fuzz-long-run.sh [cases]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1000000}"
ANTQ_FUZZ_CASES="$cases" dotnet test tests/AntqDomain.Tests -c Release \
  --filter "FullyQualifiedName~MutationFuzzTests" \
  --logger "console;verbosity=detailed" | grep -E "cases over|Passed|Failed"

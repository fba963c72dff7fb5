#!/usr/bin/env bash
# Indicator and annual-report benchmark: every indicator of the catalog for one county-year and for a province of
# N generated counties (default 100 × 40 units, two years of approved forms), each compared in the same run with a
# hand-written SQL GROUP BY over the same rows; and the time to create, print and check an annual report.
# Runs on the embedded PostgreSQL of the test profile. CI never runs it (it is not a *Tests class and needs
# -Dfazhi.bench=true). Results are appended to bench/indicators-results.md (medians of the rounds).
# Usage: bench/indicators.sh [counties] [units per county] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -B -q test -Dtest=IndicatorsBench -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.bench=true \
  -Dfazhi.bench.counties="${1:-100}" -Dfazhi.bench.units="${2:-40}" -Dfazhi.bench.rounds="${3:-20}" \
  -DargLine="-Xmx2g -Dfile.encoding=UTF-8 -Dfazhi.bench=true -Dfazhi.bench.counties=${1:-100} -Dfazhi.bench.units=${2:-40} -Dfazhi.bench.rounds=${3:-20} -Dfazhi.bench.out=$(pwd)/bench/indicators-results.md"
tail -n 12 bench/indicators-results.md

#!/usr/bin/env bash
# Library search benchmark: N generated normative documents of realistic length (default 100,000) stored in the
# embedded PostgreSQL, the index rebuilt from the database (indexing throughput), then the same legal-term queries
# through the HTTP API (GET /api/v1/normdocs/search?q=) and as raw Lucene on the same index, median and p99 of each.
# Results: bench/results/normdocs-search.md. The build never runs this (NormdocsSearchBench matches no test pattern).
# Usage: bench/normdocs-search.sh [documents] [queries]
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-100000}
QUERIES=${2:-1000}
mvn -o -B -q test -Dtest=NormdocsSearchBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.docs="$DOCS" -Dbench.queries="$QUERIES"
cat bench/results/normdocs-search.md

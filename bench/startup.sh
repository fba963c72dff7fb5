#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first served request, and resident memory after start.
#
# Measures three starts of the packaged jar on this machine:
#   1. first start on an empty data directory (initdb, migrations, demo county);
#   2. a second start on the same data (the everyday case);
# and, in the same run, the floor those starts cannot beat: the embedded PostgreSQL alone started by pg_ctl on the
# same data directory, plus a JVM that does nothing (java -version).
# Usage: bench/startup.sh [rounds]   (default 3 rounds of the warm start; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
JAR=target/fazhi.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/fazhi-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

ms() { echo $(( $(date +%s%N) / 1000000 )); }

rss_kb() { # total VmRSS of a pid and of the postgres processes serving the data dir
  local java_kb pg_kb=0
  java_kb=$(awk '/VmRSS/{print $2}' /proc/"$1"/status)
  for p in $(pgrep -f "postgres.*$2" || true); do
    pg_kb=$(( pg_kb + $(awk '/VmRSS/{print $2}' /proc/"$p"/status 2>/dev/null || echo 0) ))
  done
  echo "$java_kb $pg_kb"
}

start_app() { # data-dir → prints "millis java_rss_kb pg_rss_kb"
  local t0 t1 pid
  t0=$(ms)
  FAZHI_DATA_DIR="$1" FAZHI_PORT=$PORT FAZHI_ADMIN_PASSWORD=Bench-Pw-1 FAZHI_DEMO_PASSWORD=Bench-Pw-1 \
    java -jar "$JAR" > "$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/login"; do
    kill -0 $pid 2>/dev/null || { echo "start failed, see $1.log" >&2; cat "$1.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(ms)
  sleep 3   # let start-up work settle before reading memory
  local rss
  rss=$(rss_kb $pid "$1")
  # Stop before reporting: the caller starts the next round as soon as it reads the line.
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( t1 - t0 )) $rss"
}

DATA="$WORK/data"
read -r first_ms first_java first_pg < <(start_app "$DATA")
warm=()
for _ in $(seq "$ROUNDS"); do
  read -r w_ms w_java w_pg < <(start_app "$DATA")
  warm+=("$w_ms")
done

# Floor 1: the embedded PostgreSQL alone, same binaries and data (as root PostgreSQL needs a user namespace).
BIN=$(ls -d "$DATA"/db/pg-bin/PG-*/bin | head -1)
RUN=(); [ "$(id -u)" = 0 ] && RUN=(unshare -U)
t0=$(ms); "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA/db/pgdata" -o "-p $((PORT + 1))" -w -s start > /dev/null; t1=$(ms)
pg_ms=$(( t1 - t0 ))
"${RUN[@]}" "$BIN/pg_ctl" -D "$DATA/db/pgdata" -m fast -w -s stop > /dev/null
# Floor 2: a JVM doing nothing.
t0=$(ms); java -version 2> /dev/null; t1=$(ms); jvm_ms=$(( t1 - t0 ))

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "| measurement (this machine: $(nproc) cores, $(java -version 2>&1 | head -1)) | value |"
echo "|---|---|"
echo "| first start, empty data dir → first served request | ${first_ms} ms |"
echo "| warm start → first served request (median of $ROUNDS) | $(median "${warm[@]}") ms |"
echo "| resident memory after warm start: JVM | $(( w_java / 1024 )) MiB |"
echo "| resident memory after warm start: embedded PostgreSQL processes | $(( w_pg / 1024 )) MiB |"
echo "| floor: embedded PostgreSQL alone (pg_ctl start -w) | ${pg_ms} ms |"
echo "| floor: JVM doing nothing (java -version) | ${jvm_ms} ms |"

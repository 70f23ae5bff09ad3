#!/usr/bin/env bash
# B7: seconds from `java -jar target/nianbao.jar` to the first answer of /login (HTTP 200), over several runs.
# Usage: src/bench/scripts/b7-startup.sh [runs] [extra JVM options...]   (build first: ./mvnw -Pproduction package)
# NIANBAO_B7_JAR: another jar, e.g. the extracted one an AOT cache was trained on (docs/PERFORMANCE.md).
# Each run starts on a fresh H2 database in a temporary directory, so Flyway and Flowable create their tables
# as on a first start; NIANBAO_B7_KEEP_DATA=1 reuses one directory (a restart, the common case in production).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
runs=${1:-5}
shift || true
jar=${NIANBAO_B7_JAR:-target/nianbao.jar}
port=${NIANBAO_BENCH_PORT:-18080}
out=target/bench/B7.md
mkdir -p target/bench
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -Pproduction package" >&2; exit 1; }
jar=$(realpath "$jar")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
keep=$(mktemp -d)
times=()
for run in $(seq 1 "$runs"); do
    if [[ ${NIANBAO_B7_KEEP_DATA:-0} == 1 ]]; then dir=$keep; else dir=$(mktemp -d); fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s%N)
    (cd "$dir" && exec "$java" "$@" -jar "$jar" --server.port="$port" >"$dir/app.log" 2>&1) &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see $dir/app.log" >&2; exit 1; fi
        sleep 0.05
    done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
    times+=("$seconds")
    echo "run $run: $seconds s to /login (load before: $load)"
    [[ ${NIANBAO_B7_KEEP_DATA:-0} == 1 ]] || rm -rf "$dir"
done
rm -rf "$keep"
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
{
    echo "| id | case | runs | median s | all runs s | target s | median / target | load (1 5 15 min) |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "| B7 | jar start to /login ${*:-(no extra JVM options)} | $runs | $median | ${times[*]} | 10 | $(awk -v m="$median" 'BEGIN { printf "%.2f", m / 10 }') | $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$out"

#!/usr/bin/env bash
# B7: seconds from the start of the production application to the first answer of /login (HTTP 200), median of
# several runs, for two launches back to back:
#   production  target/app/nianbao.sh, the documented way: the extracted jar with the JDK's AOT cache
#   plain jar   java -jar target/nianbao.jar (NIANBAO_B7_JAR: another jar)
# Usage: src/bench/scripts/b7-startup.sh [runs] [extra JVM options...]   (build first: ./mvnw -Pproduction package)
# Each run starts on a fresh H2 database in a temporary directory, so Flyway and Flowable create their tables
# as on a first start; NIANBAO_B7_KEEP_DATA=1 reuses one directory per launch (a restart, the common case).
# Beside the time, the CPU seconds the JVM had used when /login answered (all its threads): less noisy than the
# time on a shared machine, where a start waits for the cores as much as it works.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
runs=${1:-3}
shift || true
port=${NIANBAO_BENCH_PORT:-18080}
out=target/bench/B7.md
mkdir -p target/bench
jar=${NIANBAO_B7_JAR:-target/nianbao.jar}
for built in "$jar" target/app/nianbao.sh; do
    [[ -f $built ]] || { echo "build first: ./mvnw -Pproduction package (missing $built)" >&2; exit 1; }
done
root=$(pwd)
jar=$(realpath "$jar")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
ticks=$(getconf CLK_TCK)
rows=()

# measure LABEL COMMAND...: runs the command $runs times, appends a row to rows
measure() {
    local label=$1
    shift
    local keep times=() cpus=() run dir load start end pid seconds cpu median
    keep=$(mktemp -d)
    for run in $(seq 1 "$runs"); do
        if [[ ${NIANBAO_B7_KEEP_DATA:-0} == 1 ]]; then dir=$keep; else dir=$(mktemp -d); fi
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        start=$(date +%s%N)
        (cd "$dir" && exec "$@" --server.port="$port" >"$dir/app.log" 2>&1) &
        pid=$!
        until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
            if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see $dir/app.log" >&2; exit 1; fi
            sleep 0.05
        done
        end=$(date +%s%N)
        # fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks
        cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
        kill "$pid"; wait "$pid" 2>/dev/null || true
        seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
        times+=("$seconds")
        cpus+=("$cpu")
        echo "$label, run $run: $seconds s to /login, $cpu s CPU (load before: $load)"
        [[ ${NIANBAO_B7_KEEP_DATA:-0} == 1 ]] || rm -rf "$dir"
    done
    rm -rf "$keep"
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
    rows+=("| B7 | $label | $runs | $median | ${times[*]} | ${cpus[*]} | 10 | $(awk -v m="$median" 'BEGIN { printf "%.2f", m / 10 }') | $(cut -d' ' -f1-3 /proc/loadavg) |")
}

# the launcher takes JVM options from JAVA_OPTS
export JAVA_OPTS="$*"
measure "production: target/app/nianbao.sh (AOT cache)${*:+ $*}" "$root/target/app/nianbao.sh"
measure "plain: java -jar ${jar#"$root"/}${*:+ $*}" "$java" "$@" -jar "$jar"
{
    echo "B7, $(if [[ ${NIANBAO_B7_KEEP_DATA:-0} == 1 ]]; then echo "restarts on kept data"; else echo "fresh H2 database each run"; fi)"
    echo
    echo "| id | launch | runs | median s | all runs s | CPU s at /login | target s | median / target | load (1 5 15 min) |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee "$out"

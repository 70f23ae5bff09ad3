#!/usr/bin/env bash
# B5: the public portal over real HTTP on the production jar, anonymous, loaded with wrk (Debian: apt-get install wrk)
# on the loopback. First publishes reports into a database that outlives the run (B5PortalSeedBenchmark), then starts
# `java -jar target/nianbao.jar` on it and loads the portal list (/public), one report page and that report in the API
# (/public/api/v1/reports/{id}) for a fixed time each.
# Usage: src/bench/scripts/b5-portal.sh [h2|mariadb]   (build first: ./mvnw -Pproduction package)
# Settings: B5_REPORTS (30), B5_SECONDS (20), B5_CONNECTIONS (16), B5_THREADS (2), NIANBAO_BENCH_PORT (18080),
# B5_API (yes: also one report of the read-only API; no for a jar from before the API).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
db=${1:-h2}
reports=${B5_REPORTS:-30}
seconds=${B5_SECONDS:-20}
connections=${B5_CONNECTIONS:-16}
threads=${B5_THREADS:-2}
port=${NIANBAO_BENCH_PORT:-18080}
jar=target/nianbao.jar
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -Pproduction package" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mariadb_url='jdbc:mysql://127.0.0.1:3306/nianbao_bench_b5?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC'

if [[ $db == mariadb ]]; then
    ./mvnw -q -B -Pbench test -Dbench=B5 -Dnianbao.bench.b5.reports="$reports" -Dnianbao.test.db=mariadb "-Dnianbao.bench.b5.url=$mariadb_url"
    app_args=(--spring.profiles.active=mysql,demo "--spring.datasource.url=$mariadb_url" --spring.datasource.username=root)
else
    ./mvnw -q -B -Pbench test -Dbench=B5 -Dnianbao.bench.b5.reports="$reports"
    app_args=("--spring.datasource.url=jdbc:h2:file:$PWD/target/bench/b5/nianbao")
fi
report=$(head -1 target/bench/b5/publications.txt)

"$java" -jar "$jar" --server.port="$port" "${app_args[@]}" >target/bench/b5/app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/public"; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see target/bench/b5/app.log" >&2; exit 1; }
    sleep 0.2
done

# wrk prints latencies as 812.00us, 3.41ms or 1.02s: in milliseconds
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[^m]s$/) v *= 1000; printf "%.1f", v }'; }

row() {
    local name=$1 path=$2 out
    curl -fs -o /dev/null "http://127.0.0.1:$port$path"
    wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$port$path" >/dev/null   # warm-up
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
    echo "$out" >&2
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
    p50=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
    p99=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
    errors=$(echo "$out" | awk '/Non-2xx/ { print $5 } /Socket errors/ { print "socket errors" }' | tr '\n' ' ')
    echo "| B5 | $name ($db, $connections connections) | $rps | $p50 | $p99 | ≥ 2000 req/s, p99 ≤ 50 ms | $(awk -v r="$rps" 'BEGIN { printf "%.2f", 2000 / r }') / $(awk -v p="$p99" 'BEGIN { printf "%.2f", p / 50 }') | ${errors:-none} | $load |"
}

{
    echo "| id | case | req/s | median ms | p99 ms | target | 2000 / req/s, p99 / 50 | errors | load before (1 5 15 min) |"
    echo "|---|---|---|---|---|---|---|---|---|"
    row "portal list /public" /public
    row "report page /public/reports/$report" "/public/reports/$report"
    [[ ${B5_API:-yes} == no ]] || row "API /public/api/v1/reports/$report" "/public/api/v1/reports/$report"
} | tee "target/bench/B5-$db.md"

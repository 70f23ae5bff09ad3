#!/usr/bin/env bash
# B8: every main screen in a real browser. Starts the production launch (target/app/nianbao.sh) in an empty folder,
# on a fresh H2 database or a fresh MariaDB database (nianbao_bench_b8 on 127.0.0.1:3306, root, no password), with
# the demo agencies and people, and runs B8BrowserBenchmark against it: Debian's headless Chromium (apt-get install
# chromium chromium-driver) goes through the rounds as jingban, baomi, fenguan and zhuyao of 温县科学技术局.
# Usage: src/bench/scripts/b8-browser.sh [h2|mariadb]   (build first: ./mvnw -Pproduction package)
# Settings: B8_ROUNDS (30), B8_WARMUP (5), NIANBAO_BENCH_PORT (18080), JAVA_OPTS for the server.
# Writes target/bench/B8-<database>.md and the server's log to target/bench/b8/app.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
db=${1:-h2}
port=${NIANBAO_BENCH_PORT:-18080}
[[ -x target/app/nianbao.sh ]] || { echo "build the production launch first: ./mvnw -Pproduction package" >&2; exit 1; }
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] || { echo "apt-get install -y chromium chromium-driver" >&2; exit 1; }
mkdir -p target/bench/b8
folder=$(mktemp -d)
app_args=(--server.port="$port")
if [[ $db == mariadb ]]; then
    mariadb -uroot -e 'drop database if exists nianbao_bench_b8; create database nianbao_bench_b8'
    url='jdbc:mysql://127.0.0.1:3306/nianbao_bench_b8?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC'
    app_args+=(--spring.profiles.active=mysql,demo "--spring.datasource.url=$url" --spring.datasource.username=root)
fi
launch=$(realpath target/app/nianbao.sh)
(cd "$folder" && exec "$launch" "${app_args[@]}" >"$OLDPWD/target/bench/b8/app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$folder"' EXIT
until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see target/bench/b8/app.log" >&2; exit 1; }
    sleep 0.5
done
label=$([[ $db == mariadb ]] && mariadb -uroot -N -e 'select concat("MariaDB ", version())' | cut -d- -f1 || echo "H2 (file, production launch)")
./mvnw -q -B -Pbench test -Dbench=B8 -Dtest=B8BrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dnianbao.bench.b8.url=http://localhost:$port" "-Dnianbao.bench.b8.pid=$pid" "-Dnianbao.bench.b8.database=$label" \
    "-Dnianbao.bench.b8.rounds=${B8_ROUNDS:-30}" "-Dnianbao.bench.b8.warmup=${B8_WARMUP:-5}"

#!/usr/bin/env bash
# Turns the production jar into the application the launcher starts: extracted (so that the class path is the same
# at training and at every start) with the launcher beside it and the JDK's AOT cache (JEP 483/514), made by a
# training run on a throwaway H2 database. No network, no fixed port (docs/PERFORMANCE.md, B7).
# Usage: deploy/make-app.sh JAR DESTINATION [TRAINING_DIRECTORY]
#   ./mvnw -Pproduction package runs it: target/nianbao.jar -> target/app, training in target/aot-training.
#   The image of docker-compose.yml runs it with the image's own JRE (deploy/Dockerfile).
# The cache fits only the JDK build that ran this script and these jars: run it again after either changes.
set -euo pipefail
jar=$1
dest=$2
training=${3:-$(dirname "$dest")/aot-training}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
timeout_s=${NIANBAO_TRAINING_TIMEOUT:-900}

dest=$(realpath -m "$dest")
training=$(realpath -m "$training")
rm -rf "$dest" "$training"
mkdir -p "$training"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest"
cp "$here/nianbao.sh" "$dest/nianbao.sh"
chmod +x "$dest/nianbao.sh"

log=$training/training.log
fail() {
    echo "make-app.sh: $1; the training log ($log) ends with:" >&2
    tail -n 40 "$log" >&2 || true
    exit 1
}

# GET one path over bash's /dev/tcp (the JRE image has neither curl nor wget); anything but 200 fails the build,
# so the training run also proves that the packaged application starts and answers.
get() {
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
    local status
    IFS= read -r status <&3
    cat <&3 >/dev/null
    exec 3<&-
    status=${status%$'\r'}
    echo "make-app.sh: training GET $1: $status"
    [[ $status == "HTTP/1.1 200"* ]] || { kill "$pid"; fail "GET $1 answered '$status'"; }
}

# The training run: the demo profile on an H2 file in the training directory, any free port. A clean environment,
# so that the build machine's SPRING_*/NIANBAO_* settings (a MySQL URL, a mail server) do not leak into it.
started=$(date +%s)
(cd "$training" && exec env -i PATH="$PATH" HOME="$training" LANG=C.UTF-8 \
    "$java" -XX:AOTCacheOutput="$dest/nianbao.aot" -jar "$dest/nianbao.jar" \
    --spring.profiles.active=demo --spring.datasource.url=jdbc:h2:file:./data/nianbao --server.port=0 \
    >"$log" 2>&1) &
pid=$!
until grep -q "Started NianbaoApplication" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "the training run stopped before it started"
    if (($(date +%s) - started > timeout_s)); then kill "$pid"; fail "the training run did not start in ${timeout_s} s"; fi
    sleep 0.5
done
port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -n 1)
[[ -n $port ]] || { kill "$pid"; fail "no port in the training log"; }
# what the first visitors ask for: the login page and its Vaadin UI, the public portal
get /login
get "/?v-r=init&location=login&query="
get /public
get /public/feed.atom
# SIGTERM: the application shuts down cleanly and the JVM writes the cache as it exits
kill -TERM "$pid"
wait "$pid" || true
[[ -s $dest/nianbao.aot ]] || fail "no AOT cache was written"
rm -rf "$training/data"
echo "make-app.sh: $dest ready ($(du -h "$dest/nianbao.aot" | cut -f1) AOT cache, trained in $(($(date +%s) - started)) s); start it with $dest/nianbao.sh"

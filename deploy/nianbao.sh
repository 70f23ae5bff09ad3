#!/usr/bin/env bash
# Starts Nianbao the production way: the extracted application with the JDK's AOT cache (docs/PERFORMANCE.md, B7).
# Usage: nianbao.sh [application arguments...]   e.g. nianbao.sh --server.port=9090
#   JAVA_OPTS   JVM options, e.g. JAVA_OPTS=-Xmx2g
#   JAVA_HOME   the JDK or JRE to run (else `java` on the PATH); the cache only fits the JDK that made it
#   NIANBAO_HOME the extracted application (nianbao.jar, lib/, nianbao.aot); else the folder of this script when it
#               holds nianbao.jar (target/app, /app in the image), else target/app of the checkout
# Without nianbao.aot the application starts without a cache. A cache made by another JDK build or for other jars
# is refused by the JVM itself, which prints a warning and starts without it (the default -XX:AOTMode=auto).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
home=${NIANBAO_HOME:-}
if [[ -z $home ]]; then
    if [[ -f $here/nianbao.jar ]]; then home=$here; else home=$here/../target/app; fi
fi
if [[ ! -f $home/nianbao.jar ]]; then
    echo "nianbao.sh: no application in $home; build it with ./mvnw -Pproduction package" >&2
    exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# An older java first on the PATH would otherwise fail with "Unrecognized VM option 'AOTCache'"
version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }') || true
if [[ -z $version || ${version%%.*} -lt 25 ]]; then
    echo "nianbao.sh: Nianbao needs Java 25 or later, but $java is ${version:-not runnable}; set JAVA_HOME to a JDK 25" >&2
    exit 1
fi
cache=()
if [[ -f $home/nianbao.aot ]]; then
    cache=(-XX:AOTCache="$home/nianbao.aot")
else
    echo "nianbao.sh: no AOT cache in $home, starting without it (slower)" >&2
fi
# JAVA_OPTS is split on spaces on purpose, like every java launcher script
# shellcheck disable=SC2086
exec "$java" "${cache[@]}" ${JAVA_OPTS:-} -jar "$home/nianbao.jar" "$@"

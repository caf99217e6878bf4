#!/usr/bin/env bash
# Fetch the Neo4j Community server jars (runtime classpath of org.neo4j:neo4j, see pom.xml)
# from Maven Central into a cache dir, outside the repo.
#
#   tools/neo4j/fetch.sh            # -> ${DKNET_NEO4J_HOME:-$HOME/.cache/dknet/neo4j-5.26}/lib
#
# Idempotent: a stamp file (hash of pom.xml) marks a complete download; when it matches, nothing
# is downloaded. Concurrent callers are serialised with flock. Progress goes to stderr; the lib
# dir path is the only thing printed on stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${DKNET_NEO4J_HOME:-$HOME/.cache/dknet/neo4j-5.26}"
lib="$cache/lib"
pom="$here/pom.xml"

log() { printf 'fetch.sh: %s\n' "$*" >&2; }

stamp_name=".fetched-$(sha256sum "$pom" | cut -c1-16)"

if [[ -f "$lib/$stamp_name" ]]; then
    log "jars already in $lib ($(find "$lib" -maxdepth 1 -name '*.jar' | wc -l) jars), skipping download"
    printf '%s\n' "$lib"
    exit 0
fi

command -v mvn >/dev/null || { log "mvn not found on PATH (apt-get install maven)"; exit 1; }
mkdir -p "$cache"

exec 9>"$cache/.fetch.lock"
if ! flock -w 900 9; then
    log "timed out waiting for another fetch.sh holding $cache/.fetch.lock"
    exit 1
fi
# Another process may have finished the download while we waited for the lock.
if [[ -f "$lib/$stamp_name" ]]; then
    log "jars fetched by a concurrent run into $lib"
    printf '%s\n' "$lib"
    exit 0
fi

# Holding the lock, any lib.tmp.* is debris of a killed run.
rm -rf "$cache"/lib.tmp.*
tmp="$cache/lib.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
log "downloading Neo4j jars from Maven Central into $lib (first run: ~150 MB into ~/.m2) ..."
start=$(date +%s)
# Debian's Maven prints bare ANSI resets even with -q -B: strip them (pipefail keeps mvn's status).
if ! mvn -B -q -Dstyle.color=never -f "$pom" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 \
        | sed -u -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; then
    log "mvn dependency:copy-dependencies failed"
    exit 1
fi
n=$(find "$tmp" -maxdepth 1 -name '*.jar' | wc -l)
if ! compgen -G "$tmp/neo4j-5.26.*.jar" >/dev/null; then
    log "download incomplete: no neo4j-5.26.*.jar among $n jars in $tmp"
    exit 1
fi
touch "$tmp/$stamp_name"
rm -rf "$lib"
mv "$tmp" "$lib"
trap - EXIT
log "fetched $n jars into $lib in $(( $(date +%s) - start ))s"
printf '%s\n' "$lib"

#!/usr/bin/env bash
# Run a Neo4j Community 5.26 server in the FOREGROUND, for tests.
#
#   tools/neo4j/start.sh <home-dir> <bolt-port> [password]
#
# <home-dir>  Neo4j home for this instance (conf/, data/, logs/, run/ are created inside). Data
#             persists across starts on the same home.
# <bolt-port> Bolt listens on 127.0.0.1:<bolt-port>; HTTP/HTTPS are disabled.
# [password]  Initial password of user 'neo4j' (default: $DKNET_NEO4J_PASSWORD). Auth is enabled.
#             Applied only before the first start of a home (Neo4j ignores it afterwards).
#
# Env: DKNET_NEO4J_HOME (jar cache root; jars in $DKNET_NEO4J_HOME/lib, see fetch.sh),
#      DKNET_NEO4J_JAVA (java binary, default: java on PATH; must be Java 17 or 21),
#      DKNET_NEO4J_HEAP (default 1g), DKNET_NEO4J_PAGECACHE (default 128m),
#      DKNET_NEO4J_JAVA_OPTS (extra JVM flags, space-separated, appended last).
#
# The last step `exec`s java, so the JVM keeps this script's PID: SIGTERM (or SIGINT) runs
# Neo4j's clean shutdown. Server log (neo4j.log) goes to stdout; debug.log is in <home>/logs.
set -euo pipefail

log() { printf 'start.sh: %s\n' "$*" >&2; }

if [[ $# -lt 2 || $# -gt 3 ]]; then
    log "usage: $0 <home-dir> <bolt-port> [password]"
    exit 2
fi
home="$1"
port="$2"
password="${3:-${DKNET_NEO4J_PASSWORD:-}}"
[[ "$port" =~ ^[0-9]+$ ]] || { log "bolt port must be a number, got '$port'"; exit 2; }
[[ -n "$password" ]] || { log "no password: pass it as 3rd argument or in DKNET_NEO4J_PASSWORD"; exit 2; }

cache="${DKNET_NEO4J_HOME:-$HOME/.cache/dknet/neo4j-5.26}"
lib="$cache/lib"
if ! compgen -G "$lib/neo4j-5.26.*.jar" >/dev/null; then
    log "no Neo4j jars in $lib: run $(dirname "$0")/fetch.sh first"
    exit 1
fi
java="${DKNET_NEO4J_JAVA:-java}"
heap="${DKNET_NEO4J_HEAP:-1g}"
pagecache="${DKNET_NEO4J_PAGECACHE:-128m}"
command -v "$java" >/dev/null || { log "java not found ('$java'); apt-get install openjdk-17-jre-headless"; exit 1; }
java_major="$("$java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')"
case "$java_major" in
    17|21) ;;
    *) log "WARNING: Neo4j 5.26 supports Java 17 and 21; '$java' is Java ${java_major:-unknown}" ;;
esac

mkdir -p "$home"
home="$(cd "$home" && pwd)"
mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/import" "$home/plugins"

# Rewritten on every start: the port may change between starts of the same home.
cat > "$home/conf/neo4j.conf" <<CONF
# Written by dknet tools/neo4j/start.sh; overwritten on every start.
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.import=$home/import
server.directories.plugins=$home/plugins
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.security.auth_minimum_password_length=1
dbms.usage_report.enabled=false
server.memory.heap.initial_size=256m
server.memory.heap.max_size=$heap
server.memory.pagecache.size=$pagecache
# Small on disk: no 256 MB fallocate per transaction log file, keep few old logs.
db.tx_log.preallocate=false
db.tx_log.rotation.size=16m
db.tx_log.rotation.retention_policy=1 files
# Bolt's netty event loops otherwise wait a 2 x 5 s quiet period on shutdown.
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
internal.dbms.bolt.netty_server_shutdown_timeout=5s
CONF

# Flags from server.jvm.additional of the stock 5.26 neo4j.conf that matter on Java 17/21.
jvm_flags=(
    -Xms256m "-Xmx$heap"
    -XX:+UseG1GC
    -XX:-OmitStackTraceInFastThrow
    -XX:+ExitOnOutOfMemoryError
    -Djdk.nio.maxCachedBufferSize=1024
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED
    -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true
    -Dfile.encoding=UTF-8
)
# shellcheck disable=SC2206  # word splitting of the extra flags is intended
extra_opts=(${DKNET_NEO4J_JAVA_OPTS:-})
cp="$home/conf/*:$lib/*"
export NEO4J_HOME="$home" NEO4J_CONF="$home/conf"

# The initial password only counts before the system database exists (first start).
if [[ ! -d "$home/data/databases/system" ]]; then
    log "setting initial password of user neo4j in $home"
    "$java" -Xmx256m -Dlog4j2.disable.jmx=true -cp "$cp" org.neo4j.cli.AdminTool \
        dbms set-initial-password "$password" >&2
fi

log "starting Neo4j on bolt://127.0.0.1:$port (home $home)"
exec "$java" "${jvm_flags[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -cp "$cp" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$home" --config-dir="$home/conf" --console-mode

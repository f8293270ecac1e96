#!/usr/bin/env bash
# Does the LRS lose an acknowledged statement when its server is killed? (issue: "A kill -9 of the server
# during sustained POST load loses no statement that was acknowledged with 200 or 204.")
#
#   bench/kill9.sh                      # port 8080, a fresh data directory under /tmp
#   PORT=8480 bench/kill9.sh            # beside another CareLearn: HTTP 8480, management 10390
#   PORT=8480 LOAD_SECONDS=30 CARELEARN_DATA_DIR=/tmp/k9 bench/kill9.sh
#   PORT=8380 LOAD=single KILLS=10 bench/kill9.sh   # single POSTs only (group commit), ten kills in a row
#
# Steps: builds with the README's command (mvn -DskipTests package; SKIP_BUILD=1 skips it); starts the
# server that build provisioned as the README's run command (mvn wildfly:run) does, with the same server
# arguments and JVM options, but itself, so that it knows the server's pid; on its own data directory
# (CARELEARN_DATA_DIR, default a new /tmp/carelearn-kill9.XXXX; never ./data) and port offset PORT-8080;
# runs bench/KillLoad.java (single POSTs, batches of 10, PUTs from THREADS=6 threads), which writes every id acknowledged with 200/204 to acked.txt; after LOAD_SECONDS
# (default 20) sends kill -9 to the server's java process mid-load; does that KILLS times (default 1), each time
# starting the server again on the same data; then starts it once more and GETs every acknowledged id. Prints "acknowledged N, missing M"; the exit status is non-zero when
# M > 0 (or when a step fails). Needs Java 17, Maven, curl. Leaves its data directory for inspection.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
OFFSET=$((PORT - 8080))
LOAD_SECONDS=${LOAD_SECONDS:-20}
THREADS=${THREADS:-6}
KILLS=${KILLS:-1}
# mixed: single POSTs, batches of 10 and PUTs in turn; single: single POSTs only (what group commit shares)
LOAD=${LOAD:-mixed}
DATA=${CARELEARN_DATA_DIR:-$(mktemp -d /tmp/carelearn-kill9.XXXX)}
mkdir -p "$DATA"
WORK=$DATA/kill9
mkdir -p "$WORK"
ACKED=$WORK/acked.txt
: > "$ACKED"
BASE=http://127.0.0.1:$PORT/xapi/
JVM="-Xms256m -Xmx1g -Duser.timezone=UTC -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=$OFFSET"
JBOSS_HOME=$PWD/target/wildfly-39.0.1.Final

log() { echo "[kill9 $(date +%H:%M:%S)] $*"; }

start() {
    log "starting CareLearn on port $PORT with data in $DATA (log: $WORK/server-$1.log)"
    # What `mvn wildfly:run` runs (see the wildfly-maven-plugin configuration in pom.xml: the same server
    # arguments and JVM options), started directly so that this script owns the server's pid. A private
    # copy of standalone/ keeps the deployment out of the installation that the tests' server shares.
    rm -rf "$WORK/server"
    cp -a "$JBOSS_HOME/standalone" "$WORK/server"
    rm -rf "$WORK/server/deployments/"* "$WORK/server/data" "$WORK/server/tmp" "$WORK/server/log"
    cp target/carelearn.war "$WORK/server/deployments/"
    JAVA_OPTS="$JVM -Dcarelearn.data.dir=$DATA -Dderby.system.home=$DATA" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        JBOSS_PIDFILE="$WORK/server.pid" "$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
        --read-only-server-config=standalone.xml -P="$PWD/deployments/standalone/carelearn.properties" \
        > "$WORK/server-$1.log" 2>&1 &
    for _ in $(seq 1 240); do
        if curl -s -o /dev/null -w '%{http_code}' "${BASE}about" | grep -q 200; then
            log "up (server pid $(cat "$WORK/server.pid"))"
            return 0
        fi
        sleep 1
    done
    log "no answer after 240 s; see $WORK/server-$1.log"
    exit 2
}

stop() {
    if [ -f "$WORK/server.pid" ] && kill -0 "$(cat "$WORK/server.pid")" 2>/dev/null; then
        kill -TERM "$(cat "$WORK/server.pid")"
        sleep 2
    fi
}
trap 'stop' EXIT

if [ "${SKIP_BUILD:-}" != "1" ]; then
    log "building (mvn -DskipTests package)"
    mvn -B -q -DskipTests package > "$WORK/build.log" 2>&1 || { log "build failed; see $WORK/build.log"; exit 2; }
fi

# KILLS rounds of load and kill -9, each on the data the previous one left
for ROUND in $(seq 1 "$KILLS"); do
    start "$ROUND"
    log "round $ROUND of $KILLS: $LOAD load from $THREADS client threads for $LOAD_SECONDS s, then kill -9"
    java bench/KillLoad.java load "$BASE" "$ACKED" "$THREADS" 100000 "$LOAD" > "$WORK/load-$ROUND.log" 2>&1 &
    LOAD_PID=$!
    sleep "$LOAD_SECONDS"
    PID=$(cat "$WORK/server.pid")
    BEFORE=$(wc -l < "$ACKED")
    kill -9 "$PID"
    log "kill -9 $PID with $BEFORE statements acknowledged so far"
    wait "$LOAD_PID" || true
    cat "$WORK/load-$ROUND.log"
done

start again
log "checking every acknowledged id with GET ?statementId="
set +e
java bench/KillLoad.java check "$BASE" "$ACKED" | tee "$WORK/check.log" | grep -v '^missing' 
STATUS=${PIPESTATUS[0]}
set -e
grep '^missing' "$WORK/check.log" | head -20 || true
exit "$STATUS"

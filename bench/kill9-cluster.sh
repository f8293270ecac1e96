#!/usr/bin/env bash
# Does the cluster lose an acknowledged statement when a node is killed under load, and does the survivor take
# over the background jobs? (issue 13: "During a run of single-POST load through the balancer, killing one node
# loses no acknowledged statement, and the stale-session job runs on the surviving node.")
#
#   bench/kill9-cluster.sh                     # the cluster's defaults (balancer on 8080: deployments/cluster/start)
#   CARELEARN_BALANCER_PORT=8790 CARELEARN_NODE1_OFFSET=500 CARELEARN_NODE2_OFFSET=600 \
#       CARELEARN_DB_NAME=carelearn_w83 bench/kill9-cluster.sh
#
# Steps: starts the cluster with deployments/cluster/start (the same environment; CARELEARN_SKIP_BUILD=1 skips the
# build; CLUSTER_RUNNING=1 uses one that is running already); sends single POSTs through the balancer from
# THREADS=6 threads for LOAD_SECONDS=40 (bench/KillLoad.java, which writes every id answered 200 to acked.txt);
# after KILL_AFTER=15 s sends kill -9 to VICTIM's java process (node1 by default: the first node up, which holds
# the jobs' leases); when the load ends, GETs every acknowledged id through the balancer; then waits up to
# TAKEOVER_SECONDS=120 for the survivor's log to say it took over the stale cmi5 session sweep
# (platform.jobs.JobLeases: "Node <name> took over job cmi5-session-sweep from node <victim>").
# Prints "acknowledged N, missing M" and the take-over line; exits non-zero when M > 0 or no take-over was logged.
# Leaves the survivor running (deployments/cluster/stop ends it). Never aim it at real data.
set -euo pipefail

cd "$(dirname "$0")/.."
source deployments/cluster/settings.sh
LOAD_SECONDS=${LOAD_SECONDS:-40}
KILL_AFTER=${KILL_AFTER:-15}
THREADS=${THREADS:-6}
VICTIM=${VICTIM:-node1}
TAKEOVER_SECONDS=${TAKEOVER_SECONDS:-120}
SURVIVOR=$([ "$VICTIM" = node1 ] && echo node2 || echo node1)
WORK=$CLUSTER_HOME/kill9
mkdir -p "$WORK"
ACKED=$WORK/acked.txt
: > "$ACKED"
BASE=http://127.0.0.1:$CARELEARN_BALANCER_PORT/xapi/

log() { echo "[kill9-cluster $(date +%H:%M:%S)] $*"; }

if [ "${CLUSTER_RUNNING:-}" != "1" ]; then
    deployments/cluster/start
fi
[ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}about")" = 200 ] || { log "the balancer does not answer at $BASE"; exit 2; }
PID=$(cat "$CLUSTER_HOME/$VICTIM.pid")
SURVIVOR_LOG=$CLUSTER_HOME/$SURVIVOR/log/server.log
SURVIVOR_LINES=$(wc -l < "$SURVIVOR_LOG")

log "single POSTs from $THREADS client threads through $BASE for $LOAD_SECONDS s; kill -9 $VICTIM after $KILL_AFTER s"
java bench/KillLoad.java load "$BASE" "$ACKED" "$THREADS" "$LOAD_SECONDS" single > "$WORK/load.log" 2>&1 &
LOAD_PID=$!
sleep "$KILL_AFTER"
BEFORE=$(wc -l < "$ACKED")
kill -9 "$PID"
KILLED_AT=$(date +%s)
log "kill -9 $VICTIM (pid $PID) with $BEFORE statements acknowledged so far"
wait "$LOAD_PID" || true
cat "$WORK/load.log"
AFTER=$(wc -l < "$ACKED")
log "$((AFTER - BEFORE)) statements acknowledged after the kill (by $SURVIVOR)"

log "checking every acknowledged id with GET ?statementId= through the balancer"
set +e
java bench/KillLoad.java check "$BASE" "$ACKED" > "$WORK/check.log"
STATUS=$?
set -e
grep -v '^missing' "$WORK/check.log"
grep '^missing' "$WORK/check.log" | head -20 || true

log "waiting up to $TAKEOVER_SECONDS s after the kill for $SURVIVOR to take over the stale cmi5 session sweep"
while true; do
    TAKEOVER=$(tail -n +"$((SURVIVOR_LINES + 1))" "$SURVIVOR_LOG" | grep -m1 "took over job cmi5-session-sweep" || true)
    [ -z "$TAKEOVER" ] && [ $(($(date +%s) - KILLED_AT)) -lt "$TAKEOVER_SECONDS" ] || break
    sleep 2
done
if [ -n "$TAKEOVER" ]; then
    log "$SURVIVOR took over $(($(date +%s) - KILLED_AT)) s or less after the kill: $TAKEOVER"
else
    log "no take-over of cmi5-session-sweep in $SURVIVOR_LOG within $TAKEOVER_SECONDS s"
    STATUS=1
fi
exit "$STATUS"

#!/usr/bin/env bash
# Lighthouse 12 with its mobile defaults (a mid-range phone: slow 4G, the CPU slowed four times) on the pages
# issue 14 names: the sign-in page, and My learning and the transcript of the demo learner.
#
#   bench/lighthouse.sh                                  # a CareLearn already running at http://localhost:8080
#   BASE=http://127.0.0.1:8780 bench/lighthouse.sh       # ... or elsewhere
#   START=1 PORT=8780 bench/lighthouse.sh                # builds, starts its own server on a fresh database
#                                                        # (PORT, default 8080; SKIP_BUILD=1 skips the build),
#                                                        # and stops it afterwards
#   CPU_SLOWDOWN=2 bench/lighthouse.sh                   # not the mobile defaults: the CPU slowed twice instead of
#                                                        # four times, for a machine slower than Lighthouse assumes
#                                                        # (it warns so; its docs/throttling.md, "CPU throttling")
#
# Needs Node 20 with npm (Lighthouse runs through `npx --yes lighthouse@12`, so it lands in npm's cache, never in
# the repository), curl, and Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). It signs in as the demo
# learner with curl through the form sign-in and hands Lighthouse the session cookie (--extra-headers), so no
# browser automation is involved. Prints one line per page (performance and accessibility scores, largest
# contentful paint, total blocking time, bytes transferred); the JSON reports go to target/lighthouse/. The exit
# status is non-zero when a page scores under 90 for performance or under 100 for accessibility.
set -euo pipefail

cd "$(dirname "$0")/.."
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-8080}
BASE=${BASE:-http://localhost:$PORT}
BASE=${BASE%/}
OUT=$PWD/target/lighthouse
mkdir -p "$OUT"
LIGHTHOUSE=${LIGHTHOUSE:-npx --yes lighthouse@12}

log() { echo "[lighthouse $(date +%H:%M:%S)] $*" >&2; }

SERVER_PID_FILE=
stop() {
    if [ -n "$SERVER_PID_FILE" ] && [ -f "$SERVER_PID_FILE" ] && kill -0 "$(cat "$SERVER_PID_FILE")" 2>/dev/null; then
        kill -TERM "$(cat "$SERVER_PID_FILE")"
    fi
}
trap stop EXIT

if [ "${START:-}" = "1" ]; then
    # As bench/kill9.sh does: the server `mvn wildfly:run` runs, started directly on a private copy of
    # standalone/ and a fresh data directory, so that this script owns it and the demo data is as shipped.
    if [ "${SKIP_BUILD:-}" != "1" ]; then
        log "building (mvn -DskipTests package)"
        mvn -B -q -DskipTests package > "$OUT/build.log" 2>&1 || { log "build failed; see $OUT/build.log"; exit 2; }
    fi
    JBOSS_HOME=$PWD/target/wildfly-39.0.1.Final
    WORK=$(mktemp -d /tmp/carelearn-lighthouse.XXXX)
    cp -a "$JBOSS_HOME/standalone" "$WORK/server"
    rm -rf "$WORK/server/deployments/"* "$WORK/server/data" "$WORK/server/tmp" "$WORK/server/log"
    cp target/carelearn.war "$WORK/server/deployments/"
    SERVER_PID_FILE=$WORK/server.pid
    log "starting CareLearn on port $PORT (data and log in $WORK)"
    JAVA_OPTS="-Xms256m -Xmx1g -Duser.timezone=UTC -Djava.net.preferIPv4Stack=true \
        -Djboss.socket.binding.port-offset=$((PORT - 8080)) -Dcarelearn.data.dir=$WORK/data \
        -Dderby.system.home=$WORK/data" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$SERVER_PID_FILE" \
        "$JBOSS_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
        --read-only-server-config=standalone.xml -P="$PWD/deployments/standalone/carelearn.properties" \
        > "$WORK/server.log" 2>&1 &
    for _ in $(seq 1 240); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/signin.xhtml")" = 200 ]; then break; fi
        sleep 1
    done
fi

if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/signin.xhtml")" != 200 ]; then
    log "no CareLearn answers at $BASE"
    exit 2
fi

# The demo learner's session: the form sign-in, as a browser does it (a protected page first, then the form).
JAR=$OUT/cookies.txt
rm -f "$JAR"
curl -s -o /dev/null -c "$JAR" -b "$JAR" "$BASE/learning/index.xhtml"
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "j_username=${LEARNER_USER:-learner}" \
    --data-urlencode "j_password=${LEARNER_PASSWORD:-Compassion-First-26}" "$BASE/j_security_check"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR" | tail -1)
if [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$SESSION" "$BASE/learning/index.xhtml")" != 200 ] \
        || curl -s -b "JSESSIONID=$SESSION" "$BASE/learning/index.xhtml" | grep -q 'j_security_check'; then
    log "could not sign in as the demo learner"
    exit 2
fi

# The machine's load goes with the figures: Lighthouse slows the CPU four times on top of whatever else runs.
log "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
FAILED=0
audit() { # name path [cookie]
    local name=$1 path=$2 headers=()
    if [ -n "${3:-}" ]; then
        printf '{"Cookie": "JSESSIONID=%s"}' "$3" > "$OUT/headers.json"
        headers=(--extra-headers="$OUT/headers.json")
    fi
    $LIGHTHOUSE "$BASE/$path" --quiet --only-categories=performance,accessibility --output=json \
        --output-path="$OUT/$name.json" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        ${CPU_SLOWDOWN:+--throttling.cpuSlowdownMultiplier=$CPU_SLOWDOWN} "${headers[@]}" > "$OUT/$name.log" 2>&1 || { log "$name: Lighthouse failed, see $OUT/$name.log"; FAILED=1; return; }
    node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const p = Math.round(r.categories.performance.score * 100), a = Math.round(r.categories.accessibility.score * 100);
        const n = (id) => r.audits[id].numericValue;
        // Where the main thread went (scaled by the CPU slowdown, as Lighthouse counts it): time it cannot pin on
        // the page or any of its files is the machine (other processes, the browser itself), not the page.
        const work = r.audits["bootup-time"].details.items;
        const unattributed = work.filter((i) => i.url === "Unattributable").reduce((t, i) => t + i.total, 0);
        const scripts = work.reduce((t, i) => t + i.scripting, 0);
        console.log(`${process.argv[2].padEnd(12)} performance ${p}  accessibility ${a}  LCP ${(n("largest-contentful-paint") / 1000).toFixed(1)} s` +
            `  TBT ${Math.round(n("total-blocking-time"))} ms  transferred ${Math.round(n("total-byte-weight") / 1024)} KiB` +
            `  (CPU index ${Math.round(r.environment.benchmarkIndex)}; main thread: scripts ${Math.round(scripts)} ms,` +
            ` unattributable ${Math.round(unattributed)} ms)`);
        process.exit(p >= 90 && a >= 100 ? 0 : 1);
    ' "$OUT/$name.json" "$name" || FAILED=1
}

audit sign-in signin.xhtml
audit my-learning learning/index.xhtml "$SESSION"
audit transcript learning/transcript.xhtml "$SESSION"
exit $FAILED

#!/usr/bin/env bash
# Runs ADL's CATAPULT LMS Test Suite (adlnet/CATAPULT, lts/) against a running CareLearn through
# carelearn-lms.js, in Debian's Chromium, and writes the summary to target/catapult/.
#
#   conformance/catapult/run.sh <the suite's lts folder> [CareLearn's address, default http://127.0.0.1:8080]
#       [more options for jest, e.g. -t 005 for the tests whose names contain 005]
#
# The lts folder needs `PUPPETEER_SKIP_DOWNLOAD=1 npm ci` once; its test packages are built here if missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
lts=$(cd "${1:?usage: run.sh <CATAPULT lts folder> [CareLearn address]}" && pwd)
address=${2:-${CARELEARN_URL:-http://127.0.0.1:8080}}
shift $(( $# < 2 ? $# : 2 ))
out=${CATAPULT_OUT:-$repo/target/catapult}

export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "No Chromium at ${CHROMIUM:-/usr/bin/chromium} (Debian package chromium)" >&2; exit 2; }
[ -d "$lts/node_modules/jest" ] || { echo "Install the suite first: (cd $lts && PUPPETEER_SKIP_DOWNLOAD=1 npm ci)" >&2; exit 2; }
curl -fsS -o /dev/null "$address/xapi/about" || { echo "CareLearn does not answer at $address" >&2; exit 2; }

if [ ! -f "$lts/pkg/dist/001-essentials.zip" ]; then
    # webpack 5.45 hashes with MD4, which Node 17+ only offers through the legacy OpenSSL provider.
    (cd "$lts/pkg" && NODE_OPTIONS=--openssl-legacy-provider npx webpack)
fi

mkdir -p "$out"
export CATAPULT_LMS="$here/carelearn-lms.js" CATAPULT_LTS="$lts" CARELEARN_URL="$address" \
    JEST_PUPPETEER_CONFIG="$here/jest-puppeteer.config.js"
status=0
(cd "$lts" && npx jest --runInBand --testTimeout=120000 --json --outputFile="$out/summary.json" "$@") \
    > "$out/console.log" 2>&1 || status=$?

node - "$out/summary.json" > "$out/summary.txt" <<'JS'
const summary = require(process.argv[2]);
console.log(`total ${summary.numTotalTests}, passed ${summary.numPassedTests}, failed ${summary.numFailedTests},`
    + ` skipped ${summary.numPendingTests + summary.numTodoTests}`);
for (const file of summary.testResults) {
    for (const test of file.assertionResults.filter((t) => t.status !== "passed")) {
        console.log(`${test.status}: ${test.fullName}\n    ${(test.failureMessages[0] || "").split("\n")[0]}`);
    }
}
JS
cat "$out/summary.txt"
exit $status

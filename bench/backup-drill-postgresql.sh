#!/bin/sh
# The backup drill of README "Backup and restore" on PostgreSQL, with PostgreSQL's own tools: mark the live database,
# pg_dump it (online: CareLearn may keep running and writing), mark it again, pg_restore the dump into a second,
# empty database, and check that the restored copy holds the first mark and not the second, and as many statements,
# staff and accounts as the live database held at the dump (at least as many as before it, at most as many as after).
# The marks are rows of JOB_LEASE under job names no node schedules, removed at the end.
#
#   PGHOST=127.0.0.1 PGUSER=carelearn PGPASSWORD=... bench/backup-drill-postgresql.sh LIVE_DB EMPTY_DB
#
# EMPTY_DB must exist, be owned by the same role and be empty (a superuser makes it: CREATE DATABASE ... OWNER ...);
# it is left behind, restored, for a look.
set -eu
live=${1:?live database}
copy=${2:?empty database to restore into}
run=$(date -u +%Y%m%d-%H%M%S)
dump=${TMPDIR:-/tmp}/carelearn-drill-$run.dump
psql_live() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$live" -c "$1"; }
psql_copy() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$copy" -c "$1"; }
count() { echo "SELECT (SELECT COUNT(*) FROM xapi_statement) || ' statements, ' || (SELECT COUNT(*) FROM staff_member) || ' staff, ' || (SELECT COUNT(*) FROM account) || ' accounts'"; }
mark() { echo "INSERT INTO job_lease (job_name, holder, acquired_at, renewed_at, expires_at) VALUES ('backup-drill-$1-$run', 'backup-drill', now(), now(), now())"; }

if [ "$(psql_copy "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")" != 0 ]; then
    echo "$copy is not empty: give an empty database to restore into" >&2; exit 2
fi
psql_live "$(mark before)"
before=$(psql_live "$(count)")
start=$(date +%s.%N)
pg_dump -Fc -d "$live" -f "$dump"
dumped=$(date +%s.%N)
psql_live "$(mark after)"
after=$(psql_live "$(count)")
pg_restore --no-owner --exit-on-error -d "$copy" "$dump"
restored_at=$(date +%s.%N)
restored=$(psql_copy "$(count)")
has_before=$(psql_copy "SELECT COUNT(*) FROM job_lease WHERE job_name = 'backup-drill-before-$run'")
has_after=$(psql_copy "SELECT COUNT(*) FROM job_lease WHERE job_name = 'backup-drill-after-$run'")
psql_live "DELETE FROM job_lease WHERE job_name LIKE 'backup-drill-%-$run'"
echo "live before the dump: $before"
echo "live after the dump:  $after"
echo "restored copy:        $restored"
printf 'dump %s bytes in %.1f s, restore in %.1f s (load %s)\n' "$(stat -c %s "$dump")" \
    "$(echo "$dumped - $start" | bc)" "$(echo "$restored_at - $dumped" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
n_before=${before%% *}; n_after=${after%% *}; n_restored=${restored%% *}
if [ "$has_before" = 1 ] && [ "$has_after" = 0 ] && [ "$n_restored" -ge "$n_before" ] && [ "$n_restored" -le "$n_after" ]; then
    echo "drill passed: the mark made before the dump is restored, the one made after is not"
else
    echo "drill FAILED: before-mark $has_before (want 1), after-mark $has_after (want 0)," \
        "statements restored $n_restored (want $n_before to $n_after)" >&2; exit 1
fi

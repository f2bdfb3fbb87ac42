#!/usr/bin/env bash
# ./bench class-load [STUDENTS] [MINUTES] [SEED]: STUDENTS (200) simulated students answering at once for MINUTES (10)
# against one PostgreSQL server: each on its own connection and profile (its own role), through quizline's study
# session and store, thinking 2 to 10 s before each answer (src/bench/java/quizline/bench/BenchClassLoad.java says
# how). Prints the answer -> commit latency (median, p95, p99, max), answers per second, and the count of review rows
# against the answers each student saw acknowledged; exits 1 when one is lost or duplicated. The server is the one in
# QUIZLINE_TEST_PG (a superuser's URL; a database and roles of the run's own are made there and dropped), or else a
# throw-away one on this machine (.ci/with-postgres). The machine's load is printed before and after.
set -euo pipefail
students="${1:-200}"
minutes="${2:-10}"
seed="${3:-20261207}"
[[ "$students" =~ ^[1-9][0-9]*$ ]] || { echo "class-load: STUDENTS must be a whole number above 0, not \"$students\"" >&2; exit 2; }
[[ "$minutes" =~ ^([0-9]+(\.[0-9]+)?|\.[0-9]+)$ && ! "$minutes" =~ ^[0.]+$ ]] \
  || { echo "class-load: MINUTES must be a number above 0 (1, 0.5), not \"$minutes\"" >&2; exit 2; }
[[ "$seed" =~ ^-?[0-9]+$ ]] || { echo "class-load: SEED must be a whole number, not \"$seed\"" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -z "${QUIZLINE_TEST_PG:-}" ]]; then
  # a connection per student, the instructor's, and a few to spare
  export QUIZLINE_PG_MAX_CONNECTIONS=$((students + 20))
  exec "$here/../../.ci/with-postgres" "$here/class-load.sh" "$students" "$minutes" "$seed"
fi
source "$here/common.sh"

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$java" -cp target/quizline.jar src/bench/java/quizline/bench/BenchClassLoad.java "$QUIZLINE_TEST_PG" "$students" \
  "$minutes" "$seed" || status=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
machine
exit "$status"

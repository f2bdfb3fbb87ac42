#!/usr/bin/env bash
# ./bench class-report [RUNS] [STUDENTS] [REVIEWS]: makes a class of STUDENTS (200) profiles of REVIEWS (1,000)
# reviews each of one pack of 200 questions (src/bench/java/quizline/bench/BenchClass.java says how), then times
# `quizline class report --pack class-bench` (the table, not to a terminal) and its `--csv`, to their end, median of
# RUNS (5) runs after one warm-up, with their peak memory, beside a Java hello-world measured in the same run. Every
# command runs on the launcher (./quizline) with the clock set (QUIZLINE_NOW) where the profiles end, in a temporary
# data and cache folder. The same class is also made on a PostgreSQL server, in a database of its own (each student a
# profile there), and `class report --store URL` timed as its instructor: the server in QUIZLINE_TEST_PG (a superuser's
# URL; the database is dropped at the end), or else a throw-away one on this machine (.ci/with-postgres); without
# PostgreSQL installed, the server rows are left out, saying so.
set -euo pipefail
runs="${1:-5}"
students="${2:-200}"
reviews="${3:-1000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -z "${QUIZLINE_TEST_PG:-}" && -z "${CLASS_REPORT_NO_SERVER:-}" ]]; then
  export CLASS_REPORT_NO_SERVER=1 # once: without a server, with-postgres runs the script as it is
  exec "$here/../../.ci/with-postgres" "$here/class-report.sh" "$@"
fi
source "$here/common.sh"
now=2026-12-07T09:00:00Z

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
mkdir -p "$work/data/quizline" "$work/cache"
make_hello
export TZ=UTC QUIZLINE_NOW="$now" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
unset QUIZLINE_PACKS
"$java" -cp target/quizline.jar src/bench/java/quizline/bench/BenchClass.java "$work/data/quizline" "$students" \
  "$reviews" "$now" ${QUIZLINE_TEST_PG:+"$QUIZLINE_TEST_PG"} | tee "$work/made"
server=""
if [[ -n "${QUIZLINE_TEST_PG:-}" ]]; then
  server=$(tail -1 "$work/made")
  trap 'psql -q -d "${QUIZLINE_TEST_PG#jdbc:}" -c "DROP DATABASE IF EXISTS class_report_bench" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
else
  echo "class-report: no PostgreSQL server for this run, so the class on a server is not timed" >&2
fi
"$root/quizline" --version >/dev/null # the launcher's class-data archive, outside the timing

# The report must work before it is timed: its first rows, and a failure stops the script.
"$root/quizline" class report --pack class-bench --csv >"$work/report.csv"
head -4 "$work/report.csv"
if [[ -n "$server" ]]; then
  # the same figures from the server as from the folder
  "$root/quizline" class report --pack class-bench --csv --store "$server" | cmp - "$work/report.csv"
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
row() { rows+=("$(printf '| %s | %s |' "$1" "$2")"); echo "$1: $2" >&2; }

row "java hello-world, to its end, ms" "$(to_end "$java" -cp "$work/hello" Hello)"
row "quizline class report, $students students × $reviews reviews, ms" \
  "$(to_end "$root/quizline" class report --pack class-bench)"
row "quizline class report --csv, $students students × $reviews reviews, ms" \
  "$(to_end "$root/quizline" class report --pack class-bench --csv)"
if [[ -n "$server" ]]; then
  row "quizline class report --store (PostgreSQL on this machine), the same class, ms" \
    "$(to_end "$root/quizline" class report --pack class-bench --store "$server")"
  row "quizline class report --csv --store, the same, ms" \
    "$(to_end "$root/quizline" class report --pack class-bench --csv --store "$server")"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| measure (median of $runs; runs in brackets) | figure |"
echo "| --- | --- |"
printf '%s\n' "${rows[@]}"
machine

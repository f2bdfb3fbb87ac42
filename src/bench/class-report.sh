#!/usr/bin/env bash
# ./bench class-report [RUNS] [STUDENTS] [REVIEWS]: makes a class of STUDENTS (200) profiles of REVIEWS (1,000)
# reviews each of one pack of 200 questions (src/bench/java/quizline/bench/BenchClass.java says how), then times
# `quizline class report --pack class-bench` (the table, not to a terminal) and its `--csv`, to their end, median of
# RUNS (5) runs after one warm-up, with their peak memory, beside a Java hello-world measured in the same run. Every
# command runs on the launcher (./quizline) with the clock set (QUIZLINE_NOW) where the profiles end, in a temporary
# data and cache folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-5}"
students="${2:-200}"
reviews="${3:-1000}"
now=2026-12-07T09:00:00Z

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
mkdir -p "$work/data/quizline" "$work/cache"
make_hello
export TZ=UTC QUIZLINE_NOW="$now" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
unset QUIZLINE_PACKS
"$java" -cp target/quizline.jar src/bench/java/quizline/bench/BenchClass.java "$work/data/quizline" "$students" \
  "$reviews" "$now"
"$root/quizline" --version >/dev/null # the launcher's class-data archive, outside the timing

# The report must work before it is timed: its first rows, and a failure stops the script.
"$root/quizline" class report --pack class-bench --csv >"$work/report.csv"
head -4 "$work/report.csv"

rows=()
row() { rows+=("$(printf '| %s | %s |' "$1" "$2")"); echo "$1: $2" >&2; }

row "java hello-world, to its end, ms" "$(to_end "$java" -cp "$work/hello" Hello)"
row "quizline class report, $students students × $reviews reviews, ms" \
  "$(to_end "$root/quizline" class report --pack class-bench)"
row "quizline class report --csv, $students students × $reviews reviews, ms" \
  "$(to_end "$root/quizline" class report --pack class-bench --csv)"
echo
echo "| measure (median of $runs; runs in brackets) | figure |"
echo "| --- | --- |"
printf '%s\n' "${rows[@]}"
machine

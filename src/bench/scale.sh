#!/usr/bin/env bash
# Fast at any size: makes a bank of 50 packs of 2,000 questions and profiles of REVIEWS reviews of it (default
# 10000 100000 1000000; src/bench/java/quizline/bench/BenchScale.java says how), then measures, median of RUNS runs
# (default 5; ./bench scale RUNS REVIEWS...), beside a Java hello-world measured in the same run:
#   launch to first question of the bundled pack on a fresh profile;
#   `quizline validate` of the 50 packs;
#   and at each profile size: launch to first question with the bank (and its peak memory), `quizline stats` (and its
#   peak memory), and answer to next question over 200 answers (the median and the p99 of one session).
# Prints a table. Every command runs on the launcher (./quizline) with the clock set (QUIZLINE_NOW) where the profiles
# end, in a temporary data and cache folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-5}"
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
now=2026-12-05T09:00:00Z
answers=200

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
bench=(src/bench/java/quizline/bench/BenchScale.java)
mkdir -p "$work/fresh" "$work/data/quizline" "$work/cache"
make_hello
export TZ=UTC QUIZLINE_NOW="$now" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
"$java" -cp target/quizline.jar "${bench[@]}" bank "$work/data/quizline/packs"
for n in "${sizes[@]}"; do
  "$java" -Xmx6g -cp target/quizline.jar "${bench[@]}" profile "$work/p$n.db" "$work/data/quizline/packs" "$n" "$now"
done
"$root/quizline" --version >/dev/null # the launcher's class-data archive, outside the timing

# "median-ms (runs)" of RUNS timings of a function, after one warm-up.
timed() {
  local times=()
  "$@" >/dev/null
  for _ in $(seq "$runs"); do times+=("$("$@")"); done
  echo "$(printf '%s\n' "${times[@]}" | median) (${times[*]})"
}

rows=()
row() { rows+=("$(printf '| %s | %s |' "$1" "$2")"); echo "$1: $2" >&2; }

hello=$(timed until_first_question "$java" -cp "$work/hello" Hello)
row "java hello-world, ms" "$hello"
fresh=$(XDG_DATA_HOME="$work/fresh" timed until_first_question "$root/quizline" --limit 1)
row "launch → first question, bundled pack, fresh profile, ms" "$fresh (× $(awk -v a="${fresh%% *}" -v b="${hello%% *}" 'BEGIN { printf "%.1f", a / b }') hello-world)"
row "quizline validate, 50 packs, ms" "$(to_end "$root/quizline" validate "$work"/data/quizline/packs/*.json)"
for n in "${sizes[@]}"; do
  db="$work/p$n.db"
  row "launch → first question, $n reviews, ms" "$(timed until_first_question "$root/quizline" --db "$db" --limit 1)"
  row "launch → end of a session of no answer, $n reviews, ms" "$(to_end "$root/quizline" --db "$db" --limit 1)"
  row "quizline stats, $n reviews, ms" "$(to_end "$root/quizline" stats --db "$db")"
  cp "$db" "$work/answering.db"
  row "answer → next question, $n reviews, $answers answers" \
    "$("$java" -cp target/quizline.jar "${bench[@]}" answers "$answers" "$root/quizline" --db "$work/answering.db" --limit $((answers + 1)))"
  rm -f "$work/answering.db"*
done
echo
echo "| measure (median of $runs; runs in brackets) | figure |"
echo "| --- | --- |"
printf '%s\n' "${rows[@]}"
machine

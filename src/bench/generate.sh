#!/usr/bin/env bash
# Generate over many articles: makes N articles (default 1000) from the fact fixtures (people renamed, years
# shifted; src/bench/java/quizline/bench/BenchArticles.java), then times the real command end to end through the
# jar, JVM start included: `java -jar target/quizline.jar generate DIR/*.txt --id bench --date ... --out ...`.
# Prints every run's wall time and the median of R runs (default 5) after one warm-up run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
count="${1:-1000}"
runs="${2:-5}"

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
"$java" -cp target/quizline.jar src/bench/java/quizline/bench/BenchArticles.java \
  src/test/resources/facts/fixtures "$work/articles" "$count"

run_once() {
  local start end
  start=$(date +%s%N)
  "$java" -jar target/quizline.jar generate "$work"/articles/*.txt --id bench --date 2025-01-15 \
    --out "$work/draft.json" --force 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

run_once >/dev/null
times=()
for _ in $(seq "$runs"); do times+=("$(run_once)"); done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "generate over $count articles: runs ${times[*]} ms; median ${median} ms ($(tail -1 "$work/err"))"
machine

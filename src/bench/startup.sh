#!/usr/bin/env bash
# Start-up: wall time from launching `./quizline` (plain mode, fresh temp profile) to the first
# question on stdout, next to a Java hello-world on the same JVM. Median of N runs (default 10)
# after one warm-up run each (the warm-up also lets the launcher write its class-data archive).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-10}"
make_hello

measure() {
  local label="$1"; shift
  until_first_question "$@" >/dev/null
  local times=()
  for _ in $(seq "$runs"); do times+=("$(until_first_question "$@")"); done
  printf '%-34s median %4d ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
"$root/quizline" --version >/dev/null   # builds the jar if needed, outside the timing
echo "JVM: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
measure "java hello world" "$java" -cp "$work/hello" Hello
measure "./quizline (to first question)" "$root/quizline" --profile startup --limit 1
measure "java -jar (no launcher options)" "$java" -jar "$root/target/quizline.jar" --profile startup --limit 1

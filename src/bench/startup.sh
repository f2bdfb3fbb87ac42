#!/usr/bin/env bash
# Start-up: wall time from launching `./quizline` (plain mode, fresh temp profile) to the first
# question on stdout, next to a Java hello-world on the same JVM. Median of N runs (default 10)
# after one warm-up run each (the warm-up also lets the launcher write its class-data archive).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("1 left · 0 learning · hello");
    }
}
JAVA
"$javac" -d "$work/hello" "$work/hello/Hello.java"

# Milliseconds from launch until the first question's header ("12 left · 3 learning · choice") appears.
until_first_question() {
  local start end
  start=$(date +%s%N)
  end=$("$@" </dev/null 2>/dev/null | while IFS= read -r line; do
    if [[ "$line" == *" left · "*" learning · "* ]]; then date +%s%N; break; fi
  done)
  [[ -n "$end" ]] || { echo "no question appeared: $*" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

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

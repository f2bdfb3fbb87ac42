# Shared by the benchmark scripts: the project root, a temporary folder removed on exit, the java to run, the
# machine line every benchmark prints beside its figures, and what the start-up timings use: a hello-world, the time
# to a first question, a median.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), $("$java" -version 2>&1 | head -1)"
}

# Compiles, into $work/hello, a Java hello-world that prints a line like the first question's header.
make_hello() {
  mkdir -p "$work/hello"
  cat >"$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("1 left · 0 learning · hello");
    }
}
JAVA
  "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work/hello" "$work/hello/Hello.java"
}

# Milliseconds from launch until the first question's header ("12 left · 3 learning · choice") appears.
until_first_question() {
  local start end
  start=$(date +%s%N)
  end=$("$@" </dev/null 2>/dev/null | while IFS= read -r line; do
    if [[ "$line" == *" left · "*" learning · "* ]]; then date +%s%N; break; fi
  done)
  [[ -n "$end" ]] || { echo "no question appeared: $*" >&2; exit 1; }
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# "median-ms (runs) · peak median-MiB" of $runs runs of a command to its end, after one warm-up; peak is the largest
# resident set of the run (kept in $work/peak).
to_end() {
  local times=() peaks=() start end kib
  "$@" </dev/null >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -o "$work/peak" -f '%M' "$@" </dev/null >/dev/null 2>&1 || true
    kib=$(tail -1 "$work/peak")
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    peaks+=($((kib / 1024)))
  done
  echo "$(printf '%s\n' "${times[@]}" | median) (${times[*]}) · peak $(printf '%s\n' "${peaks[@]}" | median) MiB"
}

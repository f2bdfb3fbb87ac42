#!/usr/bin/env bash
# The checks a profile gets when a command opens it, at REVIEWS reviews (default 1,000,000): makes such a profile
# once (src/bench/java/quizline/bench/BenchProfile.java), then opens it RUNS times (default 5) for reading (quick
# check) and for writing (quick and full integrity check, then every card row against its checksum), and its twin
# without card checksums for writing, beside the time to read every byte of the file once, measured in the same run.
# Prints the medians and every run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
reviews="${1:-1000000}"
runs="${2:-5}"

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
bench=(src/bench/java/quizline/bench/BenchProfile.java)
"$java" -cp target/quizline.jar "${bench[@]}" make "$work/profile.db" "$reviews"
"$java" -cp target/quizline.jar "${bench[@]}" time "$work/profile.db" "$runs"
machine

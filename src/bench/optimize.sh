#!/usr/bin/env bash
# The optimiser against the reference: SEEDS (3) simulated learners of REVIEWS (20,000) reviews each (hidden weights
# drawn from the spread of users' fitted weights; src/bench/java/quizline/bench/OptimizeBench.java), each fitted RUNS
# (5) times by quizline (CPU time of the fitting thread, median) and by fsrs-rs through its npm binding
# @open-spaced-repetition/binding (installed here from the npm registry into the temporary folder, wall time,
# median), then both fits' log loss and RMSE(bins) on the whole log, scored by the same code, beside the hidden
# weights'. Needs node and npm.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
reviews="${1:-20000}"
seeds="${2:-3}"
runs="${3:-5}"

cd "$root"
./mvnw -q -B -Dmaven.test.skip=true package
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @open-spaced-repetition/binding@0.5.0 >/dev/null)
cp src/bench/optimize.js "$work/"
bench=(src/bench/java/quizline/bench/OptimizeBench.java)
"$java" -cp target/quizline.jar "${bench[@]}" make "$work" "$reviews" "$seeds"
machine
for seed in $(seq 1 "$seeds"); do
  csv="$work/learner-$seed.csv"
  ours="$("$java" -cp target/quizline.jar "${bench[@]}" fit "$csv" "$runs")"
  ref="$(node "$work/optimize.js" "$csv" "$runs")"
  truth="$(cat "$work/learner-$seed.truth")"
  w_ours="$(echo "$ours" | sed -n 's/^weights //p')"
  w_ref="$(echo "$ref" | sed -n 's/^weights //p')"
  scores=($("$java" -cp target/quizline.jar "${bench[@]}" score "$csv" "$w_ours" "$w_ref" "$truth"))
  echo "learner $seed, $reviews reviews:"
  echo "  quizline: $(echo "$ours" | head -1)  log loss ${scores[0]}  RMSE(bins) ${scores[1]}"
  echo "  fsrs-rs:  $(echo "$ref" | head -1)  log loss ${scores[2]}  RMSE(bins) ${scores[3]}"
  echo "  hidden weights:  log loss ${scores[4]}  RMSE(bins) ${scores[5]}"
  echo "  quizline weights: $w_ours"
  echo "  fsrs-rs weights:  $w_ref"
done

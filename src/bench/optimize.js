// Fits a review log with the reference optimiser (fsrs-rs through its npm binding) and prints the
// wall time of the fit and the weights. Days start at midnight UTC, as in the simulated logs.
const fs = require('node:fs');
const binding = require('@open-spaced-repetition/binding');

async function main() {
  const file = process.argv[2];
  const csv = fs.readFileSync(file);
  const items = binding.convertCsvToFsrsItems(csv, 0, 'UTC', () => 0);
  const runs = Number(process.argv[3] || 3);
  const times = [];
  let weights;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    weights = await binding.computeParameters(items, { enableShortTerm: true });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`items ${items.length} wall_ms_median ${sorted[Math.floor(runs / 2)].toFixed(0)} runs ${times.map((t) => t.toFixed(0)).join(',')}`);
  console.log(`weights ${weights.map((w) => Number(w.toFixed(4))).join(',')}`);
}
main();

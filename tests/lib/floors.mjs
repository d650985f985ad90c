// The scorers' tables (score_peers.py, score_articles.py print
// "name   hits/total   pct%" lines) checked against committed floors.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';

// "dates.clock    43/89   48.3%" -> { 'dates.clock': 48.3 }
export function figures(stdout) {
  const out = {};
  for (const line of stdout.split('\n')) {
    const m = /^(\S+)\s+(\d+)\/(\d+)\s+([\d.]+)%$/.exec(line.trim());
    if (m) out[m[1]] = (100 * Number(m[2])) / Number(m[3]);
  }
  return out;
}

// Runs `python3 args...` in cwd and fails listing every figure under its floor.
export function assertFloors(args, cwd, floors) {
  const r = spawnSync('python3', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const got = figures(r.stdout);
  const drops = [];
  for (const [measure, min] of Object.entries(floors)) {
    if (!(measure in got)) drops.push(`${measure}: not reported`);
    else if (got[measure] < min) drops.push(`${measure}: ${got[measure].toFixed(1)}% < floor ${min}%`);
  }
  assert.deepEqual(drops, [], `figures below their floors:\n${r.stdout}`);
}

// The peers' Spanish suites (../shared/data/peers-es: Duckling and chrono
// cases, scored by ../shared/tools/score_peers.py): no figure may drop below
// its floor in peers-floor.json. Skipped when the shared data is absent (a
// clone of the project alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cli, sourceDir } from './lib/env.mjs';

const scorer = path.join(sourceDir, '..', 'shared', 'tools', 'score_peers.py');
const data = path.join(sourceDir, '..', 'shared', 'data', 'peers-es');
const floor = JSON.parse(fs.readFileSync(path.join(sourceDir, 'tests', 'peers-floor.json'), 'utf8'));
const skip = !fs.existsSync(scorer) || !fs.existsSync(data) ? 'no ../shared peers data' : false;

// "dates.clock    43/89   48.3%" -> { 'dates.clock': 48.3 }
function figures(stdout) {
  const out = {};
  for (const line of stdout.split('\n')) {
    const m = /^(\S+)\s+(\d+)\/(\d+)\s+([\d.]+)%$/.exec(line.trim());
    if (m) out[m[1]] = (100 * Number(m[2])) / Number(m[3]);
  }
  return out;
}

test('peers: no figure below its floor', { skip }, () => {
  const r = spawnSync('python3', [scorer, '--cli', cli, '--dir', data], { cwd: sourceDir, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const got = figures(r.stdout);
  const drops = [];
  for (const [measure, min] of Object.entries(floor.floors)) {
    if (!(measure in got)) drops.push(`${measure}: not reported`);
    else if (got[measure] < min) drops.push(`${measure}: ${got[measure].toFixed(1)}% < floor ${min}%`);
  }
  assert.deepEqual(drops, [], `figures below their floors:\n${r.stdout}`);
});

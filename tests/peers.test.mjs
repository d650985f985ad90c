// The peers' Spanish suites (../shared/data/peers-es: Duckling and chrono
// cases, scored by ../shared/tools/score_peers.py): no figure may drop below
// its floor in peers-floor.json. Skipped when the shared data is absent (a
// clone of the project alone).
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { cli, sourceDir } from './lib/env.mjs';
import { assertFloors } from './lib/floors.mjs';

const scorer = path.join(sourceDir, '..', 'shared', 'tools', 'score_peers.py');
const data = path.join(sourceDir, '..', 'shared', 'data', 'peers-es');
const floor = JSON.parse(fs.readFileSync(path.join(sourceDir, 'tests', 'peers-floor.json'), 'utf8'));
const skip = !fs.existsSync(scorer) || !fs.existsSync(data) ? 'no ../shared peers data' : false;

test('peers: no figure below its floor', { skip }, () => {
  assertFloors([scorer, '--cli', cli, '--dir', data], sourceDir, floor.floors);
});

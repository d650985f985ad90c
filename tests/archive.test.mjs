// scripts/archive on a Dask LocalCluster, end to end: partitions (whole
// files and chunks of a big one) through resalta batch, one errors file,
// and a rerun that skips finished partitions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { cli, runCli, sourceDir } from './lib/env.mjs';

const archive = path.join(sourceDir, 'scripts/archive');
// The script falls back to Debian's python3 when the first one on PATH lacks dask.
const hasDask = ['python3', '/usr/bin/python3'].some((py) =>
  spawnSync(py, ['-c', 'import dask.distributed'], { stdio: 'ignore' }).status === 0);
const skip = !hasDask && 'python3 cannot import dask.distributed (apt-get install python3-dask python3-distributed)';

function runArchive(args) {
  const r = spawnSync(archive, args, { env: { ...process.env, RESALTA_CLI: cli }, encoding: 'utf8', timeout: 300000 });
  return { status: r.status, stderr: r.stderr };
}

test('scripts/archive: LocalCluster end to end, then a rerun that skips finished partitions', { skip }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-archive-'));
  const inDir = path.join(tmp, 'in');
  const outDir = path.join(tmp, 'out');
  fs.mkdirSync(path.join(inDir, '2024'), { recursive: true });
  const record = (id, i) => JSON.stringify({ id, text: `El ayuntamiento de Soria aprobó el martes la obra ${i}. "Es urgente", dijo la alcaldesa.`, date: '2024-03-05', desk: 'local' });
  // A big file (cut into chunks of 2 KB), and a small one with two bad records.
  const big = Array.from({ length: 60 }, (_, i) => record(`big-${i}`, i)).join('\n') + '\n';
  const small = [record('s-1', 1), '{"id":"s-2","text":', record('s-3', 3), '{"id":"s-4"}'].join('\n') + '\n';
  fs.writeFileSync(path.join(inDir, 'big.ndjson'), big);
  fs.writeFileSync(path.join(inDir, '2024', 'small.ndjson'), small);

  const args = [path.join(inDir, '**', '*.ndjson'), outDir, '--chunk-bytes', '2048', '--workers', '2'];
  const first = runArchive(args);
  assert.equal(first.status, 3, first.stderr);  // every partition ran; two records failed
  const parts = fs.readdirSync(path.join(outDir, 'parts'));
  const outputs = (stem) => parts.filter((f) => f.startsWith(stem) && f.endsWith('.ndjson')).sort();
  const bigParts = outputs('big-');
  assert.ok(bigParts.length >= 5, `chunks: ${bigParts}`);
  assert.equal(outputs('small-').length, 1);
  assert.equal(parts.filter((f) => f.endsWith('.done')).length, bigParts.length + 1);
  assert.ok(!parts.some((f) => f.includes('.tmp')), `leftovers: ${parts}`);

  // The chunks, in order, are exactly resalta batch of the whole file:
  // every record once, none cut at a chunk boundary.
  const joined = bigParts.map((f) => fs.readFileSync(path.join(outDir, 'parts', f), 'utf8')).join('');
  const direct = runCli(['batch', '--threads', '1', path.join(inDir, 'big.ndjson')]);
  assert.equal(direct.status, 0, direct.stderr);
  assert.equal(joined, direct.stdout);

  const errors = fs.readFileSync(path.join(outDir, 'errors.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(errors.map((e) => [e.id, e.error.code, e.error.line]), [[null, 'invalid-input', 2], ['s-4', 'invalid-input', 4]]);
  assert.equal(errors[0].source, path.join(inDir, '2024', 'small.ndjson'));
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(outDir, 'summary.json'), 'utf8')),
    { partitions: bigParts.length + 1, finished: bigParts.length + 1, records: 64, failed: 2 });

  // A rerun finds every partition finished and rewrites nothing.
  const mtimes = () => Object.fromEntries(fs.readdirSync(path.join(outDir, 'parts'))
    .map((f) => [f, fs.statSync(path.join(outDir, 'parts', f)).mtimeMs]));
  const before = mtimes();
  const again = runArchive(args);
  assert.equal(again.status, 3, again.stderr);
  assert.match(again.stderr, new RegExp(`${bigParts.length + 1} already finished, 0 to run`));
  assert.deepEqual(mtimes(), before);

  // A partition without its done marker (a run killed midway) runs again, alone.
  const redo = bigParts[2].replace(/\.ndjson$/, '');
  fs.rmSync(path.join(outDir, 'parts', `${redo}.done`));
  fs.writeFileSync(path.join(outDir, 'parts', `${redo}.ndjson`), 'half-written');
  const third = runArchive(args);
  assert.equal(third.status, 3, third.stderr);
  assert.match(third.stderr, /1 to run/);
  const rejoined = bigParts.map((f) => fs.readFileSync(path.join(outDir, 'parts', f), 'utf8')).join('');
  assert.equal(rejoined, direct.stdout);
  fs.rmSync(tmp, { recursive: true });
});

test('scripts/archive: no input matched is a usage error', { skip }, () => {
  const r = runArchive([path.join(os.tmpdir(), 'resalta-no-such-dir', '*.ndjson'), path.join(os.tmpdir(), 'resalta-archive-none')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no file matches/);
});

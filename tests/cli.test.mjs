// The command-line contracts: build/native/resalta analyze | tag, options,
// exit codes and messages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { golden, runCli, shippedModels } from './lib/env.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-cli-'));
const hasEs = shippedModels().some((m) => m.name === 'es.bin');

test('--version and --help', () => {
  assert.match(runCli(['--version']).stdout, /^resalta \d+\.\d+\.\d+\n$/);
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /resalta analyze/);
  assert.match(help.stdout, /resalta tag/);
});

test('bad usage: a clear message and exit 2', () => {
  for (const args of [[], ['frobnicate'], ['analyze', '--lang', 'fr'], ['analyze', '--date', '2023-13-01'],
    ['analyze', '--date'], ['analyze', '--bogus'], ['tag', '--lang', 'auto'], ['analyze', 'a', 'b']]) {
    const r = runCli(args, '');
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^resalta: .+\nTry 'resalta --help'/);
  }
});

test('unreadable input: exit 1', () => {
  const r = runCli(['analyze', path.join(tmp, 'missing.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
});

test('a corrupt, truncated or empty model: a clear error and exit 1', () => {
  const cases = { 'garbage.bin': Buffer.from('not a model at all'), 'empty.bin': Buffer.alloc(0) };
  for (const m of shippedModels()) cases[`truncated-${m.name}`] = m.bytes.subarray(0, m.bytes.length >> 1);
  for (const [name, bytes] of Object.entries(cases)) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    for (const cmd of ['analyze', 'tag']) {
      const r = runCli([cmd, '--model', file], 'Hola.\n');
      assert.equal(r.status, 1, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /bad-model/);
    }
  }
});

test('analyze reads a file or stdin and prints one JSON document', () => {
  const file = path.join(tmp, 'a.txt');
  fs.writeFileSync(file, golden('seed-article.es.txt'));
  const a = runCli(['analyze', '--date', '2023-10-18', file]);
  const b = runCli(['analyze', '--date', '2023-10-18', '-'], golden('seed-article.es.txt'));
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  const doc = JSON.parse(a.stdout);
  assert.equal(doc.lang, 'es');
  assert.equal(doc.schema, 'resalta.document/1.0');
});

test('tag appends one IOB2 column and keeps the line structure', { skip: !hasEs && 'no shipped es model' }, () => {
  const input = '-DOCSTART- -X- O\n\nEl O\npresidente O\nVladimir B-PER\nPutin I-PER\nviajó O\na O\nMoscú B-LOC\n. O\n\n\nHola\n';
  const r = runCli(['tag', '--lang', 'es'], input);
  assert.equal(r.status, 0, r.stderr);
  const inLines = input.split('\n');
  const outLines = r.stdout.split('\n');
  assert.equal(outLines.length, inLines.length);
  outLines.forEach((line, i) => {
    if (inLines[i] === '') return assert.equal(line, '');
    if (inLines[i].startsWith('-DOCSTART-')) return assert.equal(line, inLines[i]);
    assert.ok(line.startsWith(inLines[i] + ' '), line);
    assert.match(line.slice(inLines[i].length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });
  assert.equal(outLines[4].split(' ').at(-1), 'B-PER');
});

test('tag without a model for the language fails clearly', { skip: shippedModels().some((m) => m.name === 'en.bin') && 'en model shipped' }, () => {
  const r = runCli(['tag', '--lang', 'en'], 'Hello\n');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no entity model/);
});

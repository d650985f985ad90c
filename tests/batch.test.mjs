// resalta batch: NDJSON articles in, one line per article out; the same
// documents as analyze, error lines for bad records, order and bytes
// independent of --threads, memory bounded by the window, not the input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { cli, golden, runCli, trickyTexts } from './lib/env.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-batch-'));
const ndjson = (records) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)) + '\n').join('');
const lines = (text) => text.split('\n').filter((l) => l !== '');

// Articles in our own words, and the texts that stress offsets.
const articles = [
  golden('seed-article.es.txt'),
  'MADRID, 4 mar (EFE). - La ministra de Hacienda, María Jesús Montero, presentó el martes los presupuestos. ' +
    '"Son los más sociales de la historia", afirmó ante el Congreso.',
  'LONDON (Reuters) - The Bank of England kept rates at 5.25% on Thursday, Governor Andrew Bailey said.',
  ...trickyTexts,
];

test('each document is what analyze prints for the same text, date and lang', () => {
  const records = articles.map((text, i) => {
    const r = { id: `a${i}`, text };
    if (i % 3 === 0) r.date = '2023-10-18';
    if (i % 4 === 1) r.lang = i % 8 === 1 ? 'es' : 'en';
    return r;
  });
  const r = runCli(['batch', '--threads', '2', '-'], ndjson(records));
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.equal(out.length, records.length);
  records.forEach((rec, i) => {
    const args = ['analyze'];
    if (rec.date) args.push('--date', rec.date);
    if (rec.lang) args.push('--lang', rec.lang);
    const a = runCli([...args, '-'], rec.text);
    assert.equal(a.status, 0, a.stderr);
    // Byte for byte: the document's JSON is analyze's stdout.
    assert.equal(out[i], `{"id":${JSON.stringify(rec.id)},"document":${a.stdout.trimEnd()}}`, `record ${i}`);
  });
});

test('--date, --lang and --no-tokens apply to records without their own', () => {
  const text = 'El lunes el Gobierno aprobó el plan. El jueves lo presentará.';
  const r = runCli(['batch', '--date', '2024-01-10', '--lang', 'es', '--no-tokens', '-'],
    ndjson([{ id: 1, text }, { id: 2, text, date: '2024-02-01' }]));
  assert.equal(r.status, 0, r.stderr);
  const [one, two] = lines(r.stdout);
  const a = (date) => runCli(['analyze', '--date', date, '--lang', 'es', '--no-tokens', '-'], text).stdout.trimEnd();
  assert.equal(one, `{"id":1,"document":${a('2024-01-10')}}`);
  assert.equal(two, `{"id":2,"document":${a('2024-02-01')}}`);
});

test('a bad record gets an error line and the run goes on; exit 3; --errors gets the error lines', () => {
  const good = (id) => JSON.stringify({ id, text: 'La alcaldesa de Vigo visitó el puerto.', section: 'local', tags: ['a', 'b'] });
  const input = Buffer.concat([
    Buffer.from(good(1) + '\n'),
    Buffer.from('{"id": 2, "text": "no cierra\n'),                          // invalid JSON
    Buffer.from('{"id": 3, "title": "sin texto"}\n'),                       // missing text
    Buffer.from('{"id": 4, "text": "caf'), Buffer.from([0xe9]), Buffer.from(' solo"}\n'), // invalid UTF-8
    Buffer.from(JSON.stringify({ id: 5, text: 'x'.repeat((10 << 20) + 1) }) + '\n'),     // over 10 MiB of text
    Buffer.from('{"id": 6, "text": "Hola.", "date": "2023-02-30"}\n'),    // no such date
    Buffer.from('\n'),                                                       // blank: skipped
    Buffer.from(good(7)),                                                    // no final newline
  ]);
  const errorsFile = path.join(tmp, 'errors.ndjson');
  const r = runCli(['batch', '--threads', '3', '--errors', errorsFile, '-'], input);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /resalta batch: 7 records, 2 ok, 5 failed/);
  const out = lines(r.stdout).map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), [1, null, 3, 4, 5, 6, 7]);
  assert.deepEqual(out[0].meta, { section: 'local', tags: ['a', 'b'] });
  assert.equal(out[0].document.schema, 'resalta.document/1.0');
  assert.equal(out[6].document.lang, 'es');
  const errors = out.filter((o) => o.error);
  assert.deepEqual(errors.map((o) => [o.error.code, o.error.line]),
    [['invalid-input', 2], ['invalid-input', 3], ['invalid-input', 4], ['too-large', 5], ['invalid-argument', 6]]);
  assert.match(errors[0].error.message, /^invalid JSON: /);
  assert.match(errors[1].error.message, /no "text"/);
  assert.match(errors[2].error.message, /invalid UTF-8 at byte 22/);
  assert.deepEqual(lines(fs.readFileSync(errorsFile, 'utf8')), lines(r.stdout).filter((l) => l.includes('"error":')));
});

test('output is byte-identical for --threads 1 and 4', () => {
  const records = [];
  for (let i = 0; i < 240; ++i) {
    const text = articles[i % articles.length] + (i % 5 === 0 ? ` Nota ${i}.` : '');
    records.push(i % 37 === 0 ? `{"id":${i},"text":` : { id: i, text, n: i });
  }
  const input = ndjson(records);
  const one = runCli(['batch', '--threads', '1', '-'], input);
  const four = runCli(['batch', '--threads', '4', '-'], input);
  assert.equal(one.status, 3, one.stderr);
  assert.equal(four.status, 3, four.stderr);
  assert.equal(lines(one.stdout).length, 240);
  assert.ok(one.stdoutBytes.equals(four.stdoutBytes), 'outputs differ');
});

// Peak RSS as batch reports it in its summary line, output to /dev/null.
function peakRss(file) {
  const devnull = fs.openSync('/dev/null', 'w');
  const r = spawnSync(cli, ['batch', '--threads', '2', '--no-tokens', file], { stdio: ['ignore', devnull, 'pipe'] });
  fs.closeSync(devnull);
  assert.equal(r.status, 0, r.stderr.toString());
  return Number(/peak RSS (\d+) MiB/.exec(r.stderr.toString())[1]);
}

test('memory is bounded by the window, not by the input', () => {
  // Records of a short text and a 32 KiB pass-through field: 64 MiB of
  // input in all, 2000 times the in-flight window.
  const pad = 'z'.repeat(32 << 10);
  const write = (file, n) => {
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < n; ++i) fs.writeSync(fd, JSON.stringify({ id: i, text: `El pleno votó la moción ${i}.`, pad }) + '\n');
    fs.closeSync(fd);
  };
  const small = path.join(tmp, 'small.ndjson');
  const big = path.join(tmp, 'big.ndjson');
  write(small, 20);
  write(big, 2048);
  const inputMiB = fs.statSync(big).size >> 20;
  const base = peakRss(small);
  const peak = peakRss(big);
  fs.rmSync(big);
  assert.ok(peak - base < inputMiB / 4, `peak RSS ${peak} MiB on ${inputMiB} MiB of input (baseline ${base} MiB)`);
});

test('bad usage and unreadable input', () => {
  for (const args of [['batch', '--threads', '0'], ['batch', '--threads', 'many'], ['batch', '--threads'],
    ['analyze', '--threads', '2'], ['tag', '--errors', 'x'], ['batch', '--lang', 'fr']]) {
    const r = runCli(args, '');
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^resalta: .+\nTry 'resalta --help'/);
  }
  const r = runCli(['batch', path.join(tmp, 'missing.ndjson')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
  const empty = runCli(['batch', '-'], '');
  assert.equal(empty.status, 0);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /resalta batch: 0 records/);
});

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
test('progress on stderr only when it is a terminal; a summary line always', { skip: !hasScript && 'no script(1) to make a terminal' }, () => {
  const file = path.join(tmp, 'progress.ndjson');
  fs.writeFileSync(file, ndjson(Array.from({ length: 600 }, (_, i) => ({ id: i, text: articles[i % 3] }))));
  const plain = runCli(['batch', '--threads', '2', file]);
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stderr, /^resalta batch: 600 records, 600 ok, 0 failed, [\d.]+ s, [\d.]+ records\/s, 2 threads, peak RSS \d+ MiB\n$/);
  // script(1) gives the command a terminal; its output is the terminal's.
  const tty = spawnSync('script', ['-qc', `'${cli}' batch --threads 2 '${file}' > /dev/null`, '/dev/null'], { encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stderr);
  assert.match(tty.stdout, /\rresalta batch: \d+ records, \d+ records\/s, \d+%, ETA \d+m\d\ds/);
  assert.match(tty.stdout, /resalta batch: 600 records, 600 ok/);
});

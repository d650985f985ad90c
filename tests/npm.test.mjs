// The npm package in build/npm under Node (18 and 20): createAnalyzer() finds the
// wasm and models next to itself, analyze() returns the Document with the
// offset contract, failures are ResaltaErrors with a code, dispose() works,
// the exports resolve, and `npm pack` accepts the directory.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { sourceDir } from './lib/env.mjs';

const builtDir = path.join(sourceDir, 'build/npm');
assert.ok(fs.existsSync(path.join(builtDir, 'index.js')), `no package in ${builtDir}: run scripts/build-npm`);
// A private copy, so a rebuild during the run cannot pull files away; inside
// the tree, so the TipTap helpers still find @tiptap/* in node_modules.
const npmDir = path.join(sourceDir, 'build/test-artifacts', `npm-${process.pid}`);
fs.rmSync(npmDir, { recursive: true, force: true });
fs.cpSync(builtDir, npmDir, { recursive: true });
after(() => fs.rmSync(npmDir, { recursive: true, force: true }));
const pkg = await import(pathToFileURL(path.join(npmDir, 'index.js')).href);
const HAS_ES_MODEL = fs.existsSync(path.join(npmDir, 'models/es.bin'));
const HAS_EN_MODEL = fs.existsSync(path.join(npmDir, 'models/en.bin'));

async function rejects(promise, code, pattern) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.ok(e instanceof pkg.ResaltaError, 'a ResaltaError');
    assert.equal(e.code, code, e.message);
    assert.match(e.message, /^Resalta: /);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

function throws(fn, code, pattern) {
  return rejects((async () => fn())(), code, pattern);
}

test('createAnalyzer() finds the wasm and the shipped models next to the module', async () => {
  const analyzer = await pkg.createAnalyzer({ lang: 'es' });
  assert.match(analyzer.version, /^\d+\.\d+\.\d+$/);
  assert.equal(analyzer.hasModel('es'), HAS_ES_MODEL);
  assert.deepEqual(analyzer.models.length > 0, HAS_ES_MODEL);
  const text = 'El 25 de mayo de 2023 el ministro Juan Pérez 😀 visitó Córdoba.';
  const doc = analyzer.analyze(text, { date: '2023-10-18' });
  assert.equal(doc.schema.split('/')[0], 'resalta.document');
  assert.equal(doc.lang, 'es');
  assert.equal(doc.text_length, text.length);
  for (const key of ['sentences', 'tokens', 'entities', 'spans', 'quotes', 'sources', 'boilerplate', 'tags', 'warnings']) {
    assert.ok(Array.isArray(doc[key]), key);
  }
  assert.equal(doc.tokens.length, 0, 'tokens only on request');
  assert.ok(analyzer.analyze(text, { tokens: true }).tokens.length > 5);
  for (const s of doc.spans) assert.equal(text.slice(s.start, s.end), s.text);
  if (HAS_ES_MODEL) {
    assert.ok(doc.spans.some((s) => s.type === 'PER' && s.text.includes('Pérez')), JSON.stringify(doc.spans));
  }
  analyzer.dispose();
});

test('a Date works as the publication date; lone surrogates keep offsets 1:1', async () => {
  const analyzer = await pkg.createAnalyzer();
  const text = 'Hola \uD800 mundo \uDC00 y Ana.';
  const doc = analyzer.analyze(text, { date: new Date(2023, 9, 18) });
  assert.equal(doc.text_length, text.length);
  analyzer.dispose();
});

test('wasm and model as bytes, URLs or paths; model: null loads none', async () => {
  const wasm = fs.readFileSync(path.join(npmDir, 'resalta.wasm'));
  const a = await pkg.createAnalyzer({ wasm, model: null });
  assert.equal(a.hasModel('es'), false);
  assert.deepEqual(a.models, []);
  a.dispose();
  const b = await pkg.createAnalyzer({ wasm: pathToFileURL(path.join(npmDir, 'resalta.wasm')), model: [] });
  assert.equal(b.analyze('Hola.').lang, 'es');
  b.dispose();
  if (HAS_ES_MODEL) {
    const c = await pkg.createAnalyzer({ model: path.join(npmDir, 'models/es.bin') });
    assert.equal(c.hasModel('es'), true);
    c.dispose();
  }
});

test('failures are ResaltaErrors with a code and a clear message', async () => {
  await rejects(pkg.createAnalyzer({ model: new Uint8Array([1, 2, 3]) }), 'bad-model', /model bytes #1: bad model: /);
  await rejects(pkg.createAnalyzer({ model: path.join(npmDir, 'models/nope.bin') }), 'load-failed', /nope\.bin/);
  await rejects(pkg.createAnalyzer({ wasm: new Uint8Array([0, 1, 2, 3]) }), 'load-failed', /wasm module failed to start/);
  await rejects(pkg.createAnalyzer({ wasm: '/no/such/resalta.wasm' }), 'load-failed', /no\/such\/resalta\.wasm/);
  await rejects(pkg.createAnalyzer({ lang: 'fr' }), 'invalid-argument', /unknown language "fr"/);
  await rejects(pkg.createAnalyzer('es'), 'invalid-argument');
  await rejects(pkg.createAnalyzerWorker(), 'invalid-argument', /no Worker/);

  const a = await pkg.createAnalyzer({ model: null });
  await throws(() => a.analyze('x', { date: '2023-13-45' }), 'invalid-argument', /YYYY-MM-DD/);
  await throws(() => a.analyze('x', { date: new Date(NaN) }), 'invalid-argument', /invalid Date/);
  await throws(() => a.analyze('x', { lang: 'fr' }), 'invalid-argument', /"fr"/);
  await throws(() => a.analyze(null), 'invalid-argument', /must be a string, got null/);
  await throws(() => a.analyze('x'.repeat((10 << 20) + 1)), 'too-large', /limit/);
  // Still usable after errors.
  assert.equal(a.analyze('Hola.').text_length, 5);
  a.dispose();
});

test('dispose() releases the module; later calls throw', async () => {
  const a = await pkg.createAnalyzer({ model: null });
  assert.equal(a.disposed, false);
  a.dispose();
  assert.equal(a.disposed, true);
  await throws(() => a.analyze('Hola.'), 'disposed', /disposed/);
  await throws(() => a.hasModel('es'), 'disposed');
  await rejects(a.analyzeAsync('Hola.'), 'disposed');
  await rejects(a.ensureModel('en'), 'disposed');
  a.dispose();  // twice is fine
});

test('package.json: exports resolve to shipped files, and npm pack accepts the directory', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(npmDir, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'resalta');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.type, 'module');
  const targets = [];
  for (const [key, value] of Object.entries(manifest.exports)) {
    if (key.includes('*')) continue;
    if (typeof value === 'string') targets.push(value); else targets.push(...Object.values(value));
  }
  for (const t of targets) assert.ok(fs.existsSync(path.join(npmDir, t)), `exports target ${t} missing`);

  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: npmDir, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const [info] = JSON.parse(r.stdout);
  const files = info.files.map((f) => f.path).sort();
  for (const f of ['index.js', 'index.d.ts', 'worker.js', 'resalta.mjs', 'resalta.wasm', 'package.json', 'README.md',
    'tiptap.js', 'tiptap.d.ts', 'resalta-article.js', 'renderer.js', 'renderer.css']) {
    assert.ok(files.includes(f), `${f} not packed: ${files.join(', ')}`);
  }
  if (HAS_ES_MODEL) assert.ok(files.includes('models/es.bin'));
  assert.ok(info.size < 2_000_000 + (HAS_ES_MODEL ? fs.statSync(path.join(npmDir, 'models/es.bin')).size : 0), `packed size ${info.size}`);
});

test('the TipTap helpers map editor text offsets back to positions across blocks and marks', async () => {
  const { textWithPositions, offsetToPos, suggestedTags } = await import(pathToFileURL(path.join(npmDir, 'tiptap.js')).href);
  const { getSchema } = await import('@tiptap/core');
  const { default: StarterKit } = await import('@tiptap/starter-kit');
  const schema = getSchema([StarterKit]);
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Hola 😀.' }] },
      { type: 'paragraph', content: [
        { type: 'text', text: 'Ayer ' }, { type: 'text', text: 'Juan', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' Pérez' }, { type: 'hardBreak' }, { type: 'text', text: 'en Madrid.' }] },
    ],
  });
  const { text, runs } = textWithPositions(doc);
  assert.equal(text, 'Hola 😀.\nAyer Juan Pérez\nen Madrid.');
  const check = (needle) => {
    const start = text.indexOf(needle);
    const from = offsetToPos(runs, start, 1);
    const to = offsetToPos(runs, start + needle.length, -1);
    assert.equal(doc.textBetween(from, to, '\n', '\n'), needle);
  };
  for (const n of ['Hola', '😀', 'Juan Pérez', 'Juan', 'Pérez', 'Madrid', 'Ayer Juan']) check(n);
  const tags = suggestedTags({ entities: [
    { id: 'e1', type: 'LOC', name: 'Madrid', salience: 0.3 }, { id: 'e2', type: 'PER', name: 'Juan Pérez', salience: 0.9 },
    { id: 'e3', type: 'PER', name: 'juan pérez', salience: 0.1 }] });
  assert.deepEqual(tags.map((t) => t.name), ['Juan Pérez', 'Madrid']);
});

test('lazy: the first language\'s model loads now, another\'s on its first text; analyzeAsync reports progress', async () => {
  const events = [];
  const a = await pkg.createAnalyzer({ lazy: true, onModel: (e) => events.push(e) });
  assert.deepEqual(events.map((e) => e.model), HAS_ES_MODEL ? ['models/es.bin'] : []);
  assert.equal(a.hasModel('en'), false, 'not loaded before an English text');
  const english = 'Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday.';
  const progress = [];
  const doc = await a.analyzeAsync(english, { onProgress: (p) => progress.push(p) });
  assert.equal(doc.lang, 'en');
  assert.deepEqual(progress.map((p) => p.phase), HAS_EN_MODEL ? ['analyzing', 'analyzing', 'done'] : ['analyzing', 'done'],
    'analyzed again once the English model is in');
  assert.ok(progress.at(-1).ms >= 0);
  assert.equal(a.hasModel('en'), HAS_EN_MODEL);
  if (HAS_EN_MODEL) {
    assert.deepEqual(events.map((e) => e.model).slice(-1), ['models/en.bin']);
    assert.ok(doc.spans.some((s) => s.type === 'PER' && s.text.includes('Starmer')), JSON.stringify(doc.spans));
    assert.deepEqual(doc, a.analyze(english), 'the same Document as the synchronous call');
  }
  assert.equal(await a.ensureModel('en'), false, 'loaded once');
  a.dispose();
});

test('analyzeAsync cuts a long text into chunks, reports each, and the merged Document keeps the offset contract', async () => {
  const a = await pkg.createAnalyzer({ model: null });
  const article = fs.readFileSync(path.join(sourceDir, 'tests/golden/seed-article.es.txt'), 'utf8');
  const long = Array.from({ length: 80 }, () => article).join('\n');
  assert.ok(long.length > 200_000);
  const progress = [];
  const doc = await a.analyzeAsync(long, { date: '2023-10-18', onProgress: (p) => progress.push(p) });
  const steps = progress.filter((p) => p.phase === 'analyzing');
  assert.ok(steps.length >= 2, JSON.stringify(progress));
  assert.deepEqual(steps.map((p) => p.done), steps.map((_, i) => i));
  assert.equal(progress.at(-1).phase, 'done');
  assert.equal(doc.text_length, long.length);
  for (const s of doc.spans) assert.equal(long.slice(s.start, s.end), s.text);
  for (const q of doc.quotes) assert.equal(long.slice(q.start, q.end), q.text);
  const whole = await a.analyzeAsync(long, { date: '2023-10-18', chunk: false });
  assert.equal(whole.spans.filter((s) => s.type === 'DATE').length, doc.spans.filter((s) => s.type === 'DATE').length);
  await assert.rejects(a.analyzeAsync('x'.repeat((10 << 20) + 1)), (e) => e.code === 'too-large' && e.bytes === (10 << 20) + 1);
  a.dispose();
});

test('a broken shipped model: a lazy analyzer reports it and goes on; an eager one throws', async () => {
  const dir = path.join(sourceDir, 'build/test-artifacts', `npm-broken-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(npmDir, dir, { recursive: true });
  try {
    fs.writeFileSync(path.join(dir, 'models/models.json'), '["es.bin"]');
    fs.writeFileSync(path.join(dir, 'models/es.bin'), 'garbage, not a model');
    const broken = await import(pathToFileURL(path.join(dir, 'index.js')).href);
    const events = [];
    const a = await broken.createAnalyzer({ lazy: true, onModel: (e) => events.push(e) });
    assert.equal(events.length, 1);
    assert.equal(events[0].model, 'models/es.bin');
    assert.equal(events[0].error.code, 'bad-model');
    assert.match(events[0].error.detail, /^bad model: /);
    assert.equal(a.hasModel('es'), false);
    assert.equal(a.analyze('El 3 de marzo de 2021.').spans[0].type, 'DATE');
    a.dispose();
    await assert.rejects(broken.createAnalyzer(), (e) => e instanceof broken.ResaltaError && e.code === 'bad-model'
      && /^Resalta: model models\/es\.bin: bad model: /.test(e.message));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

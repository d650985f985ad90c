// The native CLI and the wasm module give byte-identical JSON for the same
// input, models and options.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import fs from 'node:fs';
import path from 'node:path';

import { golden, loadWasm, runCli, sourceDir, trickyTexts } from './lib/env.mjs';

const m = await loadWasm();

// The development sets, when this machine has them (never committed).
const dataDir = process.env.RESALTA_DATA_DIR ?? path.resolve(sourceDir, '../shared/data');

// CoNLL sentences joined back into text, ten sentences an article.
function conllArticles(file, count) {
  if (!fs.existsSync(file)) return [];
  const sentences = fs.readFileSync(file, 'utf8').split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ')[0]).join(' '))
    .filter(Boolean);
  const articles = [];
  for (let i = 0; i < sentences.length && articles.length < count; i += 10) {
    articles.push(sentences.slice(i, i + 10).join(' ').replace(/ ([.,;:)])/g, '$1'));
  }
  return articles;
}

// Each text goes through both builds as UTF-8 bytes: the examples, texts
// that stress offsets, windows over the golden article, and 200 articles
// from the Spanish and English development sets where they are available.
function corpus() {
  const seed = golden('seed-article.es.txt');
  const texts = [...trickyTexts, seed];
  const lines = seed.split('\n').filter(Boolean);
  for (let i = 0; i < lines.length; i++) texts.push(lines.slice(i, i + 3).join('\n'));
  texts.push(...conllArticles(path.join(dataDir, 'conll2002/esp.testa'), 150));
  texts.push(...conllArticles(path.join(dataDir, 'conll2003/eng.testa'), 50));
  return texts;
}

test('native and wasm JSON are byte-identical', () => {
  const texts = corpus();
  assert.ok(texts.length >= (fs.existsSync(dataDir) ? 200 : 25), `only ${texts.length} texts`);
  for (const text of texts) {
    const native = runCli(['analyze', '--date', '2023-10-18'], Buffer.from(text, 'utf8'));
    assert.equal(native.status, 0, native.stderr);
    const wasm = m.analyze(text, { lang: 'auto', date: '2023-10-18', tokens: true });
    assert.equal(wasm.error, '');
    assert.equal(native.stdout, wasm.json + '\n', `differs on ${JSON.stringify(text.slice(0, 60))}`);
  }
});

test('invalid UTF-8 is repaired the same way a browser decodes it', () => {
  const bytes = Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0x20, 0xc3, 0xb1]);
  const native = runCli(['analyze', '--date', '2023-10-18'], bytes);
  assert.equal(native.status, 0, native.stderr);
  const doc = JSON.parse(native.stdout);
  const decoded = new TextDecoder().decode(bytes);
  assert.equal(doc.text_length, decoded.length);
  for (const t of doc.tokens) assert.equal(decoded.slice(t.start, t.end), t.text);
  assert.match(doc.warnings.join(' '), /invalid UTF-8/);
});

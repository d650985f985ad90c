// The native CLI and the wasm module give byte-identical JSON for the same
// input, models and options.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { golden, loadWasm, runCli, trickyTexts } from './lib/env.mjs';

const m = await loadWasm();

// Each text goes through both builds as UTF-8 bytes. Built articles from
// sentences of the golden text make more cases than the examples alone.
function corpus() {
  const seed = golden('seed-article.es.txt');
  const texts = [...trickyTexts, seed];
  const lines = seed.split('\n').filter(Boolean);
  for (let i = 0; i < lines.length; i++) texts.push(lines.slice(i, i + 3).join('\n'));
  return texts;
}

test('native and wasm JSON are byte-identical', () => {
  const texts = corpus();
  assert.ok(texts.length >= 25);
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

// The wasm module under Node (18 and 20): its API, the offset contract, and errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { golden, loadWasm, trickyTexts } from './lib/env.mjs';

const m = await loadWasm();
const options = { lang: 'auto', date: '2023-10-18', tokens: true };

function analyze(text, opts = options) {
  const r = m.analyze(text, opts);
  assert.equal(r.error, '', `analyze failed: ${r.error}`);
  return JSON.parse(r.json);
}

// Every range the Document holds, with the text it claims to cover.
function ranges(doc) {
  const out = [];
  for (const t of doc.tokens) out.push(t);
  for (const s of doc.spans) out.push(s);
  for (const e of doc.entities) out.push(...e.mentions);
  for (const q of doc.quotes) out.push(q);
  for (const s of doc.sources) out.push(s.evidence);
  for (const b of doc.boilerplate) out.push(b);
  return out;
}

test('version is a semver string', () => {
  assert.match(m.version(), /^\d+\.\d+\.\d+$/);
});

test('a Document carries schema, lang and UTF-16 length', () => {
  const text = golden('seed-article.es.txt');
  const doc = analyze(text);
  assert.equal(doc.schema, 'resalta.document/1.0');
  assert.equal(doc.lang, 'es');
  assert.equal(doc.text_length, text.length);
  assert.ok(doc.sentences.length > 10);
  assert.ok(doc.tokens.length > 400);
});

test('text.slice(start, end) === item.text for every range, on tricky texts', () => {
  for (const text of [...trickyTexts, golden('seed-article.es.txt')]) {
    const doc = analyze(text);
    assert.equal(doc.text_length, text.length);
    for (const r of ranges(doc)) {
      assert.equal(text.slice(r.start, r.end), r.text, `range ${r.start}-${r.end} in ${JSON.stringify(text.slice(0, 40))}`);
      // never between the halves of a surrogate pair
      for (const i of [r.start, r.end]) {
        const c = text.charCodeAt(i);
        assert.ok(!(c >= 0xdc00 && c <= 0xdfff && i > 0), `offset ${i} splits a surrogate pair`);
      }
    }
    for (const s of doc.sentences) assert.ok(s.start <= s.end && s.end <= text.length);
  }
});

test('emoji and accents get the offsets JS uses', () => {
  const text = 'Hola 😀 Muñoz';
  const doc = analyze(text);
  const tok = doc.tokens.find((t) => t.text === 'Muñoz');
  assert.deepEqual([tok.start, tok.end], [text.indexOf('Muñoz'), text.length]);
});

test('tokens can be left out', () => {
  const doc = analyze('Una frase corta.', { ...options, tokens: false });
  assert.equal(doc.tokens.length, 0);
  assert.equal(doc.sentences.length, 1);
});

test('errors come back as values, not exceptions', () => {
  assert.match(m.loadModel(new Uint8Array([1, 2, 3])), /^bad-model: /);
  assert.match(m.loadModel(new Uint8Array(0)), /^bad-model: /);
  assert.match(m.analyze('x', { lang: 'fr', date: '', tokens: true }).error, /^invalid-argument: .*unknown language/);
  assert.match(m.analyze('x', { lang: 'es', date: '2023-02-30', tokens: true }).error, /^invalid-argument: date/);
  // a failed load leaves the module usable
  assert.equal(m.analyze('Sigue funcionando.', options).error, '');
});

test('language auto-detection', () => {
  assert.equal(analyze('El gobierno anunció que los precios de la energía subirán en marzo.').lang, 'es');
  assert.equal(analyze('The government said that the prices of energy would rise in March.').lang, 'en');
});

// The Document contract: every output of resalta analyze validates against
// schema/document.schema.json, offsets slice to their text, spans nest, and
// hostile input (no quotes, only quotes, unbalanced marks, all boilerplate,
// 50,000 words, another language) still gives a sound Document.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { golden, runCli, sourceDir, trickyTexts } from './lib/env.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-schema-'));

function longArticle(words) {
  const seed = golden('seed-article.es.txt').split(/\s+/);
  const out = [];
  for (let i = 0; out.length < words; ++i) out.push(seed[i % seed.length]);
  // Paragraphs every 80 words, as articles have.
  return out.map((w, i) => (i % 80 === 79 ? `${w}\n` : w)).join(' ');
}

const texts = {
  golden: golden('seed-article.es.txt'),
  noQuotes: 'El Gobierno anunció ayer un aumento del 30% en las tarifas de gas a partir de septiembre de 2024.',
  onlyQuotes: '"Vamos a ganar." "No hay pruebas." «Nunca.» “Sí.” \'No.\'',
  unbalanced: 'El ministro dijo: "no vamos a ceder. Luego agregó que «todo sigue igual.\n"Hola" remarcó Pérez. ” » \' ‘',
  dashes: '—No vamos a ceder —dijo el ministro—. Después se fue.\n—¿Y ahora? —preguntó.',
  allBoilerplate: 'Seguí leyendo\nTemas en esta nota\nTe puede interesar\nSuscribite a nuestro newsletter\nCompartir\nFoto: Reuters',
  english: 'The Prime Minister said on Tuesday that the government would act, according to Reuters.',
  dateline: 'MADRID, 27 Oct. (EUROPA PRESS) - El Gobierno aprobó hoy el decreto. Fuente: Reuters',
  ...Object.fromEntries(trickyTexts.map((t, i) => [`tricky${i}`, t])),
};

function analyze(name, text) {
  const r = runCli(['analyze', '--date', '2023-10-18', '-'], text);
  assert.equal(r.status, 0, `${name}: ${r.stderr}`);
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, r.stdout);
  return { doc: JSON.parse(r.stdout), file };
}

function checkInvariants(name, text, doc) {
  const slice = (s, e) => text.slice(s, e);
  const units = Buffer.from(text, 'utf8').toString('utf8');  // the CLI repairs invalid UTF-8 the same way
  assert.equal(doc.text_length, units.length, name);
  const ranges = [...doc.spans, ...doc.quotes, ...doc.boilerplate, ...doc.sources.map((s) => s.evidence),
    ...doc.entities.flatMap((e) => e.mentions)];
  for (const r of ranges) assert.equal(slice(r.start, r.end), r.text, `${name}: ${JSON.stringify(r)}`);
  for (let i = 1; i < doc.spans.length; ++i) {
    const a = doc.spans[i - 1], b = doc.spans[i];
    assert.ok(a.start < b.start || (a.start === b.start && a.end >= b.end), `${name}: spans out of order`);
  }
  // Overlapping spans nest.
  const open = [];
  for (const s of doc.spans) {
    while (open.length && open.at(-1) <= s.start) open.pop();
    assert.ok(!open.length || s.end <= open.at(-1), `${name}: span ${s.text} crosses another`);
    open.push(s.end);
  }
  doc.entities.forEach((e, i) => assert.equal(e.id, `e${i + 1}`, name));
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const s of doc.spans) if (s.entity) assert.ok(ids.has(s.entity), `${name}: dangling ${s.entity}`);
  for (const q of doc.quotes) if (q.speaker) assert.ok(ids.has(q.speaker), `${name}: dangling ${q.speaker}`);
}

test('every output validates against the JSON Schema and keeps the offset contract', () => {
  const files = [];
  for (const [name, text] of Object.entries(texts)) {
    const { doc, file } = analyze(name, text);
    checkInvariants(name, text, doc);
    files.push(file);
  }
  const schema = path.join(sourceDir, 'schema/document.schema.json');
  const r = spawnSync('/usr/bin/python3', [path.join(sourceDir, 'tests/lib/validate_schema.py'), schema, ...files]);
  assert.notEqual(r.status, 3, r.stdout.toString());
  assert.equal(r.status, 0, r.stdout.toString() + r.stderr.toString());
});

test('hostile input gives sound documents', () => {
  const { doc: all } = analyze('allBoilerplate', texts.allBoilerplate);
  assert.ok(all.boilerplate.length >= 5, JSON.stringify(all.boilerplate));
  assert.deepEqual(all.tags, []);
  const { doc: unbalanced } = analyze('unbalanced', texts.unbalanced);
  assert.ok(unbalanced.quotes.some((q) => q.text === 'Hola' || q.cue === 'remarcó'), JSON.stringify(unbalanced.quotes));
  const { doc: dashes } = analyze('dashes', texts.dashes);
  assert.ok(dashes.quotes.some((q) => q.text === 'No vamos a ceder' && q.cue === 'dijo'), JSON.stringify(dashes.quotes));
  const { doc: dateline } = analyze('dateline', texts.dateline);
  assert.ok(dateline.boilerplate.some((b) => b.reason === 'dateline' && b.text.startsWith('MADRID')), JSON.stringify(dateline.boilerplate));
  assert.deepEqual(dateline.sources.map((s) => s.name).sort(), ['Europa Press', 'Reuters']);
});

test('a 50,000-word article completes', () => {
  const text = longArticle(50000);
  const { doc } = analyze('long', text);
  assert.ok(doc.sentences.length > 1000);
  assert.ok(doc.spans.length > 1000);
});

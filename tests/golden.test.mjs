// Golden test: the CLI on tests/golden/seed-article.es.txt against the
// hand-made expectations in seed-article.es.expected.json. Expectations the
// tagger does not decide (dates, durations, quantities, demonyms, quote
// text and cue, sources, boilerplate) must all hold. Those that hang on
// entities (names, roles, speakers, salience) run when core/models/es.bin
// exists; there the misses must be exactly the expected file's
// known_misses, so a fix or a new miss both show up here.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { golden, runCli, shippedModels } from './lib/env.mjs';

const expected = JSON.parse(golden('seed-article.es.expected.json'));
const text = golden('seed-article.es.txt');
const hasModel = shippedModels().some((m) => m.name === `${expected.lang}.bin`);

function analyze() {
  const r = runCli(['analyze', '--no-tokens', '--date', expected.published, '-'], text);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function report(title, misses, total) {
  if (misses.length) console.log(`${title}: ${misses.length}/${total} missed\n  - ${misses.join('\n  - ')}`);
}

test('golden: tagger-independent expectations', () => {
  const doc = analyze();
  const misses = [];
  const span = (t, types) => doc.spans.find((s) => s.text === t && types.includes(s.type));
  for (const d of expected.demonyms) {
    const s = span(d.text, ['DEMONYM']);
    if (!s || s.refers_to !== d.refers_to) misses.push(`demonym ${d.text} -> ${d.refers_to}: got ${JSON.stringify(s)}`);
  }
  for (const d of expected.dates) {
    const s = span(d.text, ['DATE', 'TIME']);
    if (!s || s.value?.iso !== d.value) misses.push(`date "${d.text}" = ${d.value}: got ${JSON.stringify(s)}`);
  }
  for (const d of expected.durations) {
    if (!span(d.text, ['DURATION'])) misses.push(`duration "${d.text}"`);
  }
  for (const q of expected.quantities) {
    const s = span(q.text, ['QUANTITY', 'MONEY', 'PERCENT']);
    if (!s || s.value?.number !== q.value || (q.qualifier && s.value?.qualifier !== q.qualifier)) {
      misses.push(`quantity "${q.text}" = ${q.value}: got ${JSON.stringify(s)}`);
    }
  }
  for (const q of expected.quotes) {
    const got = doc.quotes.find((x) => x.text.startsWith(q.text_start) && x.kind === 'direct');
    if (!got || got.cue !== q.cue) misses.push(`quote "${q.text_start}" cue ${q.cue}: got ${JSON.stringify(got)}`);
  }
  for (const s of expected.sources) {
    const got = doc.sources.find((x) => x.name === s.name);
    if (!got || got.evidence.text !== s.evidence) misses.push(`source ${s.name} "${s.evidence}": got ${JSON.stringify(got)}`);
  }
  for (const b of expected.boilerplate) {
    if (!doc.boilerplate.some((x) => x.text === b)) misses.push(`boilerplate "${b}"`);
  }
  report('golden (tagger-independent)', misses, 0);
  assert.deepEqual(misses, []);
});

test('golden: entity expectations (need the tagger model)', { skip: hasModel ? false : `no core/models/${expected.lang}.bin: entity names, roles, speakers and salience not checked` }, () => {
  const doc = analyze();
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const misses = [];
  let total = 0;
  for (const e of expected.entities) {
    total += 1;
    const got = byName.get(e.name);
    if (!got) { misses.push(`entity ${e.name} (${e.type}) not found`); continue; }
    if (got.type !== e.type) misses.push(`entity ${e.name}: type ${got.type}, expected ${e.type}`);
    if ((e.role ?? '') !== got.role) misses.push(`entity ${e.name}: role "${got.role}", expected "${e.role ?? ''}"`);
    for (const a of e.aliases) {
      total += 1;
      if (!got.mentions.some((m) => m.text === a)) misses.push(`entity ${e.name}: no mention "${a}"`);
    }
  }
  for (const q of [...expected.quotes, ...expected.reported_speech]) {
    total += 1;
    const got = [...doc.quotes, ...(doc.reported_speech ?? [])].find((x) => x.text.startsWith(q.text_start));
    const speaker = got && byId.get(got.speaker)?.name;
    if (speaker !== q.speaker) misses.push(`quote "${q.text_start}": speaker ${speaker}, expected ${q.speaker}`);
  }
  const top = doc.tags.slice(0, expected.most_salient.length);
  for (const name of expected.most_salient) {
    total += 1;
    if (!top.includes(name)) misses.push(`most salient: ${name} not in ${JSON.stringify(top)}`);
  }
  report('golden (entities)', misses, total);
  assert.deepEqual(misses, expected.known_misses, `${misses.length}/${total} entity expectations missed`);
});

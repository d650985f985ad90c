// The web renderer and the chunk merger, under Node with hand-written
// Documents (no browser, no model): escaping, nesting, surrogate pairs,
// displaCy export, and WCAG AA contrast of the palettes in both themes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { golden, sourceDir } from './lib/env.mjs';
import { fixtureDocument } from './lib/web-fixture.mjs';

// The renderer and the chunker are the package's (wasm/js/); the page loads them from there too.
const pkg = (f) => pathToFileURL(path.join(sourceDir, 'wasm/js', f)).href;
const { renderHTML, fromDocument, toDisplacy, segment, escapeHTML, TYPES } = await import(pkg('renderer.js'));
const { chunkText, mergeDocuments } = await import(pkg('chunks.js'));

const ATTRS = new Set(['class', 'data-type', 'data-i', 'data-entity', 'data-start', 'data-part', 'data-label',
  'tabindex', 'aria-label', 'title', 'style', 'data-q', 'data-r', 'data-speaker', 'data-b', 'data-reason']);
const UNESCAPE = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

// Checks that the HTML is well nested and only uses the renderer's tags;
// returns the text content (tags removed, entities decoded).
function parse(html) {
  const stack = [];
  let text = '';
  const re = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|([^<]+)/gy;
  let m;
  let last = 0;
  while ((m = re.exec(html))) {
    last = re.lastIndex;
    if (m[4] !== undefined) {
      assert.doesNotMatch(m[4], /[<>]/);
      text += m[4].replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]);
    } else if (m[1]) {
      assert.equal(stack.pop(), m[2], 'closing tag matches the open one');
    } else {
      assert.ok(['mark', 'span'].includes(m[2]), `unexpected tag <${m[2]}>`);
      for (const [, name] of m[3].matchAll(/\s+([a-z-]+)="[^"]*"/g)) assert.ok(ATTRS.has(name), `unexpected attribute ${name}`);
      stack.push(m[2]);
    }
  }
  assert.equal(last, html.length, `unparsed HTML at ${last}: ${html.slice(last, last + 40)}`);
  assert.deepEqual(stack, [], 'every tag is closed');
  return text;
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '&lt;b&gt; &amp; </mark></span>',
];

test('hostile text and attribute values are escaped, never markup', () => {
  for (const h of HOSTILE) {
    const text = `Dijo ${h} ayer.`;
    const start = text.indexOf(h);
    const data = {
      text,
      ents: [{ start, end: start + h.length, label: h, entity: h, title: h }],
      quotes: [{ start: 0, end: text.length, speaker: h }],
      boilerplate: [{ start: 0, end: 4, reason: h }],
    };
    for (const opts of [{}, { inlineStyles: true, focusable: false }]) {
      const html = renderHTML(data, opts);
      // with inline styles the label is real text after the highlight (displaCy's way)
      const end = start + h.length;
      assert.equal(parse(html), opts.inlineStyles ? text.slice(0, end) + h + text.slice(end) : text);
      assert.doesNotMatch(html, /<(img|script|svg)/i);
    }
  }
  assert.equal(escapeHTML(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
});

test('the rendered text is the input text, for every tricky string', () => {
  const texts = ['', 'a', '¿Qué? ¡Nada!', 'Emoji 😀 y 👨‍👩‍👧 y 🇪🇸', 'e\u0301 combinado', 'CRLF\r\nlinea', 'nul\u0000x'];
  for (const text of texts) {
    const ents = [];
    for (let i = 0; i + 2 <= text.length; i += 2) ents.push({ start: i, end: i + 2, label: 'MISC' });
    assert.equal(parse(renderHTML({ text, ents })), text);
  }
});

test('nested ranges: a DATE inside a quote inside boilerplate nest properly', () => {
  const text = 'Dijo: "llegó el martes a Rusia" y se fue.';
  const q0 = text.indexOf('llegó');
  const q1 = text.indexOf('"', q0);
  const d0 = text.indexOf('el martes');
  const l0 = text.indexOf('Rusia');
  const data = {
    text,
    ents: [{ start: d0, end: d0 + 9, label: 'DATE' }, { start: l0, end: l0 + 5, label: 'LOC', entity: 'e1' }],
    quotes: [{ start: q0, end: q1, speaker: 'Lavrov' }],
    boilerplate: [{ start: 0, end: text.length, reason: 'test' }],
  };
  const html = renderHTML(data);
  assert.equal(parse(html), text);
  const b = html.indexOf('rs-boiler');
  const q = html.indexOf('rs-quote');
  const d = html.indexOf('data-type="DATE"');
  assert.ok(b < q && q < d, 'boilerplate contains the quote, which contains the date');
  assert.equal((html.match(/<mark /g) ?? []).length, 2, 'no highlight is split');
  assert.match(html, /data-speaker="Lavrov"/);
  assert.match(html, /data-entity="e1"/);
  assert.match(html, new RegExp(`data-start="${d0}"`));
});

test('reported speech is marked apart from quotes, with its speaker, and follows the quotes option', () => {
  const text = 'La ministra dijo que el plan sigue en marcha.';
  const r0 = text.indexOf('el plan');
  const doc = {
    entities: [{ id: 'e1', name: 'Ana Gómez' }],
    spans: [],
    quotes: [],
    reported_speech: [{ start: r0, end: text.length - 1, speaker: 'e1' }],
    boilerplate: [],
  };
  const data = fromDocument(text, doc);
  assert.deepEqual(data.reported, [{ start: r0, end: text.length - 1, speaker: 'Ana Gómez' }]);
  const html = renderHTML(data);
  assert.equal(parse(html), text);
  assert.match(html, new RegExp(`<span class="rs-reported" data-r="0" data-start="${r0}" title="Reported speech: Ana Gómez">el plan`));
  assert.doesNotMatch(html, /rs-quote/, 'reported speech is not drawn as a quotation');
  assert.doesNotMatch(renderHTML(data, { quotes: false }), /rs-reported/);
  assert.match(renderHTML(data, { inlineStyles: true }), /rs-reported[^>]*style="border-bottom:1px dotted/);
});

test('crossing ranges are split into pieces; only the first is focusable', () => {
  const text = 'aaaa bbbb cccc';
  const data = { text, ents: [{ start: 5, end: 14, label: 'ORG' }], quotes: [{ start: 0, end: 9 }] };
  const html = renderHTML(data);
  assert.equal(parse(html), text);
  assert.equal((html.match(/<mark /g) ?? []).length, 2);
  assert.equal((html.match(/tabindex="-1"/g) ?? []).length, 1);
  assert.equal((html.match(/data-part="cont"/g) ?? []).length, 1);
  assert.equal((html.match(/data-label="ORG"/g) ?? []).length, 1, 'the label sits on the last piece');
});

test('a range that would split a surrogate pair is widened', () => {
  const text = 'x😀y';
  for (const [s, e] of [[1, 2], [2, 3], [2, 4]]) {
    const segs = segment(text, [{ start: s, end: e, kind: 'ent', index: 0 }]);
    for (const seg of segs) {
      const c = text.charCodeAt(seg.start);
      assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `segment starts inside a pair: ${JSON.stringify(segs)}`);
    }
    assert.equal(parse(renderHTML({ text, ents: [{ start: s, end: e, label: 'MISC' }] })), text);
  }
  // garbage offsets are ignored, not thrown on
  assert.equal(parse(renderHTML({ text, ents: [{ start: 5, end: 2, label: 'X' }, { start: NaN, end: 1, label: 'X' }, { start: -3, end: 99, label: 'X' }] })), text);
});

test('hidden types are not highlighted; labels can be turned off', () => {
  const text = 'Putin en Rusia';
  const data = { text, ents: [{ start: 0, end: 5, label: 'PER' }, { start: 9, end: 14, label: 'LOC' }] };
  const html = renderHTML(data, { hidden: ['PER'], labels: false });
  assert.doesNotMatch(html, /PER/);
  assert.doesNotMatch(html, /data-label/);
  assert.match(html, /data-type="LOC"/);
});

test('fromDocument and toDisplacy on the seed article fixture', () => {
  const text = golden('seed-article.es.txt');
  const doc = fixtureDocument(text);
  const data = fromDocument(text, doc);
  assert.equal(data.ents.length, doc.spans.length);
  const lavrov = data.ents.find((e) => text.slice(e.start, e.end) === 'Lavrov');
  assert.equal(lavrov.title, 'Serguei Lavrov');
  assert.equal(data.quotes[0].speaker, 'Serguei Lavrov');
  const html = renderHTML(data);
  assert.equal(parse(html), text);
  const dx = toDisplacy(data);
  assert.equal(dx.text, text);
  assert.deepEqual(Object.keys(dx.ents[0]), ['start', 'end', 'label']);
  // displaCy counts code points: after an emoji, offsets shift by one
  const e = toDisplacy({ text: '😀 Putin', ents: [{ start: 3, end: 8, label: 'PER' }] });
  assert.deepEqual(e.ents, [{ start: 2, end: 7, label: 'PER' }]);
  assert.equal([...'😀 Putin'].slice(2, 7).join(''), 'Putin');
});

test('every type has a label and the legend order is stable', () => {
  assert.deepEqual(TYPES.map((t) => t.label).slice(0, 3), ['PER', 'ORG', 'LOC']);
  for (const t of ['DATE', 'TIME', 'DURATION', 'QUANTITY', 'MONEY', 'PERCENT', 'DEMONYM', 'MISC', 'ROLE']) {
    assert.ok(TYPES.some((x) => x.label === t), t);
  }
});

test('chunked analysis: chunk Documents merge back with shifted offsets', () => {
  const para = golden('seed-article.es.txt');
  const text = Array.from({ length: 60 }, () => para).join('\n');
  const chunks = chunkText(text, 20_000);
  assert.ok(chunks.length > 5);
  assert.equal(chunks[0][0], 0);
  assert.equal(chunks.at(-1)[1], text.length);
  for (let i = 1; i < chunks.length; i++) {
    assert.equal(chunks[i][0], chunks[i - 1][1]);
    assert.equal(text[chunks[i][0] - 1], '\n', 'cuts after a newline');
  }
  const parts = chunks.map(([s, e]) => {
    const d = fixtureDocument(text.slice(s, e));
    d.sentences = [{ start: 0, end: e - s, first_token: 0, token_count: 7 }];
    return { doc: d, offset: s };
  });
  const doc = mergeDocuments(parts, text.length);
  assert.equal(doc.text_length, text.length);
  for (const s of doc.spans) assert.equal(text.slice(s.start, s.end), s.text);
  for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const e of doc.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(new Set(doc.entities.map((e) => `${e.type}:${e.name}`)).size, doc.entities.length, 'entities merged');
  const lavrov = doc.entities.find((e) => e.name === 'Serguei Lavrov');
  assert.equal(lavrov.mentions.length, 60 * 4);
  assert.ok(doc.spans.filter((s) => s.entity).every((s) => doc.entities.some((e) => e.id === s.entity)));
  assert.deepEqual(doc.sentences.map((s) => s.first_token).slice(0, 3), [0, 7, 14]);
  // a text with no newline or space is still cut, never inside a surrogate pair
  const emoji = '😀'.repeat(40_000);
  for (const [s] of chunkText(emoji, 10_001).slice(1)) assert.ok(emoji.charCodeAt(s) >= 0xd800 && emoji.charCodeAt(s) <= 0xdbff);
});

// ---- WCAG AA contrast of the palettes (the CSS variables, both themes)
function luminance(hex) {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
function themes(css, lightSel, darkSel) {
  const block = (sel) => {
    const i = css.indexOf(sel);
    assert.ok(i >= 0, `selector ${sel}`);
    const body = css.slice(css.indexOf('{', i) + 1, css.indexOf('}', i));
    return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  };
  return { light: block(lightSel), dark: block(darkSel) };
}

test('highlight and page colors meet WCAG AA in light and dark themes', () => {
  const rcss = fs.readFileSync(path.join(sourceDir, 'wasm/js/renderer.css'), 'utf8');
  const acss = fs.readFileSync(path.join(sourceDir, 'web/app.css'), 'utf8');
  const r = themes(rcss, '.rs-doc, .rs-palette, :host {', ':root[data-theme="dark"] .rs-doc');
  const a = themes(acss, ':root {', ':root[data-theme="dark"] {');
  for (const [name, v] of Object.entries(r)) {
    for (const t of TYPES) {
      const c = contrast(v['rs-fg'], v[`rs-${t.label}`]);
      assert.ok(c >= 4.5, `${name}: text on ${t.label} is ${c.toFixed(2)}:1`);
    }
    assert.ok(contrast(v['rs-fg'], v['rs-speaker-bg']) >= 4.5, `${name}: speaker badge`);
    assert.ok(contrast(v['rs-dim'], v['rs-bg']) >= 4.5, `${name}: dimmed boilerplate`);
    assert.ok(contrast(v['rs-fg'], v['rs-bg']) >= 4.5, `${name}: article text`);
    assert.ok(contrast(v['rs-focus'], v['rs-bg']) >= 3, `${name}: focus ring`);
  }
  for (const [name, v] of Object.entries(a)) {
    for (const bg of ['bg', 'surface']) {
      assert.ok(contrast(v.fg, v[bg]) >= 4.5, `${name}: text on ${bg}`);
      assert.ok(contrast(v.muted, v[bg]) >= 4.5, `${name}: muted text on ${bg}`);
    }
    assert.ok(contrast(v['accent-fg'], v.accent) >= 4.5, `${name}: button text`);
    assert.ok(contrast(v['error-fg'], v['error-bg']) >= 4.5, `${name}: error text`);
    assert.ok(contrast(v.focus, v.surface) >= 3, `${name}: focus ring`);
  }
});

test('the page reads years before 100 and before Christ as written (eras: "79 d. C.", "44 a. C.")', async () => {
  const { utc, formatIso } = await import(pathToFileURL(path.join(sourceDir, 'web/i18n.js')).href);
  // Date.UTC alone reads 79 as 1979.
  assert.equal(new Date(utc(79, 7, 24)).getUTCFullYear(), 79);
  assert.equal(new Date(utc(-43, 2, 15)).getUTCFullYear(), -43);
  assert.equal(new Date(utc(2023, 12)).toISOString().slice(0, 10), '2024-01-01');
  assert.doesNotMatch(formatIso('0079-08-24'), /1979/);
  assert.equal(formatIso('-0043'), '-0043');  // no calendar format for a signed year: the value as written
});

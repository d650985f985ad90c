// <resalta-article> in Debian's chromium, on the example page
// (build/web/examples/component.html): shadow DOM rendering through the
// page's renderer, analysis through the package's worker, theming with CSS
// custom properties, hidden types, escaping, the select event, the CSP.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { openBuiltPage } from './lib/browser.mjs';
import { sourceDir, webDir } from './lib/env.mjs';

const HAS_ES_MODEL = fs.existsSync(path.join(webDir, 'models/es.bin'));
const WAIT = { timeout: 20_000 };
assert.ok(fs.existsSync(path.join(webDir, 'examples/component.html')), `no examples in ${webDir}: run scripts/build web`);


let opened;
let page;
let errors;
before(async () => {
  opened = await openBuiltPage(webDir, '/examples/component.html');
  ({ page, errors } = opened);
  await page.waitForFunction(() => window.resaltaExample?.plain.analyzer && window.resaltaExample.themed.analyzer, null, WAIT);
  await page.evaluate(() => Promise.all([window.resaltaExample.plain.updated, window.resaltaExample.themed.updated]));
});
after(async () => {
  await opened?.stop();
});

const marks = (id) => page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('mark.rs-ent')]
  .map((m) => ({ type: m.dataset.type, text: m.textContent })), `#${id}`);

test('the example page renders both elements through the worker, under the CSP', async () => {
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  const r = await page.evaluate(() => {
    const el = window.resaltaExample.plain;
    return { lang: el.document?.lang, shadowText: el.shadowRoot.querySelector('.rs-body').textContent, text: el.text, light: el.innerHTML };
  });
  assert.equal(r.lang, 'es');
  assert.equal(r.shadowText, r.text, 'the shadow DOM shows the whole text');
  assert.doesNotMatch(r.light, /<mark/, 'the light DOM is left alone');
  const found = await marks('plain');
  assert.ok(found.some((m) => m.type === 'DATE' && m.text === 'el 25 de mayo de 2023'), JSON.stringify(found));
  assert.ok(found.some((m) => m.type === 'MONEY' && m.text === '1.500 millones de euros'), JSON.stringify(found));
});

test('names are highlighted with the entity model', { skip: !HAS_ES_MODEL && 'no models/es.bin in this build: without the entity model the core finds no names' }, async () => {
  const found = await marks('plain');
  assert.ok(found.some((m) => m.type === 'PER' && m.text.includes('Juan Pérez')), JSON.stringify(found));
});

test('editing the text re-analyzes; a given Document renders as is, escaped', async () => {
  await page.fill('#source', 'Hoy, 3 de marzo de 2021, no pasó nada.');
  await page.waitForFunction(() => window.resaltaExample.plain.document?.text_length === 'Hoy, 3 de marzo de 2021, no pasó nada.'.length, null, WAIT);
  await page.evaluate(() => window.resaltaExample.plain.updated);
  assert.ok((await marks('plain')).some((m) => m.type === 'DATE' && m.text.includes('3 de marzo de 2021')));

  const r = await page.evaluate(() => {
    const el = document.createElement('resalta-article');
    document.body.append(el);
    const text = '<img src=x onerror=alert(1)> Juan Pérez 😀 en Madrid';
    el.text = text;
    const at = (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    el.document = {
      schema: 'resalta.document/1.0', lang: 'es', text_length: text.length, sentences: [], tokens: [],
      entities: [{ id: 'e1', type: 'PER', name: 'Juan Pérez', role: '', salience: 1, mentions: [at('Juan Pérez')] }],
      spans: [{ ...at('Juan Pérez'), type: 'PER', entity: 'e1' }, { ...at('Madrid'), type: 'LOC' }],
      quotes: [], sources: [], boilerplate: [], tags: [], warnings: [],
    };
    let selected = null;
    el.addEventListener('resalta:select', (ev) => { selected = ev.detail; });
    el.shadowRoot.querySelector('mark[data-type="PER"]').click();
    const out = {
      marks: [...el.shadowRoot.querySelectorAll('mark')].map((m) => [m.dataset.type, m.textContent]),
      imgs: el.shadowRoot.querySelectorAll('img').length,
      body: el.shadowRoot.querySelector('.rs-body').textContent === text,
      selected: selected && [selected.span.text, selected.entity?.name],
    };
    el.setAttribute('hide', 'PER');
    out.hidden = [...el.shadowRoot.querySelectorAll('mark')].map((m) => m.dataset.type);
    el.remove();
    return out;
  });
  assert.deepEqual(r.marks, [['PER', 'Juan Pérez'], ['LOC', 'Madrid']]);
  assert.equal(r.imgs, 0, 'hostile text stays text');
  assert.ok(r.body);
  assert.deepEqual(r.selected, ['Juan Pérez', 'Juan Pérez']);
  assert.deepEqual(r.hidden, ['LOC']);
});

test('themeable from the page through the renderer\'s custom properties', async () => {
  const bg = await page.evaluate(() => {
    const text = 'Juan Pérez';
    const doc = { schema: 'resalta.document/1.0', lang: 'es', text_length: text.length, sentences: [], tokens: [], entities: [],
      spans: [{ start: 0, end: 10, text, type: 'PER' }], quotes: [], sources: [], boilerplate: [], tags: [], warnings: [] };
    const { plain, themed } = window.resaltaExample;
    const out = {};
    for (const [name, el] of [['plain', plain], ['themed', themed]]) {
      el.text = text;
      el.document = doc;
      out[name] = getComputedStyle(el.shadowRoot.querySelector('mark')).backgroundColor;
    }
    themed.style.setProperty('--rs-PER', 'rgb(1, 2, 3)');
    out.inline = getComputedStyle(themed.shadowRoot.querySelector('mark')).backgroundColor;
    return out;
  });
  assert.equal(bg.plain, 'rgb(253, 226, 184)', 'renderer.css default (#fde2b8)');
  assert.equal(bg.themed, 'rgb(255, 224, 138)', 'the page\'s --rs-PER (#ffe08a in examples.css)');
  assert.equal(bg.inline, 'rgb(1, 2, 3)');
});

test('the palette has one source: renderer.css, light and dark, on the element', async () => {
  const element = fs.readFileSync(path.join(sourceDir, 'wasm/js/resalta-article.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  assert.doesNotMatch(element, /--rs-[\w-]+\s*:/, 'resalta-article.css declares no palette of its own');
  const bg = await page.evaluate(() => {
    const { plain } = window.resaltaExample;
    const mark = () => getComputedStyle(plain.shadowRoot.querySelector('mark')).backgroundColor;
    const light = mark();
    plain.setAttribute('theme', 'dark');
    const dark = mark();
    plain.removeAttribute('theme');
    return { light, dark };
  });
  assert.equal(bg.light, 'rgb(253, 226, 184)', 'renderer.css light --rs-PER (#fde2b8)');
  assert.equal(bg.dark, 'rgb(107, 74, 18)', 'renderer.css dark --rs-PER (#6b4a12)');
});

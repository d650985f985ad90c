// The TipTap extension in Debian's chromium, on the example page
// (build/web/examples/editor.html): typing into the real editor, marks as
// decorations over the right words across paragraphs and bold, the caret
// staying put, undo, accepting a mark (and undoing it), suggested tags.
// Two analyzers: the package's worker (the page as shipped; entity checks
// need models/es.bin) and a stand-in that marks a fixed list of names, so
// the editor mechanics are tested with or without the entity model.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { openBuiltPage } from './lib/browser.mjs';
import { webDir } from './lib/env.mjs';

const HAS_ES_MODEL = fs.existsSync(path.join(webDir, 'models/es.bin'));
const WAIT = { timeout: 20_000 };
assert.ok(fs.existsSync(path.join(webDir, 'examples/editor.bundle.js')), `no editor example in ${webDir}: run scripts/build web`);


let opened;
let page;
let errors;
before(async () => {
  opened = await openBuiltPage(webDir, '/examples/editor.html');
  ({ page, errors } = opened);
  await page.waitForFunction(() => window.resaltaExample?.editor?.storage.resalta.analyses >= 1, null, WAIT);
});
after(async () => {
  await opened?.stop();
});

// Errors other than the 404 of a model the build does not ship.
const realErrors = () => errors.filter((e) => !/404/.test(e));

test('the example editor analyzes in a worker, under the CSP, without touching the saved HTML', async () => {
  const state = await page.evaluate(() => {
    const { editor } = window.resaltaExample;
    return { html: editor.getHTML(), doc: editor.storage.resalta.document, csp: window.__csp, marks: document.querySelectorAll('#editor mark.rs-ent').length };
  });
  assert.deepEqual(realErrors(), []);
  assert.deepEqual(state.csp, []);
  assert.equal(state.doc.lang, 'es');
  assert.equal(state.marks > 0, state.doc.spans.length > 0);
  assert.doesNotMatch(state.html, /rs-ent|<mark|data-resalta/, 'suggestions stay out of the content');
});

test('typing into the real editor: every mark covers its span\'s words; the date and the money are marked', async () => {
  const editorEl = page.locator('#editor .ProseMirror');
  await editorEl.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const before = await page.evaluate(() => window.resaltaExample.editor.storage.resalta.analyses);
  await page.keyboard.type('El ministro Juan Pérez llegó a Madrid el 25 de mayo de 2023.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pérez habló con la agencia EFE sobre 1.500 millones de euros.');
  await page.waitForFunction((n) => {
    const { editor } = window.resaltaExample;
    const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
    return editor.storage.resalta.analyses > n && editor.storage.resalta.document.text_length === text.length;
  }, before, WAIT);
  const r = await page.evaluate(() => {
    const { editor } = window.resaltaExample;
    const doc = editor.storage.resalta.document;
    const marks = doc.spans.map((s, i) => [...document.querySelectorAll(`#editor mark[data-resalta-span="${i}"]`)].map((m) => m.textContent).join(''));
    return { spans: doc.spans, marks, html: editor.getHTML() };
  });
  r.spans.forEach((s, i) => assert.equal(r.marks[i], s.text, `span ${i} (${s.type})`));
  // Found by the core without an entity model; the second is in the second paragraph.
  assert.ok(r.spans.some((s) => s.type === 'DATE' && s.text === 'el 25 de mayo de 2023'), JSON.stringify(r.spans));
  assert.ok(r.spans.some((s) => s.type === 'MONEY' && s.text === '1.500 millones de euros'), JSON.stringify(r.spans));
  assert.doesNotMatch(r.html, /<mark|data-resalta/);
});

test('typing into the real editor: names are marked and suggested as tags',
  { skip: !HAS_ES_MODEL && 'no models/es.bin in this build: without the entity model the core finds no names' }, async () => {
  const r = await page.evaluate(() => ({ spans: window.resaltaExample.editor.storage.resalta.document.spans }));
  assert.ok(r.spans.some((s) => s.type === 'PER' && s.text.includes('Juan Pérez')), JSON.stringify(r.spans));
  const tags = await page.evaluate(() => window.resaltaExample.editor.storage.resalta.tags);
  assert.ok(tags.some((tag) => tag.name.includes('Pérez')), JSON.stringify(tags));
});

test('real worker: accept the date mark with Alt+Enter, then undo it; the caret stays', async () => {
  const at = await page.evaluate(() => {
    const { editor } = window.resaltaExample;
    let pos = -1;
    editor.state.doc.descendants((n, p) => { if (pos < 0 && n.isText && n.text.includes('mayo')) pos = p + n.text.indexOf('mayo') + 1; });
    editor.commands.focus();
    editor.commands.setTextSelection(pos);
    return pos;
  });
  await page.waitForFunction(() => window.resaltaExample.editor.view.hasFocus(), null, WAIT);  // TipTap focuses a frame later
  const html = () => page.evaluate(() => window.resaltaExample.editor.getHTML());
  const before = await html();
  await page.keyboard.press('Alt+Enter');
  assert.match(await html(), /<span data-resalta-type="DATE" data-resalta-name="el 25 de mayo de 2023">el 25 de mayo de 2023<\/span>/);
  assert.equal(await page.evaluate(() => window.resaltaExample.editor.state.selection.from), at);
  await page.keyboard.press('Control+z');
  assert.equal(await html(), before);
  assert.equal(await page.evaluate(() => window.resaltaExample.editor.state.selection.from), at);
});

// The stand-in analyzer: marks a fixed list of names wherever they occur.
async function stubEditor() {
  await page.evaluate(() => {
    const { Editor, StarterKit, Resalta } = window.resaltaExample;
    const NAMES = [['Juan Pérez', 'PER', 0.9], ['Madrid', 'LOC', 0.5], ['Banco de España', 'ORG', 0.7]];
    const analyzer = {
      calls: 0,
      analyze(text) {
        this.calls++;
        const spans = [];
        const entities = [];
        for (const [name, type, salience] of NAMES) {
          const mentions = [];
          for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
            mentions.push({ start: i, end: i + name.length, text: name });
          }
          if (!mentions.length) continue;
          const id = `e${entities.length + 1}`;
          entities.push({ id, type, name, role: '', salience, mentions });
          for (const m of mentions) spans.push({ ...m, type, entity: id });
        }
        spans.sort((a, b) => a.start - b.start);
        return Promise.resolve({ schema: 'resalta.document/1.0', lang: 'es', text_length: text.length, sentences: [], tokens: [],
          entities, spans, quotes: [], sources: [], boilerplate: [], tags: [], warnings: [] });
      },
    };
    document.querySelector('#editor').hidden = true;
    const host = document.createElement('div');
    host.id = 'stub';
    host.className = 'editor';
    document.querySelector('#editor').after(host);
    window.stubTags = [];
    const editor = new Editor({
      element: host,
      injectCSS: false,
      extensions: [StarterKit, Resalta.configure({ analyzer, debounce: 150 })],
      content: '<p>Primera línea.</p><p>Ayer <strong>Juan</strong> Pérez llegó.</p>',
    });
    editor.view.dom.addEventListener('resalta:tags', (ev) => window.stubTags.push(ev.detail));
    window.stub = { editor, analyzer };
  });
  await page.waitForFunction(() => window.stub.editor.storage.resalta.analyses >= 1, null, WAIT);
}

const stubState = () => page.evaluate(() => {
  const { editor } = window.stub;
  const byIndex = {};
  for (const m of document.querySelectorAll('#stub mark.rs-ent')) {
    byIndex[m.dataset.resaltaSpan] = (byIndex[m.dataset.resaltaSpan] ?? '') + m.textContent;
  }
  const sel = window.getSelection();
  return {
    text: editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n'),
    html: editor.getHTML(),
    marks: Object.values(byIndex),
    types: [...document.querySelectorAll('#stub mark.rs-ent')].map((m) => m.dataset.type),
    from: editor.state.selection.from,
    to: editor.state.selection.to,
    domFocus: sel.focusNode ? editor.view.posAtDOM(sel.focusNode, sel.focusOffset) : -1,
    analyses: editor.storage.resalta.analyses,
    tags: editor.storage.resalta.tags,
  };
});

test('stand-in analyzer: marks across bold, caret kept while marks appear, undo, accept, tags', async () => {
  await stubEditor();
  let s = await stubState();
  assert.deepEqual(s.marks, ['Juan Pérez'], 'one mark over "Juan" (bold) + " Pérez" in the second paragraph');
  assert.ok(s.types.every((t) => t === 'PER'));
  assert.doesNotMatch(s.html, /<mark|data-resalta/);

  // Type at the end of the second paragraph; the new name gets its mark
  // while the caret stays at the end of what was typed.
  await page.evaluate(() => window.stub.editor.commands.focus('end'));
  // TipTap focuses in the next animation frame: keys typed before that
  // would go to the page, not the editor.
  await page.waitForFunction(() => window.stub.editor.view.hasFocus(), null, WAIT);
  const start = (await stubState()).from;
  await page.keyboard.type(' Vive en Madrid');
  // ProseMirror reads typed text from the DOM a moment after the key
  // events (sooner or later with the machine's load): wait for all of it.
  const typedEnd = start + ' Vive en Madrid'.length;
  await page.waitForFunction((end) => window.stub.editor.state.selection.from === end, typedEnd, WAIT);
  await page.waitForFunction(() => [...document.querySelectorAll('#stub mark.rs-ent')].some((m) => m.textContent === 'Madrid'), null, WAIT);
  s = await stubState();
  assert.deepEqual(s.marks, ['Juan Pérez', 'Madrid']);
  assert.equal(s.from, typedEnd, 'the caret did not move when the marks appeared');
  assert.equal(s.to, typedEnd);
  assert.equal(s.domFocus, typedEnd, 'the DOM caret is where the editor says');
  assert.doesNotMatch(s.html, /<mark|data-resalta/, 'suggestions never enter the content');
  await page.waitForFunction(() => window.stubTags.length >= 2, null, WAIT);
  const tags = await page.evaluate(() => window.stubTags.at(-1));
  assert.deepEqual(tags.map((t) => [t.name, t.type]), [['Juan Pérez', 'PER'], ['Madrid', 'LOC']]);
  assert.deepEqual(s.tags, tags, 'editor.storage.resalta.tags matches the event');

  // Undo removes the typing (one history step) and puts the caret back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => ![...document.querySelectorAll('#stub mark.rs-ent')].some((m) => m.textContent === 'Madrid'), null, WAIT);
  s = await stubState();
  assert.equal(s.text, 'Primera línea.\nAyer Juan Pérez llegó.');
  assert.equal(s.from, start, 'undo puts the caret where the typing began');
  await page.waitForFunction(() => window.stubTags.at(-1).length === 1, null, WAIT);

  // Accept the suggestion under the caret (Alt+Enter): a real mark, saved.
  const insidePerez = (await page.evaluate(() => {
    const { editor } = window.stub;
    let pos = -1;
    editor.state.doc.descendants((n, p) => { if (n.isText && n.text.includes('Pérez')) pos = p + n.text.indexOf('Pérez') + 2; });
    editor.commands.setTextSelection(pos);
    return pos;
  }));
  await page.keyboard.press('Alt+Enter');
  s = await stubState();
  assert.match(s.html, /<strong><span data-resalta-type="PER" data-resalta-name="Juan Pérez">Juan<\/span><\/strong><span data-resalta-type="PER" data-resalta-name="Juan Pérez"> Pérez<\/span>/, s.html);
  assert.equal(s.from, insidePerez, 'accepting does not move the caret');
  assert.equal(s.text, 'Primera línea.\nAyer Juan Pérez llegó.');

  // Undo the acceptance: the content is back to what the author wrote.
  await page.keyboard.press('Control+z');
  s = await stubState();
  assert.doesNotMatch(s.html, /data-resalta/);
  assert.equal(s.text, 'Primera línea.\nAyer Juan Pérez llegó.');
  assert.equal(s.from, insidePerez);

  // Redo brings the accepted mark back; reloading the saved HTML keeps it.
  await page.keyboard.press('Control+Shift+z');
  s = await stubState();
  assert.match(s.html, /data-resalta-type="PER"/);
  const reparsed = await page.evaluate((html) => { window.stub.editor.commands.setContent(html); return window.stub.editor.getHTML(); }, s.html);
  assert.equal(reparsed, s.html);
  assert.deepEqual(realErrors(), []);
});

test('no suggestion at the caret: accepting does nothing', async () => {
  const r = await page.evaluate(() => {
    const { editor } = window.stub;
    editor.commands.setTextSelection(2);
    const before = editor.getHTML();
    return { ok: editor.commands.acceptResaltaMark(), same: editor.getHTML() === before };
  });
  assert.deepEqual(r, { ok: false, same: true });
});

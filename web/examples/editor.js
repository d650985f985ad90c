// The TipTap example. Bundled by scripts/bundle-editor.mjs into
// editor.bundle.js (TipTap from node_modules); ./resalta/ is the package.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

import { Resalta } from './resalta/tiptap.js';

const TYPE_NAMES = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const statusEl = document.querySelector('#status');
const tagsEl = document.querySelector('#tags');
const htmlEl = document.querySelector('#html');

const editor = new Editor({
  element: document.querySelector('#editor'),
  // TipTap would inject its base CSS as a <style> element, which the CSP
  // (style-src 'self') blocks; examples.css carries it instead.
  injectCSS: false,
  extensions: [
    StarterKit,
    Resalta.configure({ lang: 'es', date: new Date().toISOString().slice(0, 10) }),
  ],
  content: '<p>El ministro de Economía, Juan Pérez, anunció el 25 de mayo de 2023 en Madrid un plan de 1.500 millones de euros.</p>'
    + '<p>«Es un <strong>paso necesario</strong>», dijo Pérez a la agencia EFE. El Banco de España calcula que el desempleo bajará un 2%.</p>',
});

function showTags(tags) {
  tagsEl.replaceChildren(...tags.map((t) => {
    const li = document.createElement('li');
    li.dataset.type = t.type;
    li.append(t.name);
    const small = document.createElement('small');
    small.textContent = TYPE_NAMES[t.type] ?? t.type;
    li.append(small);
    return li;
  }));
}

const showHTML = () => { htmlEl.textContent = editor.getHTML(); };
editor.on('update', showHTML);
showHTML();

// What a host CMS listens to: the tags as they change, on the editor element.
editor.view.dom.addEventListener('resalta:tags', (ev) => showTags(ev.detail));
editor.view.dom.addEventListener('resalta:analyzed', (ev) => {
  const d = ev.detail.document;
  statusEl.classList.remove('error');
  statusEl.textContent = `${d.spans.length} marks, ${d.entities.length} entities (${d.lang})`;
});
editor.view.dom.addEventListener('resalta:error', (ev) => {
  statusEl.classList.add('error');
  statusEl.textContent = ev.detail.message;
});
document.querySelector('#accept').addEventListener('click', () => {
  if (!editor.chain().focus().acceptResaltaMark().run()) statusEl.textContent = 'No mark at the caret.';
});

// For the console and the browser tests.
window.resaltaExample = { editor, Editor, StarterKit, Resalta };

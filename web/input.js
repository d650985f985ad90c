// The article box and its controls: typing, pasting, language, date,
// Clear, Edit/Show highlights, and the Example button (the example article,
// fetched from this site).
import { schedule } from './analysis.js';
import { el } from './dom.js';
import { dateToField, fieldToDate, t } from './i18n.js';
import { setEditing } from './render.js';
import { showError, state } from './state.js';

export function setupInput() {
  el.input.addEventListener('input', () => schedule());
  el.input.addEventListener('paste', () => { state.pasted = true; });
  el.lang.addEventListener('change', () => schedule(0));
  el.date.addEventListener('change', () => {
    // shown back in the interface language's order ("5/3/2019" -> "05/03/2019")
    const iso = fieldToDate(el.date.value);
    if (iso) el.date.value = dateToField(iso);
    schedule(0);
  });
  el.mode.hidden = true;
  el.mode.addEventListener('click', () => {
    setEditing(!state.editing);
    (state.editing ? el.input : el.output).focus();
  });
  // Clear starts a new article: its date too, so the last one's never carries over.
  el.clear.addEventListener('click', () => {
    el.input.value = '';
    el.date.value = '';
    setEditing(true);
    schedule(0);
    el.input.focus();
  });
  el.example.addEventListener('click', async () => {
    try {
      const r = await fetch('./examples/seed-article.es.txt');
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      el.input.value = await r.text();
      el.date.value = dateToField('2023-10-18');
      el.lang.value = 'auto';
      state.pasted = true;
      schedule(0);
    } catch (e) {
      showError(t('exampleFailed', e.message));
    }
  });
}

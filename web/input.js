// The article box and its controls: typing, language, date, Clear, and the
// Example button (the example article, fetched from this site).
import { schedule } from './analysis.js';
import { el } from './dom.js';
import { showError } from './state.js';

export function setupInput() {
  el.input.addEventListener('input', () => schedule());
  el.lang.addEventListener('change', () => schedule(0));
  el.date.addEventListener('change', () => schedule(0));
  el.clear.addEventListener('click', () => { el.input.value = ''; schedule(0); el.input.focus(); });
  el.example.addEventListener('click', async () => {
    try {
      const r = await fetch('./examples/seed-article.es.txt');
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      el.input.value = await r.text();
      el.date.value = '2023-10-18';
      el.lang.value = 'auto';
      schedule(0);
    } catch (e) {
      showError(`Could not load the example (${e.message}).`);
    }
  });
}

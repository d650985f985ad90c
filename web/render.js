// Showing one analysis: the highlighted article (renderer.js), the legend,
// the panel, the timeline, the export buttons and the status line.
import { fromDocument, renderHTML } from './renderer.js';
import { hideCard } from './card.js';
import { el } from './dom.js';
import { firstVisibleHighlight } from './navigation.js';
import { renderEntities, renderLegend, renderQuotes, renderSources } from './panel.js';
import { setState, setStatus, showError, state } from './state.js';
import { renderTimeline } from './timeline.js';

export const LANG_NAMES = { es: 'Spanish', en: 'English' };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Shows analysis `id` of `text`; coreMs: the analysis time in the worker. */
export function show(id, text, doc, coreMs) {
  performance.measure('resalta:analyze', `resalta:send:${id}`);
  performance.measure('resalta:core', { start: Math.max(0, performance.now() - coreMs), duration: coreMs });
  performance.clearMarks(`resalta:send:${id}`);
  const t0 = performance.now();
  state.text = text;
  state.doc = doc;
  state.data = fromDocument(text, doc);
  state.stepper.clear();
  showError('');
  hideCard();

  el.output.innerHTML = renderHTML(state.data);
  el.output.dataset.empty = String(text.length === 0);
  el.output.lang = doc.lang || 'und';
  const first = firstVisibleHighlight();
  if (first) first.tabIndex = 0;
  renderLegend();
  renderEntities();
  renderQuotes();
  renderSources();
  renderTimeline();
  for (const b of [el.exportJson, el.copyHtml, el.exportDisplacy]) b.disabled = text.length === 0;

  el.output.dataset.analysis = String(id);
  const renderMs = performance.now() - t0;
  performance.measure('resalta:render', { start: t0, duration: renderMs });
  const langName = LANG_NAMES[doc.lang] ?? doc.lang;
  const noModel = doc.lang && !state.modelLangs.includes(doc.lang) ? ' (no entity model: names are not highlighted)' : '';
  setStatus(text.length === 0 ? 'Ready. Paste an article.'
    : `${plural(doc.spans.length, 'highlight')}, ${plural(doc.quotes.length, 'quote')} · ${langName}${noModel} · analyzed in ${Math.round(coreMs)} ms`);
  for (const w of doc.warnings) setStatus(`${el.status.textContent} · ${w}`);
  setState('done');
}

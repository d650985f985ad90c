// Showing one analysis: the highlighted article (renderer.js), the legend,
// the panel, the quotes table, the timeline, the date in use, the export
// buttons and the status line. show() takes a new analysis; redraw() shows
// the current one again (after a correction or a change of interface
// language), with the editor's corrections applied.
import { fromDocument, renderHTML } from './renderer.js';
import { hideCard } from './card.js';
import { applyCorrections, countCorrections, loadCorrections, saveCorrections } from './corrections.js';
import { dateInUse, renderDateInUse } from './dateinfo.js';
import { el } from './dom.js';
import { t, typeLabel } from './i18n.js';
import { firstVisibleHighlight } from './navigation.js';
import { renderEntities, renderLegend, renderSources } from './panel.js';
import { renderQuotes } from './quotes.js';
import { entityById, setState, setStatus, showError, state } from './state.js';
import { renderTimeline } from './timeline.js';

export const LANG_NAMES = { es: 'Spanish', en: 'English' };
const langName = (l) => ({ es: t('langEs'), en: t('langEn') }[l] ?? l);

/** Shows analysis `job` (its id, text, date sent); coreMs: the analysis time in the worker. */
export function show(job, doc, coreMs) {
  const { id, text } = job;
  performance.measure('resalta:analyze', `resalta:send:${id}`);
  performance.measure('resalta:core', { start: Math.max(0, performance.now() - coreMs), duration: coreMs });
  performance.clearMarks(`resalta:send:${id}`);
  const t0 = performance.now();
  state.text = text;
  state.rawDoc = doc;
  state.shownKey = job.key;
  state.coreMs = coreMs;
  state.corrections = loadCorrections(text);
  state.dateInfo = dateInUse(doc, job);
  state.stepper.clear();
  showError(job.invalid ? t('dateInvalid', job.invalid) : '');
  redraw();
  // One article view: once there is an analysis the highlighted article
  // replaces the text box, unless the editor is typing in it.
  if (!text) setEditing(true);
  else if (state.pasted || document.activeElement !== el.input) setEditing(false);
  state.pasted = false;
  el.output.dataset.analysis = String(id);
  const renderMs = performance.now() - t0;
  performance.measure('resalta:render', { start: t0, duration: renderMs });
  setState('done');
}

// The renderer's labels are English type codes: the page puts its own words in.
function labelMarks() {
  for (const m of el.output.querySelectorAll('.rs-ent[data-label]')) m.dataset.label = typeLabel(m.dataset.type);
  for (const m of el.output.querySelectorAll('.rs-ent[data-start]')) {
    const ent = state.data.ents[Number(m.dataset.i)];
    const covered = state.text.slice(ent.start, ent.end);
    const title = ent.title && ent.title !== covered ? `, ${ent.title}` : '';
    m.setAttribute('aria-label', `${covered} (${typeLabel(ent.label)}${title})`);
  }
  for (const m of el.output.querySelectorAll('.rs-quote[data-start]')) {
    const q = state.doc.quotes[Number(m.dataset.q)];
    const sp = q?.speaker ? entityById(q.speaker)?.name ?? q.speaker : t('unattributed');
    m.tabIndex = -1;
    m.setAttribute('aria-label', t('quoteAria', sp, q?.text ?? ''));
  }
  for (const m of el.output.querySelectorAll('.rs-reported[title]')) {
    const q = state.doc.reported_speech?.[Number(m.dataset.r)];
    if (q?.speaker) m.title = `${t('reported')}: ${entityById(q.speaker)?.name ?? q.speaker}`;
  }
}

/** Draws the current analysis again, corrections applied. */
export function redraw() {
  if (!state.rawDoc) return;
  const { text } = state;
  const doc = applyCorrections(state.rawDoc, state.corrections);
  state.doc = doc;
  state.data = fromDocument(text, doc);
  hideCard();
  const active = document.activeElement;
  const refocus = active?.dataset?.focusKey;
  el.output.innerHTML = renderHTML(state.data);
  el.output.dataset.empty = String(text.length === 0);
  el.output.lang = doc.lang || 'und';
  labelMarks();
  const first = firstVisibleHighlight();
  if (first) first.tabIndex = 0;
  renderLegend();
  renderEntities({ onCorrect: correct });
  renderQuotes({ onSpeaker: (start, id) => correct((c) => { c.speakers[String(start)] = id; }, `quote:${start}`), onStatus: setStatus });
  renderSources();
  renderTimeline();
  renderDateInUse();
  for (const b of [el.exportJson, el.copyHtml, el.exportDisplacy, el.exportCsv]) b.disabled = text.length === 0;
  const n = countCorrections(state.corrections);
  el.clearCorrections.hidden = n === 0;
  if (refocus) document.querySelector(`[data-focus-key="${CSS.escape(refocus)}"]`)?.focus();

  const noModel = doc.lang && !state.modelLangs.includes(doc.lang) ? t('noModelNote') : '';
  let status = text.length === 0 ? t('ready')
    : t('status', doc.spans.length, doc.quotes.length, `${langName(doc.lang)}${noModel}`, Math.round(state.coreMs));
  if (n) status += ` · ${t('corrections', n)}`;
  for (const w of doc.warnings) status += ` · ${w}`;
  setStatus(status);
}

/** Applies one correction (`edit` changes the corrections object), stores it and redraws. */
export function correct(edit, focusKey) {
  edit(state.corrections);
  saveCorrections(state.text, state.corrections);
  redraw();
  if (focusKey) document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}

export function clearCorrections() {
  state.corrections = { types: {}, merges: {}, splits: [], speakers: {} };
  saveCorrections(state.text, state.corrections);
  redraw();
  setStatus(t('correctionsCleared'));
}

/** Shows the text box (editing) or only the highlighted article. */
export function setEditing(editing) {
  const hadFocus = document.activeElement === el.input;
  state.editing = editing;
  el.editbox.hidden = !editing;
  el.mode.hidden = !state.text;
  el.mode.textContent = editing ? t('showArticle') : t('edit');
  el.mode.setAttribute('aria-expanded', String(editing));
  document.documentElement.dataset.mode = editing ? 'edit' : 'view';
  if (!editing && hadFocus) el.output.focus({ preventScroll: true });
}

// The page's entry: wires the modules together and starts the analyzer.
//   start.js      starts the package's worker (index.html runs it first)
//   i18n.js       the interface language (i18n/es.js, i18n/en.js), dates
//   analysis.js   the analyzer on the page: scheduling, the date option, progress, errors
//   render.js     one analysis on screen (renderer.js from the package), corrections applied
//   corrections.js the editor's corrections, stored in this browser
//   panel.js      legend, entities (with corrections), sources
//   quotes.js     the quotes table, CSV, copy with the speaker
//   dateinfo.js   the date in use and its origin
//   timeline.js   the dates panel
//   navigation.js keyboard and pointer moves between highlights and quotes
//   card.js       the card beside a highlight
//   exports.js    JSON, quotes CSV, displaCy, Copy HTML, Print
//   input.js      the article box and its controls
//   theme.js      light, dark, auto
//   offline.js    the service worker
//   state.js, dom.js  shared state, status, DOM helpers
import { showModels, startAnalyzer } from './analysis.js';
import { el } from './dom.js';
import { setupExports } from './exports.js';
import { applyStatic, dateToField, fieldToDate, onUiLang, setUiLang, t, uiLang } from './i18n.js';
import { setupInput } from './input.js';
import { setupNavigation } from './navigation.js';
import { setupQuoteCopy } from './quotes.js';
import { redraw, setEditing } from './render.js';
import { setStatus, state } from './state.js';
import { setupTheme } from './theme.js';

function applyLang() {
  applyStatic();
  el.uiLang.value = uiLang();
  el.output.dataset.emptyText = t('emptyOutput');
}

applyLang();
el.uiLang.addEventListener('change', () => {
  // the date field keeps its date in the new language's order
  const iso = fieldToDate(el.date.value);
  setUiLang(el.uiLang.value);
  if (iso) el.date.value = dateToField(iso);
});
onUiLang(() => {
  applyLang();
  redraw();
  showModels();
  if (!state.rawDoc && document.documentElement.dataset.state === 'ready') setStatus(t('ready'));
  if (state.rawDoc) setEditing(state.editing);
  el.uiLang.focus();
});
setupTheme();
startAnalyzer();
setupNavigation();
setupExports();
setupInput();
setupQuoteCopy();

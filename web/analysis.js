// The analyzer: the package's worker, started by start.js with lazy models
// (a first visit fetches the Spanish model only; another language's loads
// the first time a text in it arrives). The package is imported from its
// modules rather than index.js, so the page does not load the analyzer's
// own modules, which only the worker runs. Typing schedules an analysis
// after a pause; while one runs only the newest text waits.
import { MAX_TEXT_BYTES, wellFormed } from './text.js';
import { el } from './dom.js';
import { fieldToDate, t } from './i18n.js';
import { registerServiceWorker } from './offline.js';
import { LANG_NAMES, show } from './render.js';
import { listenToModels, starting } from './start.js';
import { setState, setStatus, showError, state, today } from './state.js';

const DEBOUNCE_MS = 150;        // typing pause before analysis
const PROGRESS_DELAY_MS = 120;  // show the bar only for slow jobs
const LONG_TEXT = 100_000;      // UTF-16 units: show the bar and "Rendering…" at once

let analyzer = null;

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

function fatal(msg) {
  registerServiceWorker();
  state.fatal = true;
  state.busy = false;
  setState('error');
  showError(msg);
  setStatus(t('unavailable'));
  el.progress.hidden = true;
}

export function showModels() {
  state.modelLangs = Object.keys(LANG_NAMES).filter((l) => analyzer?.hasModel(l));
  el.models.textContent = t('models', state.modelLangs);
}

// A model loaded or failed (the first with the worker, others on first use).
function onModel({ lang, model, error }) {
  if (error) {
    const name = model.split('/').pop();
    showError(t('modelFailed', lang, name, error.detail ?? error.message, { es: t('langEs'), en: t('langEn') }[lang] ?? lang));
  }
  if (analyzer) showModels();
}

/** Waits for the worker; the page is 'ready' when the module and the first model are loaded. */
export async function startAnalyzer() {
  setState('loading');
  listenToModels(onModel);
  try {
    analyzer = await starting;
  } catch (e) {
    fatal(t('moduleFailed', e.detail ?? e.message));
    return;
  }
  performance.mark('resalta:ready');
  performance.measure('resalta:ready', 'resalta:start', 'resalta:ready');
  el.version.textContent = `v${analyzer.version}`;
  showModels();
  setStatus(state.modelLangs.length ? t('ready') : t('readyNoModel'));
  setState('ready');
  registerServiceWorker();
  if (el.input.value) schedule(0);
}

function showProgress(phase, done, total) {
  const label = { analyzing: t('analyzing'), rendering: t('rendering') }[phase] ?? phase;
  setStatus(total > 1 ? `${label} ${done}/${total}` : label);
  if (total > 1) el.progress.value = done / total; else el.progress.removeAttribute('value');
}

function showTooLarge(bytes) {
  showError(t('tooLarge', mb(bytes), mb(MAX_TEXT_BYTES)));
  setStatus(t('notAnalyzedTooLarge'));
}

// The date option: the field's date when one was typed; otherwise none, so
// the core reads it from the text (or, with a core that cannot, today).
function jobDate() {
  const typed = fieldToDate(el.date.value);
  el.date.setAttribute('aria-invalid', String(typed === null));
  const invalid = typed === null ? el.date.value.trim() : '';
  if (typed) return { date: typed, origin: 'option', invalid };
  if (state.corePublished === false) return { date: today(), origin: 'default', invalid };
  return { date: '', origin: '', invalid };
}

const jobKey = (job) => `${job.lang}\u0000${job.date}\u0000${job.invalid}\u0000${job.text}`;

let debounceTimer = 0;
export function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(request, delay);
}

function request() {
  if (!analyzer || state.fatal) return;
  // The text as analyzed (lone surrogates replaced), so the render matches the offsets.
  const job = { id: state.nextId++, text: wellFormed(el.input.value), lang: el.lang.value, ...jobDate() };
  // The same text, language and date as the analysis shown (a date field
  // that lost focus unchanged): nothing to do, and the focus stays put.
  job.key = jobKey(job);
  if (job.key === state.shownKey && !state.busy && !state.pending) return;
  state.pending = job;  // the newest text wins; older pending jobs are dropped
  if (!state.busy) dispatch();
}

let progressTimer = 0;
async function dispatch() {
  const job = state.pending;
  if (!job) return;
  state.pending = null;
  state.busy = true;
  state.runningId = job.id;
  setState('busy');
  performance.mark(`resalta:send:${job.id}`);
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => { el.progress.hidden = false; }, job.text.length > LONG_TEXT ? 0 : PROGRESS_DELAY_MS);
  let coreMs = 0;
  const onProgress = ({ phase, done, total, ms }) => {
    if (phase === 'done') coreMs = ms;
    else if (job.id === state.runningId) showProgress(phase, done, total);
  };
  let doc;
  try {
    doc = await analyzer.analyze(job.text, { lang: job.lang, date: job.date, onProgress });
  } catch (e) {
    finish(job.id, () => {
      if (e.code === 'too-large') showTooLarge(e.bytes);
      else showError(t('analysisFailed', e.message.replace(/^Resalta: /, '')));
      setState('error');
    });
    return;
  }
  if (job.text.length > LONG_TEXT && !state.pending) {
    // Let "Rendering…" paint before the long synchronous render.
    showProgress('rendering', 0, 1);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  }
  // A core that does not report doc.published neither reads the date from
  // the text nor defaults it: ask again with today's date, and say so.
  if (state.corePublished === null) state.corePublished = doc.published !== undefined;
  if (!state.corePublished && !job.date && job.text && !state.pending) {
    state.pending = { ...job, id: state.nextId++, ...jobDate() };
    state.pending.key = jobKey(state.pending);
    finish(job.id, () => {});
    return;
  }
  finish(job.id, () => show(job, doc, coreMs));
}

function finish(id, fn) {
  if (id !== state.runningId) return;
  state.busy = false;
  if (!state.pending) {
    try { fn(); } finally {
      clearTimeout(progressTimer);
      el.progress.hidden = true;
    }
  } else {
    dispatch();  // a newer text arrived meanwhile: skip rendering this one
  }
}

// What the page shows now, and the status line, error line and page state.
//
// State for tests and the benchmark is exposed as DOM attributes and
// performance entries, not globals:
//   <html data-state="loading|ready|busy|done|error">
//   #output[data-analysis]           id of the analysis shown
//   performance marks/measures 'resalta:ready', 'resalta:analyze' (worker
//   round trip), 'resalta:core' (the analysis in the worker), 'resalta:render'.
import { el } from './dom.js';

export const state = {
  fatal: false, busy: false, pending: null, nextId: 1, runningId: 0,
  text: '', doc: null, data: null, hidden: new Set(), modelLangs: [],
  rawDoc: null,       // the core's Document; doc is it with the corrections applied
  corrections: null, dateInfo: null, coreMs: 0, openCorrection: null,
  corePublished: null, // whether the core reports doc.published (null: not known yet)
  stepper: new Map(), // entity id -> index of the mention shown last
};

export function setState(s) { document.documentElement.dataset.state = s; }
export function setStatus(msg) { el.status.textContent = msg; }
export function showError(msg) {
  el.error.textContent = msg;
  el.error.hidden = !msg;
}

/** Today as "YYYY-MM-DD", local time. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A highlight element whose type is not hidden by the legend. */
export function isVisible(mark) {
  return !state.hidden.has(mark.classList.contains('rs-quote') ? 'quotes' : mark.dataset.type);
}
export function entityById(id) { return state.doc?.entities.find((e) => e.id === id) ?? null; }

// The analysis worker: owns the wasm module so the page never blocks.
//
// Messages in:  {type: 'analyze', id, text, lang, date}
// Messages out: {type: 'ready', version, models, modelErrors, hasModel}
//               {type: 'model', lang, hasModel} / {type: 'model-error', lang, message}
//               {type: 'fatal', code: 'module', message}     (cannot analyze at all)
//               {type: 'progress', id, phase, done, total}   (phase: loading|analyzing)
//               {type: 'result', id, doc, ms}                (doc: the Document, parsed)
//               {type: 'error', id, code, message}           (code: too-large|analyze)
// Models are listed in ./models/models.json (written by scripts/build-web);
// a missing model is not an error: the core still finds dates, quantities,
// quotes and boilerplate without it.
import { chunkText, mergeDocuments } from './chunks.js';
import createResaltaModule from './resalta.mjs';

/** The core rejects more than this many UTF-8 bytes (core/include/resalta/analyzer.h). */
const MAX_TEXT_BYTES = 10 * 1024 * 1024;
/** Texts longer than this (UTF-16 units) are analyzed in paragraph chunks, with progress. */
const CHUNK_THRESHOLD = 200_000;

let mod = null;
const ready = init();

// The Spanish model loads with the module (the product's first language);
// other languages' models load the first time a text in them arrives, so a
// first visit downloads one model, not all of them.
const DEFAULT_MODEL = 'es.bin';
let available = [];  // model files this build ships (./models/models.json)

async function fetchModel(name) {
  try {
    const r = await fetch(`./models/${encodeURIComponent(name)}`);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return { name, bytes: new Uint8Array(await r.arrayBuffer()) };
  } catch (e) {
    return { name, error: String(e?.message ?? e) };
  }
}

// Fetches the model list and the default model while the module compiles.
async function fetchModels() {
  try {
    const r = await fetch('./models/models.json');
    if (r.ok) available = await r.json();
  } catch { /* no list: no models */ }
  if (!Array.isArray(available)) available = [];
  const first = available.includes(DEFAULT_MODEL) ? [DEFAULT_MODEL] : available.slice(0, 1);
  return Promise.all(first.map(fetchModel));
}

// Loads `lang`'s model when the build ships it and it is not loaded yet.
// Returns true when a model was added.
async function ensureModel(lang) {
  const name = `${lang}.bin`;
  if (mod.hasModel(lang) || !available.includes(name)) return false;
  const { bytes, error } = await fetchModel(name);
  const err = error ?? mod.loadModel(bytes);
  if (err) {
    available = available.filter((n) => n !== name);  // do not retry on every keystroke
    postMessage({ type: 'model-error', lang, message: `${name}: ${err}` });
    return false;
  }
  postMessage({ type: 'model', lang, hasModel: { es: mod.hasModel('es'), en: mod.hasModel('en') } });
  return true;
}

async function init() {
  postMessage({ type: 'progress', id: 0, phase: 'loading', done: 0, total: 1 });
  const models = fetchModels();
  try {
    mod = await createResaltaModule();
  } catch (e) {
    postMessage({ type: 'fatal', code: 'module', message: `The analysis module failed to load: ${e?.message ?? e}` });
    return false;
  }
  const loaded = [];
  const modelErrors = [];
  for (const { name, bytes, error } of await models) {
    const err = error ?? mod.loadModel(bytes);
    if (err) modelErrors.push(`${name}: ${err}`); else loaded.push(name);
  }
  postMessage({
    type: 'ready', version: mod.version(), models: loaded, modelErrors,
    hasModel: { es: mod.hasModel('es'), en: mod.hasModel('en') },
  });
  return true;
}

// Lone surrogates would be mangled by embind's UTF-8 conversion; U+FFFD
// keeps the length, so offsets stay 1:1 with the caller's text.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function utf8Length(text) {
  if (text.length > MAX_TEXT_BYTES) return text.length;  // at least one byte each
  if (text.length * 3 <= MAX_TEXT_BYTES) return text.length;  // cannot exceed: skip the count
  return new TextEncoder().encode(text).length;
}

function analyzeOne(text, lang, date) {
  const r = mod.analyze(text, { lang, date, tokens: false });
  if (r.error) {
    const err = new Error(r.error);
    err.code = r.error.split(':')[0];
    throw err;
  }
  return JSON.parse(r.json);
}

async function analyze({ id, text, lang, date }) {
  if (!(await ready)) {
    postMessage({ type: 'error', id, code: 'module', message: 'The analysis module is not available.' });
    return;
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    postMessage({ type: 'error', id, code: 'too-large', message: `too-large: ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes` });
    return;
  }
  const clean = wellFormed(text);
  const t0 = performance.now();
  try {
    let doc = await analyzeText(clean, lang, date, id);
    // A language whose model is not loaded yet: load it, then analyze again.
    if (await ensureModel(doc.lang)) doc = await analyzeText(clean, doc.lang, date, id);
    postMessage({ type: 'result', id, doc, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ type: 'error', id, code: e.code ?? 'analyze', message: String(e?.message ?? e) });
  }
}

// One analysis of well-formed text: in paragraph chunks, with progress,
// when it is long.
async function analyzeText(clean, lang, date, id) {
  if (clean.length <= CHUNK_THRESHOLD) {
    postMessage({ type: 'progress', id, phase: 'analyzing', done: 0, total: 1 });
    return analyzeOne(clean, lang, date);
  }
  const chunks = chunkText(clean);
  const parts = [];
  for (let i = 0; i < chunks.length; i++) {
    postMessage({ type: 'progress', id, phase: 'analyzing', done: i, total: chunks.length });
    const [s, e] = chunks[i];
    parts.push({ doc: analyzeOne(clean.slice(s, e), lang, date), offset: s });
  }
  return mergeDocuments(parts, clean.length);
}

// One job at a time, in order; the page only sends the newest text.
let queue = Promise.resolve();
self.addEventListener('message', (ev) => {
  const msg = ev.data;
  if (msg?.type === 'analyze') queue = queue.then(() => analyze(msg));
});

// Resalta's public JS API: the layer that owns createAnalyzer(), finds the
// wasm module and the models, and turns the core's error strings
// ("bad-model: ...") into Errors with a `code`. The Embind binding below it
// (wasm/resalta_wasm.cc) never throws; this file does, with clear messages.
//
// Works in a page, in a (module) worker and in Node 20. By default the wasm
// and the model are found next to this file (./resalta.wasm,
// ./models/<lang>.bin): fetched in browsers, read with fs in Node.
import createResaltaModule from './resalta.mjs';

const IS_NODE = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';
const LANGS = ['es', 'en'];

/** The core's error codes (core/include/resalta/status.h) and ours. */
const HINTS = {
  'invalid-argument': 'invalid argument',
  'invalid-input': 'invalid input',
  'too-large': 'text too large',
  'bad-model': 'bad model',
  'no-model': 'no model',
  internal: 'internal error (a bug in Resalta; please report it)',
  'load-failed': 'could not load',
  disposed: 'analyzer disposed',
};

/** An Error with a stable `code` (see HINTS) for programs to branch on. */
export class ResaltaError extends Error {
  constructor(code, message, options) {
    super(`Resalta: ${message}`, options);
    this.name = 'ResaltaError';
    this.code = code;
  }
}

// "bad-model: truncated header" -> ResaltaError('bad-model', context + detail).
function coreError(status, context) {
  const colon = status.indexOf(':');
  const code = colon > 0 ? status.slice(0, colon).trim() : 'internal';
  const detail = colon > 0 ? status.slice(colon + 1).trim() : status;
  const known = Object.hasOwn(HINTS, code) ? code : 'internal';
  return new ResaltaError(known, `${context}: ${HINTS[known]}: ${detail}`);
}

// Lone surrogates would be mangled by embind's UTF-8 conversion; U+FFFD
// keeps the length, so offsets stay 1:1 with the caller's string.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function isBytes(v) {
  return v instanceof Uint8Array || v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

function toUint8(v) {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function describe(where) {
  return where instanceof URL ? where.href : String(where);
}

// Reads a URL (or a path/URL string) into bytes. `optional`: a missing file
// gives null instead of an error.
async function readBytes(where, what, optional) {
  let url = where;
  if (typeof where === 'string') {
    try {
      url = new URL(where, IS_NODE ? `file://${process.cwd()}/` : globalThis.location?.href);
    } catch {
      throw new ResaltaError('invalid-argument', `${what}: not a URL or path: ${JSON.stringify(where)}`);
    }
  }
  if (IS_NODE && url.protocol === 'file:') {
    const fsName = 'node:fs/promises';
    const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsName);
    try {
      return new Uint8Array(await fs.readFile(url));
    } catch (e) {
      if (optional && e?.code === 'ENOENT') return null;
      throw new ResaltaError('load-failed', `${what}: cannot read ${describe(url)}: ${e?.message ?? e}`, { cause: e });
    }
  }
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new ResaltaError('load-failed', `${what}: cannot fetch ${describe(url)}: ${e?.message ?? e}`, { cause: e });
  }
  if (optional && response.status === 404) return null;
  if (!response.ok) {
    throw new ResaltaError('load-failed', `${what}: cannot fetch ${describe(url)}: HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

function checkLang(lang, what) {
  if (lang !== 'auto' && !LANGS.includes(lang)) {
    throw new ResaltaError('invalid-argument', `${what}: unknown language ${JSON.stringify(lang)}: use "es", "en" or "auto"`);
  }
}

// A Date or "YYYY-MM-DD" (or empty) -> the core's date string.
function dateString(date) {
  if (date === undefined || date === null || date === '') return '';
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new ResaltaError('invalid-argument', 'analyze: options.date is an invalid Date');
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
  }
  if (typeof date !== 'string') {
    throw new ResaltaError('invalid-argument', `analyze: options.date must be "YYYY-MM-DD" or a Date, got ${typeof date}`);
  }
  return date;
}

/**
 * Loads the wasm module and the model(s) and returns an Analyzer.
 * Options (all optional):
 *   lang:  'es' | 'en' | 'auto' (default 'auto'): the default language of
 *          analyze() and which shipped models load by default.
 *   wasm:  URL, path string or bytes of resalta.wasm (default: next to this file).
 *   model: URL, path string or bytes of a model, or an array of them; null
 *          for none. Default: models/<lang>.bin next to this file for each
 *          language asked for, skipped when the package ships no such model.
 * Throws a ResaltaError (code 'load-failed', 'bad-model', 'invalid-argument').
 */
export async function createAnalyzer(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ResaltaError('invalid-argument', 'createAnalyzer: options must be an object');
  }
  const lang = options.lang ?? 'auto';
  checkLang(lang, 'createAnalyzer');

  const wasmSource = options.wasm ?? new URL('./resalta.wasm', import.meta.url);
  const wasmBinary = isBytes(wasmSource) ? toUint8(wasmSource) : await readBytes(wasmSource, 'resalta.wasm', false);

  let module;
  let abortMessage = '';
  try {
    module = await createResaltaModule({
      wasmBinary,
      print: () => {},
      printErr: (line) => { abortMessage ||= String(line); },
      onAbort: (what) => { abortMessage ||= String(what); },
    });
  } catch (e) {
    const detail = abortMessage || e?.message || String(e);
    throw new ResaltaError('load-failed', `the wasm module failed to start: ${detail}`, { cause: e });
  }

  // Models: explicit ones must load; default ones may be absent.
  const explicit = options.model !== undefined;
  let sources;
  if (!explicit) {
    sources = (lang === 'auto' ? LANGS : [lang]).map((l) => ({ where: new URL(`./models/${l}.bin`, import.meta.url), name: `models/${l}.bin` }));
  } else if (options.model === null || options.model === false) {
    sources = [];
  } else {
    const list = Array.isArray(options.model) ? options.model : [options.model];
    sources = list.map((where, i) => ({ where, name: isBytes(where) ? `bytes #${i + 1}` : describe(where) }));
  }
  const loaded = [];
  for (const { where, name } of sources) {
    const bytes = isBytes(where) ? toUint8(where) : await readBytes(where, `model ${name}`, !explicit);
    if (bytes === null) continue;  // a default model the package does not ship
    const err = module.loadModel(bytes);
    if (err) throw coreError(err, `model ${name}`);
    loaded.push(name);
  }
  return new Analyzer(module, lang, loaded);
}

/** One loaded module instance. Create with createAnalyzer(). */
export class Analyzer {
  #module;
  #lang;

  constructor(module, lang, models) {
    if (!module) throw new ResaltaError('invalid-argument', 'use createAnalyzer() to make an Analyzer');
    this.#module = module;
    this.#lang = lang;
    /** The library version, "0.1.0". */
    this.version = module.version();
    /** The models that were loaded (paths or URLs). */
    this.models = Object.freeze(models.slice());
  }

  #live(what) {
    if (!this.#module) throw new ResaltaError('disposed', `${what}: the analyzer was disposed; create a new one with createAnalyzer()`);
    return this.#module;
  }

  /** True when an entity model for `lang` is loaded (names are found). */
  hasModel(lang = this.#lang === 'auto' ? 'es' : this.#lang) {
    return this.#live('hasModel').hasModel(String(lang));
  }

  /**
   * Analyzes `text` and returns the Document (offsets are UTF-16 indices
   * into `text`). Options: date ("YYYY-MM-DD" or a Date: relative dates
   * resolve against it), lang (overrides the analyzer's), tokens (default
   * false: include Document.tokens).
   */
  analyze(text, options = {}) {
    const module = this.#live('analyze');
    if (typeof text !== 'string') {
      throw new ResaltaError('invalid-argument', `analyze: text must be a string, got ${text === null ? 'null' : typeof text}`);
    }
    if (options === null || typeof options !== 'object') {
      throw new ResaltaError('invalid-argument', 'analyze: options must be an object');
    }
    const lang = options.lang ?? this.#lang;
    checkLang(lang, 'analyze');
    const r = module.analyze(wellFormed(text), { lang, date: dateString(options.date), tokens: Boolean(options.tokens) });
    if (r.error) throw coreError(r.error, 'analyze');
    return JSON.parse(r.json);
  }

  /** True after dispose(). */
  get disposed() {
    return this.#module === null;
  }

  /** Releases the module instance (its wasm memory); analyze() then throws. */
  dispose() {
    this.#module = null;
  }
}

/**
 * The same API, run in a module worker (./worker.js) so the page never
 * blocks: analyze() returns a Promise. Options are those of
 * createAnalyzer(); URL strings resolve against the page, not the worker.
 */
export async function createAnalyzerWorker(options = {}) {
  if (typeof Worker !== 'function') {
    throw new ResaltaError('invalid-argument', 'createAnalyzerWorker: this environment has no Worker; use createAnalyzer()');
  }
  const base = globalThis.location?.href;
  const abs = (v) => (typeof v === 'string' && base ? new URL(v, base).href : v instanceof URL ? v.href : v);
  const opts = { ...options };
  if (opts.wasm !== undefined) opts.wasm = abs(opts.wasm);
  if (Array.isArray(opts.model)) opts.model = opts.model.map(abs);
  else if (opts.model !== undefined) opts.model = abs(opts.model);

  const worker = new Worker(options.workerURL ?? new URL('./worker.js', import.meta.url), { type: 'module' });
  delete opts.workerURL;
  const pending = new Map();
  let nextId = 1;
  let dead = null;
  const fail = (err) => {
    dead = err;
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
  };
  worker.addEventListener('message', (ev) => {
    const msg = ev.data;
    const p = pending.get(msg?.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new ResaltaError(msg.code, msg.message.replace(/^Resalta: /, '')));
    else p.resolve(msg.value);
  });
  worker.addEventListener('error', (ev) => {
    ev.preventDefault?.();
    fail(new ResaltaError('load-failed', `the analysis worker failed: ${ev.message || 'could not start (check workerURL)'}`));
  });
  const call = (type, payload) => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ type, id, ...payload });
    });
  };
  const info = await call('init', { options: opts });
  return {
    version: info.version,
    models: info.models,
    hasModel: (lang) => info.hasModel[lang ?? (options.lang && options.lang !== 'auto' ? options.lang : 'es')] ?? false,
    analyze: (text, analyzeOptions = {}) => {
      const o = { ...analyzeOptions };
      if (o.date instanceof Date) o.date = dateString(o.date);
      return call('analyze', { text, options: o });
    },
    get disposed() { return dead !== null; },
    dispose: () => {
      if (!dead) {
        worker.terminate();
        fail(new ResaltaError('disposed', 'analyze: the analyzer was disposed; create a new one'));
      }
    },
  };
}

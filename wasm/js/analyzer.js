// createAnalyzer() and the Analyzer: the wasm module with its models, the
// checks before the core sees a text, and the asynchronous path the worker
// uses (models loaded on first use of their language, long texts in
// chunks with progress). The Embind binding below (wasm/resalta_wasm.cc)
// never throws; this layer does, with ResaltaErrors.
import { CHUNK_THRESHOLD, chunkText, mergeDocuments } from './chunks.js';
import { coreError, resaltaError, ResaltaError } from './errors.js';
import { compileWasm, describe, isBytes, readBytes, readShipped, shippedModels, WASM_URL } from './load.js';
// The Emscripten glue (built with no Node branch and no top-level await, so
// bundlers and Node import it as plain ES; wasm/CMakeLists.txt).
import createResaltaModule from './resalta.mjs';
import { checkLang, checkSize, dateString, LANGS, wellFormed } from './text.js';

// The product's first language: the one a lazy analyzer loads up front when asked for 'auto'.
const FIRST_LANG = 'es';
// In a page, chunked analysis yields between chunks so the page can paint.
const YIELDS = typeof document === 'object';

// Starts the module (its Emscripten glue, a promise of it) with a compiled
// wasm Module; rejects (never hangs) when instantiation fails.
async function startModule(compiled) {
  let abortMessage = '';
  let failed;
  const instantiationFailed = new Promise((_, reject) => { failed = reject; });
  try {
    return await Promise.race([instantiationFailed, createResaltaModule({
      print: () => {},
      printErr: (line) => { abortMessage ||= String(line); },
      onAbort: (what) => { abortMessage ||= String(what); },
      instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), failed);
        return {};
      },
    })]);
  } catch (e) {
    throw resaltaError('load-failed', 'the wasm module failed to start', abortMessage || e?.message || String(e), { cause: e });
  }
}

/**
 * Loads the wasm module and the model(s) and returns an Analyzer. Options
 * are documented in index.d.ts (CreateAnalyzerOptions). Throws a
 * ResaltaError ('load-failed', 'bad-model', 'invalid-argument').
 */
export async function createAnalyzer(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ResaltaError('invalid-argument', 'createAnalyzer: options must be an object');
  }
  const lang = options.lang ?? 'auto';
  checkLang(lang, 'createAnalyzer');
  const hasOnModel = typeof options.onModel === 'function';
  const onModel = hasOnModel ? options.onModel : () => {};

  // The wasm compiles while the models are read.
  const compiling = compileWasm(options.wasm ?? WASM_URL());
  compiling.catch(() => {});
  let sources;      // [{where, name, lang?, bytes?}] loaded now
  let later = [];   // lazy: shipped models of other languages, loaded on first use
  const lazy = Boolean(options.lazy) && options.model === undefined;
  if (options.model === undefined) {
    const langs = lang === 'auto' ? LANGS : [lang];
    const first = lang === 'auto' ? FIRST_LANG : lang;
    const shipped = shippedModels(langs, lazy ? [first] : langs);
    sources = lazy ? shipped.filter((m) => m.lang === first) : shipped;
    if (lazy) later = shipped.filter((m) => m.lang !== first);
  } else if (options.model === null || options.model === false) {
    sources = [];
  } else {
    const list = Array.isArray(options.model) ? options.model : [options.model];
    sources = list.map((where, i) => ({ where, name: isBytes(where) ? `bytes #${i + 1}` : describe(where) }));
  }
  const reads = sources.map((s) => {
    const p = s.bytes ?? readBytes(s.where, `model ${s.name}`, false);
    p.catch(() => {});
    return p;
  });
  const module = await startModule(await compiling);
  // Lazy analyzers with an onModel report a failing shipped model there (and
  // analyze that language without names); without one it is thrown.
  // (`reportModelErrors` overrides: the worker always listens, but reports
  // only when the page does.)
  const report = lazy && (options.reportModelErrors ?? hasOnModel);
  const analyzer = new Analyzer(module, lang, [], { later, onModel, report });
  for (let i = 0; i < sources.length; i++) await analyzer[ADD_MODEL](sources[i], reads[i]);
  return analyzer;
}

const ADD_MODEL = Symbol('addModel');

/** One loaded module instance. Create with createAnalyzer(). */
export class Analyzer {
  #module;
  #lang;
  #models;
  #later;     // lang -> model source, not loaded yet (lazy analyzers)
  #loading = new Map();  // lang -> Promise<boolean>
  #onModel;
  #report;    // failures of shipped models are reported (onModel), not thrown

  constructor(module, lang, models, loader = {}) {
    if (!module) throw new ResaltaError('invalid-argument', 'use createAnalyzer() to make an Analyzer');
    this.#module = module;
    this.#lang = lang;
    this.#models = models.slice();
    this.#later = new Map((loader.later ?? []).map((m) => [m.lang, m]));
    this.#onModel = loader.onModel ?? (() => {});
    this.#report = Boolean(loader.report);
    /** The library version, "0.1.0". */
    this.version = module.version();
  }

  /** The models that were loaded (paths or URLs). */
  get models() {
    return Object.freeze(this.#models.slice());
  }

  #live(what) {
    if (!this.#module) throw new ResaltaError('disposed', `${what}: the analyzer was disposed; create a new one with createAnalyzer()`);
    return this.#module;
  }

  // Loads one model's bytes (a promise of them, null when not shipped);
  // true when it was added.
  async [ADD_MODEL](source, bytesPromise) {
    const model = source.name;
    let error = null;
    try {
      const bytes = await bytesPromise;
      const status = this.#live('loadModel').loadModel(bytes);
      if (status) error = coreError(status, `model ${model}`);
    } catch (e) {
      error = e;
    }
    if (error && !(this.#report && source.lang && error.code !== 'disposed')) throw error;
    if (error) {
      this.#onModel({ lang: source.lang, model, error });
      return false;
    }
    this.#models.push(model);
    this.#onModel({ lang: source.lang, model });
    return true;
  }

  /**
   * Loads the shipped model of `lang` if this (lazy) analyzer has not loaded
   * it yet. Resolves true when a model was added; a model that fails is
   * reported to onModel and not tried again.
   */
  async ensureModel(lang) {
    const module = this.#live('ensureModel');
    if (!this.#loading.has(lang)) {
      const source = this.#later.get(lang);
      if (!source || module.hasModel(lang)) return false;
      this.#later.delete(lang);
      const bytes = source.bytes ?? readShipped(source);
      this.#loading.set(lang, this[ADD_MODEL](source, bytes)
        .finally(() => this.#loading.delete(lang)));
    }
    return this.#loading.get(lang);
  }

  /** True when an entity model for `lang` is loaded (names are found). */
  hasModel(lang = this.#lang === 'auto' ? FIRST_LANG : this.#lang) {
    return this.#live('hasModel').hasModel(String(lang));
  }

  // The checks every analysis makes, in the order users meet them.
  #prepare(text, options, what) {
    this.#live(what);
    if (typeof text !== 'string') {
      throw new ResaltaError('invalid-argument', `${what}: text must be a string, got ${text === null ? 'null' : typeof text}`);
    }
    if (options === null || typeof options !== 'object') {
      throw new ResaltaError('invalid-argument', `${what}: options must be an object`);
    }
    const lang = options.lang ?? this.#lang;
    checkLang(lang, what);
    const date = dateString(options.date);
    checkSize(text, what);
    return { clean: wellFormed(text), lang, date, tokens: Boolean(options.tokens) };
  }

  #run(text, lang, date, tokens) {
    const r = this.#live('analyze').analyze(text, { lang, date, tokens });
    if (r.error) throw coreError(r.error, 'analyze');
    return JSON.parse(r.json);
  }

  /**
   * Analyzes `text` and returns the Document (offsets are UTF-16 indices
   * into `text`). Options: date ("YYYY-MM-DD" or a Date: relative dates
   * resolve against it), lang (overrides the analyzer's), tokens (default
   * false: include Document.tokens).
   */
  analyze(text, options = {}) {
    const { clean, lang, date, tokens } = this.#prepare(text, options, 'analyze');
    const doc = this.#run(clean, lang, date, tokens);
    // A lazy analyzer's model that is not loaded yet: say so rather than
    // return a Document without names.
    if (this.#later.has(doc.lang) || this.#loading.has(doc.lang)) {
      throw new ResaltaError('no-model', `analyze: the ${doc.lang} model is not loaded yet (lazy: true): `
        + `use analyzeAsync(), or await analyzer.ensureModel('${doc.lang}') first`);
    }
    return doc;
  }

  /**
   * analyze(), asynchronously: first loads the model of the text's language
   * (lazy analyzers), and analyzes texts over CHUNK_THRESHOLD units in
   * paragraph chunks (unless chunk: false), calling
   * onProgress({phase: 'analyzing', done, total}) before each and
   * onProgress({phase: 'done', done, total, ms}) at the end.
   */
  async analyzeAsync(text, options = {}) {
    const t0 = performance.now();
    const { clean, lang, date, tokens } = this.#prepare(text, options, 'analyze');
    const progress = typeof options.onProgress === 'function' ? options.onProgress : () => {};
    const chunks = options.chunk === false || clean.length <= CHUNK_THRESHOLD ? [[0, clean.length]] : chunkText(clean);
    const once = async (l) => {
      if (chunks.length === 1) {
        progress({ phase: 'analyzing', done: 0, total: 1 });
        return this.#run(clean, l, date, tokens);
      }
      const parts = [];
      for (let i = 0; i < chunks.length; i++) {
        progress({ phase: 'analyzing', done: i, total: chunks.length });
        if (YIELDS) await new Promise((r) => setTimeout(r, 0));
        const [s, e] = chunks[i];
        parts.push({ doc: this.#run(clean.slice(s, e), l, date, tokens), offset: s });
      }
      return mergeDocuments(parts, clean.length);
    };
    if (lang !== 'auto') await this.ensureModel(lang);
    let doc = await once(lang);
    // A language whose model was not loaded yet: load it, then analyze again.
    if (lang === 'auto' && await this.ensureModel(doc.lang)) doc = await once(doc.lang);
    progress({ phase: 'done', done: chunks.length, total: chunks.length, ms: performance.now() - t0 });
    return doc;
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

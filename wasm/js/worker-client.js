// createAnalyzerWorker(): the Analyzer API in a module worker (./worker.js),
// so the page never blocks. It imports no wasm: only the worker loads it.
import { bundlerHint, ResaltaError } from './errors.js';
import { checkSize, dateString } from './text.js';

// A worker's error message -> the ResaltaError it was.
function revive({ code, message, detail }) {
  const e = new ResaltaError(code, String(message).replace(/^Resalta: /, ''));
  if (detail !== undefined) e.detail = detail;
  return e;
}

// A worker that fails to load says nothing (an error event with no message):
// find out what went wrong, as precisely as the page can.
async function whyNoWorker(workerURL) {
  const prefix = 'the analysis worker could not start';
  if (workerURL === undefined) {
    return `${prefix}: the package's worker.js or one of its imports (resalta.mjs, resalta.wasm's loader) failed to load or run. `
      + `In a bundled app, bundle worker.js as a module worker (${bundlerHint()}), or pass workerURL`;
  }
  const url = workerURL instanceof URL ? workerURL.href : new URL(String(workerURL), globalThis.location?.href).href;
  try {
    const response = await fetch(url);
    if (!response.ok) return `${prefix}: ${url}: HTTP ${response.status} (check workerURL)`;
    const type = response.headers.get('content-type') ?? '';
    if (!/javascript|ecmascript/i.test(type)) return `${prefix}: ${url} is served as ${type || 'no content type'}, not JavaScript (check workerURL)`;
  } catch (e) {
    return `${prefix}: cannot fetch ${url}: ${e?.message ?? e} (check workerURL)`;
  }
  return `${prefix}: ${url} or one of its imports failed to load or run (it must be the package's worker.js, or a bundle of it, run as a module worker)`;
}

/**
 * The same API, run in a module worker: analyze() returns a Promise.
 * Options are those of createAnalyzer() (URL strings resolve against the
 * page, not the worker), plus workerURL.
 */
export async function createAnalyzerWorker(options = {}) {
  if (typeof Worker !== 'function') {
    throw new ResaltaError('invalid-argument', 'createAnalyzerWorker: this environment has no Worker; use createAnalyzer()');
  }
  if (options === null || typeof options !== 'object') {
    throw new ResaltaError('invalid-argument', 'createAnalyzerWorker: options must be an object');
  }
  const base = globalThis.location?.href;
  const abs = (v) => (typeof v === 'string' && base ? new URL(v, base).href : v instanceof URL ? v.href : v);
  const { workerURL, onModel, ...opts } = options;
  // Only the worker runs analyzeAsync, which loads each model on first use:
  // lazy unless asked otherwise.
  opts.lazy ??= true;
  // A model that fails is reported to the page's onModel, or thrown when it has none.
  opts.reportModelErrors = typeof onModel === 'function';
  if (opts.wasm !== undefined) opts.wasm = abs(opts.wasm);
  if (Array.isArray(opts.model)) opts.model = opts.model.map(abs);
  else if (opts.model !== undefined) opts.model = abs(opts.model);

  // Written out literally (not through a variable) so bundlers see the
  // worker and bundle it with its imports (Vite, webpack, Parcel).
  const worker = workerURL === undefined
    ? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })
    : new Worker(workerURL, { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  let dead = null;
  let info = { version: '', models: [], hasModel: {} };
  const fail = (err) => {
    dead = err;
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
  };
  worker.addEventListener('message', (ev) => {
    const msg = ev.data;
    if (msg?.type === 'model') {
      const { lang, model, code } = msg.value;
      if (!code) {
        // Models given as options have no language: the init answer tells.
        if (lang) info.hasModel = { ...info.hasModel, [lang]: true };
        info.models = [...info.models, model];
      }
      if (typeof onModel === 'function') onModel(code ? { lang, model, error: revive(msg.value) } : { lang, model });
      return;
    }
    const p = pending.get(msg?.id);
    if (!p) return;
    if (msg.type === 'progress') { p.onProgress?.(msg.value); return; }
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(revive(msg));
    else p.resolve(msg.value);
  });
  worker.addEventListener('error', (ev) => {
    ev.preventDefault?.();
    const failure = ev.message ? Promise.resolve(`the analysis worker failed: ${ev.message}`) : whyNoWorker(workerURL);
    failure.then((why) => fail(new ResaltaError('load-failed', why)));
  });
  const call = (type, payload, onProgress) => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ type, id, ...payload });
    });
  };
  // The answer lists every model loaded so far (their events came before it).
  try {
    info = await call('init', { options: opts });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const defaultLang = options.lang && options.lang !== 'auto' ? options.lang : 'es';
  return {
    get version() { return info.version; },
    get models() { return Object.freeze(info.models.slice()); },
    hasModel: (lang = defaultLang) => info.hasModel[lang] ?? false,
    analyze: async (text, analyzeOptions = {}) => {
      if (dead) throw dead;
      // Checked here, so an oversized text is never copied to the worker.
      if (typeof text === 'string') checkSize(text, 'analyze');
      const { onProgress, ...o } = analyzeOptions ?? {};
      if (o.date instanceof Date) o.date = dateString(o.date);
      return call('analyze', { text, options: analyzeOptions === null ? null : o, progress: typeof onProgress === 'function' }, onProgress);
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

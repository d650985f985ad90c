// createAnalyzerWorker(): the Analyzer API in a module worker (./worker.js),
// so the page never blocks. It imports no wasm: only the worker loads it.
import { ResaltaError } from './errors.js';
import { checkSize, dateString } from './text.js';

// A worker's error message -> the ResaltaError it was.
function revive({ code, message, detail }) {
  const e = new ResaltaError(code, String(message).replace(/^Resalta: /, ''));
  if (detail !== undefined) e.detail = detail;
  return e;
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
  if (opts.wasm !== undefined) opts.wasm = abs(opts.wasm);
  if (Array.isArray(opts.model)) opts.model = opts.model.map(abs);
  else if (opts.model !== undefined) opts.model = abs(opts.model);

  const worker = new Worker(workerURL ?? new URL('./worker.js', import.meta.url), { type: 'module' });
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
    fail(new ResaltaError('load-failed', `the analysis worker failed: ${ev.message || 'could not start (check workerURL)'}`));
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

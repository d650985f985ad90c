// The module worker behind createAnalyzerWorker(): one Analyzer, one job at
// a time, in order, through analyzeAsync (lazy models, chunks, progress).
//   in:  {type: 'init', id, options}
//        {type: 'analyze', id, text, options, progress}  (progress: post progress events)
//   out: {id, type: 'ok', value}                        (init: {version, models, hasModel}; analyze: the Document)
//        {id, type: 'error', code, message, detail}
//        {id, type: 'progress', value: {phase, done, total, ms?}}
//        {type: 'model', value: {lang, model, code?, message?, detail?}}  (a model loaded or failed)
import { createAnalyzer } from './analyzer.js';
import { LANGS } from './text.js';
// Imported here too so the worker fetches every module at once rather than
// one import level at a time (a worker has no modulepreload); resalta.mjs is
// the glue analyzer.js imports when the analyzer starts.
import './chunks.js';
import './errors.js';
import './load.js';
import './resalta.mjs';

let analyzer = null;
let queue = Promise.resolve();

const errorFields = (e) => ({ code: e?.code ?? 'internal', message: String(e?.message ?? e), detail: e?.detail });

function onModel({ lang, model, error }) {
  postMessage({ type: 'model', value: error ? { lang, model, ...errorFields(error) } : { lang, model } });
}

async function handle(msg) {
  try {
    if (msg.type === 'init') {
      analyzer = await createAnalyzer({ ...msg.options, onModel });
      const hasModel = Object.fromEntries(LANGS.map((l) => [l, analyzer.hasModel(l)]));
      postMessage({ id: msg.id, type: 'ok', value: { version: analyzer.version, models: analyzer.models, hasModel } });
    } else if (msg.type === 'analyze') {
      if (!analyzer) throw Object.assign(new Error('Resalta: the worker has no analyzer'), { code: 'load-failed' });
      const onProgress = msg.progress ? (value) => postMessage({ id: msg.id, type: 'progress', value }) : undefined;
      postMessage({ id: msg.id, type: 'ok', value: await analyzer.analyzeAsync(msg.text, { ...msg.options, onProgress }) });
    }
  } catch (e) {
    postMessage({ id: msg.id, type: 'error', ...errorFields(e) });
  }
}

self.addEventListener('message', (ev) => {
  const msg = ev.data;
  queue = queue.then(() => handle(msg));
});

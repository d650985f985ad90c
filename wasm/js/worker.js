// The module worker behind createAnalyzerWorker(): one Analyzer, one job at
// a time, in order.
//   in:  {type: 'init', id, options} | {type: 'analyze', id, text, options}
//   out: {id, type: 'ok', value} | {id, type: 'error', code, message}
import { createAnalyzer } from './index.js';

let analyzer = null;
let queue = Promise.resolve();

async function handle(msg) {
  try {
    if (msg.type === 'init') {
      analyzer = await createAnalyzer(msg.options ?? {});
      const hasModel = { es: analyzer.hasModel('es'), en: analyzer.hasModel('en') };
      postMessage({ id: msg.id, type: 'ok', value: { version: analyzer.version, models: analyzer.models, hasModel } });
    } else if (msg.type === 'analyze') {
      if (!analyzer) throw Object.assign(new Error('Resalta: the worker has no analyzer'), { code: 'load-failed' });
      postMessage({ id: msg.id, type: 'ok', value: analyzer.analyze(msg.text, msg.options ?? {}) });
    }
  } catch (e) {
    postMessage({ id: msg.id, type: 'error', code: e?.code ?? 'internal', message: String(e?.message ?? e) });
  }
}

self.addEventListener('message', (ev) => {
  const msg = ev.data;
  queue = queue.then(() => handle(msg));
});

// Starts the analysis worker as early as the page can: index.html runs this
// module before app.js, and it imports only the package's worker client, so
// the worker, the wasm compile and the first model's download begin while
// the app's own modules still load. analysis.js picks the analyzer up.
import { createAnalyzerWorker } from './worker-client.js';

performance.mark('resalta:start');

let onModel = null;
const early = [];  // model events before the app listens

/** The package's worker with lazy models: a first visit fetches one model. */
export const starting = createAnalyzerWorker({ lazy: true, onModel: (e) => (onModel ? onModel(e) : early.push(e)) });
starting.catch(() => {});  // analysis.js reports it

/** Calls `fn` with each model event, those that came before included. */
export function listenToModels(fn) {
  onModel = fn;
  for (const e of early.splice(0)) fn(e);
}

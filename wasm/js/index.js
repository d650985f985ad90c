// Resalta's public JS API. Works in a page, in a (module) worker and in
// Node 18 and later. By default the wasm and the models are found next to
// these files (./resalta.wasm, ./models/<lang>.bin): fetched in browsers,
// read with fs in Node.
//
//   analyzer.js       createAnalyzer(), Analyzer (analyze, analyzeAsync, ensureModel)
//   worker-client.js  createAnalyzerWorker(): the same in ./worker.js
//   load.js           reading resalta.wasm and the models
//   chunks.js         long texts in paragraph chunks, Documents merged back
//   text.js           the size limit, well-formed UTF-16, languages, dates
//   errors.js         ResaltaError and the core's error codes
export { Analyzer, createAnalyzer } from './analyzer.js';
export { ResaltaError } from './errors.js';
export { MAX_TEXT_BYTES, utf8Length, wellFormed } from './text.js';
export { createAnalyzerWorker } from './worker-client.js';

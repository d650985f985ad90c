// ResaltaError and the core's error strings ("bad-model: truncated header")
// turned into one: the only place that knows the error codes.

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
    this.code = Object.hasOwn(HINTS, code) ? code : 'internal';
  }
}

// "bad-model: truncated header" -> ResaltaError('bad-model', context + hint + detail).
// `detail` keeps the part after the context, for messages that name the
// failing thing themselves (the web app: "es.bin: bad model: ...").
export function coreError(status, context) {
  const colon = status.indexOf(':');
  const code = colon > 0 ? status.slice(0, colon).trim() : 'internal';
  const known = Object.hasOwn(HINTS, code) ? code : 'internal';
  const detail = `${HINTS[known]}: ${colon > 0 ? status.slice(colon + 1).trim() : status}`;
  return Object.assign(new ResaltaError(known, `${context}: ${detail}`), { detail });
}

// A ResaltaError whose message is "<context>: <detail>".
export function resaltaError(code, context, detail, options) {
  return Object.assign(new ResaltaError(code, `${context}: ${detail}`, options), { detail });
}

// What to do when the package's files are not where its code is: Vite's dev
// server pre-bundles dependencies into node_modules/.vite/deps/, away from
// resalta.wasm, models/ and worker.js.
export function bundlerHint() {
  return import.meta.url.includes('/.vite/deps/')
    ? "Vite's dependency optimizer moved the package's code away from its files: add optimizeDeps: { exclude: ['resalta'] } to vite.config.js"
    : "see the README's bundler recipes";
}

// Finding and reading the package's files: resalta.wasm and the models,
// from a URL, a path (Node), or bytes; fetched in browsers and workers,
// read with fs under Node (18 and later).
import { bundlerHint, resaltaError } from './errors.js';
import { LANGS } from './text.js';
import { SHIPPED_MODELS } from './shipped-models.js';

export const IS_NODE = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

export function isBytes(v) {
  return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

export function toUint8(v) {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

export function describe(where) {
  return where instanceof URL ? where.href : String(where);
}

function toURL(where, what) {
  if (where instanceof URL) return where;
  try {
    return new URL(where, IS_NODE ? `file://${process.cwd()}/` : globalThis.location?.href);
  } catch {
    throw resaltaError('invalid-argument', what, `not a URL or path: ${JSON.stringify(where)}`);
  }
}

// Fetches a URL; `optional`: a 404 gives null instead of an error.
async function fetchOk(url, what, optional) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw resaltaError('load-failed', what, `cannot fetch ${describe(url)}: ${e?.message ?? e}`, { cause: e });
  }
  if (optional && response.status === 404) return null;
  if (!response.ok) throw resaltaError('load-failed', what, `cannot fetch ${describe(url)}: HTTP ${response.status}`);
  return response;
}

async function readFile(url, what, optional) {
  const fsName = 'node:fs/promises';
  const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ fsName);
  try {
    return new Uint8Array(await fs.readFile(url));
  } catch (e) {
    if (optional && e?.code === 'ENOENT') return null;
    throw resaltaError('load-failed', what, `cannot read ${describe(url)}: ${e?.message ?? e}`, { cause: e });
  }
}

/** Reads a URL, path or bytes into bytes. `optional`: a missing file gives null. */
export async function readBytes(where, what, optional = false) {
  if (isBytes(where)) return toUint8(where);
  const url = toURL(where, what);
  if (IS_NODE && url.protocol === 'file:') return readFile(url, what, optional);
  const response = await fetchOk(url, what, optional);
  return response && new Uint8Array(await response.arrayBuffer());
}

/**
 * Compiles resalta.wasm. Browsers compile while it downloads (and cache the
 * compiled code with the response); failures are 'load-failed'.
 */
export async function compileWasm(where) {
  let bytes = null;
  if (!isBytes(where)) {
    const url = toURL(where, 'resalta.wasm');
    if (!(IS_NODE && url.protocol === 'file:') && typeof WebAssembly.compileStreaming === 'function') {
      const response = await fetchOk(url, 'resalta.wasm', false);
      if (response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') {
        return compile(() => WebAssembly.compileStreaming(response));
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    }
  }
  bytes ??= await readBytes(where, 'resalta.wasm', false);
  // A page where the module should be (a dev server's fallback, a bundler
  // that left resalta.wasm behind): say so, with the URL.
  const html = bytes[0] === 0x3c ? ` (${isBytes(where) ? 'the bytes given' : describe(where)} is HTML, not resalta.wasm: `
    + `is the file where the code expects it? ${bundlerHint()})` : '';
  return compile(() => WebAssembly.compile(bytes), html);
}

async function compile(run, hint = '') {
  try {
    return await run();
  } catch (e) {
    throw resaltaError('load-failed', 'the wasm module failed to start', `${e?.message ?? String(e)}${hint}`, { cause: e });
  }
}

// The package's files, each written as `new URL('<literal>', import.meta.url)`
// so bundlers (Vite, Rollup, webpack) see them and copy them with the bundle.
// Functions: a URL is made when needed, never at import (server rendering).
export const WASM_URL = () => new URL('./resalta.wasm', import.meta.url);
const MODEL_URLS = {
  es: () => new URL('./models/es.bin', import.meta.url),
  en: () => new URL('./models/en.bin', import.meta.url),
};

/**
 * The models this package ships, by language: {lang, name, where, bytes?}
 * for each of `langs` in SHIPPED_MODELS (shipped-models.js, written by
 * scripts/build-npm with models/models.json: a module, not a fetch, so it
 * costs no round trip and no bundler or CSP can lose it). The ones in `now`
 * are read at once. A listed model must be there: failing to read it is an
 * error with its URL, never "no names".
 */
export function shippedModels(langs, now) {
  return langs.filter((l) => LANGS.includes(l) && SHIPPED_MODELS.includes(`${l}.bin`)).map((lang) => {
    const m = { lang, name: `models/${lang}.bin`, where: MODEL_URLS[lang]() };
    if (now.includes(lang)) {
      m.bytes = readShipped(m);
      m.bytes.catch(() => {});
    }
    return m;
  });
}

// A listed model that is not there: say where it was looked for.
function missing(m) {
  throw resaltaError('load-failed', `model ${m.name}`, `shipped with the package but not found at ${describe(m.where)} `
    + `(copy the package's models/ next to the bundle: ${bundlerHint()}; or pass \`model\`, null for none)`);
}

/** Reads a shipped model that shippedModels() did not read yet. */
export async function readShipped(m) {
  return (await readBytes(m.where, `model ${m.name}`, true)) ?? missing(m);
}

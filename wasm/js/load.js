// Finding and reading the package's files: resalta.wasm and the models,
// from a URL, a path (Node), or bytes; fetched in browsers and workers,
// read with fs under Node (18 and later).
import { resaltaError } from './errors.js';
import { LANGS } from './text.js';

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
  return compile(() => WebAssembly.compile(bytes));
}

async function compile(run) {
  try {
    return await run();
  } catch (e) {
    throw resaltaError('load-failed', 'the wasm module failed to start', e?.message ?? String(e), { cause: e });
  }
}

/**
 * The models this package ships, by language: {lang, name, where, listed, bytes}
 * for each of `langs` found in models/ next to the module. The ones in
 * `now` are read at once, while models/models.json (the list of shipped
 * files, written by scripts/build-npm) is read, so the list costs no round
 * trip; `bytes` is that read (null for a file not shipped), absent for the
 * others. Without the list each models/<lang>.bin is tried and a missing
 * one skipped.
 */
export async function shippedModels(base, langs, now) {
  const dir = new URL('./models/', base);
  const candidates = langs.filter((l) => LANGS.includes(l)).map((lang) => {
    const m = { lang, name: `models/${lang}.bin`, where: new URL(`${lang}.bin`, dir) };
    if (now.includes(lang)) {
      m.bytes = readBytes(m.where, `model ${m.name}`, true);
      m.bytes.catch(() => {});
    }
    return m;
  });
  let listed = null;
  try {
    const bytes = await readBytes(new URL('models.json', dir), 'models/models.json', true);
    if (bytes) listed = JSON.parse(new TextDecoder().decode(bytes));
  } catch { /* unreadable list: try each model */ }
  if (!Array.isArray(listed)) return candidates;
  // A listed model must be there: reading it is no longer optional.
  return candidates.filter((m) => listed.includes(`${m.lang}.bin`)).map((m) => (m.bytes
    ? { ...m, listed: true, bytes: m.bytes.then((b) => b ?? readBytes(m.where, `model ${m.name}`, false)) }
    : { ...m, listed: true }));
}

// Where the suites find the builds (set by tests/CMakeLists.txt), and small
// helpers shared by the node suites.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourceDir = process.env.RESALTA_SOURCE_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = process.env.RESALTA_CLI ?? path.join(sourceDir, 'build/native/resalta');
export const wasmDir = process.env.RESALTA_WASM_DIR ?? path.join(sourceDir, 'build/wasm');
export const webDir = process.env.RESALTA_WEB_DIR ?? path.join(sourceDir, 'build/web');
export const modelsDir = path.join(sourceDir, 'core/models');

// Runs the CLI; input may be a string or bytes.
export function runCli(args, input) {
  const r = spawnSync(cli, args, { input, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stdoutBytes: r.stdout, stderr: r.stderr.toString('utf8') };
}

// The shipped models, as the CLI loads them by default.
export function shippedModels() {
  if (!fs.existsSync(modelsDir)) return [];
  return fs.readdirSync(modelsDir).filter((f) => f.endsWith('.bin')).sort()
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(modelsDir, f)) }));
}

// A fresh wasm module instance with the shipped models loaded.
export async function loadWasm({ models = true } = {}) {
  const { default: create } = await import(path.join(wasmDir, 'resalta.mjs'));
  const m = await create({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'resalta.wasm')) });
  if (models) {
    for (const { name, bytes } of shippedModels()) {
      const err = m.loadModel(bytes);
      if (err) throw new Error(`model ${name}: ${err}`);
    }
  }
  return m;
}

export function golden(name) {
  return fs.readFileSync(path.join(sourceDir, 'tests/golden', name), 'utf8');
}

// Texts that stress offsets: accents, ñ, ¿¡, emoji (astral, ZWJ, flags),
// combining marks, CRLF, NUL, right-to-left, quote marks.
export const trickyTexts = [
  '',
  '   \n\t ',
  '¿Qué dijo el Sr. Muñoz en Córdoba? ¡Nada!',
  'El presidente 😀 habló con la Dra. Núñez 👨‍👩‍👧 en España 🇪🇸.',
  'cafe\u0301 y Pe\u0301rez en Ma\u0301laga.',
  'Primera línea.\r\nSegunda línea con Juan Pérez.\r\n',
  'Texto con \u0000 NUL y «comillas» y “otras” y ‘simples’.',
  'مرحبا بالعالم — שלום עולם. Luego vino Ana García.',
  '"""""""((((((«««««',
  'EE.UU. anunció US$ 1.500 millones; el 30% irá a la S.A. del Dr. López.',
  'The Prime Minister said on Tuesday that the government would act.',
];

// Wasm (node) part of scripts/bench: tagging throughput of the shipped model
// through the module's public analyze() call, single thread.
//
// The binding exposes no tag-only call, so this times analyze() over the dev
// sentences with the model loaded and again with no model (the tagger is
// skipped then); tokens / (with - without) is the tagger's own throughput,
// tokens / with the whole pipeline's. HOOK (lead): if the binding gains a
// tag-only entry point (tokens in, labels out), time it here directly.
//   node scripts/bench_wasm.mjs WASM_DIR MODEL CONLL [SECONDS]
import fs from 'node:fs';
import path from 'node:path';

const [wasmDir, modelPath, conllPath, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 2);
const { default: create } = await import(path.resolve(wasmDir, 'resalta.mjs'));
const wasmBinary = fs.readFileSync(path.join(wasmDir, 'resalta.wasm'));

// Dev sentences as text: one sentence a line, tokens joined by spaces.
const lines = [];
let cur = [];
let tokens = 0;
for (const line of fs.readFileSync(conllPath, 'utf8').split('\n')) {
  const tok = line.split(' ')[0];
  if (!line.trim() || tok === '-DOCSTART-') {
    if (cur.length) lines.push(cur.join(' '));
    cur = [];
    continue;
  }
  cur.push(tok);
  tokens++;
}
if (cur.length) lines.push(cur.join(' '));
// Articles of ~40 sentences, as the analyzer sees real input.
const docs = [];
for (let i = 0; i < lines.length; i += 40) docs.push(lines.slice(i, i + 40).join('\n'));

async function time(withModel) {
  const m = await create({ wasmBinary });
  if (withModel) {
    const bytes = fs.readFileSync(modelPath);
    const t0 = performance.now();
    const err = m.loadModel(bytes);
    const loadMs = performance.now() - t0;
    if (err) throw new Error(err);
    console.log(`wasm_load_ms ${loadMs.toFixed(2)}`);
  }
  const opts = { lang: 'es', date: '2000-05-23', tokens: false };
  for (const d of docs) m.analyze(d, opts); // warm-up
  let runs = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let el = 0;
  do {
    for (const d of docs) {
      const r = m.analyze(d, opts);
      if (r.error) throw new Error(r.error);
    }
    runs++;
    el = (performance.now() - t0) / 1000;
  } while (el < seconds);
  const c = process.cpuUsage(c0);
  // Wall seconds per pass over the dev text, and the process's CPU seconds
  // (user + system: steadier than wall time on a busy machine).
  return { wall: el / runs, cpu: (c.user + c.system) / 1e6 / runs };
}

const withModel = await time(true);
const without = await time(false);
console.log(`wasm_tokens_per_s_pipeline ${Math.round(tokens / withModel.wall)}`);
console.log(`wasm_tokens_per_cpu_s_pipeline ${Math.round(tokens / withModel.cpu)}`);
console.log(`wasm_tokens_per_s_tagger ${Math.round(tokens / Math.max(1e-9, withModel.wall - without.wall))}`);

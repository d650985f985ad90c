// scripts/bench-web: the web app's three numbers against their targets.
//   ready from cache: navigation start -> the worker reports the module and
//     models loaded ('resalta:ready' mark), with the service worker serving
//     every asset; median of RUNS reloads.
//   analyze the example article: the page posts the text -> the worker's
//     result arrives ('resalta:analyze' measure, a round trip); median of
//     RUNS analyses after one warm-up; the analysis inside the worker
//     ('resalta:core': the package's analyzeAsync) and the render are shown too.
//   first visit bytes: every response the server sent with status 200 on a
//     fresh (non-incognito) profile's first visit (page, worker and service worker precache
//     together), each counted at its gzip -9 size. Our static server does not
//     compress, so this is what a gzip-serving host would transfer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { launchPersistent, startServer } from '../tests/lib/browser.mjs';
import { sourceDir, webDir } from '../tests/lib/env.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const strict = process.argv.includes('--strict');
const TARGETS = { readyMs: 300, analyzeMs: 20, firstVisitBytes: 2 * 1024 * 1024 };

if (!fs.existsSync(path.join(webDir, 'index.html'))) {
  console.error(`bench-web: no app in ${webDir}; run scripts/build`);
  process.exit(2);
}
const article = fs.readFileSync(path.join(sourceDir, 'tests/golden/seed-article.es.txt'), 'utf8');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const gz = new Map();
const gzipSize = (p) => {
  if (!gz.has(p)) {
    const f = path.join(webDir, decodeURIComponent(p.split('?')[0]).replace(/^\//, '') || 'index.html');
    const file = fs.existsSync(f) && fs.statSync(f).isDirectory() ? path.join(f, 'index.html') : f;
    const bytes = fs.readFileSync(file);
    gz.set(p, { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  return gz.get(p);
};

// A real (non-incognito) profile: an incognito context keeps its HTTP cache
// in memory and skips large entries, which would make the service worker's
// precache download the model a second time.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-bench-'));
const server = await startServer(webDir);
const ctx = await launchPersistent(profile, { viewport: { width: 1280, height: 900 } });
try {
  const page = ctx.pages()[0] ?? await ctx.newPage();
  const waitReady = () => page.waitForFunction(() => ['ready', 'done'].includes(document.documentElement.dataset.state), null, { timeout: 60_000 });

  // 1. First visit on a fresh profile, until the service worker controls the page.
  server.requests.length = 0;
  await page.goto(`${server.origin}/`);
  await waitReady();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await page.waitForTimeout(300);
  const transferred = server.requests.filter((r) => r.status === 200);
  let raw = 0;
  let gzip = 0;
  for (const r of transferred) { const s = gzipSize(r.path); raw += s.raw; gzip += s.gzip; }
  const revalidated = server.requests.filter((r) => r.status === 304).length;

  // 2. Ready from cache: reloads served by the service worker.
  const ready = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await waitReady();
    ready.push(await page.evaluate(() => performance.getEntriesByName('resalta:ready', 'mark')[0].startTime));
  }
  const fromServer = server.requests.length;
  await page.reload();
  await waitReady();
  const leaked = server.requests.length - fromServer;

  // 3. Analyze the example article (a different trailing space each run so
  //    every run is a fresh analysis).
  const analyze = [];
  const core = [];
  const render = [];
  for (let i = 0; i <= RUNS; i++) {
    const before = await page.getAttribute('#output', 'data-analysis');
    await page.evaluate((t) => {
      const input = document.getElementById('input');
      input.value = t;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, article + ' '.repeat(i));
    await page.waitForFunction((b) => {
      const a = document.getElementById('output').dataset.analysis;
      return a && a !== b && document.documentElement.dataset.state === 'done';
    }, before, { timeout: 60_000 });
    const last = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1).duration, name);
    analyze.push(await last('resalta:analyze'));
    core.push(await last('resalta:core'));
    render.push(await last('resalta:render'));
  }
  const spans = await page.locator('#output .rs-ent[data-start]').count();
  const models = await page.textContent('footer');

  const ok = (v, t) => (v <= t ? 'ok' : 'MISSED');
  const ms = (v) => `${v.toFixed(1)} ms`;
  const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const rows = [
    ['ready from cache', ms(median(ready)), `<= ${TARGETS.readyMs} ms`, ok(median(ready), TARGETS.readyMs),
      `median of ${RUNS} reloads (min ${ms(Math.min(...ready))}, max ${ms(Math.max(...ready))}); ${leaked} request(s) reached the server on a cached reload`],
    ['analyze example article', ms(median(analyze.slice(1))), `<= ${TARGETS.analyzeMs} ms`, ok(median(analyze.slice(1)), TARGETS.analyzeMs),
      `worker round trip, median of ${RUNS} after a warm-up (first ${ms(analyze[0])}); in the worker ${ms(median(core.slice(1)))}, render ${ms(median(render.slice(1)))}; ${spans} highlights`],
    ['first visit (gzip -9)', kb(gzip), `<= ${kb(TARGETS.firstVisitBytes)}`, ok(gzip, TARGETS.firstVisitBytes),
      `${transferred.length} responses, ${kb(raw)} uncompressed, ${revalidated} revalidated (304); sum of gzip -9 sizes, the server does not compress`],
  ];
  console.log(`Resalta web benchmark: chromium ${ctx.browser()?.version() ?? ''}, ${webDir} (${models.trim().replace(/\s+/g, ' ')})`);
  for (const [name, value, target, verdict, note] of rows) {
    console.log(`${name.padEnd(25)} ${value.padStart(10)}  target ${target.padEnd(12)} ${verdict.padEnd(6)} ${note}`);
  }
  if (strict && rows.some((r) => r[3] !== 'ok')) process.exitCode = 1;
} finally {
  await ctx.close();
  await server.stop();
  fs.rmSync(profile, { recursive: true, force: true });
}

// The npm package in Debian's chromium, on the example page
// (build/web/examples/package.html): createAnalyzer() on the page's thread
// and createAnalyzerWorker() in a module worker, with its defaults (wasm and
// models next to the module), URL options, and Errors with codes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { openBuiltPage } from './lib/browser.mjs';
import { webDir } from './lib/env.mjs';

const WAIT = { timeout: 20_000 };
assert.ok(fs.existsSync(path.join(webDir, 'examples/resalta/index.js')), `no package copy in ${webDir}/examples: run scripts/build web`);

let opened;
let page;
let errors;
before(async () => {
  opened = await openBuiltPage(webDir, '/examples/package.html');
  ({ page, errors } = opened);
  await page.waitForFunction(() => window.resaltaExample?.analyzer, null, WAIT);
});
after(async () => {
  await opened?.stop();
});

test('the example page analyzes in the page and in a worker, under the CSP', async () => {
  await page.click('#run');
  await page.waitForFunction(() => /spans in .* \(page\)/.test(document.querySelector('#status').textContent), null, WAIT);
  const rows = await page.locator('#spans tr').count();
  assert.ok(rows >= 2, 'the date and the money at least');
  await page.click('#run-worker');
  await page.waitForFunction(() => /\(worker\)/.test(document.querySelector('#status').textContent), null, WAIT);
  assert.equal(await page.locator('#spans tr').count(), rows, 'same result in the worker');
  await page.fill('#date', '2023-02-30');
  await page.click('#run');
  assert.match(await page.locator('#status').textContent(), /^ResaltaError \[invalid-argument\]: Resalta: analyze: invalid argument: /);
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

test('in the browser: offsets 1:1 with the string, Errors with codes, dispose', async () => {
  const r = await page.evaluate(async () => {
    const { createAnalyzer, createAnalyzerWorker, ResaltaError } = await import('./resalta/index.js');
    const out = {};
    const catchCode = async (f) => { try { await f(); return 'no error'; } catch (e) { return `${e instanceof ResaltaError} ${e.code} ${e.message}`; } };
    const a = await createAnalyzer({ lang: 'es', wasm: '../resalta.wasm', model: null });
    const text = 'El 25 de mayo de 2023 😀 \uD800 llegaron 1.500 millones de euros.';
    const doc = a.analyze(text);
    out.contract = doc.text_length === text.length && doc.spans.every((s) => text.slice(s.start, s.end) === s.text);
    out.spans = doc.spans.map((s) => s.type);
    out.missingWasm = await catchCode(() => createAnalyzer({ wasm: './nope.wasm' }));
    out.badModel = await catchCode(() => createAnalyzer({ model: new Uint8Array(16) }));
    out.missingModel = await catchCode(() => createAnalyzer({ model: './nope.bin' }));
    a.dispose();
    out.disposed = await catchCode(() => a.analyze('x'));
    const w = await createAnalyzerWorker({ lang: 'es' });
    out.worker = (await w.analyze(text, { date: '2023-10-18' })).spans.map((s) => s.type);
    out.workerError = await catchCode(() => w.analyze('x', { lang: 'fr' }));
    out.workerTooLarge = await catchCode(() => w.analyze('ñ'.repeat(5.5 * 1024 * 1024)));
    const progress = [];
    out.workerProgress = (await w.analyze(text, { onProgress: (p) => progress.push(p.phase) })).text_length === text.length && progress.join(' ');
    w.dispose();
    out.workerDisposed = await catchCode(() => w.analyze('x'));
    out.workerMissing = await catchCode(() => createAnalyzerWorker({ workerURL: './nope-worker.js' }));
    out.workerNotJS = await catchCode(() => createAnalyzerWorker({ workerURL: './resalta/models/models.json' }));
    return out;
  });
  assert.equal(r.contract, true);
  assert.ok(r.spans.includes('DATE') && r.spans.includes('MONEY'), JSON.stringify(r.spans));
  assert.deepEqual(r.worker, r.spans);
  assert.match(r.missingWasm, /^true load-failed Resalta: resalta\.wasm: cannot fetch .*nope\.wasm: HTTP 404$/);
  assert.match(r.badModel, /^true bad-model /);
  assert.match(r.missingModel, /^true load-failed .*nope\.bin: HTTP 404$/);
  assert.match(r.disposed, /^true disposed /);
  assert.match(r.workerError, /^true invalid-argument Resalta: analyze: unknown language "fr"/);
  assert.match(r.workerTooLarge, /^true too-large Resalta: analyze: text too large: 11534336 bytes of UTF-8; the limit is 10485760 bytes$/);
  assert.equal(r.workerProgress, 'analyzing done');
  assert.match(r.workerDisposed, /^true disposed /);
  assert.match(r.workerMissing, /^true load-failed Resalta: the analysis worker could not start: http:\/\/.*\/nope-worker\.js: HTTP 404 \(check workerURL\)$/);
  assert.match(r.workerNotJS, /^true load-failed Resalta: the analysis worker could not start: http:\/\/.*models\.json is served as application\/json/);
});

// The npm package as an app installs it: `npm pack` of build/npm, installed
// with `npm install <tarball>` next to Vite 7 and esbuild (fetched once from
// the registry into build/bundler-cache/, reused across runs), a tiny app
// built with each bundler by the README's recipe (wasm/js/README.md), and
// the result run in Chromium: the main thread, the worker and
// <resalta-article> must all find the names, with no page error, no failed
// request and no warning from the bundler. Skipped, saying why, only when
// the registry cannot be reached.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { freePort, launchBrowser, openPage, startServer } from './lib/browser.mjs';
import { sourceDir } from './lib/env.mjs';

const npmDir = path.join(sourceDir, 'build/npm');
// Vite 7 needs Node 20.19 or newer; on Debian bookworm's Node 18 the
// newest Vite that runs is 5. One cache folder per Vite, so switching Node
// versions never mixes them.
const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
const VITE = nodeMajor > 20 || (nodeMajor === 20 && nodeMinor >= 19) ? 'vite@7' : 'vite@5';
// RESALTA_BUNDLER_CACHE: another cache folder (e.g. to try a fresh install).
const cacheDir = process.env.RESALTA_BUNDLER_CACHE ?? path.join(sourceDir, 'build/bundler-cache', VITE.replace('@', '-'));
const TOOLS = [VITE, 'esbuild'];
const TEXT = 'El ministro Juan Pérez anunció el 3 de marzo en Madrid.';
const EXPECTED = 'PER:Juan Pérez, DATE:el 3 de marzo, LOC:Madrid';

const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|socket hang up/i;

// Installs the bundlers (once) and the freshly packed tarball into the
// cache; returns null when ready, or why the suite is skipped.
function setUp() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const pkgJson = path.join(cacheDir, 'package.json');
  if (!fs.existsSync(pkgJson)) fs.writeFileSync(pkgJson, '{ "private": true }\n');
  const has = (bin) => fs.existsSync(path.join(cacheDir, 'node_modules/.bin', bin));
  if (!has('vite') || !has('esbuild')) {
    const r = run('npm', ['install', '--no-audit', '--no-fund', ...TOOLS], cacheDir);
    if (r.status !== 0) {
      const why = r.stderr.split('\n').find((l) => OFFLINE.test(l));
      if (why) return `the npm registry is unreachable (npm install ${TOOLS.join(' ')}): ${why.trim()}`;
      throw new Error(`npm install ${TOOLS.join(' ')} failed:\n${r.stderr}`);
    }
  }
  for (const f of fs.readdirSync(cacheDir)) if (f.endsWith('.tgz')) fs.rmSync(path.join(cacheDir, f));
  const pack = run('npm', ['pack', '--pack-destination', cacheDir], npmDir);
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = fs.readdirSync(cacheDir).find((f) => f.endsWith('.tgz'));
  const inst = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], cacheDir);
  assert.equal(inst.status, 0, inst.stderr);
  return null;
}

const INDEX_HTML = `<!doctype html>
<html lang="es"><meta charset="utf-8"><title>resalta in an app</title><link rel="icon" href="data:,">
<resalta-article date="2023-10-18">${TEXT}</resalta-article>
<script type="module" src="./main.js"></script>
</html>
`;

// The app: the README's two-line setup for the page (createAnalyzer and
// createAnalyzerWorker from 'resalta', 'resalta/element').
const MAIN_JS = `import { createAnalyzer, createAnalyzerWorker } from 'resalta';
import 'resalta/element';

const TEXT = ${JSON.stringify(TEXT)};
const spans = (d) => d.spans.map((s) => s.type + ':' + s.text).join(', ');
async function run() {
  const out = {};
  try {
    const a = await createAnalyzer({ lang: 'es' });
    out.main = spans(a.analyze(TEXT, { date: '2023-10-18' }));
  } catch (e) { out.main = 'error ' + e.message; }
  try {
    const w = await createAnalyzerWorker({ lang: 'es' });
    out.worker = spans(await w.analyze(TEXT, { date: '2023-10-18' }));
    const el = document.querySelector('resalta-article');
    el.addEventListener('resalta:error', (e) => { out.elementError = String(e.detail?.message ?? e.detail); });
    el.analyzer = w;
    await el.updated;
    const marks = el.shadowRoot.querySelectorAll('.rs-ent');
    out.element = marks.length + ' ' + (marks[0] ? getComputedStyle(marks[0]).backgroundColor : 'none');
  } catch (e) { out.worker = 'error ' + e.message; }
  window.__result = out;
}
run();
`;

function makeApp(name, files) {
  const dir = path.join(cacheDir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries({ 'index.html': INDEX_HTML, 'main.js': MAIN_JS, ...files })) {
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

// No warning from a bundler: its output may only list the files it wrote.
function assertQuiet(r, what) {
  assert.equal(r.status, 0, `${what}:\n${r.stdout}\n${r.stderr}`);
  assert.doesNotMatch(`${r.stdout}\n${r.stderr}`, /warn|\[WARNING\]|✘|error/i, `${what} warned:\n${r.stdout}\n${r.stderr}`);
}

let browser;
let skip = null;

// (CTest runs node without fetch.)
function fetchOk(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false));
  });
}

before(async () => {
  skip = setUp();
  if (!skip) browser = await launchBrowser();
});
after(async () => { await browser?.close(); });

async function check(origin, pathname = '/') {
  const { page, context, errors } = await openPage(browser, `${origin}${pathname}`);
  try {
    await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
    const r = await page.evaluate(() => window.__result);
    assert.equal(r.main, EXPECTED, 'main thread');
    assert.equal(r.worker, EXPECTED, 'worker');
    assert.equal(r.elementError, undefined);
    assert.equal(r.element, '3 rgb(253, 226, 184)', 'the element: three highlights, styled by renderer.css');
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
  } finally {
    await context.close();
  }
}

describe('bundled apps in Chromium', () => {
  test('Vite: vite build, the app served statically (with the project\'s CSP)', async (t) => {
    if (skip) { t.skip(skip); return; }
    const dir = makeApp('vite-app', { 'vite.config.js': "export default { optimizeDeps: { exclude: ['resalta'] } };\n" });
    assertQuiet(run(path.join(cacheDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir), 'vite build');
    const server = await startServer(path.join(dir, 'dist'));
    try {
      await check(server.origin);
      assert.deepEqual(server.requests.filter((r) => r.status >= 400), []);
    } finally {
      await server.stop();
    }
  });

  // Runs `vite` (the dev server) in dir, calls use(origin, log()), stops it.
  async function viteDev(dir, use) {
    const port = await freePort();
    const child = spawn(path.join(cacheDir, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1', '--force'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => { log += d; });
    child.stderr.on('data', (d) => { log += d; });
    try {
      for (let i = 0; i < 100 && !/ready in/.test(log); i++) await new Promise((r) => setTimeout(r, 100));
      assert.match(log, /ready in/, log);
      await use(`http://127.0.0.1:${port}`, () => log);
    } finally {
      child.kill();
    }
  }

  test('Vite: the dev server', async (t) => {
    if (skip) { t.skip(skip); return; }
    const dir = makeApp('vite-dev-app', { 'vite.config.js': "export default { optimizeDeps: { exclude: ['resalta'] } };\n" });
    await viteDev(dir, async (origin, log) => {
      await check(origin);
      assert.doesNotMatch(log(), /warn|error|does not exist/i, log());
    });
  });

  test('Vite: the dev server without the setup line: the errors say which line to add', async (t) => {
    if (skip) { t.skip(skip); return; }
    const dir = makeApp('vite-dev-bare-app', { 'vite.config.js': 'export default {};\n' });
    await viteDev(dir, async (origin) => {
      const { page, context } = await openPage(browser, `${origin}/`);
      try {
        await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
        const r = await page.evaluate(() => window.__result);
        const fix = "add optimizeDeps: { exclude: ['resalta'] } to vite.config.js";
        assert.ok(r.main.startsWith('error Resalta: the wasm module failed to start: ') && r.main.includes(fix), r.main);
        assert.ok(r.worker.startsWith('error Resalta: the analysis worker could not start: ') && r.worker.includes(fix), r.worker);
      } finally {
        await context.close();
      }
    });
  });

  test('esbuild: the app and resalta/worker.js as entry points, resalta.wasm and models/ copied', async (t) => {
    if (skip) { t.skip(skip); return; }
    const dir = makeApp('esbuild-app', {});
    const out = path.join(dir, 'dist');
    assertQuiet(run(path.join(cacheDir, 'node_modules/.bin/esbuild'), ['main.js', 'resalta/worker.js', '--bundle', '--format=esm',
      '--outdir=dist', '--entry-names=[name]', '--log-level=warning'], dir), 'esbuild');
    const pkg = path.join(cacheDir, 'node_modules/resalta');
    fs.cpSync(path.join(pkg, 'resalta.wasm'), path.join(out, 'resalta.wasm'));
    fs.cpSync(path.join(pkg, 'models'), path.join(out, 'models'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'index.html'), path.join(out, 'index.html'));
    const server = await startServer(out);
    try {
      await check(server.origin);
      assert.deepEqual(server.requests.filter((r) => r.status >= 400), []);
    } finally {
      await server.stop();
    }
  });

  test('no bundler: a static page with the README\'s import map, the installed package served as it is', async (t) => {
    if (skip) { t.skip(skip); return; }
    const map = '<script type="importmap">{ "imports": { "resalta": "/node_modules/resalta/index.js",\n'
      + '  "resalta/element": "/node_modules/resalta/resalta-article.js" } }</script>\n';
    makeApp('importmap-app', { 'index.html': INDEX_HTML.replace('<script type="module"', `${map}<script type="module"`) });
    // python's server: the project's (startServer) sends a CSP without the inline import map's hash.
    const port = await freePort();
    const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', cacheDir], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100; i++) {
        if (await fetchOk(`http://127.0.0.1:${port}/importmap-app/`)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await check(`http://127.0.0.1:${port}`, '/importmap-app/');
    } finally {
      child.kill();
    }
  });

  test('esbuild without the copied files: the error names the missing file and its URL', async (t) => {
    if (skip) { t.skip(skip); return; }
    const dir = makeApp('esbuild-bare-app', {});
    const out = path.join(dir, 'dist');
    assertQuiet(run(path.join(cacheDir, 'node_modules/.bin/esbuild'), ['main.js', 'resalta/worker.js', '--bundle', '--format=esm',
      '--outdir=dist', '--entry-names=[name]', '--log-level=warning'], dir), 'esbuild');
    fs.cpSync(path.join(cacheDir, 'node_modules/resalta/resalta.wasm'), path.join(out, 'resalta.wasm'));
    fs.copyFileSync(path.join(dir, 'index.html'), path.join(out, 'index.html'));
    const server = await startServer(out);
    const { page, context } = await openPage(browser, `${server.origin}/`);
    try {
      await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
      const r = await page.evaluate(() => window.__result);
      assert.match(r.main, /^error Resalta: model models\/es\.bin: shipped with the package but not found at http:\/\/127\.0\.0\.1:\d+\/models\/es\.bin /);
      assert.match(r.worker, /^error Resalta: model models\/es\.bin: shipped with the package but not found at /);
    } finally {
      await context.close();
      await server.stop();
    }
  });
});

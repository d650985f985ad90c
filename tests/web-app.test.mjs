// The web app in Debian's chromium (playwright-core): the example article
// through the real wasm module, hostile input, no outgoing requests, offline
// reload through the service worker, installability, errors, progress, and
// the UI (cards, keyboard, panel, exports, themes, 360 px) against a stand-in
// worker that returns a hand-written Document. Screenshots go to
// build/test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchPersistent, startServer } from './lib/browser.mjs';
import { browserAndServer } from './lib/suite.mjs';
import { golden, sourceDir, webDir } from './lib/env.mjs';
import { FIXTURE_WORKER, analyzeInPage as analyze, fixtureDocument } from './lib/web-fixture.mjs';

const ARTIFACTS = path.join(sourceDir, 'build/test-artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });
const ARTICLE = golden('seed-article.es.txt');
const HAS_ES_MODEL = fs.existsSync(path.join(webDir, 'models/es.bin'));
const WAIT = { timeout: 60_000 };
const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(2)</script> "><svg onload=alert(3)> ' +
  '<iframe src="javascript:alert(4)"></iframe> &lt;b&gt; Lavrov en <b>Corea del Norte</b>';

assert.ok(fs.existsSync(path.join(webDir, 'index.html')), `no built app in ${webDir}: run scripts/build`);

const tmpDirs = [];
// A copy of the built app to modify (stand-in worker, broken assets...).
function copyApp(edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-web-'));
  tmpDirs.push(dir);
  fs.cpSync(webDir, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

const live = browserAndServer(webDir, () => { for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true }); });

// A page that records what must never happen: page errors, dialogs (an
// executed alert), CSP violations, and requests to other origins.
async function openPage(origin, { viewport = { width: 1280, height: 900 }, context } = {}) {
  const ctx = context ?? await live.browser.newContext({ viewport, acceptDownloads: true });
  const seen = { errors: [], dialogs: [], requests: [], foreign: [] };
  ctx.on('request', (r) => {
    seen.requests.push(r.url());
    const u = new URL(r.url());
    if (!['blob:', 'data:'].includes(u.protocol) && u.origin !== origin) seen.foreign.push(r.url());
  });
  await ctx.route((url) => url.origin !== origin && !['blob:', 'data:'].includes(url.protocol), (route) => {
    seen.foreign.push(route.request().url());
    return route.abort();
  });
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${origin}/`);
  return { ctx, page, seen };
}

async function waitReady(page) {
  await page.waitForFunction(() => ['ready', 'done'].includes(document.documentElement.dataset.state), null, WAIT);
}


const outputText = (page) => page.$eval('#output', (o) => o.textContent);
const highlightTexts = (page) => page.$$eval('#output .rs-ent[data-start]', (ms) => ms.map((m) => m.textContent));

async function checkClean(page, seen) {
  assert.deepEqual(seen.errors, [], 'no page errors');
  assert.deepEqual(seen.dialogs, [], 'no dialog ever opens');
  assert.deepEqual(seen.foreign, [], 'no request leaves the origin');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
}

test('index.html preloads every module the page imports (the app\'s and the package\'s), and no other', () => {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(path.join(webDir, file), 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from '\.\/([\w./-]+\.js)';/gms)) visit(m[1]);
  };
  visit('app.js');
  assert.deepEqual(preloaded, [...seen].sort());
  assert.ok(seen.has('worker-client.js') && seen.has('renderer.js'), 'the page uses the package');
});

describe('with the real module', () => {
  test('the example article is analyzed and rendered with its highlights', async () => {
    const { ctx, page, seen } = await openPage(live.server.origin);
    await waitReady(page);
    await analyze(page, ARTICLE);
    assert.equal(await outputText(page), ARTICLE, 'the article is shown verbatim');
    assert.equal(await page.isHidden('#error'), true, await page.textContent('#error'));
    const marks = await highlightTexts(page);
    if (HAS_ES_MODEL) {
      for (const name of ['Lavrov', 'Corea del Norte', 'Putin']) assert.ok(marks.includes(name), `highlight "${name}" in ${JSON.stringify(marks)}`);
      assert.match(await page.textContent('footer'), /entity models: .*es/);
    } else {
      assert.match(await page.textContent('footer'), /no entity model/);
      assert.match(await page.textContent('#status'), /no entity model/);
    }
    assert.match(await page.textContent('#status'), /analyzed in \d+ ms/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-example.png'), fullPage: true });
    await checkClean(page, seen);
    await ctx.close();
  });

  test('hostile input stays inert text', async () => {
    const { ctx, page, seen } = await openPage(live.server.origin);
    await waitReady(page);
    await analyze(page, HOSTILE);
    assert.equal(await outputText(page), HOSTILE);
    assert.equal(await page.$$eval('#output *', (els) => els.filter((e) => !['MARK', 'SPAN'].includes(e.tagName)).length), 0);
    assert.equal(await page.$$eval('img, script:not([src]), iframe, svg:not(#timeline svg)', (els) => els.filter((e) => e.closest('#output')).length), 0);
    await page.waitForTimeout(300);
    await checkClean(page, seen);
    await ctx.close();
  });

  test('no request leaves the origin and only the app\'s own assets are fetched', async () => {
    live.server.requests.length = 0;
    const { ctx, page, seen } = await openPage(live.server.origin);
    await waitReady(page);
    await analyze(page, ARTICLE);
    // use everything that could fetch: exports, example, theme, legend
    const dl = page.waitForEvent('download');
    await page.click('#export-json');
    await dl;
    const dl2 = page.waitForEvent('download');
    await page.click('#export-displacy');
    await dl2;
    // the newsroom views: quotes CSV, a correction, the other language, print media
    const dl3 = page.waitForEvent('download');
    await page.click('#export-csv');
    await dl3;
    const summary = page.locator('#entities details summary').first();
    if (await summary.count()) {
      await summary.click();
      await page.selectOption('#entities details[open] select', { index: 1 });
      await page.click('#clear-corrections');
    }
    await page.selectOption('#ui-lang', 'es');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.selectOption('#ui-lang', 'en');
    await page.click('#theme');
    await page.click('#legend button');
    await page.click('#example');
    await page.waitForFunction(() => document.getElementById('date').value === '10/18/2023', null, WAIT);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(500);
    await checkClean(page, seen);
    const assets = new Set(['/', '/sw.js']);
    for (const f of fs.readdirSync(webDir, { recursive: true })) {
      if (fs.statSync(path.join(webDir, f)).isFile()) assets.add(`/${f.split(path.sep).join('/')}`);
    }
    for (const r of live.server.requests) {
      assert.equal(r.method, 'GET', `${r.method} ${r.path}`);
      assert.ok(assets.has(r.path.split('?')[0]), `unexpected request ${r.path}`);
    }
    for (const u of seen.requests) assert.ok(u.startsWith(live.server.origin) || u.startsWith('blob:'), u);
    await ctx.close();
  });

  test('text over 10 MiB gets a clear message and is not sent', async () => {
    const { ctx, page, seen } = await openPage(live.server.origin);
    await waitReady(page);
    await page.evaluate(() => {
      const input = document.getElementById('input');
      input.value = 'ñ'.repeat(5.5 * 1024 * 1024);  // 11 MiB of UTF-8
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForSelector('#error:not([hidden])', WAIT);
    assert.match(await page.textContent('#error'), /too large: 11\.0 MiB.*up to 10\.0 MiB/);
    await checkClean(page, seen);
    await ctx.close();
  });

  test('a long text reports progress and still renders exactly', async () => {
    const { ctx, page, seen } = await openPage(live.server.origin);
    await waitReady(page);
    const long = Array.from({ length: 150 }, () => ARTICLE).join('\n');  // ~470 KB: chunked
    await page.evaluate(() => {
      window.__statuses = [];
      window.__barShown = false;
      new MutationObserver(() => {
        window.__statuses.push(document.getElementById('status').textContent);
        if (!document.getElementById('progress').hidden) window.__barShown = true;
      }).observe(document.querySelector('.statusbar'), { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await analyze(page, long);
    const statuses = await page.evaluate(() => window.__statuses);
    assert.ok(statuses.some((s) => /Analyzing… \d+\/\d+/.test(s)), JSON.stringify(statuses));
    assert.ok(statuses.some((s) => /Rendering/.test(s)), JSON.stringify(statuses));
    assert.ok(await page.evaluate(() => window.__barShown), 'the progress bar was shown');
    assert.equal(await page.isHidden('#progress'), true, 'and hidden again');
    assert.equal((await outputText(page)).length, long.length);
    await checkClean(page, seen);
    await ctx.close();
  });
});

describe('offline and installable', () => {
  test('after one visit it reloads and analyzes offline; old caches are deleted', async () => {
    const dir = copyApp();
    const own = await startServer(dir);
    const { ctx, page, seen } = await openPage(own.origin);
    try {
      await waitReady(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
        }
      });
      const swSource = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
      const version = /const VERSION = '([^']+)'/.exec(swSource)[1];
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        return { keys, entries: (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) };
      });
      assert.deepEqual(cached.keys, [`resalta-${version}`]);
      // Every module of the app and of the package beside it, the wasm, the first model.
      const modules = fs.readdirSync(dir).filter((f) => /\.m?js$/.test(f) && f !== 'sw.js').map((f) => `/${f}`);
      assert.ok(modules.length > 10, modules.join(' '));
      for (const f of ['/', '/index.html', '/worker.js', '/resalta.wasm', '/models/models.json', '/manifest.webmanifest', ...modules]) {
        assert.ok(cached.entries.includes(f), `${f} precached`);
      }
      if (HAS_ES_MODEL) assert.ok(cached.entries.includes('/models/es.bin'), 'the Spanish model precached');
      // A new build: the new worker takes over and deletes the old cache.
      fs.writeFileSync(path.join(dir, 'sw.js'), swSource.replace(version, `${version}b`));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.waitForFunction(async (v) => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0] === `resalta-${v}b`;
      }, version, { ...WAIT, polling: 200 });
      // Offline: the server is gone and the network is off.
      await own.stop();
      await ctx.setOffline(true);
      await page.reload();
      await waitReady(page);
      await analyze(page, ARTICLE);
      assert.equal(await outputText(page), ARTICLE);
      assert.equal(await page.isHidden('#error'), true);
      await checkClean(page, seen);
    } finally {
      await ctx.close();
      await own.stop();
    }
  });

  test('Chromium finds it installable (manifest, icons, service worker)', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-profile-'));
    tmpDirs.push(profile);
    const ctx = await launchPersistent(profile, { viewport: { width: 1000, height: 800 } });
    try {
      const page = ctx.pages()[0] ?? await ctx.newPage();
      await page.goto(`${live.server.origin}/`);
      await waitReady(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await ctx.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, [], JSON.stringify(manifest.errors));
      let errors = [];
      for (let i = 0; i < 20; i++) {
        ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
        if (!errors.length) break;
        await page.waitForTimeout(250);
      }
      assert.deepEqual(errors, [], JSON.stringify(errors));
    } finally {
      await ctx.close();
    }
  });
});

describe('errors', () => {
  test('a module that fails to load says so', async () => {
    const dir = copyApp((d) => fs.writeFileSync(path.join(d, 'resalta.wasm'), 'not wasm'));
    const own = await startServer(dir);
    const { ctx, page } = await openPage(own.origin);
    try {
      await page.waitForSelector('#error:not([hidden])', WAIT);
      assert.match(await page.textContent('#error'), /analysis module failed to load/);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'error');
    } finally {
      await ctx.close();
      await own.stop();
    }
  });

  test('a broken model is reported and the rest still works', async () => {
    const dir = copyApp((d) => {
      fs.writeFileSync(path.join(d, 'models/models.json'), '["es.bin"]');
      fs.writeFileSync(path.join(d, 'models/es.bin'), 'garbage, not a model');
    });
    const own = await startServer(dir);
    const { ctx, page, seen } = await openPage(own.origin);
    try {
      await waitReady(page);
      assert.match(await page.textContent('#error'), /entity model failed to load \(es\.bin: /);
      assert.match(await page.textContent('footer'), /no entity model/);
      await analyze(page, ARTICLE);
      assert.equal(await outputText(page), ARTICLE);
      await checkClean(page, seen);
    } finally {
      await ctx.close();
      await own.stop();
    }
  });
});

describe('the UI, with a stand-in worker and a hand-written Document', () => {
  let fx;
  let doc;
  before(async () => {
    const dir = copyApp((d) => {
      fs.copyFileSync(path.join(sourceDir, 'tests/lib/web-fixture.mjs'), path.join(d, 'fixture.js'));
      fs.writeFileSync(path.join(d, 'worker.js'), FIXTURE_WORKER);
    });
    fx = await startServer(dir);
    doc = fixtureDocument(ARTICLE);
  });
  after(() => fx?.stop());

  test('highlights, nesting, cards, keyboard, panel, legend, exports, themes, 360 px', async () => {
    const { ctx, page, seen } = await openPage(fx.origin);
    await waitReady(page);
    await page.fill('#date', '10/18/2023');
    await analyze(page, ARTICLE);
    assert.equal(await outputText(page), ARTICLE);

    // highlights: one focusable element per span, colored by type, nested in quotes
    assert.equal(await page.locator('#output .rs-ent[data-start]').count(), doc.spans.length);
    assert.ok(await page.locator('#output .rs-quote .rs-ent').count() > 0, 'entities inside quotes');
    assert.equal(await page.locator('#output .rs-boiler').count(), 1);
    assert.equal(await page.getAttribute('#output .rs-quote[data-speaker]', 'data-speaker'), 'Serguei Lavrov');
    const bg = await page.$eval('#output .rs-ent[data-type="PER"]', (m) => getComputedStyle(m).backgroundColor);
    assert.equal(bg, 'rgb(253, 226, 184)');
    const dim = await page.$eval('#output .rs-boiler', (m) => getComputedStyle(m).color);
    assert.equal(dim, 'rgb(92, 92, 92)');

    // hover card
    await page.hover('#output .rs-ent[data-type="PER"] >> text="Lavrov"');
    await page.waitForSelector('#card:not([hidden])');
    const card = await page.textContent('#card');
    assert.match(card, /Serguei Lavrov/);
    assert.match(card, /Person/);
    assert.match(card, /ministro ruso de Relaciones Exteriores/);
    assert.match(card, /Mentions4/);

    // keyboard: one tab stop, arrows move between highlights, Escape hides the card
    assert.equal(await page.locator('#output [tabindex="0"]').count(), 1);
    await page.focus('#output');
    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => document.activeElement.textContent);
    assert.equal(first, ARTICLE.slice(doc.spans[0].start, doc.spans[0].end));
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /\(Role|\(Person|\(Nationality|\(Place|\(Date/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), ARTICLE.slice(doc.spans[1].start, doc.spans[1].end));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'card');
    assert.equal(await page.isVisible('#card'), true);
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.start), String(doc.spans.at(-1).start));
    await page.keyboard.press('Escape');
    assert.equal(await page.isHidden('#card'), true);
    // The End key scrolled the page under the still mouse: two frames later
    // the card stays hidden; moving the mouse onto a highlight shows it again.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.isHidden('#card'), true);
    await page.hover(`#output [data-start="${doc.spans.at(-1).start}"]`);
    await page.waitForSelector('#card:not([hidden])');

    // normalized values on the card
    await page.focus(`#output .rs-ent[data-start="${ARTICLE.indexOf('septiembre de 2022')}"]`);
    assert.match(await page.textContent('#card'), /Date.*ValueSeptember 2022/);
    await page.focus(`#output .rs-ent[data-start="${ARTICLE.indexOf('más de 1.000')}"]`);
    assert.match(await page.textContent('#card'), /Valuemore than 1,000 contenedores/);

    // panel: entities by type and salience; click steps through mentions
    const groups = await page.$$eval('#entities h3', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(groups, ['Person (5)', 'Organization (4)', 'Place (4)']);
    assert.match(await page.textContent('#entities li:first-child'), /Serguei Lavrov/);
    const lavrov = doc.entities.find((e) => e.name === 'Serguei Lavrov');
    for (let i = 0; i < 3; i++) {
      await page.click('#entities button[data-entity="e1"]');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.start), String(lavrov.mentions[i].start));
      assert.match(await page.textContent('#status'), new RegExp(`mention ${i + 1} of ${lavrov.mentions.length}`));
    }
    assert.equal(await page.locator('#quotes tbody tr').count(), 3);
    assert.match(await page.textContent('#quotes tbody tr:first-child'), /“Apreciamos/);
    assert.equal(await page.$eval('#quotes tbody tr:first-child select', (s) => s.selectedOptions[0].textContent), 'Serguei Lavrov');
    assert.equal(await page.locator('#sources li').count(), 3);
    const dates = await page.$$eval('#timeline ol.dates li .meta', (ms) => ms.map((m) => m.textContent));
    assert.deepEqual(dates, ['2022-09', '2023-09', '2023-10-13', '2023-10-17', '2023-10-18']);
    assert.equal(await page.locator('#timeline svg rect.dot').count(), 5);

    // legend toggles hide a type (and its tab stop)
    await page.click('#legend button[data-key="PER"]');
    assert.equal(await page.getAttribute('#legend button[data-key="PER"]', 'aria-pressed'), 'false');
    assert.equal(await page.$eval('#output .rs-ent[data-type="PER"]', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
    await page.focus('#output');
    await page.keyboard.press('Home');
    assert.notEqual(await page.evaluate(() => document.activeElement.dataset.type), 'PER');
    await page.click('#legend button[data-key="PER"]');

    // exports
    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(fs.readFileSync(await jsonDl.path(), 'utf8'));
    // the Document, plus the text, the date used and speaker names beside ids
    assert.deepEqual(exported.spans, doc.spans);
    assert.deepEqual(exported.entities, doc.entities);
    assert.equal(exported.text, ARTICLE);
    assert.deepEqual(exported.date_used, { date: '2023-10-18', source: 'option' });
    assert.deepEqual(exported.quotes.map((q) => q.speaker_name), ['Serguei Lavrov', 'Kremlin', 'Serguei Lavrov']);
    assert.deepEqual(exported.quotes.map(({ speaker_name: _, ...q }) => q), doc.quotes);
    const [dxDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-displacy')]);
    const dx = JSON.parse(fs.readFileSync(await dxDl.path(), 'utf8'));
    assert.equal(dx.length, 1);
    assert.equal(dx[0].text, ARTICLE);
    assert.equal(dx[0].ents.length, doc.spans.length);
    assert.deepEqual(Object.keys(dx[0].ents[0]), ['start', 'end', 'label']);
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fx.origin });
    await page.click('#copy-html');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'copying parses no HTML in the page');
    assert.match(await page.textContent('#status'), /Copied the highlighted HTML/);
    {
      const html = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return (await item.getType('text/html')).text();
      });
      assert.match(html, /<mark class="rs-ent" data-type="PER"[^>]* style="background:#fde2b8/);
      assert.doesNotMatch(html, /<(img|script)/);
      // reading text/html back parses it in this page, where the CSP reports
      // the (intended) style attributes: those reports are the test's own
      await page.evaluate(() => { window.__csp = window.__csp.filter((v) => v !== 'style-src-attr inline'); });
    }

    await page.hover('#output .rs-ent[data-type="LOC"]');
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-ui.png') });

    // dark theme (auto -> light -> dark)
    await page.click('#theme');
    await page.click('#theme');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.$eval('#output .rs-ent[data-type="PER"]', (m) => getComputedStyle(m).backgroundColor), 'rgb(107, 74, 18)');
    assert.equal(await page.$eval('html', (b) => getComputedStyle(b).backgroundColor), 'rgb(16, 18, 20)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-ui-dark.png') });

    // 360 px wide: nothing overflows horizontally
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(100);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll at 360 px');
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-ui-360.png') });
    await checkClean(page, seen);
    await ctx.close();
  });

  test('hostile names, roles and speakers stay text in the card and panel', async () => {
    const { ctx, page, seen } = await openPage(fx.origin);
    await waitReady(page);
    await analyze(page, `Serguei Lavrov ${HOSTILE}`);
    await page.focus('#output .rs-ent[data-start="0"]');
    await page.waitForSelector('#card:not([hidden])');
    assert.equal(await page.$$eval('img, iframe', (e) => e.length), 1, 'only the logo');
    await checkClean(page, seen);
    await ctx.close();
  });
});

// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP's
// built-in server; tests/lib/wordpress.mjs): the zip built by
// scripts/build-wordpress is installed and activated, then Chromium logs in,
// pastes an article into a new post, waits for the highlights, opens the
// sidebar, adds the suggested tags and saves; the REST API must show the
// tags set and the content exactly as WordPress itself makes it from the
// pasted text. Every request the browser makes is recorded: all go to the
// site, and only WordPress's own save carries the text.
// Skipped, with the reason, only when the Debian packages are missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchBrowser } from './lib/browser.mjs';
import { sourceDir } from './lib/env.mjs';
import { logIn, missingPackages, request, startWordPress } from './lib/wordpress.mjs';

const ARTICLE = fs.readFileSync(path.join(sourceDir, 'tests/wordpress/article.es.txt'), 'utf8').trim();
const TITLE = 'Valdeoliva renueva su red de agua';
// A sentence of the article: any request that carries it carries the text.
const MARKER = 'la mitad se nos escapa bajo el asfalto';
const ARTIFACTS = path.join(sourceDir, 'build/test-artifacts');
const ZIP = path.join(sourceDir, 'build/wordpress/resalta.zip');
// Targets of the issue (main thread: a task over 50 ms is a long task).
const HIGHLIGHT_MS = Number(process.env.RESALTA_WP_HIGHLIGHT_MS ?? 500);
const LONG_TASK_MS = 50;

const skipReason = missingPackages();
if (skipReason) console.log(`# wordpress: skipped: ${skipReason}`);

describe('WordPress plugin', { skip: skipReason ?? false }, () => {
  let site;
  let browser;
  const browserRequests = [];

  before(async () => {
    // The zip from the current sources (the package must be built: scripts/build).
    const built = spawnSync(path.join(sourceDir, 'scripts/build-wordpress'), { encoding: 'utf8' });
    assert.equal(built.status, 0, `scripts/build-wordpress failed: ${built.stderr}`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    site = await startWordPress({ pluginZip: ZIP });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  async function editorPage() {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('request', (r) => browserRequests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, site);
    await page.goto(`${site.origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.block-editor-block-list__layout'));
    return { context, page, errors };
  }

  // Resalta's own main-thread work, as the plugin measures it.
  const pluginTasks = (page) => page.evaluate(() => performance.getEntriesByType('measure')
    .filter((e) => e.name.startsWith('resalta:')).map((e) => ({ name: e.name, duration: e.duration })));

  test('the zip installs and the plugin is active', async () => {
    const r = await request(site, 'GET', '/wp/v2/plugins');
    assert.equal(r.status, 200);
    const plugin = r.json.find((p) => p.plugin === 'resalta/resalta');
    assert.ok(plugin, 'resalta is installed');
    assert.equal(plugin.status, 'active');
    assert.match(plugin.version, /^\d+\.\d+\.\d+/);
    for (const f of ['resalta.php', 'js/editor.js', 'js/worker.js', 'package/index.js', 'package/resalta.wasm', 'package/models/es.bin']) {
      assert.ok(fs.existsSync(path.join(site.pluginDir, f)), `the zip ships ${f}`);
    }
  });

  test('paste an article: highlights, sidebar, tags, save with the content unchanged', async () => {
    const { context, page, errors } = await editorPage();
    try {
      // The worker is up once the plugin has analyzed the empty post.
      await page.waitForFunction(() => performance.getEntriesByName('resalta:collect').length > 0, null, { timeout: 60000 });
      await page.click('.editor-post-title__input');
      await page.keyboard.type(TITLE);
      await page.click('.block-editor-default-block-appender__content');
      await page.waitForFunction(() => document.activeElement?.classList.contains('block-editor-rich-text__editable'));

      const { latency, pasted, steps } = await page.evaluate(async (text) => {
        const t0 = performance.now();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        const pastedAfter = performance.now() - t0;  // WordPress's own paste handling
        const shownAfter = await new Promise((resolve) => {
          const check = () => (document.querySelector('mark.annotation-text-resalta-PER') ? resolve(performance.now() - t0) : requestAnimationFrame(check));
          check();
        });
        const marks = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('resalta') && e.startTime >= t0)
          .map((e) => `${e.name.slice(8)} at ${(e.startTime - t0).toFixed(0)} ms (${e.duration.toFixed(1)} ms)`);
        return { latency: shownAfter, pasted: pastedAfter, steps: marks.join(', ') };
      }, ARTICLE);
      const blocks = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks().length);
      console.log(`# wordpress: ${ARTICLE.split(/\s+/).length} words pasted as ${blocks} blocks; first highlights after ${latency.toFixed(0)} ms ` +
        `(WordPress's paste took ${pasted.toFixed(0)} ms; plugin: ${steps})`);
      assert.ok(blocks > 10, 'the paste made one block per paragraph');
      // The target is for the plugin's part: from the end of WordPress's own
      // (synchronous) paste handling, which a loaded machine slows the most.
      assert.ok(latency - pasted < HIGHLIGHT_MS, `highlights appeared ${(latency - pasted).toFixed(0)} ms after the paste was handled (target ${HIGHLIGHT_MS} ms)`);

      // Wait until the whole article is annotated, then check some highlights.
      await page.waitForFunction(() => document.querySelectorAll('mark[class*="annotation-text-resalta-"]').length > 40);
      const marks = await page.$$eval('mark[class*="annotation-text-resalta-"]', (ms) => ms.map((m) => ({
        type: [...m.classList].find((c) => c.startsWith('annotation-text-resalta-')).slice('annotation-text-resalta-'.length),
        text: m.textContent,
      })));
      const has = (type, text) => marks.some((m) => m.type === type && m.text === text);
      assert.ok(has('PER', 'Marta Ibarguren'), 'a person');
      assert.ok(has('ORG', 'Banco Europeo de Inversiones'), 'an organization');
      assert.ok(marks.some((m) => m.type === 'MONEY'), 'an amount');
      assert.ok(marks.some((m) => m.type === 'PERCENT'), 'a percentage');
      assert.ok(!marks.some((m) => m.type === 'QUOTE'), 'quotes are not highlighted by default');

      // The sidebar: entities by salience with roles, quotes with speakers, dates, boilerplate.
      await page.click('.interface-pinned-items button[aria-label="Resalta"]');
      await page.waitForSelector('.resalta-sidebar .resalta-entities');
      await page.evaluate(() => {
        wp.data.dispatch('core/block-editor').clearSelectedBlock();
        document.querySelector('.interface-interface-skeleton__content')?.scrollTo(0, 0);
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(ARTIFACTS, 'wordpress-editor.png'), clip: { x: 0, y: 0, width: 1400, height: 760 } });
      const entities = await page.$$eval('.resalta-entities li', (lis) => lis.map((li) => li.textContent));
      assert.ok(entities.length >= 10, `names listed: ${entities.length}`);
      assert.ok(entities.some((e) => e.includes('Marta Ibarguren') && e.includes('alcaldesa')), 'the mayor with her role');
      for (const title of ['Quotes', 'Dates', 'Boilerplate']) {
        await page.click(`.resalta-sidebar .components-panel__body-toggle:has-text("${title}")`);
      }
      const quotes = await page.$$eval('.resalta-quotes li', (lis) => lis.map((li) => li.textContent));
      assert.ok(quotes.some((q) => q.includes('bajo el asfalto') && q.includes('Marta Ibarguren')), 'a quote with its speaker');
      assert.ok(await page.$('.resalta-iso'), 'dates with their ISO value');
      const sidebarText = await page.textContent('.resalta-sidebar');
      assert.match(sidebarText, /Suscríbete a nuestro boletín/, 'the newsletter line is boilerplate');
      await page.screenshot({ path: path.join(ARTIFACTS, 'wordpress-sidebar.png') });

      // Suggested tags: one, then all.
      const suggested = await page.$$eval('.resalta-tags .resalta-tag-name', (els) => els.map((e) => e.textContent));
      assert.ok(suggested.length >= 3, `tags suggested: ${suggested}`);
      await page.click('.resalta-tags .resalta-add-tag');
      await page.waitForFunction(() => document.querySelectorAll('.resalta-tags .resalta-added').length === 1);
      await page.click('.resalta-add-all');
      await page.waitForFunction((n) => document.querySelectorAll('.resalta-tags .resalta-added').length === n, suggested.length);

      // What WordPress itself makes of the pasted text, with no plugin involved.
      const expected = await page.evaluate((text) => wp.blocks.serialize(wp.blocks.pasteHandler({ plainText: text, mode: 'BLOCKS' })), ARTICLE);
      await page.click('.editor-post-save-draft');
      await page.waitForFunction(() => {
        const e = wp.data.select('core/editor');
        return !e.isSavingPost() && !e.isEditedPostDirty() && e.didPostSaveRequestSucceed();
      });
      const postId = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());

      const post = await request(site, 'GET', `/wp/v2/posts/${postId}?context=edit`);
      assert.equal(post.status, 200);
      assert.equal(post.json.title.raw, TITLE);
      assert.equal(post.json.content.raw, expected, 'the saved content is what WordPress makes of the paste, byte for byte');
      assert.doesNotMatch(post.json.content.raw, /annotation|resalta/i);
      const tags = await request(site, 'GET', `/wp/v2/tags?include=${post.json.tags.join(',')}&per_page=100`);
      assert.deepEqual(tags.json.map((t) => t.name).sort(), [...suggested].sort(), 'the post has the suggested tags');

      // Per-author options: turning off places removes their highlights and is saved in user meta.
      await page.click('.resalta-sidebar .components-panel__body-toggle:has-text("Highlight")');
      await page.click('.resalta-types .components-checkbox-control__input-container >> nth=2');
      await page.waitForFunction(() => !document.querySelector('mark.annotation-text-resalta-LOC'));
      let meta;
      for (let i = 0; i < 50; i++) {
        meta = (await request(site, 'GET', '/wp/v2/users/me?context=edit')).json.meta.resalta_highlight_types;
        if (meta) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(meta, 'PER,ORG,MISC,DATE,TIME,QUANTITY,MONEY,PERCENT');

      // Typing stays responsive: the plugin's main-thread steps stay short.
      await page.click('.wp-block-paragraph >> nth=3');
      await page.keyboard.press('End');
      const typingStart = await page.evaluate(() => performance.now());
      await page.keyboard.type(' El ministro Federico Almansa volvió el viernes.', { delay: 40 });
      await page.waitForTimeout(1200);  // the debounce and one more analysis
      const longTasks = await page.evaluate((t) => window.__longTasks.filter((e) => e.start >= t), typingStart);
      const tasks = await pluginTasks(page);
      const worst = tasks.reduce((m, e) => (e.duration > m.duration ? e : m), { duration: 0 });
      console.log(`# wordpress: ${tasks.length} plugin main-thread steps, longest ${worst.name} ${worst.duration.toFixed(1)} ms; ` +
        `page long tasks while typing: ${longTasks.length} (longest ${Math.max(0, ...longTasks.map((e) => e.duration)).toFixed(0)} ms)`);
      assert.ok(worst.duration < LONG_TASK_MS, `the plugin's longest main-thread step took ${worst.duration.toFixed(1)} ms`);
      await page.waitForFunction(() => [...document.querySelectorAll('mark.annotation-text-resalta-PER')].some((m) => m.textContent === 'Federico Almansa'));

      // Nothing left the site, and only WordPress's own saves carried the text.
      const foreign = browserRequests.filter((r) => !r.url.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(r.url));
      assert.deepEqual(foreign, [], 'no request leaves the site');
      const carriers = browserRequests.filter((r) => r.body.includes(MARKER) || decodeURIComponent(r.url).includes(MARKER));
      assert.ok(carriers.length >= 1, 'the save itself is recorded');
      for (const r of carriers) {
        assert.match(decodeURIComponent(new URL(r.url).searchParams.get('rest_route') ?? ''), new RegExp(`^/wp/v2/posts/${postId}(/autosaves)?$`), `only the post save carries the text: ${r.url}`);
      }
      assert.deepEqual(errors, [], 'no page errors');
    } finally {
      await context.close();
    }
  });

  test('a module that cannot load gives a clear message and no highlights', async () => {
    const wasm = path.join(site.pluginDir, 'package/resalta.wasm');
    fs.renameSync(wasm, `${wasm}.off`);
    const { context, page } = await editorPage();
    try {
      const notice = await page.waitForSelector('.components-notice:has-text("Resalta could not load its analysis module")', { timeout: 60000 });
      assert.match(await notice.textContent(), /resalta\.wasm/);
      assert.equal(await page.$('mark[class*="annotation-text-resalta-"]'), null);
    } finally {
      await context.close();
      fs.renameSync(`${wasm}.off`, wasm);
    }
  });

  test('the settings page sets the language and the default types', async () => {
    const { context, page } = await editorPage();
    try {
      await page.goto(`${site.origin}/wp-admin/options-general.php?page=resalta`);
      await page.selectOption('#resalta-lang', 'es');
      await page.uncheck('input[value="DATE"]');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.equal(await page.inputValue('#resalta-lang'), 'es');
      assert.equal(await page.isChecked('input[value="DATE"]'), false);
      assert.equal(await page.isChecked('input[value="PER"]'), true);
      await page.goto(`${site.origin}/wp-admin/post-new.php`);
      const config = await page.evaluate(() => window.resaltaConfig);
      assert.equal(config.lang, 'es');
      assert.ok(!config.siteTypes.includes('DATE') && config.siteTypes.includes('PER'));
    } finally {
      await context.close();
    }
  });

  test('PHP logged nothing about the plugin', () => {
    const logs = ['debug.log', 'php-errors.log'].map((f) => path.join(site.dir, f)).filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const ours = logs.split('\n').filter((line) => /plugins\/resalta\//.test(line));
    assert.deepEqual(ours, [], 'no PHP notice, warning or error from resalta.php');
  });
});

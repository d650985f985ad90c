// Models per language in the web app: a first visit fetches only the Spanish
// model; an English text loads the English model once, then names in it are
// highlighted.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { browserAndServer } from './lib/suite.mjs';
import { webDir } from './lib/env.mjs';

const HAS_MODELS = ['es.bin', 'en.bin'].every((m) => fs.existsSync(path.join(webDir, 'models', m)));
const WAIT = { timeout: 60_000 };
const ENGLISH = 'Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday, '
  + 'the BBC reported. "We will act together," Starmer said.';

const live = browserAndServer(webDir);

test('the English model loads on first English text, not before', { skip: !HAS_MODELS && 'needs es.bin and en.bin in the build' }, async () => {
  const ctx = await live.browser.newContext();
  const page = await ctx.newPage();
  const models = [];
  page.on('request', (r) => { if (/\/models\/.+\.bin$/.test(r.url())) models.push(path.basename(new URL(r.url()).pathname)); });
  await page.goto(`${live.server.origin}/`);
  await page.waitForFunction(() => ['ready', 'done'].includes(document.documentElement.dataset.state), null, WAIT);
  assert.deepEqual(models.filter((m) => m !== 'es.bin'), [], 'only the Spanish model loads with the page');

  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, ENGLISH);
  await page.waitForFunction(() => document.querySelectorAll('#output .rs-ent[data-start]').length > 0
    && document.documentElement.dataset.state === 'done', null, WAIT);
  const marks = await page.$$eval('#output .rs-ent[data-start]', (ms) => ms.map((m) => m.textContent));
  assert.ok(models.includes('en.bin'), 'the English model was fetched');
  assert.ok(marks.some((m) => m.includes('Starmer')), `names highlighted: ${marks.join(', ')}`);
  assert.match(await page.textContent('#models'), /\ben\b/);
  await ctx.close();
});
